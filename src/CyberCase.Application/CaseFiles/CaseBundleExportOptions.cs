namespace CyberCase.Application.CaseFiles;

/// <summary>Configuration section "CaseBundles": when an export runs in the background, and how the worker watches it.</summary>
public sealed class CaseBundleExportOptions
{
    public const string Section = "CaseBundles";

    /// <summary>
    /// An export whose estimated page count (<see cref="ICaseBundleRenderer.EstimatePages"/>) is above this runs in
    /// the background (202 and a status resource); at or below it the bundle is built in the request (201). About
    /// 1,000 pages take a few seconds here (docs/performance.md); the founding case (about 170 pages) answers at once.
    /// </summary>
    public int BackgroundAbovePages { get; set; } = 1000;

    /// <summary>A running export whose heartbeat (its last progress write) is older than this belongs to a process that stopped.</summary>
    public int StaleAfterSeconds { get; set; } = 120;

    /// <summary>How often the worker looks for queued exports of other processes and for stale ones.</summary>
    public int PollSeconds { get; set; } = 5;

    /// <summary>Progress is written at most this often (it is also the heartbeat).</summary>
    public int ProgressIntervalSeconds { get; set; } = 2;
}

/// <summary>Wakes the background worker when an export has been queued (it also polls).</summary>
public interface IBundleExportSignal
{
    void Queued();
}

/// <summary>Writes the progress of a running export in a unit of work of its own (the export's own ends only when it is done).</summary>
public interface IBundleExportProgressWriter
{
    Task WriteAsync(Guid jobId, CaseBundleProgress progress, CancellationToken ct);
}
