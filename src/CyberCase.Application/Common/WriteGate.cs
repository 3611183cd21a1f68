using CyberCase.Application.Persistence;

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

public static class WriteTransactions
{
    /// <summary>
    /// Runs <paramref name="work"/> in one write transaction, after queueing at the gate: all its writes and their
    /// audit records commit together or not at all. On SQLite the transaction is BEGIN IMMEDIATE, so numbers and the
    /// audit chain are assigned without races.
    /// </summary>
    public static async Task<T> InWriteTransactionAsync<T>(this CyberCaseDbContext db, IWriteGate gate, Func<Task<T>> work,
        CancellationToken ct)
    {
        await using var admission = await gate.EnterAsync(ct);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        // The whole unit commits or rolls back as one; per-save savepoints would only add two statements a save.
        db.Database.AutoSavepointsEnabled = false;
        var result = await work();
        await transaction.CommitAsync(ct);
        return result;
    }

    /// <summary>
    /// Saves what is queued on the request's <see cref="AuditScope"/> (an alarm, a download) in a transaction of its
    /// own, even when the officer's request is already cancelled: the record must be kept whatever the request does next.
    /// It queues at the gate like every other writer (not in SQLite's busy handler). Not for use inside a write
    /// transaction: the gate is not re-entrant.
    /// </summary>
    public static async Task SaveAuditInOwnTransactionAsync(this CyberCaseDbContext db, IWriteGate gate, CancellationToken ct)
    {
        await using var admission = await gate.EnterAsync(CancellationToken.None);
        await using var transaction = await db.Database.BeginTransactionAsync(CancellationToken.None);
        await db.SaveChangesAsync(CancellationToken.None);
        await transaction.CommitAsync(CancellationToken.None);
        ct.ThrowIfCancellationRequested();
    }
}
