using CyberCase.Application.Common;
using CyberCase.Application.Persistence;
using CyberCase.Domain.Officers;
using Mediator;

namespace CyberCase.Application.ForensicVisits.GetForensicVisit;

/// <summary>A forensic expert's visit to a scene of the case (another station's answers 404).</summary>
[AllowedRoles(Roles.InvestigatingOfficer, Roles.StationHouseOfficer, Roles.Prosecutor)]
public sealed record GetForensicVisitQuery(Guid Id) : IQuery<ForensicVisitView>;

public sealed class GetForensicVisitHandler(CyberCaseDbContext db, ICurrentOfficer officer) : IQueryHandler<GetForensicVisitQuery, ForensicVisitView>
{
    public async ValueTask<ForensicVisitView> Handle(GetForensicVisitQuery query, CancellationToken ct) =>
        await db.LoadForensicVisitAsync(query.Id, officer, ct);
}
