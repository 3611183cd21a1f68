using CyberCase.Application.CaseFiles;
using CyberCase.Application.Common;
using CyberCase.Application.Evidence;
using CyberCase.Application.Firs;
using CyberCase.Application.Persistence;
using CyberCase.Domain.Common;
using CyberCase.Domain.Officers;
using CyberCase.Domain.PoliceReports;
using Mediator;

namespace CyberCase.Application.PoliceReports.ExportPoliceReport;

/// <summary>
/// The police report as a PDF on its own: a forwarded report is the copy kept when it was forwarded (checked
/// against its SHA-256 before it is served); a report not yet forwarded is printed afresh from the records. Every copy
/// served is recorded in the audit trail with the SHA-256 of its bytes.
/// </summary>
[AllowedRoles(Roles.InvestigatingOfficer, Roles.StationHouseOfficer, Roles.Prosecutor)]
public sealed record ExportPoliceReportQuery(Guid ReportId) : IQuery<PoliceReportFile>;

public sealed class ExportPoliceReportHandler(CyberCaseDbContext db, ICurrentOfficer officer, ICaseBundleRenderer renderer,
    ICaseBundleStore store, IEvidenceStore evidence, AuditScope audit, OffenceSectionCatalog catalog, StationDirectory stations, TimeProvider clock)
    : IQueryHandler<ExportPoliceReportQuery, PoliceReportFile>
{
    public async ValueTask<PoliceReportFile> Handle(ExportPoliceReportQuery query, CancellationToken ct)
    {
        var report = await db.FindOwnReportAsync(query.ReportId, officer, ct);
        var fir = await db.FindOwnAsync(report.FirId, officer, ct);
        byte[] pdf;
        string sha256;
        if (report.ForwardedSha256 is { } kept)
        {
            await using var stream = await store.OpenAsync(kept, ct)
                ?? throw new DomainException("PoliceReport.FileMissing", "The stored copy of the forwarded report is missing.");
            using var copy = new MemoryStream();
            await stream.CopyToAsync(copy, ct);
            pdf = copy.ToArray();
            sha256 = StreamedSha256.Of(pdf);
            if (!string.Equals(sha256, kept, StringComparison.Ordinal))
            {
                throw new DomainException("PoliceReport.FileIntegrityFailure",
                    "The stored copy of the forwarded report no longer matches the SHA-256 recorded when it was forwarded; it is not served.");
            }
        }
        else
        {
            (pdf, sha256) = await db.RenderReportAsync(fir.Id, officer, renderer, evidence, catalog, stations, clock, ct);
        }

        audit.Record(new AuditEvent("ExportPoliceReport", nameof(PoliceReport), report.Id.ToString(),
            new { firId = fir.Id, status = report.Status.ToString(), sha256, sizeBytes = pdf.LongLength }));
        return new PoliceReportFile(PoliceReportReads.FileName(report, fir.Number), sha256, pdf);
    }
}
