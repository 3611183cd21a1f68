using CyberCase.Api.Web;
using CyberCase.Application.Common;
using CyberCase.Application.Firs.GetFir;
using CyberCase.Application.Officers;
using CyberCase.Application.Officers.ListStationOfficers;
using CyberCase.Application.Places;
using CyberCase.Application.Places.SearchPremises;
using CyberCase.Application.Raids.PlanRaid;
using CyberCase.Domain.Officers;
using Microsoft.AspNetCore.Mvc;

namespace CyberCase.Api.Pages.Raids;

/// <summary>The SHO plans a raid of the case: premises, time, lead, the team (station officers and officers of other units).</summary>
public sealed class PlanModel(ICurrentOfficer officer) : OfficerPage
{
    [FromRoute]
    public Guid Id { get; set; }

    [BindProperty]
    public RaidForm Input { get; set; } = new();

    public string FirNumber { get; private set; } = "";
    public IReadOnlyList<PremisesSummary> Premises { get; private set; } = [];
    public IReadOnlyList<OfficerView> Officers { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        Input.Pad();
        await LoadAsync(ct);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var at = IstInput(Input.ScheduledAt, "scheduledAt");
        var members = Input.Team.Select(id => new TeamMemberInput(id, null, null, null))
            .Concat(Input.Others.Where(o => !string.IsNullOrWhiteSpace(o.Name) || !string.IsNullOrWhiteSpace(o.Unit))
                .Select(o => new TeamMemberInput(null, o.Name, Enum.TryParse<Rank>(o.Rank, out var r) ? r : null, o.Unit))).ToList();
        Input.Pad();
        if (!Refused)
        {
            var raid = await AttemptAsync(m => m.Send(new PlanRaidCommand(Id, Input.PremisesId, at, Input.LeadOfficerId, members,
                Input.Purpose, Input.Reasons), ct));
            if (raid is not null)
            {
                return Redirect($"/cases/{Id}#raids");
            }
        }

        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        FirNumber = (await Mediator.Send(new GetFirQuery(Id), ct)).Number;
        Premises = (await Mediator.Send(new SearchPremisesQuery(null, null, 1, Paging.MaxPageSize), ct)).Items;
        Officers = await Mediator.Send(new ListStationOfficersQuery(officer.StationId), ct);
    }

    public sealed class RaidForm
    {
        public Guid? PremisesId { get; set; }
        public string? ScheduledAt { get; set; }
        public Guid? LeadOfficerId { get; set; }
        public List<Guid> Team { get; set; } = [];
        public List<OtherUnitForm> Others { get; set; } = [];
        public string? Purpose { get; set; }
        public string? Reasons { get; set; }

        public void Pad()
        {
            while (Others.Count < 2)
            {
                Others.Add(new OtherUnitForm());
            }
        }
    }

    public sealed class OtherUnitForm
    {
        public string? Name { get; set; }
        public string? Rank { get; set; }
        public string? Unit { get; set; }
    }
}
