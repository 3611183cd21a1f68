using CyberCase.Application.CaseFiles;
using CyberCase.Application.Common;
using CyberCase.Application.Evidence;
using CyberCase.Application.Firs;
using CyberCase.Application.Persistence;
using CyberCase.Domain.Common;
using CyberCase.Domain.Firs;
using CyberCase.Domain.Law;
using CyberCase.Domain.Officers;
using CyberCase.Domain.PoliceReports;
using Microsoft.EntityFrameworkCore;

namespace CyberCase.Application.PoliceReports;

/// <summary>An accused as the report lists them: sent up or not, and the charges against them.</summary>
public sealed record PoliceReportAccusedView(Guid CaseAccusedId, string Code, string Name, bool SentUp, string Charges, string? Note);

/// <summary>A police report (charge-sheet or final report) of an FIR and where it stands.</summary>
public sealed record PoliceReportView(Guid Id, FirRef Fir, string Provision, int Sequence, bool IsSupplementary, Guid? FurtherInvestigationId,
    PoliceReportKind Kind, ClosureKind? Closure, PoliceReportStatus Status, string Court, string Conclusion, string? MedicalReports,
    IReadOnlyList<PoliceReportAccusedView> Accused, OfficerRef DraftedBy, DateTimeOffset DraftedAt, OfficerRef? SubmittedBy,
    DateTimeOffset? SubmittedAt, OfficerRef? ApprovedBy, DateTimeOffset? ApprovedAt, string? ReturnRemark, OfficerRef? ForwardedBy,
    DateTimeOffset? ForwardedAt, string? ForwardedSha256, long? ForwardedSizeBytes, Guid Version);

/// <summary>The PDF of a police report and the SHA-256 of its bytes.</summary>
public sealed record PoliceReportFile(string FileName, string Sha256, byte[] Content);

public static class PoliceReportReads
{
    /// <summary>The report of the officer's station, or 404 exactly like a missing one.</summary>
    public static async Task<PoliceReport> FindOwnReportAsync(this CyberCaseDbContext db, Guid id, ICurrentOfficer officer, CancellationToken ct) =>
        await db.PoliceReports.SingleOrDefaultAsync(r => r.Id == id && r.StationId == officer.StationId, ct)
        ?? throw new NotFoundException("PoliceReport", id);

    /// <summary>The IO of the case drafts, edits and submits its report: the report is the IO's account of the investigation.</summary>
    public static void EnsureIsIoOfCase(Fir fir, ICurrentOfficer officer)
    {
        if (fir.AssignedOfficerId != officer.Id)
        {
            throw new ForbiddenException("Only the investigating officer of the case drafts, edits and submits its police report.");
        }
    }

    public static async Task<PoliceReportView> LoadReportAsync(this CyberCaseDbContext db, Guid id, ICurrentOfficer officer, CancellationToken ct)
    {
        var r = await db.PoliceReports.AsNoTracking().SingleOrDefaultAsync(x => x.Id == id && x.StationId == officer.StationId, ct)
            ?? throw new NotFoundException("PoliceReport", id);
        return (await db.ViewsAsync([r], ct))[0];
    }

    public static async Task<IReadOnlyList<PoliceReportView>> ViewsAsync(this CyberCaseDbContext db, IReadOnlyList<PoliceReport> reports, CancellationToken ct)
    {
        if (reports.Count == 0)
        {
            return [];
        }

        var firId = reports[0].FirId;
        var fir = await db.Firs.AsNoTracking().Where(f => f.Id == firId).Select(f => new { f.Id, f.Number, f.RegisteredAt }).SingleAsync(ct);
        var officerIds = reports.SelectMany(r => new[] { r.DraftedBy, r.SubmittedBy, r.ApprovedBy, r.ForwardedBy }).OfType<Guid>().Distinct().ToList();
        var officers = await db.Officers.AsNoTracking().Where(o => officerIds.Contains(o.Id))
            .ToDictionaryAsync(o => o.Id, o => new OfficerRef(o.Id, o.FullName, o.Rank), ct);
        var accusedIds = reports.SelectMany(r => r.Accused.Select(a => a.CaseAccusedId)).Distinct().ToList();
        var accused = await db.CaseAccused.AsNoTracking().Where(a => accusedIds.Contains(a.Id))
            .Join(db.AccusedPersons, a => a.PersonId, p => p.Id, (a, p) => new { a.Id, a.Code, a.Serial, p.Name })
            .ToDictionaryAsync(a => a.Id, ct);
        var provision = Regime.ForFir(fir.RegisteredAt).Cite(Provision.PoliceReport);
        OfficerRef? Ref(Guid? officerId) => officerId is { } o ? officers[o] : null;
        return reports.Select(r => new PoliceReportView(r.Id, new FirRef(fir.Id, fir.Number), provision, r.Sequence, r.IsSupplementary,
            r.FurtherInvestigationId, r.Kind, r.Closure, r.Status, r.Court, r.Conclusion, r.MedicalReports,
            r.Accused.OrderBy(a => accused[a.CaseAccusedId].Serial)
                .Select(a => new PoliceReportAccusedView(a.CaseAccusedId, accused[a.CaseAccusedId].Code, accused[a.CaseAccusedId].Name, a.SentUp, a.Charges, a.Note))
                .ToList(),
            officers[r.DraftedBy], r.DraftedAt, Ref(r.SubmittedBy), r.SubmittedAt, Ref(r.ApprovedBy), r.ApprovedAt, r.ReturnRemark,
            Ref(r.ForwardedBy), r.ForwardedAt, r.ForwardedSha256, r.ForwardedSizeBytes, r.Version)).ToList();
    }

    /// <summary>
    /// The report as the bundle prints it: the case bundle is rendered and the report's pages are taken out of it, so
    /// that the bundle pages it cites are the pages of that bundle (docs/police-report.md).
    /// </summary>
    public static async Task<(byte[] Pdf, string Sha256)> RenderReportAsync(this CyberCaseDbContext db, Guid firId, ICurrentOfficer officer,
        ICaseBundleRenderer renderer, IEvidenceStore evidence, OffenceSectionCatalog catalog, StationDirectory stations, TimeProvider clock,
        CancellationToken ct)
    {
        // The report's pages and references are the same in either copy: the diary extract comes after everything it lists.
        var content = await CaseBundleContentBuilder.BuildAsync(db, firId, officer, catalog, stations, evidence, clock, withCaseDiary: false, ct);
        var bundle = await renderer.RenderAsync(content, new CaseBundleRenderOptions(), ct);
        // The report is the first document after the index.
        var pdf = renderer.Extract(bundle, bundle.Index[0], content.Header);
        return (pdf, StreamedSha256.Of(pdf));
    }

    /// <summary>"Charge-sheet-FIR-02-2021.pdf".</summary>
    public static string FileName(PoliceReport report, string firNumber) =>
        $"{(report.Kind == PoliceReportKind.ChargeSheet ? "Charge-sheet" : "Final-report")}{(report.IsSupplementary ? $"-supplementary-{report.Sequence - 1}" : "")}-FIR-{firNumber.Replace('/', '-')}.pdf";
}
