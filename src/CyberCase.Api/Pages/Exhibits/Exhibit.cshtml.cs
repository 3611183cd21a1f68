using CyberCase.Api.Web;
using CyberCase.Application.Common;
using CyberCase.Application.Exhibits;
using CyberCase.Application.Exhibits.GetCustody;
using CyberCase.Application.Exhibits.GetExhibit;
using CyberCase.Application.Exhibits.TransferCustody;
using CyberCase.Application.Firs.GetFir;
using CyberCase.Domain.Exhibits;
using CyberCase.Domain.Officers;
using Microsoft.AspNetCore.Mvc;

namespace CyberCase.Api.Pages.Exhibits;

/// <summary>
/// An exhibit and its custody: where the label's QR code leads. The hand-over form carries the custody log's version;
/// if someone recorded a hand-over meanwhile (409), the page shows the timeline as it is now with the typed values kept,
/// and sending again records it on top of the new entry.
/// </summary>
public sealed class ExhibitModel(ICurrentOfficer officer, TimeProvider clock) : OfficerPage
{
    [FromRoute]
    public Guid Id { get; set; }

    [BindProperty]
    public HandOverForm Input { get; set; } = new();

    public ExhibitDetails Exhibit { get; private set; } = null!;
    public CustodyLog Custody { get; private set; } = null!;
    public string FirNumber { get; private set; } = "";

    public bool CanHandOver => officer.IsInRole(Roles.MalkhanaInCharge) || officer.IsInRole(Roles.InvestigatingOfficer)
        || officer.IsInRole(Roles.StationHouseOfficer);

    public Task OnGetAsync(CancellationToken ct)
    {
        Input.At = IstInputValue(clock.GetUtcNow());
        return LoadAsync(ct);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var at = IstInput(Input.At, "at");
        if (!Refused)
        {
            var log = await AttemptAsync(m => m.Send(new TransferCustodyCommand(Id,
                new HolderInput(Enum.TryParse<CustodyHolderKind>(Input.ToKind, out var kind) ? kind : null, null,
                    string.IsNullOrWhiteSpace(Input.ToName) ? null : Input.ToName), at, Input.Purpose, Input.SealIntact, null, Input.Version), ct));
            if (log is not null)
            {
                return Redirect($"/exhibits/{Id}#custody");
            }
        }

        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Exhibit = await Mediator.Send(new GetExhibitQuery(Id), ct);
        Custody = await Mediator.Send(new GetCustodyQuery(Id), ct);
        FirNumber = (await Mediator.Send(new GetFirQuery(Exhibit.FirId), ct)).Number;
    }

    public sealed class HandOverForm
    {
        public Guid? Version { get; set; }

        [BindProperty(Name = "to.kind")]
        public string? ToKind { get; set; } = nameof(CustodyHolderKind.Malkhana);

        [BindProperty(Name = "to.name")]
        public string? ToName { get; set; }

        public string? At { get; set; }
        public string? Purpose { get; set; }
        public bool SealIntact { get; set; } = true;
    }
}
