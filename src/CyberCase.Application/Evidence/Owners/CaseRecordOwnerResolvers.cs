using CyberCase.Application.Persistence;
using CyberCase.Domain.Evidence;
using Microsoft.EntityFrameworkCore;

namespace CyberCase.Application.Evidence.Owners;

/// <summary>The search video, photos of the premises, the raid's scanned papers.</summary>
public sealed class RaidEvidenceOwnerResolver(CyberCaseDbContext db) : IEvidenceOwnerResolver
{
    public EvidenceOwnerType OwnerType => EvidenceOwnerType.Raid;

    public Task<EvidenceOwner?> FindAsync(Guid id, Guid stationId, CancellationToken ct) =>
        db.Raids.AsNoTracking().Where(r => r.Id == id && r.StationId == stationId)
            .Select(r => new EvidenceOwner(EvidenceOwnerType.Raid, r.Id, r.StationId, r.FirId)).SingleOrDefaultAsync(ct);
}

/// <summary>The signed memo scanned, the video of it being prepared.</summary>
public sealed class SeizureMemoEvidenceOwnerResolver(CyberCaseDbContext db) : IEvidenceOwnerResolver
{
    public EvidenceOwnerType OwnerType => EvidenceOwnerType.SeizureMemo;

    public Task<EvidenceOwner?> FindAsync(Guid id, Guid stationId, CancellationToken ct) =>
        db.SeizureMemos.AsNoTracking().Where(m => m.Id == id && m.StationId == stationId)
            .Select(m => new EvidenceOwner(EvidenceOwnerType.SeizureMemo, m.Id, m.StationId, m.FirId)).SingleOrDefaultAsync(ct);
}

/// <summary>Photos of the device and its seal, FSL reports, tool exports.</summary>
public sealed class ExhibitEvidenceOwnerResolver(CyberCaseDbContext db) : IEvidenceOwnerResolver
{
    public EvidenceOwnerType OwnerType => EvidenceOwnerType.Exhibit;

    public Task<EvidenceOwner?> FindAsync(Guid id, Guid stationId, CancellationToken ct) =>
        db.Exhibits.AsNoTracking().Where(e => e.Id == id && e.StationId == stationId)
            .Select(e => new EvidenceOwner(EvidenceOwnerType.Exhibit, e.Id, e.StationId, e.FirId)).SingleOrDefaultAsync(ct);
}

/// <summary>The arrest memo signed, the medical report. The id is the accused-in-case id (as in /api/firs/{id}/accused).</summary>
public sealed class AccusedEvidenceOwnerResolver(CyberCaseDbContext db) : IEvidenceOwnerResolver
{
    public EvidenceOwnerType OwnerType => EvidenceOwnerType.Accused;

    public Task<EvidenceOwner?> FindAsync(Guid id, Guid stationId, CancellationToken ct) =>
        db.CaseAccused.AsNoTracking().Where(a => a.Id == id && a.StationId == stationId)
            .Select(a => new EvidenceOwner(EvidenceOwnerType.Accused, a.Id, a.StationId, a.FirId)).SingleOrDefaultAsync(ct);
}
