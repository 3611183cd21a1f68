using CyberCase.Application.Persistence;
using Mediator;

namespace CyberCase.Application.Common;

/// <summary>
/// Every command runs in one database transaction (<see cref="WriteTransactions.InWriteTransactionAsync{T}"/>): all
/// of its writes and their audit records land together or not at all (never a partial write).
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
        return await db.InWriteTransactionAsync(gate, () => next(message, cancellationToken).AsTask(), cancellationToken);
    }
}
