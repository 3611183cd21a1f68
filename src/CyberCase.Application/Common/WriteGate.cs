using Microsoft.EntityFrameworkCore.Infrastructure;

namespace CyberCase.Application.Common;

/// <summary>
/// Opens the write transaction of a unit of work, the provider's way, so that writers take turns across every process
/// that shares the database (numbers, the audit chain and custody chains are read and extended inside it):
/// on SQLite, queue in-process, then <c>BEGIN IMMEDIATE</c> (the file's one write lock, held by one process at a time);
/// on SQL Server, <c>BEGIN TRANSACTION</c> and an exclusive application lock held until the commit.
/// The returned admission is released when the transaction has ended.
/// </summary>
public interface IWriteGate
{
    ValueTask<IAsyncDisposable> BeginAsync(DatabaseFacade database, CancellationToken ct);
}
