using System.Globalization;
using CyberCase.Api.Web;
using CyberCase.Application.CaseDiary;
using CyberCase.Application.CaseDiary.AddDiaryEntry;
using CyberCase.Application.CaseDiary.GetCaseDiary;
using CyberCase.Application.Firs;
using CyberCase.Application.Firs.GetFir;
using CyberCase.Domain.CaseDiary;
using CyberCase.Domain.Common;
using CyberCase.Domain.Officers;
using Microsoft.AspNetCore.Mvc;

namespace CyberCase.Api.Pages.Cases;

/// <summary>
/// Write an entry of the case diary (AddDiaryEntry, as POST /api/firs/{id}/diary): when the information reached the
/// IO, when the day's investigation began and closed, the places visited, the findings, and the same in Hindi or Urdu.
/// The diary is append-only: a correction is a new entry naming the one it corrects (<c>?corrects=</c> prefills it).
/// </summary>
public sealed class NewDiaryEntryModel(TimeProvider clock) : OfficerPage
{
    [FromRoute]
    public Guid Id { get; set; }

    [BindProperty]
    public EntryForm Input { get; set; } = new();

    public FirDetails Fir { get; private set; } = null!;

    /// <summary>The entries a correction may name; empty when the officer does not write this diary.</summary>
    public IReadOnlyList<CaseDiaryEntryView> Entries { get; private set; } = [];

    /// <summary>The IO of the case or the SHO (the command's own rule, checked again there): anyone else is told so first.</summary>
    public bool CanWrite => May<AddDiaryEntryCommand>()
        && (Officer.IsInRole(Roles.StationHouseOfficer) || Fir.AssignedOfficer?.Id == Officer.Id);

    public async Task OnGetAsync(Guid? corrects, CancellationToken ct)
    {
        await LoadAsync(ct);
        Input.Day = clock.GetUtcNow().ToIst().ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        Input.CorrectsEntryId = Entries.Any(e => e.Id == corrects) ? corrects : null;
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var i = Input;
        var day = DateInput(i.Day, "day");
        var received = IstInput(i.InformationReceivedAt, "informationReceivedAt");
        var began = IstInput(i.InvestigationBeganAt, "investigationBeganAt");
        var closed = IstInput(i.InvestigationClosedAt, "investigationClosedAt");
        if (!Refused)
        {
            var places = (i.PlacesVisited ?? "").Split('\n').Select(p => p.Trim()).Where(p => p.Length > 0).ToList();
            var entry = await AttemptAsync(m => m.Send(new AddDiaryEntryCommand(Id, day, received, began, closed, places, i.Findings,
                Enum.TryParse<VernacularLanguage>(i.VernacularLanguage, out var language) ? language : null, Blank(i.VernacularText),
                i.CorrectsEntryId), ct));
            if (entry is not null)
            {
                return Redirect($"/cases/{Id}/diary?done=written#entry-{entry.Number}");
            }

            // One place per line: a refused place ("placesVisited[2]") is told beside the one box, by its line.
            foreach (var (field, messages) in FieldErrors.Where(e => e.Key.StartsWith("placesVisited[", StringComparison.Ordinal)).ToList())
            {
                var line = int.TryParse(field["placesVisited[".Length..^1], CultureInfo.InvariantCulture, out var n) ? n + 1 : 0;
                FieldErrors.Remove(field);
                Refuse("Validation.Failed", "", new() { ["placesVisited"] = messages.Select(m => L["Line {0}: {1}", line, m].Value).ToArray() });
            }
        }

        await LoadAsync(ct);
        return Page();
    }


    private async Task LoadAsync(CancellationToken ct)
    {
        Fir = await Mediator.Send(new GetFirQuery(Id), ct);
        if (CanWrite)
        {
            // The writer reads the diary to name the entry corrected; the read is audited like any other.
            Entries = (await Mediator.Send(new GetCaseDiaryQuery(Id), ct)).Days.SelectMany(d => d.Entries).ToList();
        }
    }

    public sealed class EntryForm
    {
        public string? Day { get; set; }
        public string? InformationReceivedAt { get; set; }
        public string? InvestigationBeganAt { get; set; }
        public string? InvestigationClosedAt { get; set; }
        public string? PlacesVisited { get; set; }
        public string? Findings { get; set; }
        public string? VernacularLanguage { get; set; }
        public string? VernacularText { get; set; }
        public Guid? CorrectsEntryId { get; set; }
    }
}
