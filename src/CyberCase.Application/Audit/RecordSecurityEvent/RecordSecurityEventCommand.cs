using CyberCase.Application.Common;
using Mediator;

namespace CyberCase.Application.Audit.RecordSecurityEvent;

/// <summary>
/// A refused request on the record (a 403, a by-id 404, a rejected token, a throttled login), written through the unit
/// of work like every other write. Sent by the host itself when it refuses a request, never from an endpoint: it is
/// open to anonymous callers because a rejected token has no officer.
/// </summary>
[Anonymous]
public sealed record RecordSecurityEventCommand(AuditEvent Event) : ICommand;

public sealed class RecordSecurityEventHandler(AuditScope audit) : ICommandHandler<RecordSecurityEventCommand>
{
    public ValueTask<Unit> Handle(RecordSecurityEventCommand command, CancellationToken ct)
    {
        audit.Record(command.Event);
        return ValueTask.FromResult(Unit.Value);
    }
}
