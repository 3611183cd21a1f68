using System.Threading.Channels;
using CyberCase.Application.CaseFiles;
using CyberCase.Application.CaseFiles.FailBundleExport;
using CyberCase.Application.CaseFiles.InterruptBundleExport;
using CyberCase.Application.CaseFiles.ReportBundleExportProgress;
using CyberCase.Application.CaseFiles.RunBundleExport;
using CyberCase.Application.CaseFiles.StartBundleExport;
using CyberCase.Application.Common;
using CyberCase.Application.Persistence;
using CyberCase.Domain.CaseFiles;
using CyberCase.Domain.Common;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CyberCase.Infrastructure.CaseFiles;

/// <summary>
/// Runs the exports queued as <see cref="BundleExportJob"/> rows, one at a time per process (a large bundle is
/// memory-bound by one volume; two at once would double that). Each step is a use case sent through the mediator as
/// the officer who asked for the export: Start (Running), Run (render, record the bundle and mark the export done in one
/// unit of work), Fail with the refusal's code. The state lives in the database only, so any process can take a queued
/// export, and an export whose process stopped is found by its stale heartbeat and queued again (Interrupt). A file
/// in the bundle store is always whole (written beside and moved into place), and no export is done without its
/// recorded bundle.
/// </summary>
public sealed partial class BundleExportWorker(IServiceScopeFactory scopes, IOptions<CaseBundleExportOptions> options, TimeProvider clock,
    ILogger<BundleExportWorker> logger) : BackgroundService, IBundleExportSignal
{
    private readonly Channel<bool> _signal = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });

    public void Queued() => _signal.Writer.TryWrite(true);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var poll = TimeSpan.FromSeconds(options.Value.PollSeconds);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await InterruptStaleAsync(stoppingToken);
                while (await NextQueuedAsync(stoppingToken) is { } job)
                {
                    await RunAsync(job, stoppingToken);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                LogWorkerFailed(logger, e);
            }

            using var wait = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
            wait.CancelAfter(poll);
            try
            {
                await _signal.Reader.ReadAsync(wait.Token);
            }
            catch (OperationCanceledException) when (!stoppingToken.IsCancellationRequested)
            {
                // The poll interval passed without a signal.
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    private async Task<BundleExportJob?> NextQueuedAsync(CancellationToken ct)
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<CyberCaseDbContext>();
        // Oldest first (ids are version 7 GUIDs, in the order they were made).
        var queued = await db.BundleExportJobs.AsNoTracking().Where(j => j.State == BundleExportState.Queued).ToListAsync(ct);
        return queued.OrderBy(j => j.CreatedAt).ThenBy(j => j.Id).FirstOrDefault();
    }

    private async Task InterruptStaleAsync(CancellationToken ct)
    {
        var staleBefore = clock.GetUtcNow() - TimeSpan.FromSeconds(options.Value.StaleAfterSeconds);
        List<Guid> stale;
        using (var scope = scopes.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<CyberCaseDbContext>();
            stale = await db.BundleExportJobs.AsNoTracking()
                .Where(j => j.State == BundleExportState.Running && j.UpdatedAt < staleBefore).Select(j => j.Id).ToListAsync(ct);
        }

        foreach (var id in stale)
        {
            LogInterrupted(logger, id);
            await SendAsFor(id, new InterruptBundleExportCommand(id, staleBefore), ct);
        }
    }

    private async Task RunAsync(BundleExportJob job, CancellationToken stoppingToken)
    {
        try
        {
            await SendAsFor(job.Id, new StartBundleExportCommand(job.Id), stoppingToken);
        }
        catch (Exception e) when (e is DbUpdateConcurrencyException or DomainException or ConcurrencyException)
        {
            // Another process took it first.
            return;
        }

        try
        {
            await SendAsFor(job.Id, new RunBundleExportCommand(job.Id), stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // The host is stopping: queued again at once rather than after the stale interval.
            await SendAsFor(job.Id, new InterruptBundleExportCommand(job.Id, DateTimeOffset.MaxValue), CancellationToken.None);
            throw;
        }
        catch (Exception e)
        {
            var (code, detail) = e switch
            {
                DomainException d => (d.Code, d.Message),
                NotFoundException n => (n.Code, n.Message),
                ForbiddenException f => ("Auth.Forbidden", f.Message),
                _ => ("CaseBundle.ExportFailed", "The export failed; the server log has the details."),
            };
            if (code == "CaseBundle.ExportFailed")
            {
                LogExportFailed(logger, e, job.Id);
            }

            await SendAsFor(job.Id, new FailBundleExportCommand(job.Id, code, detail), CancellationToken.None);
        }
    }

    /// <summary>Sends <paramref name="command"/> in a scope of its own, as the officer who asked for the export.</summary>
    internal async Task SendAsFor<T>(Guid jobId, T command, CancellationToken ct) where T : ICommand
    {
        using var scope = scopes.CreateScope();
        await ActForRequesterAsync(scope.ServiceProvider, jobId, ct);
        await scope.ServiceProvider.GetRequiredService<IMediator>().Send(command, ct);
    }

    private static async Task ActForRequesterAsync(IServiceProvider services, Guid jobId, CancellationToken ct)
    {
        // A context of its own for this read: the one of the use case is created once the officer is known.
        using var lookup = services.CreateScope();
        var db = lookup.ServiceProvider.GetRequiredService<CyberCaseDbContext>();
        var job = await db.BundleExportJobs.AsNoTracking().Where(j => j.Id == jobId)
            .Select(j => new { j.RequestedBy, j.StationId, j.RequesterRoles }).SingleAsync(ct);
        var userName = await db.Users.AsNoTracking().Where(u => u.Id == job.RequestedBy).Select(u => u.UserName).SingleOrDefaultAsync(ct);
        services.GetRequiredService<BackgroundOfficer>().ActFor(job.RequestedBy, userName ?? "", job.StationId,
            job.RequesterRoles.Split(',', StringSplitOptions.RemoveEmptyEntries));
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "The bundle export worker failed; it carries on at its next poll.")]
    private static partial void LogWorkerFailed(ILogger logger, Exception e);

    [LoggerMessage(Level = LogLevel.Error, Message = "The bundle export {JobId} failed.")]
    private static partial void LogExportFailed(ILogger logger, Exception e, Guid jobId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The bundle export {JobId} stopped with its process; it is queued again (or failed after its last attempt).")]
    private static partial void LogInterrupted(ILogger logger, Guid jobId);
}

/// <summary>Progress of a running export, written in a scope and unit of work of its own, as the officer who asked for it.</summary>
public sealed class BundleExportProgressWriter(IServiceProvider services) : IBundleExportProgressWriter
{
    public Task WriteAsync(Guid jobId, CaseBundleProgress progress, CancellationToken ct) =>
        services.GetRequiredService<BundleExportWorker>().SendAsFor(jobId,
            new ReportBundleExportProgressCommand(jobId, progress.PagesDone, progress.PagesExpected, progress.CurrentDocument), ct);
}
