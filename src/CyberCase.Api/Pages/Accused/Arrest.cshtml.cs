using CyberCase.Api.Web;
using CyberCase.Application.Accused;
using CyberCase.Application.Accused.ArrestAccused;
using CyberCase.Application.Accused.GetAccused;
using CyberCase.Application.Officers;
using CyberCase.Application.Officers.ListStationOfficers;
using CyberCase.Application.Raids;
using CyberCase.Application.Raids.ListFirRaids;
using CyberCase.Domain.Accused;
using Microsoft.AspNetCore.Mvc;

namespace CyberCase.Api.Pages.Accused;

/// <summary>
/// The memorandum of arrest of an accused: the fields of the ArrestAccused command, named by their JSON paths. Only the
/// time, place and arresting officer are required; a group left blank (witness, person informed, medical examination,
/// a woman's arrest) is left out of the command and prints as blank lines to be completed. The form carries the
/// accused's version: if the record changed meanwhile (409), the page shows what changed and keeps what was typed.
/// </summary>
public sealed class ArrestModel(TimeProvider clock) : OfficerPage
{
    [FromRoute]
    public Guid Id { get; set; }

    [BindProperty]
    public ArrestForm Input { get; set; } = new();

    public AccusedDetails Accused { get; private set; } = null!;
    public IReadOnlyList<OfficerView> Officers { get; private set; } = [];
    public IReadOnlyList<RaidSummary> Raids { get; private set; } = [];

    /// <summary>A suspect, or an absconder re-arrested (the domain's rule); otherwise the page shows the memo recorded.</summary>
    public bool CanArrest => May<ArrestAccusedCommand>() && Accused.Status is AccusedStatus.Suspect or AccusedStatus.Absconding;

    public async Task OnGetAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        CarryVersion(null, null, Accused.Version, Facts(Accused));
        Input.ArrestedAt = IstInputValue(clock.GetUtcNow());
        Input.ArrestingOfficerId = Officer.Id;
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var arrestedAt = IstInput(Input.ArrestedAt, "arrestedAt");
        var informedAt = IstInput(Input.RelativeInformed.At, "relativeInformed.at");
        var examinedAt = IstInput(Input.MedicalExamination.At, "medicalExamination.at");
        var controlRoomAt = IstInput(Input.ControlRoomInformedAt, "controlRoomInformedAt");
        if (!Refused)
        {
            var w = Input.AttestingWitness;
            var r = Input.RelativeInformed;
            var m = Input.MedicalExamination;
            var woman = Input.WomanArrestSafeguards;
            var done = await AttemptAsync(x => x.Send(new ArrestAccusedCommand(Id, arrestedAt, Input.Place, Input.ArrestingOfficerId,
                Input.RaidId, Blank(Input.GroundsCommunicated),
                AnyTyped(w.Name, w.NameInScript, w.Address, w.Relation) ? new AttestingWitnessInput(w.Name, Blank(w.Address), Blank(w.Relation), Blank(w.NameInScript)) : null,
                Input.CountersignedByArrestee,
                AnyTyped(r.Name, r.NameInScript, r.Relation, r.How, r.At, r.By, r.BookEntryNumber)
                    ? new RelativeInformedInput(r.Name, Blank(r.Relation), Enum.TryParse<InformedBy>(r.How, out var how) ? how : null, informedAt,
                        Blank(r.By), Blank(r.BookEntryNumber), Blank(r.NameInScript))
                    : null,
                AnyTyped(m.At, m.By) ? new MedicalExaminationInput(examinedAt, Blank(m.By)) : null,
                Input.Version, YesNo(Input.GroundsInWriting), Blank(Input.GroundsLanguage), YesNo(Input.ToldOfRightToBail),
                Blank(Input.ReasonsForArrest), Blank(Input.InjuriesSeen), controlRoomAt,
                AnyTyped(woman.ExceptionalCircumstance, woman.WomanOfficer, woman.MagistratePermission)
                    ? new WomanArrestSafeguardsInput(Blank(woman.ExceptionalCircumstance), Blank(woman.WomanOfficer), Blank(woman.MagistratePermission))
                    : null,
                Blank(Input.GdEntryNumber)), ct));
            if (done is not null)
            {
                return Redirect($"/accused/{Id}/arrest?recorded=true");
            }
        }

        await LoadAsync(ct);
        CarryVersion(Input.Version, Input.AsRead, Accused.Version, Facts(Accused));
        return Page();
    }

    [BindProperty(SupportsGet = true)]
    public bool Recorded { get; set; }

    /// <summary>What a stale version compares: the accused's standing and the latest arrest.</summary>
    public IEnumerable<(string Label, string? Value)> Facts(AccusedDetails a) =>
    [
        (L["Status"].Value, a.Status.ToString()),
        (L["Arrested"].Value, a.Arrest is { } m ? When(m.ArrestedAt) : null),
        (L["Place of arrest"].Value, a.Arrest?.Place),
        (L["Arresting officer"].Value, a.Arrest?.ArrestingOfficer.FullName),
        (L["Custody records"].Value, a.Custody.Count.ToString(System.Globalization.CultureInfo.InvariantCulture)),
    ];

    private async Task LoadAsync(CancellationToken ct)
    {
        Accused = await Mediator.Send(new GetAccusedQuery(Id), ct);
        Officers = await Mediator.Send(new ListStationOfficersQuery(Officer.StationId), ct);
        Raids = await Mediator.Send(new ListFirRaidsQuery(Accused.Fir.Id), ct);
    }

    private static bool AnyTyped(params string?[] values) => values.Any(v => !string.IsNullOrWhiteSpace(v));

    private static bool? YesNo(string? value) => bool.TryParse(value, out var yes) ? yes : null;

    public sealed class ArrestForm
    {
        public Guid? Version { get; set; }
        public string? AsRead { get; set; }
        public string? ArrestedAt { get; set; }
        public string? Place { get; set; }
        public Guid? ArrestingOfficerId { get; set; }
        public Guid? RaidId { get; set; }
        public string? GroundsCommunicated { get; set; }
        public string? GroundsInWriting { get; set; }
        public string? GroundsLanguage { get; set; }
        public string? ToldOfRightToBail { get; set; }
        public string? ReasonsForArrest { get; set; }
        public WitnessForm AttestingWitness { get; set; } = new();
        public bool? CountersignedByArrestee { get; set; }
        public RelativeForm RelativeInformed { get; set; } = new();
        public MedicalForm MedicalExamination { get; set; } = new();
        public string? InjuriesSeen { get; set; }
        public string? ControlRoomInformedAt { get; set; }
        public WomanForm WomanArrestSafeguards { get; set; } = new();
        public string? GdEntryNumber { get; set; }
    }

    public sealed class WitnessForm
    {
        public string? Name { get; set; }
        public string? NameInScript { get; set; }
        public string? Address { get; set; }
        public string? Relation { get; set; }
    }

    public sealed class RelativeForm
    {
        public string? Name { get; set; }
        public string? NameInScript { get; set; }
        public string? Relation { get; set; }
        public string? How { get; set; }
        public string? At { get; set; }
        public string? By { get; set; }
        public string? BookEntryNumber { get; set; }
    }

    public sealed class MedicalForm
    {
        public string? At { get; set; }
        public string? By { get; set; }
    }

    public sealed class WomanForm
    {
        public string? ExceptionalCircumstance { get; set; }
        public string? WomanOfficer { get; set; }
        public string? MagistratePermission { get; set; }
    }
}
