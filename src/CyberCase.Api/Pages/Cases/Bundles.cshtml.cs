using CyberCase.Api.Web;
using CyberCase.Application.CaseFiles;
using CyberCase.Application.CaseFiles.ListCaseBundleExports;
using Microsoft.AspNetCore.Mvc;

namespace CyberCase.Api.Pages.Cases;

/// <summary>
/// The case's court bundles (as GET /api/firs/{id}/case-bundles): exports running in the background with their progress,
/// failed ones with the reason, and every bundle exported with its SHA-256 and downloads.
/// </summary>
public sealed class BundlesModel : OfficerPage
{
    [FromRoute]
    public Guid Id { get; set; }

    public CaseBundleExportHistory History { get; private set; } = null!;

    /// <summary>While an export is queued or running the progress section refreshes itself.</summary>
    public bool InProgress => History.Exports.Any(e => e.State is "Queued" or "Running");

    public async Task OnGetAsync(CancellationToken ct) =>
        History = await Mediator.Send(new ListCaseBundleExportsQuery(Id), ct);

    /// <summary>The exports and bundles alone, for htmx to swap in every few seconds while an export runs.</summary>
    public async Task<IActionResult> OnGetProgressAsync(CancellationToken ct)
    {
        History = await Mediator.Send(new ListCaseBundleExportsQuery(Id), ct);
        return Partial("_CaseBundles", this);
    }

    public static string Size(long bytes) => bytes >= 1024 * 1024 ? $"{bytes / 1024.0 / 1024:F1} MB" : $"{Math.Max(1, bytes / 1024)} KB";

    public static int Percent(BundleExportView e) => e.PagesExpected <= 0 ? 0 : Math.Min(100, e.PagesDone * 100 / e.PagesExpected);
}
