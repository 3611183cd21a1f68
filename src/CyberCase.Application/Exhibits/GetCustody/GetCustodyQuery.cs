using CyberCase.Application.Common;
using CyberCase.Application.Persistence;
using CyberCase.Domain.Exhibits;
using CyberCase.Domain.Officers;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CyberCase.Application.Exhibits.GetCustody;

[AllowedRoles(Roles.InvestigatingOfficer, Roles.StationHouseOfficer, Roles.Prosecutor, Roles.MalkhanaInCharge, Roles.Admin)]
public sealed record GetCustodyQuery(Guid ExhibitId) : IQuery<CustodyLog>;

public sealed class GetCustodyHandler(CyberCaseDbContext db, ICurrentOfficer officer) : IQueryHandler<GetCustodyQuery, CustodyLog>
{
    public async ValueTask<CustodyLog> Handle(GetCustodyQuery query, CancellationToken ct) =>
        await db.LoadCustodyAsync(query.ExhibitId, officer, ct);
}
