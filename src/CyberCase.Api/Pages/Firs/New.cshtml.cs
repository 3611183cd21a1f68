using CyberCase.Api.Web;
using CyberCase.Application.Firs.RegisterFir;
using CyberCase.Domain.Firs;
using CyberCase.Domain.Statutes;
using Microsoft.AspNetCore.Mvc;

namespace CyberCase.Api.Pages.Firs;

/// <summary>Register an FIR: the form's fields are the RegisterFir command's, named by their JSON paths.</summary>
public sealed class NewModel : OfficerPage
{
    public const int SectionRows = 5;

    [BindProperty]
    public FirForm Input { get; set; } = new();

    public void OnGet() => Input.Pad();

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var from = IstInput(Input.OccurredFrom, "occurredFrom");
        var to = IstInput(Input.OccurredTo, "occurredTo");
        var sections = Input.Sections.Where(s => !string.IsNullOrWhiteSpace(s.Act) || !string.IsNullOrWhiteSpace(s.Section))
            .Select(s => new SectionInput(Enum.TryParse<Act>(s.Act, out var act) ? act : null, s.Section?.Trim())).ToList();
        Input.Pad();
        if (Refused)
        {
            return Page();
        }

        var i = Input.Informant;
        var fir = await AttemptAsync(m => m.Send(new RegisterFirCommand(from, to, Input.PlaceOfOccurrence,
            Enum.TryParse<InformationType>(Input.InformationType, out var type) ? type : null,
            new InformantInput(i.Name, Blank(i.Parentage), null, null, Blank(i.Address), Blank(i.Phone)), sections, Input.Narrative,
            Blank(Input.GdEntryNumber)), ct));
        return fir is null ? Page() : Redirect($"/cases/{fir.Id}?registered=true");
    }


    public sealed class FirForm
    {
        public string? OccurredFrom { get; set; }
        public string? OccurredTo { get; set; }
        public string? PlaceOfOccurrence { get; set; }
        public string? InformationType { get; set; }
        public string? GdEntryNumber { get; set; }
        public string? Narrative { get; set; }
        public InformantForm Informant { get; set; } = new();
        public List<SectionForm> Sections { get; set; } = [];

        /// <summary>Room for five sections, the typed ones first.</summary>
        public void Pad()
        {
            while (Sections.Count < SectionRows)
            {
                Sections.Add(new SectionForm());
            }
        }
    }

    public sealed class InformantForm
    {
        public string? Name { get; set; }
        public string? Parentage { get; set; }
        public string? Address { get; set; }
        public string? Phone { get; set; }
    }

    public sealed class SectionForm
    {
        public string? Act { get; set; }
        public string? Section { get; set; }
    }
}
