using CyberCase.Application.Persistence;
using Mediator;

namespace CyberCase.Application.Common;

/// <summary>
/// The unit of work: the one way anything is written. Every use case (command or query) runs as one: its writes
/// and their audit records commit together when the handler returns, or not at all when it throws (never a partial
/// write). The write transaction opens at the first write (a counter, a save: see
/// <see cref="CyberCaseDbContext.BeginWriteAsync"/>), so the slow work before it (receiving an upload, checking a
/// password, rendering a bundle) holds no lock; what was read before it is protected by the records' versions.
/// The audit action is the message's type name or its <see cref="AuditActionAttribute"/>.
/// </summary>
public sealed class UnitOfWorkBehavior<TMessage, TResponse>(CyberCaseDbContext db)
    : IPipelineBehavior<TMessage, TResponse>
    where TMessage : notnull, IMessage
{
    public async ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next,
        CancellationToken cancellationToken)
    {
        if (!db.TryOpenUnitOfWork(AuditActionAttribute.Of(message.GetType())))
        {
            // A use case sent from inside another belongs to the outer unit.
            return await next(message, cancellationToken);
        }

        try
        {
            var response = await next(message, cancellationToken);
            await db.SavePendingAsync(cancellationToken);
            await db.CloseUnitOfWorkAsync(commit: true);
            return response;
        }
        catch (Exception) when (KeepsRecordWhenRefusedAttribute.IsOn(message.GetType()))
        {
            // Kept even if the caller has gone: the record must not depend on the client waiting for the answer.
            db.ChangeTracker.Clear();
            await db.SavePendingAsync(CancellationToken.None);
            await db.CloseUnitOfWorkAsync(commit: true);
            throw;
        }
        finally
        {
            await db.CloseUnitOfWorkAsync(commit: false);
        }
    }
}
