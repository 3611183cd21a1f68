using CyberCase.Application.Persistence;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace CyberCase.Infrastructure.Persistence;

/// <summary>
/// Applies the SQLite migrations so that a process killed part-way never stops the next start.
/// EF Core's SQLite migration lock is a row in <c>__EFMigrationsLock</c>: a process killed while holding it leaves
/// the row behind, and every later Migrate waits for it forever. So the processes of this application first take
/// an exclusive lock on a file beside the database, which the operating system releases when its holder dies;
/// whoever holds that lock knows a lock row can only be left over from a dead process, and removes it.
/// Each migration itself runs in a transaction, so a killed one is rolled back and applied again.
/// </summary>
public static class SqliteMigrations
{
    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(100);

    public static async Task MigrateAsync(CyberCaseDbContext db, CancellationToken ct)
    {
        var file = new SqliteConnectionStringBuilder(db.Database.GetConnectionString()).DataSource;
        if (string.IsNullOrEmpty(file) || file.StartsWith(':'))
        {
            await db.Database.MigrateAsync(ct);
            return;
        }

        await using var held = await LockAsync(Path.GetFullPath(file) + ".migrations.lock", ct);
        await db.Database.ExecuteSqlRawAsync("DROP TABLE IF EXISTS \"__EFMigrationsLock\";", ct);
        await db.Database.MigrateAsync(ct);
    }

    /// <summary>An exclusive lock on the file (flock on Linux, a share lock on Windows), waited for while another process holds it.</summary>
    private static async Task<FileStream> LockAsync(string path, CancellationToken ct)
    {
        while (true)
        {
            try
            {
                return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException) when (File.Exists(path))
            {
                // Another process is migrating: wait for it, then find its migrations applied.
                await Task.Delay(Poll, ct);
            }
        }
    }
}
