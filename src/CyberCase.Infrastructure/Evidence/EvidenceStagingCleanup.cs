using CyberCase.Application.Evidence;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace CyberCase.Infrastructure.Evidence;

/// <summary>
/// At start-up, before the server takes requests, removes the staging folders of every process that stopped in the
/// middle of one-request uploads (killed, crashed, power cut): no such upload survives a restart. A live process
/// sharing the data folder keeps its own (see <see cref="LocalEvidenceStore.RemoveStagedUploads"/>). Resumable uploads
/// do survive a restart; only those abandoned past their expiry are removed (<see cref="ResumableUploads.RemoveExpired"/>).
/// </summary>
public sealed partial class EvidenceStagingCleanup(IEvidenceStore store, ResumableUploads resumable,
    ILogger<EvidenceStagingCleanup> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (store is LocalEvidenceStore local && local.RemoveStagedUploads() is > 0 and var removed)
        {
            LogRemoved(removed, local.Root);
        }

        resumable.RemoveExpired();

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(LogLevel.Information, "Removed {Count} unfinished upload(s) from the staging folder of {Root}.")]
    private partial void LogRemoved(int count, string root);
}
