using CyberCase.Application.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace CyberCase.Infrastructure.Persistence;

/// <summary>
/// SQLite: one writer per database file. Writers of this process queue here first (fairly, and they wake at once;
/// SQLite's own busy handler waits in coarse sleeps), then take the file's write lock with <c>BEGIN IMMEDIATE</c>,
/// which a writer in another process holding the same file waits for (busy_timeout, see <see cref="SqlitePragmas"/>).
/// </summary>
public sealed class SqliteWriteGate : IWriteGate, IDisposable
{
    private readonly SemaphoreSlim _semaphore = new(1, 1);

    public async ValueTask<IAsyncDisposable> BeginAsync(DatabaseFacade database, CancellationToken ct)
    {
        await _semaphore.WaitAsync(ct);
        var admission = new Admission(_semaphore);
        try
        {
            // Microsoft.Data.Sqlite begins IMMEDIATE (not DEFERRED) unless asked otherwise: the write lock is taken now,
            // before the counter or the chain head is read.
            await database.BeginTransactionAsync(ct);
            return admission;
        }
        catch
        {
            await admission.DisposeAsync();
            throw;
        }
    }

    public void Dispose() => _semaphore.Dispose();

    private sealed class Admission(SemaphoreSlim semaphore) : IAsyncDisposable
    {
        private int _released;

        public ValueTask DisposeAsync()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                semaphore.Release();
            }

            return ValueTask.CompletedTask;
        }
    }
}

/// <summary>
/// SQL Server: several API instances may write at once. Each write transaction takes one exclusive application lock
/// (<c>sp_getapplock</c>, owned by the transaction, released by its commit or rollback), so writers take turns across
/// instances as they do on SQLite: the audit chain head, the custody chains and the station counters are read and
/// extended by one writer at a time, and can never fork. Readers are not blocked.
/// </summary>
public sealed class SqlServerWriteGate : IWriteGate
{
    public async ValueTask<IAsyncDisposable> BeginAsync(DatabaseFacade database, CancellationToken ct)
    {
        await database.BeginTransactionAsync(ct);
        await database.ExecuteSqlRawAsync(AcquireWriteLock, ct);
        return Nothing.Instance;
    }

    /// <summary>A negative result (timeout, deadlock victim) means the lock was not granted: fail the write, never write unlocked.</summary>
    public const string AcquireWriteLock = """
        DECLARE @granted int;
        EXEC @granted = sp_getapplock @Resource = N'CyberCase.Writes', @LockMode = N'Exclusive', @LockOwner = N'Transaction', @LockTimeout = 30000;
        IF @granted < 0 THROW 51000, N'The write lock was not granted in time.', 1;
        """;

    private sealed class Nothing : IAsyncDisposable
    {
        public static readonly Nothing Instance = new();

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
