namespace CyberCase.Application.Common;

/// <summary>
/// The officer a background job acts for, set by the job before it sends anything through the mediator in its
/// scope: the officer who asked for the work, with their station and roles as they were when they asked. The host
/// registers <see cref="ICurrentOfficer"/> as this when it is set, else as the officer of the HTTP request.
/// </summary>
public sealed class BackgroundOfficer : ICurrentOfficer
{
    private HashSet<string> _roles = [];

    public bool IsSet { get; private set; }
    public bool IsAuthenticated => IsSet;
    public Guid Id { get; private set; }
    public string UserName { get; private set; } = "";
    public Guid StationId { get; private set; }

    public bool IsInRole(string role) => _roles.Contains(role);

    public void ActFor(Guid id, string userName, Guid stationId, IEnumerable<string> roles)
    {
        Id = id;
        UserName = userName;
        StationId = stationId;
        _roles = [.. roles];
        IsSet = true;
    }
}
