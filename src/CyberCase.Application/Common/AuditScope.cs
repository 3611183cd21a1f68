namespace CyberCase.Application.Common;

/// <summary>An audit event that is not a record change: a login, a refused download, an export.</summary>
public sealed record AuditEvent(string Action, string EntityType, string? EntityId, object Details,
    Guid? OfficerId = null, string? UserName = null, Guid? StationId = null);

/// <summary>
/// The use case being carried out in this request scope: every audit record written by it carries this action.
/// Explicit events queued here are chained into the trail on the next save.
/// </summary>
public sealed class AuditScope
{
    private readonly List<AuditEvent> _events = [];

    public string Action { get; set; } = "Unknown";

    public void Record(AuditEvent auditEvent) => _events.Add(auditEvent);

    public bool HasEvents => _events.Count > 0;

    internal List<AuditEvent> DrainEvents()
    {
        var drained = _events.ToList();
        _events.Clear();
        return drained;
    }
}
