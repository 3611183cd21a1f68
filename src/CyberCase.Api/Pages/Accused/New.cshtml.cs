using CyberCase.Api.Web;
using CyberCase.Application.Accused.AddAccused;
using CyberCase.Application.Common;
using CyberCase.Application.Firs;
using CyberCase.Application.Firs.GetFir;
using CyberCase.Application.Places.SearchPremises;
using CyberCase.Domain.Accused;
using Microsoft.AspNetCore.Mvc;

namespace CyberCase.Api.Pages.Accused;

/// <summary>
/// Add an accused to the case (AddAccused, as POST /api/firs/{id}/accused): the person's particulars, their part in the
/// operation and where they were found; the case gets the next code (A1, A2, ...). Aliases and phone numbers are typed
/// one a line, so a refusal of the n-th one (the command's <c>phoneNumbers[n]</c>) is shown beside the box as its line.
/// </summary>
public sealed class NewModel : OfficerPage
{
    [FromRoute]
    public Guid Id { get; set; }

    [BindProperty]
    public AccusedForm Input { get; set; } = new();

    public FirDetails Fir { get; private set; } = null!;
    public IReadOnlyList<PremisesSummary> Premises { get; private set; } = [];

    public Task OnGetAsync(CancellationToken ct) => LoadAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var dateOfBirth = DateInput(Input.DateOfBirth, "dateOfBirth");
        var age = WholeNumberInput(Input.Age, "age");
        if (!Refused)
        {
            var i = Input;
            var parentage = Blank(i.Parentage.Relation) is null && Blank(i.Parentage.Name) is null
                ? null
                : new ParentageInput(Enum.TryParse<ParentageRelation>(i.Parentage.Relation, out var relation) ? relation : null, Blank(i.Parentage.Name));
            var accused = await AttemptAsync(m => m.Send(new AddAccusedCommand(Id, null, i.Name, Lines(i.Aliases), parentage,
                Enum.TryParse<Gender>(i.Gender, out var gender) ? gender : null, dateOfBirth, age, i.Address, Lines(i.PhoneNumbers),
                Blank(i.Aadhaar), Enum.TryParse<AccusedRole>(i.Role, out var role) ? role : null, Blank(i.RoleNote), i.PremisesId), ct));
            if (accused is not null)
            {
                return Redirect($"/cases/{Id}#accused");
            }

            FoldLines("aliases");
            FoldLines("phoneNumbers");
        }

        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        RequireMay<AddAccusedCommand>();

        Fir = await Mediator.Send(new GetFirQuery(Id), ct);
        Premises = (await Mediator.Send(new SearchPremisesQuery(null, null, 1, Paging.MaxPageSize), ct)).Items;
    }

    /// <summary>The non-blank lines of a box, trimmed; none is null (the command's "not given").</summary>
    private static List<string>? Lines(string? box) =>
        box?.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToList() is { Count: > 0 } lines ? lines : null;

    /// <summary>The refusals of the list's items (<c>field[n]</c>) beside its box, each with its line number.</summary>
    private void FoldLines(string field)
    {
        foreach (var key in FieldErrors.Keys.Where(k => k.StartsWith(field + "[", StringComparison.OrdinalIgnoreCase)).ToList())
        {
            var line = int.Parse(key[(field.Length + 1)..^1], System.Globalization.CultureInfo.InvariantCulture) + 1;
            var messages = FieldErrors[key].Select(m => string.Format(System.Globalization.CultureInfo.InvariantCulture, L["Line {0}: {1}"], line, m));
            FieldErrors[field] = [.. FieldErrors.GetValueOrDefault(field) ?? [], .. messages];
            FieldErrors.Remove(key);
        }
    }

    public sealed class AccusedForm
    {
        public string? Name { get; set; }
        public string? Aliases { get; set; }
        public ParentageForm Parentage { get; set; } = new();
        public string? Gender { get; set; }
        public string? DateOfBirth { get; set; }
        public string? Age { get; set; }
        public string? Address { get; set; }
        public string? PhoneNumbers { get; set; }
        public string? Aadhaar { get; set; }
        public string? Role { get; set; }
        public string? RoleNote { get; set; }
        public Guid? PremisesId { get; set; }
    }

    public sealed class ParentageForm
    {
        public string? Relation { get; set; }
        public string? Name { get; set; }
    }
}
