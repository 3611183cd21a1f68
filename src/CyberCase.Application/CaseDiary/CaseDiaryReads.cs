using CyberCase.Application.CaseFiles;
using CyberCase.Application.Common;
using CyberCase.Application.Firs;
using CyberCase.Application.Persistence;
using CyberCase.Domain.CaseDiary;
using CyberCase.Domain.Common;
using CyberCase.Domain.Firs;
using CyberCase.Domain.Law;
using CyberCase.Domain.Officers;
using Microsoft.EntityFrameworkCore;

namespace CyberCase.Application.CaseDiary;

/// <summary>An entry of the diary; <see cref="Page"/> is null until its day is closed.</summary>
public sealed record CaseDiaryEntryView(Guid Id, int Number, DateOnly Day, int? Page, OfficerRef WrittenBy, DateTimeOffset WrittenAt,
    DateTimeOffset? InformationReceivedAt, DateTimeOffset InvestigationBeganAt, DateTimeOffset InvestigationClosedAt,
    IReadOnlyList<string> PlacesVisited, string Findings, VernacularLanguage? VernacularLanguage, string? VernacularText,
    Guid? CorrectsEntryId, IReadOnlyList<Guid> CorrectedByEntryIds);

/// <summary>A day of the diary, open or closed (with its pages), and its entries in the order written.</summary>
public sealed record CaseDiaryDayView(DateOnly Day, bool Closed, DateTimeOffset? ClosedAt, OfficerRef? ClosedBy, int? FirstPage, int? LastPage,
    IReadOnlyList<CaseDiaryEntryView> Entries);

public sealed record CaseDiaryShareView(OfficerRef SharedBy, DateTimeOffset SharedAt);

/// <summary>The case diary of an FIR: the provision that governs it (by the FIR's registration date), the days in order.</summary>
public sealed record CaseDiaryView(Guid FirId, string FirNumber, string Provision, CaseDiaryShareView? SharedWithProsecutors, int Pages,
    IReadOnlyList<CaseDiaryDayView> Days);

public static class CaseDiaryReads
{
    /// <summary>
    /// The IO of the case writes the diary; the SHO may too (an SHO often investigates). Another IO of the station has no
    /// business in it: the diary is restricted, not a station notebook.
    /// </summary>
    public static void EnsureMayWrite(Fir fir, ICurrentOfficer officer)
    {
        if (!officer.IsInRole(Roles.StationHouseOfficer) && fir.AssignedOfficerId != officer.Id)
        {
            throw new ForbiddenException("Only the investigating officer of the case or the SHO writes its case diary.");
        }
    }

    /// <summary>
    /// Readers: the IO of the case, the SHO, and a prosecutor of the station once the SHO has shared the diary. A
    /// prosecutor before that gets 403, not 404: the FIR is theirs to read and every FIR has a diary, so "not found"
    /// would be untrue; the refusal tells them to ask the SHO, and it is recorded as a security event.
    /// </summary>
    public static async Task EnsureMayReadAsync(this CyberCaseDbContext db, Fir fir, ICurrentOfficer officer, CancellationToken ct)
    {
        if (officer.IsInRole(Roles.StationHouseOfficer) || fir.AssignedOfficerId == officer.Id && officer.IsInRole(Roles.InvestigatingOfficer))
        {
            return;
        }

        if (officer.IsInRole(Roles.Prosecutor) && await db.CaseDiaryShares.AnyAsync(s => s.FirId == fir.Id, ct))
        {
            return;
        }

        throw new ForbiddenException(officer.IsInRole(Roles.Prosecutor)
            ? "The SHO has not shared this case diary with the prosecutors."
            : "Only the investigating officer of the case, the SHO, or a prosecutor the SHO shared it with reads its case diary.");
    }

    /// <summary>The officer who just wrote, closed or shared, as the views name them.</summary>
    public static Task<OfficerRef> OfficerRefAsync(this CyberCaseDbContext db, Guid officerId, CancellationToken ct) =>
        db.Officers.AsNoTracking().Where(o => o.Id == officerId).Select(o => new OfficerRef(o.Id, o.FullName, o.Rank)).SingleAsync(ct);

