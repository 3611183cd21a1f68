using CyberCase.Application.CaseFiles;
using CyberCase.Application.Common;
using CyberCase.Application.Firs;
using CyberCase.Application.Persistence;
using CyberCase.Application.PoliceReports;
using CyberCase.Domain.CaseDiary;
using CyberCase.Domain.Common;
using CyberCase.Domain.Law;
using CyberCase.Domain.Officers;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CyberCase.Application.CaseDiary.ExportCaseDiary;

/// <summary>
/// The case diary as a PDF volume for the court that calls for it: the closed days' pages, one diary page per sheet,
/// numbered as in the diary (an open day has no page yet and is left out). Readers as for the diary (the IO of the
/// case, the SHO, a prosecutor once shared); every export is audited with the SHA-256 of what was given.
/// </summary>
[AllowedRoles(Roles.InvestigatingOfficer, Roles.StationHouseOfficer, Roles.Prosecutor)]
public sealed record ExportCaseDiaryQuery(Guid FirId) : IQuery<PoliceReportFile>;

public sealed class ExportCaseDiaryHandler(CyberCaseDbContext db, ICurrentOfficer officer, ICaseBundleRenderer renderer, AuditScope audit,
    StationDirectory stations)
    : IQueryHandler<ExportCaseDiaryQuery, PoliceReportFile>
{
    public async ValueTask<PoliceReportFile> Handle(ExportCaseDiaryQuery query, CancellationToken ct)
    {
        var fir = await db.FindOwnAsync(query.FirId, officer, ct);
        await db.EnsureMayReadAsync(fir, officer, ct);
        var diary = await db.LoadDiaryAsync(fir, ct);
        var station = await stations.GetAsync(db, fir.StationId, ct);
        var pdf = renderer.RenderDiary(diary.VolumeContent(fir, station));
        var sha256 = StreamedSha256.Of(pdf);
        audit.Record(new AuditEvent("ExportCaseDiary", nameof(CaseDiaryEntry), fir.Id.ToString(),
            new { firId = fir.Id, pages = diary.Pages, sha256, sizeBytes = pdf.LongLength }));
        return new PoliceReportFile($"Case-diary-FIR-{fir.Number.Replace('/', '-')}.pdf", sha256, pdf);
    }
}
