using CyberCase.Application.Common;
using CyberCase.Application.Persistence;
using CyberCase.Domain.Officers;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CyberCase.Application.Stations.ListStations;

/// <summary>
/// Every police station, by code, with how many officers it has: the administrator's view of the reference data
/// (db/seed/stations.csv and the stations added since). Holds no case data of any station.
/// </summary>
[AllowedRoles(Roles.Admin)]
public sealed record ListStationsQuery : IQuery<IReadOnlyList<StationView>>;

public sealed record StationView(Guid Id, string Code, string Name, string District, string State, int Officers);

public sealed class ListStationsHandler(CyberCaseDbContext db) : IQueryHandler<ListStationsQuery, IReadOnlyList<StationView>>
{
    public async ValueTask<IReadOnlyList<StationView>> Handle(ListStationsQuery query, CancellationToken ct) =>
        await db.Stations.AsNoTracking().OrderBy(s => s.Code)
            .Select(s => new StationView(s.Id, s.Code, s.Name, s.District, s.State, db.Officers.Count(o => o.StationId == s.Id)))
            .ToListAsync(ct);
}
