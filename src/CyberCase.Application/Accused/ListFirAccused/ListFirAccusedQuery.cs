using CyberCase.Application.Common;
using CyberCase.Application.Firs;
using CyberCase.Application.Persistence;
using CyberCase.Domain.Officers;
using Mediator;

namespace CyberCase.Application.Accused.ListFirAccused;

[AllowedRoles(Roles.InvestigatingOfficer, Roles.StationHouseOfficer, Roles.Prosecutor, Roles.MalkhanaInCharge, Roles.Admin)]
public sealed record ListFirAccusedQuery(Guid FirId) : IQuery<IReadOnlyList<AccusedSummary>>;

public sealed class ListFirAccusedHandler(CyberCaseDbContext db, ICurrentOfficer officer)
    : IQueryHandler<ListFirAccusedQuery, IReadOnlyList<AccusedSummary>>
{
    public async ValueTask<IReadOnlyList<AccusedSummary>> Handle(ListFirAccusedQuery query, CancellationToken ct)
    {
        var fir = await db.FindOwnAsync(query.FirId, officer, ct);
        return await db.ListForFirAsync(fir.Id, ct);
    }
}
