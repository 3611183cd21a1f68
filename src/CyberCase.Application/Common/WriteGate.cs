namespace CyberCase.Application.Common;

/// <summary>
/// Admission to a write transaction. SQLite allows one writer at a time and its busy handler waits in coarse
/// sleeps (1, 2, 5, 10 ... ms), so contending writers queue here in-process instead; on SQL Server the database's
/// own row locks do the job and the gate lets everyone through.
/// </summary>
public interface IWriteGate
{
    ValueTask<IAsyncDisposable> EnterAsync(CancellationToken ct);
}
