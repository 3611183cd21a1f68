using CyberCase.Api.Web;
using CyberCase.Application.Exhibits.RecordSeizure;
using CyberCase.Application.Raids;
using CyberCase.Application.Raids.GetRaid;
using CyberCase.Domain.Exhibits;
using Microsoft.AspNetCore.Mvc;

namespace CyberCase.Api.Pages.Raids;

/// <summary>
/// The seizure memo of a raid with its items: IMEI, MAC and ICCID are checked as typed (identifiers.js, the same
/// rules as Domain/Exhibits/DeviceIdentifiers) and again by the RecordSeizure validator when sent.
/// </summary>
public sealed class SeizureModel : OfficerPage
{
    public const int ItemRows = 3;

    [FromRoute]
    public Guid Id { get; set; }

    [BindProperty]
    public SeizureForm Input { get; set; } = new();

    public RaidDetails Raid { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken ct)
    {
        Raid = await Mediator.Send(new GetRaidQuery(Id), ct);
        Input.Pad();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        Raid = await Mediator.Send(new GetRaidQuery(Id), ct);
        var drawnUpAt = IstInput(Input.DrawnUpAt, "drawnUpAt");
        var witnesses = Input.Witnesses.Where(w => !string.IsNullOrWhiteSpace(w.Name) || !string.IsNullOrWhiteSpace(w.Address))
            .Select(w => new MemoWitnessInput(w.Name, Blank(w.Parentage), w.Address)).ToList();
        var items = Input.Items.Where(i => !string.IsNullOrWhiteSpace(i.Kind) || !string.IsNullOrWhiteSpace(i.Description))
            .Select(i => new SeizedItemInput(Enum.TryParse<ExhibitKind>(i.Kind, out var kind) ? kind : null, i.Description,
                Blank(i.Make), Blank(i.Model), null, Blank(i.SerialNumber), Blank(i.Imei) is { } imei ? [imei] : null,
                Blank(i.MacAddress), Blank(i.Iccid), Blank(i.SealNumber), null, i.FoundAt, null)).ToList();
        Input.Pad();
        if (Refused)
        {
            return Page();
        }

        var memo = await AttemptAsync(m => m.Send(new RecordSeizureCommand(Id, Input.MemoNumber, drawnUpAt, witnesses,
            Blank(Input.OccupantGivenCopy), items), ct));
        return memo is null ? Page() : Redirect($"/cases/{Raid.Fir.Id}#exhibits");
    }


    public sealed class SeizureForm
    {
        public string? MemoNumber { get; set; }
        public string? DrawnUpAt { get; set; }
        public string? OccupantGivenCopy { get; set; }
        public List<WitnessForm> Witnesses { get; set; } = [];
        public List<ItemForm> Items { get; set; } = [];

        public void Pad()
        {
            while (Witnesses.Count < 2)
            {
                Witnesses.Add(new WitnessForm());
            }

            while (Items.Count < ItemRows)
            {
                Items.Add(new ItemForm());
            }
        }
    }

    public sealed class WitnessForm
    {
        public string? Name { get; set; }
        public string? Parentage { get; set; }
        public string? Address { get; set; }
    }

    public sealed class ItemForm
    {
        public string? Kind { get; set; }
        public string? Description { get; set; }
        public string? Make { get; set; }
        public string? Model { get; set; }
        public string? SerialNumber { get; set; }

        /// <summary>The form's one IMEI per item, bound from <c>items[n].imeis[0]</c>.</summary>
        [BindProperty(Name = "imeis[0]")]
        public string? Imei { get; set; }

        public string? MacAddress { get; set; }
        public string? Iccid { get; set; }
        public string? SealNumber { get; set; }
        public string? FoundAt { get; set; }
    }
}
