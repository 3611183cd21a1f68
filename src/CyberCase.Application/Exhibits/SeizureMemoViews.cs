using CyberCase.Application.Common;
using CyberCase.Application.Firs;
using CyberCase.Application.Persistence;
using CyberCase.Domain.Exhibits;
using Microsoft.EntityFrameworkCore;

namespace CyberCase.Application.Exhibits;

public sealed record MemoWitnessView(string Name, string? Parentage, string Address);

public sealed record SpecimenSealView(string? Number, string? Impression, string? KeptAt);

/// <summary>
/// A seizure memo with the exhibits seized under it, who signed for the occupant's copy, the specimen seal and the
/// report of the seizure to the Magistrate.
/// </summary>
public sealed record SeizureMemoView(Guid Id, string MemoNumber, Guid RaidId, FirRef Fir, Guid? PremisesId, DateTimeOffset DrawnUpAt,
    IReadOnlyList<MemoWitnessView> Witnesses, string? OccupantGivenCopy, OfficerRef PreparedBy, IReadOnlyList<ExhibitSummary> Items,
    string? CopyReceivedBy, SpecimenSealView SpecimenSeal, DateTimeOffset? ReportedToMagistrateAt, string? ReportedToMagistrate,
    Guid Version);

public static class SeizureMemoReads
{
    public static async Task<IReadOnlyList<SeizureMemoView>> LoadSeizureMemosAsync(this CyberCaseDbContext db,
        IQueryable<SeizureMemo> memos, CancellationToken ct)
    {
        var list = await memos.AsNoTracking().OrderBy(m => m.DrawnUpAt).ThenBy(m => m.MemoNumber).ToListAsync(ct);
        if (list.Count == 0)
        {
            return [];
        }

        var ids = list.Select(m => m.Id).ToList();
        var items = (await db.Exhibits.AsNoTracking().Where(e => e.SeizureMemoId != null && ids.Contains(e.SeizureMemoId.Value) && e.ParentExhibitId == null)
            .OrderBy(e => e.Serial).ToListAsync(ct)).ToLookup(e => e.SeizureMemoId);
        var firIds = list.Select(m => m.FirId).Distinct().ToList();
        var firs = await db.Firs.AsNoTracking().Where(f => firIds.Contains(f.Id)).ToDictionaryAsync(f => f.Id, f => new FirRef(f.Id, f.Number), ct);
        var officerIds = list.Select(m => m.PreparedBy).Distinct().ToList();
        var officers = await db.Officers.AsNoTracking().Where(o => officerIds.Contains(o.Id))
            .ToDictionaryAsync(o => o.Id, o => new OfficerRef(o.Id, o.FullName, o.Rank), ct);
        return list.Select(m => new SeizureMemoView(m.Id, m.MemoNumber, m.RaidId, firs[m.FirId], m.PremisesId, m.DrawnUpAt,
            m.Witnesses.Select(w => new MemoWitnessView(w.Name, w.Parentage, w.Address)).ToList(), m.OccupantGivenCopy,
            officers[m.PreparedBy], items[m.Id].Select(e => e.Summary()).ToList(), m.CopyReceivedBy,
            new SpecimenSealView(m.SpecimenSealNumber, m.SpecimenSealImpression, m.SpecimenSealKeptAt), m.ReportedToMagistrateAt,
            m.ReportedToMagistrate, m.Version)).ToList();
    }

    public static async Task<SeizureMemoView> LoadSeizureMemoAsync(this CyberCaseDbContext db, Guid id, ICurrentOfficer officer,
        CancellationToken ct) =>
        (await db.LoadSeizureMemosAsync(db.SeizureMemos.Where(m => m.Id == id && m.StationId == officer.StationId), ct))
        .SingleOrDefault() ?? throw new NotFoundException("SeizureMemo", id);
}
