using CyberCase.Application.Common;
using CyberCase.Application.Persistence;
using CyberCase.Domain.Officers;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CyberCase.Application.Victims.ListVictims;

/// <summary>The victims of a case, in the order recorded.</summary>
[AllowedRoles(Roles.InvestigatingOfficer, Roles.StationHouseOfficer, Roles.Prosecutor, Roles.Admin)]
public sealed record ListVictimsQuery(Guid FirId) : IQuery<IReadOnlyList<VictimView>>;

public sealed class ListVictimsHandler(CyberCaseDbContext db, ICurrentOfficer officer) : IQueryHandler<ListVictimsQuery, IReadOnlyList<VictimView>>
{
    public async ValueTask<IReadOnlyList<VictimView>> Handle(ListVictimsQuery query, CancellationToken ct)
    {
        if (!await db.Firs.AnyAsync(f => f.Id == query.FirId && f.StationId == officer.StationId, ct))
        {
            throw new NotFoundException("Fir", query.FirId);
        }

        var victims = await db.Victims.AsNoTracking().Where(v => v.FirId == query.FirId && v.StationId == officer.StationId).ToListAsync(ct);
        return victims.OrderBy(v => v.RecordedAt).ThenBy(v => v.Id).Select(VictimView.From).ToList();
    }
}
