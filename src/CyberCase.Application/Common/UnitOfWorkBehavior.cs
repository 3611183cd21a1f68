using CyberCase.Application.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CyberCase.Application.Common;

/// <summary>
/// Every command runs in one database transaction: all of its writes and their audit records land together or
/// not at all (never a partial write). On SQLite the transaction is BEGIN IMMEDIATE, which serialises writers,
/// so FIR numbers and the audit hash chain are assigned without races.
/// </summary>
public sealed class UnitOfWorkBehavior<TMessage, TResponse>(CyberCaseDbContext db, AuditScope audit, IWriteGate gate)
    : IPipelineBehavior<TMessage, TResponse>
    where TMessage : notnull, IMessage
{
    public async ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next,
        CancellationToken cancellationToken)
    {
        if (message is not IBaseCommand || message is IOwnTransaction || db.Database.CurrentTransaction is not null)
        {
            return await next(message, cancellationToken);
        }

        audit.Action = message.GetType().Name.Replace("Command", "", StringComparison.Ordinal);
        await using var admission = await gate.EnterAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        // The whole command commits or rolls back as one; per-save savepoints would only add two statements a save.
        db.Database.AutoSavepointsEnabled = false;
        var response = await next(message, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return response;
    }
}