    public static async Task<CaseDiaryView> LoadDiaryAsync(this CyberCaseDbContext db, Fir fir, CancellationToken ct)
    {
        var entries = await db.CaseDiaryEntries.AsNoTracking().Where(e => e.FirId == fir.Id).OrderBy(e => e.Number).ToListAsync(ct);
        var days = await db.CaseDiaryDays.AsNoTracking().Where(d => d.FirId == fir.Id).ToDictionaryAsync(d => d.Day, ct);
        var share = await db.CaseDiaryShares.AsNoTracking().SingleOrDefaultAsync(s => s.FirId == fir.Id, ct);

        var officerIds = entries.Select(e => e.WrittenBy).Concat(days.Values.Select(d => d.ClosedBy))
            .Append(share?.SharedBy ?? Guid.Empty).Distinct().ToList();
        var officers = await db.Officers.AsNoTracking().Where(o => officerIds.Contains(o.Id))
            .ToDictionaryAsync(o => o.Id, o => new OfficerRef(o.Id, o.FullName, o.Rank), ct);
        var correctedBy = entries.Where(e => e.CorrectsEntryId is not null).ToLookup(e => e.CorrectsEntryId!.Value, e => e.Id);

        var dayViews = entries.GroupBy(e => e.Day).OrderBy(g => g.Key).Select(g =>
        {
            var closed = days.GetValueOrDefault(g.Key);
            var views = g.OrderBy(e => e.Number).Select((e, i) => new CaseDiaryEntryView(e.Id, e.Number, e.Day, closed?.FirstPage + i,
                officers[e.WrittenBy], e.WrittenAt, e.InformationReceivedAt, e.InvestigationBeganAt, e.InvestigationClosedAt,
                e.PlacesVisited, e.Findings, e.VernacularLanguage, e.VernacularText, e.CorrectsEntryId, correctedBy[e.Id].ToList())).ToList();
            return new CaseDiaryDayView(g.Key, closed is not null, closed?.ClosedAt, closed is null ? null : officers[closed.ClosedBy],
                closed?.FirstPage, closed?.LastPage, views);
        }).ToList();

        return new CaseDiaryView(fir.Id, fir.Number, CaseDiaryEntry.Provision(fir.RegisteredAt),
            share is null ? null : new CaseDiaryShareView(officers[share.SharedBy], share.SharedAt),
            days.Count == 0 ? 0 : days.Values.Max(d => d.LastPage), dayViews);
    }

    /// <summary>
    /// The closed days' pages, one entry per diary page, as the court reads them (the diary volume, and the extract in
    /// the court's bundle). An open day has no page yet and is left out. The volume speaks as of its last closed day.
    /// </summary>
    public static CaseDiaryVolumeContent VolumeContent(this CaseDiaryView diary, Fir fir, StationRef station)
    {
        var all = diary.Days.SelectMany(d => d.Entries).ToDictionary(e => e.Id);
        var pages = diary.Days.Where(d => d.Closed).SelectMany(d => d.Entries).OrderBy(e => e.Page).Select(e =>
            new CaseDiaryPageContent(e.Page!.Value, e.Day, e.Number, e.WrittenBy.FullName, e.WrittenAt,
            [
                ("Information reached the IO", e.InformationReceivedAt is { } r ? Ist.FormDateTime(r) + " IST" : null),
                ("Investigation began", Ist.FormDateTime(e.InvestigationBeganAt) + " IST"),
                ("Investigation closed", Ist.FormDateTime(e.InvestigationClosedAt) + " IST"),
                ("Places visited", string.Join("\n", e.PlacesVisited)),
            ], e.Findings, e.VernacularText, e.CorrectsEntryId is { } c ? $"entry no. {all[c].Number}" : null)).ToList();
        var asOf = diary.Days.Where(d => d.ClosedAt is not null).Select(d => d.ClosedAt!.Value).DefaultIfEmpty(fir.RegisteredAt).Max();
        return new CaseDiaryVolumeContent(fir.Number, station.Name, station.District,
            Regime.ForFir(fir.RegisteredAt).CiteInFull(Provision.CaseDiary), asOf, pages);
    }
}
