using CyberCase.Application.Common;
using CyberCase.Application.Evidence;
using CyberCase.Application.Firs;
using CyberCase.Application.Persistence;
using CyberCase.Domain.CaseFiles;
using CyberCase.Domain.Common;
using CyberCase.Domain.Firs;
using Microsoft.EntityFrameworkCore;

namespace CyberCase.Application.CaseFiles;

/// <summary>
/// Renders a case's bundle volume by volume into the bundle store and records it (audited), for the export in the
/// request and for the one in the background alike. Rendering runs before the first write of the unit of work, so it
/// holds no write lock; an altered annexure is recorded as an alarm (the use cases keep their record when refused).
/// </summary>
public sealed class CaseBundleExporter(CyberCaseDbContext db, ICurrentOfficer officer, ICaseBundleRenderer renderer,
    ICaseBundleStore store, IEvidenceStore evidence, AuditScope audit, OffenceSectionCatalog catalog, StationDirectory stations, TimeProvider clock)
{
    /// <summary>The officer may export this FIR: the SHO and the prosecutor any case of the station, an IO the cases assigned to them.</summary>
    public void EnsureMayExport(Fir fir)
    {
        if (!officer.IsInRole(Domain.Officers.Roles.Prosecutor) && !officer.IsInRole(Domain.Officers.Roles.StationHouseOfficer)
            && fir.AssignedOfficerId != officer.Id)
        {
            throw new ForbiddenException("Only the investigating officer of the case, the SHO or the prosecutor can export its bundle.");
        }
    }

    /// <summary>
    /// Whether the bundle is the court's copy with the case diary extract: by default when the SHO has shared the diary;
    /// an export for an accused's copy leaves it out (<paramref name="asked"/> false). Asking for it before the diary is
    /// shared is refused: the prosecution reads the diary only once the SHO shares it.
    /// </summary>
    public async Task<bool> WithCaseDiaryAsync(Fir fir, bool? asked, CancellationToken ct)
    {
        var shared = await db.CaseDiaryShares.AnyAsync(s => s.FirId == fir.Id, ct);
        if (asked == true && !shared)
        {
            throw new DomainException("CaseBundle.CaseDiaryNotShared",
                "The case diary is not shared with the prosecution yet: the SHO shares it before it goes into a bundle.",
                RuleKind.Unprocessable, "includeCaseDiary");
        }

        return asked ?? shared;
    }

    public Task<CaseBundleContent> ContentAsync(Fir fir, bool withCaseDiary, CancellationToken ct) =>
        CaseBundleContentBuilder.BuildAsync(db, fir.Id, officer, catalog, stations, evidence, clock, withCaseDiary, ct);

    public async Task<CaseBundle> RenderAndRecordAsync(Fir fir, CaseBundleContent content, IProgress<CaseBundleProgress>? progress, CancellationToken ct)
    {
        RenderedCaseBundle rendered;
        try
        {
            rendered = await renderer.RenderAsync(content, new CaseBundleRenderOptions(), store, progress, ct);
        }
        catch (AnnexureIntegrityException e)
        {
            // An altered annexure is an alarm, never only a refused request: keep it in the audit trail.
            audit.Record(new AuditEvent(e.Code, nameof(Fir), fir.Id.ToString(),
                new { fileName = e.FileName, expected = e.Expected, actual = e.Actual, detectedBy = "ExportCaseBundle" }));
            throw;
        }

        var volumes = rendered.Volumes.Select(v => new CaseBundleVolume(v.Number, v.Sha256, v.FirstPage, v.LastPage, v.SizeBytes)).ToList();
        var bundle = CaseBundle.Record(Guid.CreateVersion7(), fir.Id, fir.StationId, volumes, content.CaseDiary is not null, officer.Id,
            Precision.ToStoredPrecision(clock.GetUtcNow()));
        db.CaseBundles.Add(bundle);
        return bundle;
    }
}

public static class BundleExportJobs
{
    /// <summary>The export of the officer's station; another station's answers 404 like a missing one.</summary>
    public static async Task<BundleExportJob> FindOwnExportAsync(this CyberCaseDbContext db, Guid id, ICurrentOfficer officer, CancellationToken ct) =>
        await db.BundleExportJobs.SingleOrDefaultAsync(j => j.Id == id && j.StationId == officer.StationId, ct)
        ?? throw new NotFoundException("CaseBundleExport", id);
}
