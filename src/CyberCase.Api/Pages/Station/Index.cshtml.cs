using CyberCase.Api.Web;
using CyberCase.Application.Common;
using CyberCase.Application.Firs;
using CyberCase.Application.Firs.AssignFir;
using CyberCase.Application.Firs.GetFir;
using CyberCase.Application.Firs.SearchFirs;
using CyberCase.Application.Deadlines.GetDeadlines;
using CyberCase.Application.Officers;
using CyberCase.Application.Officers.ListStationOfficers;
using CyberCase.Application.Raids;
using CyberCase.Application.Raids.SearchRaids;
using CyberCase.Domain.Common;
using CyberCase.Domain.Officers;
using Microsoft.AspNetCore.Mvc;

namespace CyberCase.Api.Pages.Station;

/// <summary>The SHO's dashboard: deadlines due and overdue, today's raids (IST day), FIRs to assign.</summary>
public sealed class IndexModel(ICurrentOfficer officer, TimeProvider clock) : OfficerPage
{
    public IReadOnlyList<DeadlineView> Deadlines { get; private set; } = [];
    public IReadOnlyList<RaidSummary> RaidsToday { get; private set; } = [];
    public IReadOnlyList<FirDetails> Unassigned { get; private set; } = [];
    public IReadOnlyList<OfficerView> Investigators { get; private set; } = [];

    [BindProperty(SupportsGet = true)]
    public string? Assigned { get; set; }

    public Task OnGetAsync(CancellationToken ct) => LoadAsync(ct);

    public async Task<IActionResult> OnPostAssignAsync(Guid firId, Guid? officerId, Guid? version, CancellationToken ct)
    {
        var fir = await AttemptAsync(m => m.Send(new AssignFirCommand(firId, officerId, version), ct));
        if (fir is not null)
        {
            return Redirect("/station?assigned=" + Uri.EscapeDataString(fir.Number));
        }

        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Deadlines = (await Mediator.Send(new GetDeadlinesQuery("48h"), ct)).Items;
        var today = clock.GetUtcNow().ToIst().Date;
        var start = new DateTimeOffset(today, Ist.Offset);
        RaidsToday = await Mediator.Send(new SearchRaidsQuery(null, start, start.AddDays(1)), ct);
        var firs = await Mediator.Send(new SearchFirsQuery(null, null, null, null, 1, Paging.MaxPageSize), ct);
        var unassigned = new List<FirDetails>();
        foreach (var f in firs.Items.Where(f => f.AssignedOfficerId is null))
        {
            unassigned.Add(await Mediator.Send(new GetFirQuery(f.Id), ct));
        }

        Unassigned = unassigned;
        Investigators = [.. (await Mediator.Send(new ListStationOfficersQuery(officer.StationId), ct))
            .Where(o => o.Roles.Contains(Roles.InvestigatingOfficer))];
    }
}
