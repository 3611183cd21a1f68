using CyberCase.Application.Common;
using CyberCase.Application.Persistence;
using Microsoft.EntityFrameworkCore;
using CyberCase.Domain.Evidence;
using CyberCase.Domain.Officers;

namespace CyberCase.Application.Evidence.Owners;

/// <summary>A record that evidence files can be attached to, as found at the officer's station.</summary>
public sealed record EvidenceOwner(EvidenceOwnerType Type, Guid Id, Guid StationId, Guid FirId);

/// <summary>
/// The records evidence files can be attached to, one row each: how to find one by id at a station. An owner type
/// without a row (a premises, say) answers 404 until its row is added here.
/// </summary>
public sealed class EvidenceOwners(CyberCaseDbContext db)
{
    private static readonly Dictionary<EvidenceOwnerType, Func<CyberCaseDbContext, Guid, Guid, IQueryable<EvidenceOwner>>> Rows = new()
    {
        // The complaint, the FIR copy, the informant's documents.
        [EvidenceOwnerType.Fir] = (db, id, station) => db.Firs.Where(f => f.Id == id && f.StationId == station)
            .Select(f => new EvidenceOwner(EvidenceOwnerType.Fir, f.Id, f.StationId, f.Id)),
        // The search video, photos of the premises, the raid's scanned papers.
        [EvidenceOwnerType.Raid] = (db, id, station) => db.Raids.Where(r => r.Id == id && r.StationId == station)
            .Select(r => new EvidenceOwner(EvidenceOwnerType.Raid, r.Id, r.StationId, r.FirId)),
        // The signed memo scanned, the video of it being prepared.
        [EvidenceOwnerType.SeizureMemo] = (db, id, station) => db.SeizureMemos.Where(m => m.Id == id && m.StationId == station)
            .Select(m => new EvidenceOwner(EvidenceOwnerType.SeizureMemo, m.Id, m.StationId, m.FirId)),
        // Photos of the device and its seal, FSL reports, tool exports.
        [EvidenceOwnerType.Exhibit] = (db, id, station) => db.Exhibits.Where(e => e.Id == id && e.StationId == station)
            .Select(e => new EvidenceOwner(EvidenceOwnerType.Exhibit, e.Id, e.StationId, e.FirId)),
        // The arrest memo signed, the medical report. The id is the accused-in-case id (as in /api/firs/{id}/accused).
        [EvidenceOwnerType.Accused] = (db, id, station) => db.CaseAccused.Where(a => a.Id == id && a.StationId == station)
            .Select(a => new EvidenceOwner(EvidenceOwnerType.Accused, a.Id, a.StationId, a.FirId)),
    };

    /// <summary>The owner at the officer's station, or 404 with the owner's own code (Fir.NotFound, Raid.NotFound...).</summary>
    public async Task<EvidenceOwner> FindAsync(EvidenceOwnerType type, Guid id, ICurrentOfficer officer, CancellationToken ct)
    {
        var owner = Rows.TryGetValue(type, out var row) ? await row(db, id, officer.StationId).SingleOrDefaultAsync(ct) : null;
        return owner ?? throw new NotFoundException(type.ToString(), id);
    }

    /// <summary>
    /// The owner of an upload named by its text fields (already validated), after the officer's role for that owner
    /// type is checked: 403, then 404, before any of the file is received.
    /// </summary>
    public Task<EvidenceOwner> FindForUploadAsync(string? ownerType, string? ownerId, ICurrentOfficer officer, CancellationToken ct)
    {
        if (!UploadEvidence.UploadEvidenceValidator.TryParseOwnerType(ownerType, out var type) || !Guid.TryParse(ownerId, out var id))
        {
            throw new InvalidOperationException("The validator lets only known owner types and record ids through.");
        }

        EnsureMayUpload(type, officer);
        return FindAsync(type, id, officer, ct);
    }

    /// <summary>
    /// The investigating officers and the SHO attach files to anything of the case; the malkhana in-charge, who keeps
    /// the sealed exhibits, attaches files (photos of seals, FSL receipts) to exhibits only.
    /// </summary>
    public static IReadOnlyList<string> UploaderRoles(EvidenceOwnerType type) => type == EvidenceOwnerType.Exhibit
        ? [Roles.InvestigatingOfficer, Roles.StationHouseOfficer, Roles.MalkhanaInCharge]
        : [Roles.InvestigatingOfficer, Roles.StationHouseOfficer];

    public static void EnsureMayUpload(EvidenceOwnerType type, ICurrentOfficer officer)
    {
        if (!UploaderRoles(type).Any(officer.IsInRole))
        {
            throw new ForbiddenException($"Your role does not allow attaching files to a {type}.");
        }
    }
}
