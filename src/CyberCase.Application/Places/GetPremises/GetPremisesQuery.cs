using CyberCase.Application.Common;
using CyberCase.Application.Persistence;
using CyberCase.Domain.Officers;
using Mediator;

namespace CyberCase.Application.Places.GetPremises;

[AllowedRoles(Roles.InvestigatingOfficer, Roles.StationHouseOfficer, Roles.Prosecutor, Roles.MalkhanaInCharge, Roles.Admin)]
public sealed record GetPremisesQuery(Guid Id) : IQuery<PremisesDetails>;

public sealed class GetPremisesHandler(CyberCaseDbContext db, ICurrentOfficer officer) : IQueryHandler<GetPremisesQuery, PremisesDetails>
{
    public async ValueTask<PremisesDetails> Handle(GetPremisesQuery query, CancellationToken ct) =>
        await db.LoadPremisesAsync(query.Id, officer, ct);
}
