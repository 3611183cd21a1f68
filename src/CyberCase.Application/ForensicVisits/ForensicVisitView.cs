using CyberCase.Application.Common;
using CyberCase.Application.Firs;
using CyberCase.Application.Persistence;
using CyberCase.Domain.ForensicVisits;
using CyberCase.Domain.Law;
using Microsoft.EntityFrameworkCore;

namespace CyberCase.Application.ForensicVisits;

/// <summary>
/// A forensic expert's visit to a scene as read by an officer of its station; <c>provision</c> is BNSS 176(3) for a case
/// under the BNSS and null under the CrPC, which has no such duty (a visit may still be recorded there).
/// </summary>
public sealed record ForensicVisitView(Guid Id, Guid FirId, string? Provision, string Place, Guid? PremisesId, Guid? RaidId,
    string ExpertName, string Designation, string Laboratory, DateTimeOffset VisitedAt, string Findings, bool VideoRecorded,
    Guid? VideoFileId, OfficerRef RecordedBy, DateTimeOffset RecordedAt);

public static class ForensicVisitReads
{
    public static async Task<ForensicVisitView> LoadForensicVisitAsync(this CyberCaseDbContext db, Guid id, ICurrentOfficer officer,
        CancellationToken ct)
    {
        var v = await db.ForensicVisits.AsNoTracking().SingleOrDefaultAsync(x => x.Id == id && x.StationId == officer.StationId, ct)
            ?? throw new NotFoundException("ForensicVisit", id);
        var registeredAt = await db.Firs.Where(f => f.Id == v.FirId).Select(f => f.RegisteredAt).SingleAsync(ct);
        var by = await db.Officers.AsNoTracking().Where(o => o.Id == v.RecordedBy)
            .Select(o => new OfficerRef(o.Id, o.FullName, o.Rank)).SingleAsync(ct);
        var regime = Regime.ForFir(registeredAt);
        return new ForensicVisitView(v.Id, v.FirId, regime.Has(Provision.ForensicExpertVisit) ? regime.Cite(Provision.ForensicExpertVisit) : null,
            v.Place, v.PremisesId, v.RaidId, v.ExpertName, v.Designation, v.Laboratory, v.VisitedAt, v.Findings, v.VideoRecorded,
            v.VideoFileId, by, v.RecordedAt);
    }
}
