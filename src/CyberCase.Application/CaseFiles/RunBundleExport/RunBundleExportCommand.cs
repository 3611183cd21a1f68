using CyberCase.Application.Common;
using CyberCase.Application.Firs;
using CyberCase.Application.Persistence;
using CyberCase.Domain.CaseFiles;
using CyberCase.Domain.Common;
using CyberCase.Domain.Officers;
using FluentValidation;
using Mediator;
using Microsoft.Extensions.Options;

namespace CyberCase.Application.CaseFiles.RunBundleExport;

/// <summary>
/// Builds the bundle of a running export (sent by the background worker as the officer who asked for it) with the
/// same checks as an export in the request, then records it and marks the export done with the bundle's SHA-256, in
/// one unit of work: an export is never done without its bundle, nor a bundle recorded without its export done.
/// </summary>
[AllowedRoles(Roles.Prosecutor, Roles.StationHouseOfficer, Roles.InvestigatingOfficer)]
[KeepsRecordWhenRefused]
public sealed record RunBundleExportCommand(Guid JobId) : ICommand;

public sealed class RunBundleExportValidator : AbstractValidator<RunBundleExportCommand>
{
    public RunBundleExportValidator() => RuleFor(c => c.JobId).NotEmpty();
}

public sealed class RunBundleExportHandler(CyberCaseDbContext db, ICurrentOfficer officer, CaseBundleExporter exporter,
    IBundleExportProgressWriter progressWriter, IOptions<CaseBundleExportOptions> options, TimeProvider clock)
    : ICommandHandler<RunBundleExportCommand>
{
    public async ValueTask<Unit> Handle(RunBundleExportCommand command, CancellationToken ct)
    {
        var job = await db.FindOwnExportAsync(command.JobId, officer, ct);
        if (job.State != BundleExportState.Running)
        {
            throw new DomainException("CaseBundleExport.NotRunning", $"The export is {job.State}, not running.");
        }

        var fir = await db.FindOwnAsync(job.FirId, officer, ct);
        exporter.EnsureMayExport(fir);
        var content = await exporter.ContentAsync(fir, job.WithCaseDiary, ct);
        var progress = new ThrottledProgress(job.Id, progressWriter, clock, TimeSpan.FromSeconds(options.Value.ProgressIntervalSeconds));
        CaseBundle bundle;
        try
        {
            bundle = await exporter.RenderAndRecordAsync(fir, content, progress, ct);
        }
        finally
        {
            await progress.DisposeAsync();
        }

        // The job was read before rendering; its progress rows were written since by other units of work.
        await db.Entry(job).ReloadAsync(ct);
        job.Complete(bundle.Id, bundle.Sha256, bundle.Pages, Precision.ToStoredPrecision(clock.GetUtcNow()));
        await db.SaveChangesAsync(ct);
        return Unit.Value;
    }

    /// <summary>
    /// Progress as the renderer reports it (from its own thread), written at most once per interval, one write at a
    /// time and never after the export has ended: the last report is kept, not queued.
    /// </summary>
    private sealed class ThrottledProgress(Guid jobId, IBundleExportProgressWriter writer, TimeProvider clock, TimeSpan interval)
        : IProgress<CaseBundleProgress>, IAsyncDisposable
    {
        private readonly Lock _lock = new();
        private DateTimeOffset _lastWrite = DateTimeOffset.MinValue;
        private Task _writing = Task.CompletedTask;
        private bool _ended;

        public void Report(CaseBundleProgress value)
        {
            lock (_lock)
            {
                var now = clock.GetUtcNow();
                if (_ended || !_writing.IsCompleted || now - _lastWrite < interval)
                {
                    return;
                }

                _lastWrite = now;
                _writing = writer.WriteAsync(jobId, value, CancellationToken.None);
            }
        }

        public async ValueTask DisposeAsync()
        {
            Task writing;
            lock (_lock)
            {
                _ended = true;
                writing = _writing;
            }

            try
            {
                await writing;
            }
            catch (Exception)
            {
                // A lost progress row is not a failed export: the next one (or the completion) says more.
            }
        }
    }
}
