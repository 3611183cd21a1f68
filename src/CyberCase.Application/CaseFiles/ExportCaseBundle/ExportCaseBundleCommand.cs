using CyberCase.Application.Common;
using CyberCase.Application.Firs;
using CyberCase.Application.Persistence;
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
/// SHA-256 (audited), so that the copy handed to court can be proven later. A case estimated above
/// <see cref="CaseBundleExportOptions.BackgroundAbovePages"/> is queued instead and built in the background.
/// </summary>
[AllowedRoles(Roles.Prosecutor, Roles.StationHouseOfficer, Roles.InvestigatingOfficer)]
[KeepsRecordWhenRefused]
public sealed record ExportCaseBundleCommand(Guid FirId) : ICommand<CaseBundleExportResult>;

public sealed class ExportCaseBundleValidator : AbstractValidator<ExportCaseBundleCommand>
{
    public ExportCaseBundleValidator() => RuleFor(c => c.FirId).NotEmpty();
}

public sealed class ExportCaseBundleHandler(CyberCaseDbContext db, ICurrentOfficer officer, CaseBundleExporter exporter,
    ICaseBundleRenderer renderer, IOptions<CaseBundleExportOptions> options, IBundleExportSignal signal, TimeProvider clock)
    : ICommandHandler<ExportCaseBundleCommand, CaseBundleExportResult>
{
    public async ValueTask<CaseBundleExportResult> Handle(ExportCaseBundleCommand command, CancellationToken ct)
    {
        var fir = await db.FindOwnAsync(command.FirId, officer, ct);
        exporter.EnsureMayExport(fir);
        var content = await exporter.ContentAsync(fir, ct);
        var estimate = renderer.EstimatePages(content);
        if (estimate > options.Value.BackgroundAbovePages)
        {
            // Long: queued for the worker, which builds it with the same checks and records it the same way.
            var job = BundleExportJob.Queue(Guid.CreateVersion7(), fir.Id, fir.StationId, officer.Id,
                Roles.All.Where(officer.IsInRole), estimate, Precision.ToStoredPrecision(clock.GetUtcNow()));
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
