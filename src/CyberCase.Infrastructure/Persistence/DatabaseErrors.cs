using Microsoft.Data.SqlClient;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace CyberCase.Infrastructure.Persistence;

/// <summary>
/// Which database failures are a conflict with records already there (the caller may read again and retry: 409), told
/// by the provider's error code, never by the message. Every other database failure is the server's fault (500).
/// </summary>
public static class DatabaseErrors
{
    // SQLite: SQLITE_CONSTRAINT (19) with the extended codes of a UNIQUE (2067) or PRIMARY KEY (1555) index and of a
    // FOREIGN KEY (787). A NOT NULL or CHECK failure is also 19 but is a bug of ours, not a conflict.
    private static readonly HashSet<int> SqliteConflicts = [2067, 1555, 787];

    // SQL Server: duplicate key in a unique index (2601) or constraint (2627), and a FOREIGN KEY or REFERENCE conflict (547).
    private static readonly HashSet<int> SqlServerConflicts = [2601, 2627, 547];

    public static bool IsConflict(Exception exception) => exception switch
    {
        DbUpdateException { InnerException: { } inner } => IsConflict(inner),
        SqliteException sqlite => sqlite.SqliteErrorCode == 19 && SqliteConflicts.Contains(sqlite.SqliteExtendedErrorCode),
        SqlException sql => sql.Errors.Cast<SqlError>().Any(e => SqlServerConflicts.Contains(e.Number)),
        _ => false,
    };
}
