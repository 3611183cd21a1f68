using CyberCase.Application.Common;

namespace CyberCase.Infrastructure.Persistence;

/// <summary>One writer at a time per process (SQLite is one file, one writer): waiters queue fairly and wake at once.</summary>
public sealed class SqliteWriteGate : IWriteGate, IDisposable
{
    private readonly SemaphoreSlim _semaphore = new(1, 1);

    public async ValueTask<IAsyncDisposable> EnterAsync(CancellationToken ct)
    {
        await _semaphore.WaitAsync(ct);
        return new Admission(_semaphore);
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

/// <summary>SQL Server serialises what it must with row locks; nothing to queue in-process.</summary>
public sealed class OpenWriteGate : IWriteGate
{
    public ValueTask<IAsyncDisposable> EnterAsync(CancellationToken ct) => ValueTask.FromResult<IAsyncDisposable>(Nothing.Instance);

    private sealed class Nothing : IAsyncDisposable
    {
        public static readonly Nothing Instance = new();

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
