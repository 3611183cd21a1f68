using CyberCase.Application.CaseFiles;
using CyberCase.Application.Common;
using CyberCase.Application.Evidence;
using CyberCase.Application.Firs;
using CyberCase.Application.Persistence;
using CyberCase.Domain.Officers;
using CyberCase.Domain.PoliceReports;
using FluentValidation;
using Mediator;

namespace CyberCase.Application.PoliceReports.ForwardPoliceReport;

/// <summary>
/// The SHO forwards the approved report to the court: its pages are printed from the case bundle and kept with their
/// SHA-256, the FIR becomes charge-sheeted (or closed by the final report), and its investigation records lock.
/// </summary>
[AllowedRoles(Roles.StationHouseOfficer)]
public sealed record ForwardPoliceReportCommand(Guid ReportId, Guid? Version) : ICommand<PoliceReportView>;

public sealed class ForwardPoliceReportValidator : AbstractValidator<ForwardPoliceReportCommand>
{
    public ForwardPoliceReportValidator() =>
        RuleFor(c => c.Version).NotEmpty().WithMessage("Send the version you read, so that a concurrent change is not overwritten.");
}

/// <remarks>The PDF is rendered before the first write, like a bundle export, so the write transaction holds only the record.</remarks>
public sealed class ForwardPoliceReportHandler(CyberCaseDbContext db, ICurrentOfficer officer, ICaseBundleRenderer renderer,
    ICaseBundleStore store, IEvidenceStore evidence, AuditScope audit, OffenceSectionCatalog catalog, StationDirectory stations, TimeProvider clock)
    : ICommandHandler<ForwardPoliceReportCommand, PoliceReportView>
{
    public async ValueTask<PoliceReportView> Handle(ForwardPoliceReportCommand command, CancellationToken ct)
    {
        var report = await db.FindOwnReportAsync(command.ReportId, officer, ct);
        db.ExpectVersion(report, command.Version!.Value);
        var fir = await db.FindOwnAsync(report.FirId, officer, ct);
        // Forwarded first (in memory): the bundle builder reads the tracked report, so the copy printed says who
        // forwarded it and when. Nothing is written until the render is done.
        report.Forward(officer.Id, clock.GetUtcNow());
        fir.CloseByPoliceReport(report.Kind == PoliceReportKind.ChargeSheet);
        var (pdf, sha256) = await db.RenderReportAsync(fir.Id, officer, renderer, evidence, catalog, stations, clock, ct);
        await store.SaveAsync(pdf, ct);
        report.RecordForwardedCopy(sha256, pdf.LongLength);
        audit.Record(new AuditEvent("ForwardPoliceReport", nameof(PoliceReport), report.Id.ToString(),
            new { firId = fir.Id, sha256, sizeBytes = pdf.LongLength, kind = report.Kind.ToString(), sequence = report.Sequence }));
        await db.SaveChangesAsync(ct);
        return await db.LoadReportAsync(report.Id, officer, ct);
    }
}
