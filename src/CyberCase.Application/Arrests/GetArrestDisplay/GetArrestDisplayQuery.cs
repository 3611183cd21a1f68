using CyberCase.Application.Common;
using CyberCase.Application.Persistence;
using CyberCase.Domain.Common;
using CyberCase.Domain.Firs;
using CyberCase.Domain.Officers;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CyberCase.Application.Arrests.GetArrestDisplay;

/// <summary>
/// The station's public display of arrested persons (BNSS 37(b)): names, addresses and the offences charged,
/// nothing else. <c>date</c> is the day of arrest in IST; today when omitted.
/// </summary>
[AllowedRoles(Roles.InvestigatingOfficer, Roles.StationHouseOfficer, Roles.Prosecutor, Roles.MalkhanaInCharge, Roles.Admin)]
public sealed record GetArrestDisplayQuery(DateOnly? Date) : IQuery<ArrestDisplay>;

public sealed record ArrestDisplayEntry(string Name, string Address, IReadOnlyList<string> Offences);

public sealed record ArrestDisplay(DateOnly Date, IReadOnlyList<ArrestDisplayEntry> Arrested);

public sealed class GetArrestDisplayHandler(CyberCaseDbContext db, ICurrentOfficer officer, TimeProvider clock)
    : IQueryHandler<GetArrestDisplayQuery, ArrestDisplay>
{
    public async ValueTask<ArrestDisplay> Handle(GetArrestDisplayQuery query, CancellationToken ct)
    {
        var date = query.Date ?? DateOnly.FromDateTime(clock.GetUtcNow().ToIst().DateTime);
        var from = new DateTimeOffset(date.ToDateTime(TimeOnly.MinValue), Ist.Offset).ToUniversalTime();
        var to = from.AddDays(1);
        var rows = await db.ArrestMemos.AsNoTracking().Where(m => m.ArrestedAt >= from && m.ArrestedAt < to)
            .Join(db.CaseAccused, m => m.AccusedId, a => a.Id, (m, a) => new { m.ArrestedAt, a.StationId, a.FirId, a.PersonId })
            .Where(x => x.StationId == officer.StationId)
            .Join(db.AccusedPersons, x => x.PersonId, p => p.Id, (x, p) => new { x.ArrestedAt, x.FirId, p.Name, p.Address })
            .ToListAsync(ct);
        var firIds = rows.Select(r => r.FirId).Distinct().ToList();
        var sections = (await db.Firs.AsNoTracking().Where(f => firIds.Contains(f.Id))
                .Select(f => new { f.Id, Sections = f.Sections.ToList() }).ToListAsync(ct))
            .ToDictionary(f => f.Id, f => f.Sections);
        return new ArrestDisplay(date, rows.OrderBy(r => r.ArrestedAt).ThenBy(r => r.Name, StringComparer.Ordinal)
            .Select(r => new ArrestDisplayEntry(r.Name, r.Address, sections[r.FirId].Select(s => s.ToString()).ToList()))
            .ToList());
    }
}
