using CyberCase.Api.Web;
using CyberCase.Application.Common;
using CyberCase.Application.Exhibits;
using CyberCase.Application.Exhibits.GetCustody;
using CyberCase.Application.Exhibits.GetExhibit;
using CyberCase.Application.Exhibits.TransferCustody;
using CyberCase.Application.Firs.GetFir;
using CyberCase.Application.Officers;
using CyberCase.Application.Officers.ListStationOfficers;
using CyberCase.Domain.Exhibits;
using Microsoft.AspNetCore.Mvc;

namespace CyberCase.Api.Pages.Exhibits;

/// <summary>
/// An exhibit and its custody: where the label's QR code leads. The hand-over form (TransferCustody: to an officer of
/// the station, the malkhana, the FSL, the court or the owner, with the receiving holder's book number and, for an image,
/// the SHA-256 verified at the hand-over) carries the custody log's version; if someone recorded a hand-over meanwhile
/// (409), the page shows what changed and the timeline as it is now with the typed values kept, and sending again
/// records it on top of the new entry.
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

    public IReadOnlyList<OfficerView> Officers { get; private set; } = [];

    public bool CanHandOver => May<TransferCustodyCommand>();

    public Task OnGetAsync(CancellationToken ct)
    {
        Input.At = IstInputValue(clock.GetUtcNow());
        return LoadAsync(null, ct);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var at = IstInput(Input.At, "at");
        if (!Refused)
        {
            var kind = Enum.TryParse<CustodyHolderKind>(Input.ToKind, out var k) ? k : (CustodyHolderKind?)null;
            var log = await AttemptAsync(m => m.Send(new TransferCustodyCommand(Id,
                new HolderInput(kind, kind == CustodyHolderKind.Officer ? Input.ToOfficerId : null, kind == CustodyHolderKind.Officer ? null : Blank(Input.ToName)),
                at, Input.Purpose, Input.SealIntact, Blank(Input.HashVerified), Input.Version,
                Blank(Input.MalkhanaEntryNumber), Blank(Input.FslDocketNumber), Blank(Input.CourtPropertyNumber)), ct));
            if (log is not null)
            {
                return Redirect($"/exhibits/{Id}#custody");
            }
        }

        await LoadAsync(Input, ct);
        return Page();
    }

    private async Task LoadAsync(HandOverForm? sent, CancellationToken ct)
    {
        Exhibit = await Mediator.Send(new GetExhibitQuery(Id), ct);
        Custody = await Mediator.Send(new GetCustodyQuery(Id), ct);
        FirNumber = (await Mediator.Send(new GetFirQuery(Exhibit.FirId), ct)).Number;
        if (CanHandOver)
        {
            Officers = await Mediator.Send(new ListStationOfficersQuery(officer.StationId), ct);
        }

        CarryVersion(sent?.Version, sent?.AsRead, Custody.Version, Facts(Custody));
    }

    /// <summary>What a stale version compares: who holds the exhibit and the last entry of its timeline.</summary>
    private IEnumerable<(string Label, string? Value)> Facts(CustodyLog log) =>
    [
        (L["Held by"].Value, $"{log.Holder.Kind} {log.Holder.Name}".Trim()),
        (L["Entries in the custody timeline"].Value, log.Events.Count.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        (L["Last hand-over"].Value, log.Events.Count == 0 ? null
            : log.Events[^1] is var e ? $"#{e.Sequence} {When(e.At)} {e.To.Kind} {e.To.Name}: {e.Purpose}".Replace("  ", " ") : null),
    ];

    public sealed class HandOverForm
    {
        public Guid? Version { get; set; }
        public string? AsRead { get; set; }

        [BindProperty(Name = "to.kind")]
        public string? ToKind { get; set; } = nameof(CustodyHolderKind.Malkhana);

        [BindProperty(Name = "to.name")]
        public string? ToName { get; set; }

        [BindProperty(Name = "to.officerId")]
        public Guid? ToOfficerId { get; set; }

        /// <summary>The receiving holder's book numbers, each for a hand-over to that holder only (the command says so otherwise).</summary>
        public string? MalkhanaEntryNumber { get; set; }
        public string? FslDocketNumber { get; set; }
        public string? CourtPropertyNumber { get; set; }

        public string? HashVerified { get; set; }

        public string? At { get; set; }
        public string? Purpose { get; set; }
        public bool SealIntact { get; set; } = true;
    }
}
