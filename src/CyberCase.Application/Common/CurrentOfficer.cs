namespace CyberCase.Application.Common;

/// <summary>The authenticated officer making the request: who, which station, which roles.</summary>
public interface ICurrentOfficer
{
    bool IsAuthenticated { get; }
    Guid Id { get; }
    string UserName { get; }
    Guid StationId { get; }
    bool IsInRole(string role);
}
