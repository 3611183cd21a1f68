using CyberCase.Application.Common;
using CyberCase.Application.Persistence;
using CyberCase.Domain.Officers;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CyberCase.Application.Officers.ListStationOfficers;

/// <summary>
/// The officers of the caller's station, by name: whom an FIR can be assigned to and who can go on a raid.
/// Another station, or one that does not exist, answers 404; an administrator, who manages the officers of every
/// station (OfficerAccounts.FindManageableAsync), lists any station's.
/// </summary>
[AllowedRoles(Roles.InvestigatingOfficer, Roles.StationHouseOfficer, Roles.Prosecutor, Roles.MalkhanaInCharge, Roles.Admin)]
public sealed record ListStationOfficersQuery(Guid StationId) : IQuery<IReadOnlyList<OfficerView>>;

public sealed class ListStationOfficersHandler(CyberCaseDbContext db, ICurrentOfficer officer)
    : IQueryHandler<ListStationOfficersQuery, IReadOnlyList<OfficerView>>
{
    public async ValueTask<IReadOnlyList<OfficerView>> Handle(ListStationOfficersQuery query, CancellationToken ct)
    {
        if (query.StationId != officer.StationId
            && !(officer.IsInRole(Roles.Admin) && await db.Stations.AnyAsync(s => s.Id == query.StationId, ct)))
        {
            throw new NotFoundException("Station", query.StationId);
        }

        var officers = db.Officers.AsNoTracking().Where(o => o.StationId == query.StationId);
        var roles = await db.RolesOfAsync(officers.Select(o => o.Id), ct);
        return (await officers.OrderBy(o => o.FullName).ThenBy(o => o.Id)
                .Select(o => new { o.Id, o.UserName, o.FullName, o.Rank }).ToListAsync(ct))
            .Select(o => new OfficerView(o.Id, o.UserName, o.FullName, o.Rank, roles.GetValueOrDefault(o.Id) ?? []))
            .ToList();
    }
}
