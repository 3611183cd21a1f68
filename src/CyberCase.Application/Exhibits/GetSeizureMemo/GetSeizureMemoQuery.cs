using CyberCase.Application.Common;
using CyberCase.Application.Persistence;
using CyberCase.Domain.Officers;
using Mediator;

namespace CyberCase.Application.Exhibits.GetSeizureMemo;

[AllowedRoles(Roles.InvestigatingOfficer, Roles.StationHouseOfficer, Roles.Prosecutor, Roles.MalkhanaInCharge, Roles.Admin)]
public sealed record GetSeizureMemoQuery(Guid Id) : IQuery<SeizureMemoView>;

public sealed class GetSeizureMemoHandler(CyberCaseDbContext db, ICurrentOfficer officer) : IQueryHandler<GetSeizureMemoQuery, SeizureMemoView>
{
    public async ValueTask<SeizureMemoView> Handle(GetSeizureMemoQuery query, CancellationToken ct) =>
        await db.LoadSeizureMemoAsync(query.Id, officer, ct);
}
