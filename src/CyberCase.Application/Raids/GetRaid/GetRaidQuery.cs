using CyberCase.Application.Common;
using CyberCase.Application.Persistence;
using CyberCase.Domain.Officers;
using Mediator;

namespace CyberCase.Application.Raids.GetRaid;

[AllowedRoles(Roles.InvestigatingOfficer, Roles.StationHouseOfficer, Roles.Prosecutor, Roles.MalkhanaInCharge, Roles.Admin)]
public sealed record GetRaidQuery(Guid Id) : IQuery<RaidDetails>;

public sealed class GetRaidHandler(CyberCaseDbContext db, ICurrentOfficer officer) : IQueryHandler<GetRaidQuery, RaidDetails>
{
    public async ValueTask<RaidDetails> Handle(GetRaidQuery query, CancellationToken ct) => await db.LoadRaidAsync(query.Id, officer, ct);
}
