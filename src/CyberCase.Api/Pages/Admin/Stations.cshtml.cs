using CyberCase.Api.Web;
using CyberCase.Application.Stations.AddStation;
using CyberCase.Application.Stations.ListStations;
using Microsoft.AspNetCore.Mvc;

namespace CyberCase.Api.Pages.Admin;

/// <summary>The police stations (ListStations, AddStation: administrators only, like the API).</summary>
public sealed class StationsModel : OfficerPage
{
    public IReadOnlyList<StationView> Stations { get; private set; } = [];

    [BindProperty]
    public StationForm Input { get; set; } = new();

    /// <summary>The code of the station just added, for the notice after the redirect.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Added { get; set; }

    public async Task OnGetAsync(CancellationToken ct) => Stations = await Mediator.Send(new ListStationsQuery(), ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var station = await AttemptAsync(m => m.Send(new AddStationCommand(Input.Code, Input.Name, Input.District, Input.State), ct));
        if (station is not null)
        {
            return Redirect("/admin/stations?added=" + Uri.EscapeDataString(station.Code));
        }

        Stations = await Mediator.Send(new ListStationsQuery(), ct);
        return Page();
    }

    public sealed class StationForm
    {
        public string? Code { get; set; }
        public string? Name { get; set; }
        public string? District { get; set; }
        public string? State { get; set; }
    }
}
