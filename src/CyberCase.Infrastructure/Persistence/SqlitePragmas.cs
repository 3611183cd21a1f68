using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace CyberCase.Infrastructure.Persistence;

/// <summary>
/// Settings that keep data on SQLite, set on every connection: foreign keys enforced, and a full fsync on every
/// commit (synchronous=FULL), so an acknowledged write survives a power cut. WAL is set once per database file.
/// The settings belong to the native connection, which the pool hands out again and again: they are set once per
/// native connection, not on every open (EF opens a connection for every query).
/// </summary>
public sealed class SqlitePragmas : DbConnectionInterceptor
{
    internal const string Pragmas = "PRAGMA foreign_keys = ON; PRAGMA synchronous = FULL; PRAGMA busy_timeout = 30000;";

    private readonly ConditionalWeakTable<object, object> _configured = [];

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        if (Configured(connection))
        {
            return;
        }

        using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        command.ExecuteNonQuery();
        MarkConfigured(connection);
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData,
        CancellationToken cancellationToken = default)
    {
        if (Configured(connection))
        {
            return;
        }

        await using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        await command.ExecuteNonQueryAsync(cancellationToken);
        MarkConfigured(connection);
    }

    private bool Configured(DbConnection connection) =>
        connection is SqliteConnection { Handle: { } handle } && _configured.TryGetValue(handle, out _);

    private void MarkConfigured(DbConnection connection)
    {
        if (connection is SqliteConnection { Handle: { } handle })
        {
            _configured.AddOrUpdate(handle, handle);
        }
    }
}
