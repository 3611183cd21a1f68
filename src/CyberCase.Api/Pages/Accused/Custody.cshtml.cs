using CyberCase.Api.Web;
using CyberCase.Application.Accused;
using CyberCase.Application.Accused.GetAccused;
using CyberCase.Application.Accused.RecordCustody;
using CyberCase.Domain.Accused;
using Microsoft.AspNetCore.Mvc;

namespace CyberCase.Api.Pages.Accused;

/// <summary>
/// The custody of an accused after the arrest: the history so far and the form for the next step (RecordCustody, as
/// POST /api/accused/{id}/custody): production before the Magistrate, police or judicial remand, bail and the rest.
/// The time rules (not before the arrest, not in the future, not before the previous step) come back on the field
/// <c>at</c>. The form carries the accused's version: a change meanwhile (409) shows what changed and keeps what was typed.
/// </summary>
public sealed class CustodyModel(TimeProvider clock) : OfficerPage
{
    [FromRoute]
    public Guid Id { get; set; }

    [BindProperty]
    public CustodyForm Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public bool Recorded { get; set; }

    public AccusedDetails Accused { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        CarryVersion(null, null, Accused.Version, Facts(Accused));
        Input.At = IstInputValue(clock.GetUtcNow());
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var at = IstInput(Input.At, "at");
        var until = DateInput(Input.Until, "until");
        var journey = WholeNumberInput(Input.JourneyMinutes, "journeyMinutes");
        if (!Refused)
        {
            var i = Input;
            var done = await AttemptAsync(m => m.Send(new RecordCustodyCommand(Id,
                Enum.TryParse<CustodyRecordKind>(i.Event, out var kind) ? kind : null, at, Blank(i.Court), Blank(i.OrderReference),
                until, Blank(i.Notes), i.Version, journey), ct));
            if (done is not null)
            {
                return Redirect($"/accused/{Id}/custody?recorded=true");
            }
        }

        await LoadAsync(ct);
        CarryVersion(Input.Version, Input.AsRead, Accused.Version, Facts(Accused));
        return Page();
    }

    /// <summary>What a stale version compares: the accused's standing and the latest step of the custody.</summary>
    public IEnumerable<(string Label, string? Value)> Facts(AccusedDetails a) =>
    [
        (L["Status"].Value, L.Of(a.Status)),
        (L["Produced before the Magistrate"].Value, When(a.ProducedAt)),
        (L["Custody records"].Value, a.Custody.Count.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        (L["Last custody record"].Value, a.Custody is [.., var c] ? $"{L.Of(c.Kind)}, {When(c.At)}" : null),
    ];

    private async Task LoadAsync(CancellationToken ct)
    {
        RequireMay<RecordCustodyCommand>();

        Accused = await Mediator.Send(new GetAccusedQuery(Id), ct);
    }

    public sealed class CustodyForm
    {
        public Guid? Version { get; set; }
        public string? AsRead { get; set; }
        public string? Event { get; set; }
        public string? At { get; set; }
        public string? Court { get; set; }
        public string? OrderReference { get; set; }
        public string? Until { get; set; }
        public string? JourneyMinutes { get; set; }
        public string? Notes { get; set; }
    }
}
