using CyberCase.Application.Common;
using CyberCase.Application.Persistence;
using CyberCase.Domain.Officers;
using Mediator;

namespace CyberCase.Application.Firs.GetFir;

[AllowedRoles(Roles.InvestigatingOfficer, Roles.StationHouseOfficer, Roles.Prosecutor, Roles.MalkhanaInCharge, Roles.Admin)]
public sealed record GetFirQuery(Guid Id) : IQuery<FirDetails>;

public sealed class GetFirHandler(CyberCaseDbContext db, ICurrentOfficer officer, OffenceSectionCatalog catalog, StationDirectory stations, TimeProvider clock) : IQueryHandler<GetFirQuery, FirDetails>
{
    public async ValueTask<FirDetails> Handle(GetFirQuery query, CancellationToken ct) =>
        await db.LoadDetailsAsync(query.Id, officer, catalog, stations, clock, ct);
}
