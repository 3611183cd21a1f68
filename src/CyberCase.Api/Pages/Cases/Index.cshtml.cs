using CyberCase.Api.Web;
using CyberCase.Application.Common;
using CyberCase.Application.Deadlines.GetDeadlines;
using CyberCase.Application.Firs.SearchFirs;
using CyberCase.Domain.Officers;
using Microsoft.AspNetCore.Mvc;

namespace CyberCase.Api.Pages.Cases;

/// <summary>The investigating officer's day: the deadlines of their cases, then their FIRs (the SHO sees the station's).</summary>
public sealed class IndexModel(ICurrentOfficer officer) : OfficerPage
{
    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    public IReadOnlyList<DeadlineView> Deadlines { get; private set; } = [];

    public IReadOnlyList<FirSummary> Firs { get; private set; } = [];

    public bool AllOfStation => officer.IsInRole(Roles.StationHouseOfficer) || !string.IsNullOrWhiteSpace(Q);

    public async Task OnGetAsync(CancellationToken ct)
    {
        var firs = await Mediator.Send(new SearchFirsQuery(string.IsNullOrWhiteSpace(Q) ? null : Q, null, null, null, 1, Paging.MaxPageSize), ct);
        Firs = AllOfStation ? firs.Items : [.. firs.Items.Where(f => f.AssignedOfficerId == officer.Id)];
        var mine = Firs.Select(f => f.Id).ToHashSet();
        var board = await Mediator.Send(new GetDeadlinesQuery("7d"), ct);
        Deadlines = [.. board.Items.Where(d => AllOfStation || mine.Contains(d.FirId))];
    }
}
