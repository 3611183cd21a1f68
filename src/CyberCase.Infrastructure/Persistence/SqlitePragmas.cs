using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace CyberCase.Infrastructure.Persistence;

/// <summary>
/// Settings that keep data on SQLite, set on every connection: foreign keys enforced, and a full fsync on every
/// commit (synchronous=FULL), so an acknowledged write survives a power cut. WAL is set once per database file.
/// </summary>
public sealed class SqlitePragmas : DbConnectionInterceptor
{
    private const string Pragmas = "PRAGMA foreign_keys = ON; PRAGMA synchronous = FULL; PRAGMA busy_timeout = 30000;";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData,
        CancellationToken cancellationToken = default)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
