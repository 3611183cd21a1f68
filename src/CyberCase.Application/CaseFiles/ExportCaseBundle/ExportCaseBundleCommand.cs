using CyberCase.Application.Common;
using CyberCase.Application.Firs;
using CyberCase.Application.Persistence;
using CyberCase.Application.Scrutiny;
using CyberCase.Domain.CaseFiles;
using CyberCase.Domain.Common;
using CyberCase.Domain.Officers;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CyberCase.Application.CaseFiles.ExportCaseBundle;

/// <summary>
/// Builds the court bundle of an FIR of the officer's station, keeps the PDF and records the export with its
/// SHA-256 (audited), so that the copy handed to court can be proven later. With open blocking findings of the
/// pre-filing scrutiny it is refused (422 Scrutiny.BlockingFindings, listing them) unless the request acknowledges them
/// with a reason, which goes into the audit trail; the scrutiny itself never goes into the court copy. A case
/// estimated above <see cref="CaseBundleExportOptions.BackgroundAbovePages"/> is queued instead and built in the
/// background (after the same checks). Once the SHO has shared the case diary the bundle is the court's copy, with the
/// diary extract at its end; <see cref="IncludeCaseDiary"/> false gives the copy for an accused, without it.
/// </summary>
[AllowedRoles(Roles.Prosecutor, Roles.StationHouseOfficer, Roles.InvestigatingOfficer)]
[KeepsRecordWhenRefused]
public sealed record ExportCaseBundleCommand(Guid FirId, bool? AcknowledgeBlockingFindings = null, string? AcknowledgementReason = null,
    bool? IncludeCaseDiary = null)
    : ICommand<CaseBundleExportResult>;

public sealed class ExportCaseBundleValidator : AbstractValidator<ExportCaseBundleCommand>
{
    public const int ReasonMaxLength = 2000;

    public ExportCaseBundleValidator()
    {
        RuleFor(c => c.FirId).NotEmpty();
        RuleFor(c => c.AcknowledgementReason).NotEmpty().When(c => c.AcknowledgeBlockingFindings == true)
            .WithMessage("Say why the bundle is exported with its blocking findings open.");
        RuleFor(c => c.AcknowledgementReason).MaximumLength(ReasonMaxLength);
    }
}

public sealed class ExportCaseBundleHandler(CyberCaseDbContext db, ICurrentOfficer officer, CaseBundleExporter exporter,
    ICaseBundleRenderer renderer, AuditScope audit, OffenceSectionCatalog catalog, StationDirectory stations,
    IOptions<CaseBundleExportOptions> options, IBundleExportSignal signal, TimeProvider clock)
    : ICommandHandler<ExportCaseBundleCommand, CaseBundleExportResult>
{
    public async ValueTask<CaseBundleExportResult> Handle(ExportCaseBundleCommand command, CancellationToken ct)
    {
        var fir = await db.FindOwnAsync(command.FirId, officer, ct);
        exporter.EnsureMayExport(fir);
        await CheckScrutinyAsync(command, fir, ct);
        var withCaseDiary = await exporter.WithCaseDiaryAsync(fir, command.IncludeCaseDiary, ct);
        var content = await exporter.ContentAsync(fir, withCaseDiary, ct);
        var estimate = renderer.EstimatePages(content);
        if (estimate > options.Value.BackgroundAbovePages)
        {
            // Long: queued for the worker, which builds it with the same checks and records it the same way.
            var job = BundleExportJob.Queue(Guid.CreateVersion7(), fir.Id, fir.StationId, officer.Id,
                Roles.All.Where(officer.IsInRole), estimate, withCaseDiary, Precision.ToStoredPrecision(clock.GetUtcNow()));
            db.BundleExportJobs.Add(job);
            await db.SaveChangesAsync(ct);
            db.DisposeAfterUnitOfWork(new Signal(signal));
            return new CaseBundleExportResult(null, BundleExportView.From(job));
        }

        var bundle = await exporter.RenderAndRecordAsync(fir, content, null, ct);
        await db.SaveChangesAsync(ct);
        var createdBy = await db.Officers.AsNoTracking().Where(o => o.Id == officer.Id)
            .Select(o => new OfficerRef(o.Id, o.FullName, o.Rank)).SingleAsync(ct);
        return new CaseBundleExportResult(CaseBundleView.From(bundle, fir.Number, createdBy), null);
    }

    /// <summary>
    /// The pre-check: open blocking findings refuse the export unless acknowledged; an acknowledgement is audited with
    /// the findings it accepted, so the trail shows who filed what over which objection.
    /// </summary>
    private async Task CheckScrutinyAsync(ExportCaseBundleCommand command, Domain.Firs.Fir fir, CancellationToken ct)
    {
        var records = await db.LoadCaseRecordsAsync(fir, catalog, stations, clock.GetUtcNow(), ct);
        var blocking = Domain.Scrutiny.CaseScrutiny.Run(records).Where(f => f.Severity == Domain.Scrutiny.Severity.Blocking).Select(FindingView.From).ToList();
        if (blocking.Count == 0)
        {
            return;
        }

        if (command.AcknowledgeBlockingFindings != true)
        {
            throw new ScrutinyBlockedException(blocking);
        }

        audit.Record(new AuditEvent("ScrutinyBlockingFindingsAcknowledged", nameof(Domain.Firs.Fir), fir.Id.ToString(),
            new { reason = command.AcknowledgementReason, findings = blocking.Select(f => new { f.Code, recordId = f.Record.Id }) }));
    }

    /// <summary>The worker is woken once the job row is committed (it would find it at its next poll anyway).</summary>
    private sealed class Signal(IBundleExportSignal signal) : IAsyncDisposable
    {
        public ValueTask DisposeAsync()
        {
            signal.Queued();
            return ValueTask.CompletedTask;
        }
    }
}
