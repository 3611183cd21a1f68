using CyberCase.Application.Firs;
using CyberCase.Application.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CyberCase.Application.Common;

/// <summary>
/// The police stations (reference data), read once per process: every FIR read names its station. A station added
/// later is found by reading the table again.
/// </summary>
public sealed class StationDirectory
{
    private volatile Dictionary<Guid, StationRef>? _stations;

    public async ValueTask<StationRef> GetAsync(CyberCaseDbContext db, Guid id, CancellationToken ct)
    {
        if (_stations is { } known && known.TryGetValue(id, out var station))
        {
            return station;
        }

        _stations = await db.Stations.AsNoTracking()
            .ToDictionaryAsync(s => s.Id, s => new StationRef(s.Id, s.Code, s.Name, s.District), ct);
        return _stations.TryGetValue(id, out station) ? station : throw new NotFoundException("Station", id);
    }
}
