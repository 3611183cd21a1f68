using CyberCase.Application.Common;
using CyberCase.Application.Firs;
using CyberCase.Application.Persistence;
using CyberCase.Domain.Officers;
using Mediator;

namespace CyberCase.Application.Raids.ListFirRaids;

[AllowedRoles(Roles.InvestigatingOfficer, Roles.StationHouseOfficer, Roles.Prosecutor, Roles.MalkhanaInCharge, Roles.Admin)]
public sealed record ListFirRaidsQuery(Guid FirId) : IQuery<IReadOnlyList<RaidSummary>>;

public sealed class ListFirRaidsHandler(CyberCaseDbContext db, ICurrentOfficer officer)
    : IQueryHandler<ListFirRaidsQuery, IReadOnlyList<RaidSummary>>
{
    public async ValueTask<IReadOnlyList<RaidSummary>> Handle(ListFirRaidsQuery query, CancellationToken ct)
    {
        var fir = await db.FindOwnAsync(query.FirId, officer, ct);
        return await db.SummariseRaidsAsync(db.Raids.Where(r => r.FirId == fir.Id && r.StationId == officer.StationId), ct);
    }
}
