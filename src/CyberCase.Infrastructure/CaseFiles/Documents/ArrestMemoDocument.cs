using CyberCase.Application.CaseFiles;
using CyberCase.Domain.Law;
using CyberCase.Infrastructure.CaseFiles.Layout;

namespace CyberCase.Infrastructure.CaseFiles.Documents;

/// <summary>
/// The memorandum of arrest of one arrested person (legal-forms.md, "Memorandum of arrest"; D.K. Basu v. State of
/// West Bengal), every provision cited by the case's regime: CrPC 41B, 41(1)(b)(ii)/41A, 41C, 46(4), 50, 50A, 54, 57
/// before 1 July 2024; BNSS 36, 35(1)(b)(ii)/35(3), 37, 43(5), 47, 48, 53, 58 after. What the record does not hold
/// is a blank line marked for completion; the arrestee's countersignature, the witness's attestation and the
/// officer's signature are always lines to be signed.
/// </summary>
internal sealed class ArrestMemoDocument(CaseHeader header, AccusedContent accused) : IBundleDocument
{
    private readonly Regime _regime = Regime.ForFir(header.RegisteredAt);
    private readonly ArrestContent _arrest = accused.Arrest!;
    private readonly ArrestMemorandumContent _memo = accused.Arrest!.Memorandum!;

    public string Title => $"Memorandum of arrest, {accused.Code} {accused.Name}";

    public void Compose(PageComposer page)
    {
        page.Compose(new SectionHeading($"MEMORANDUM OF ARREST\n(under {_regime.CiteInFull(Provision.ArrestProcedure)})"));
        ComposePerson(page);
        ComposeArrest(page);
        ComposeSafeguards(page);
        ComposeProduction(page);
        page.Compose(new SignatureLines(
        [
            ($"Countersignature of the person arrested ({_regime.Cite(Provision.ArrestProcedure)}); the inspection memo signed too",
                accused.Name + (_memo.Countersigned ? " (recorded as obtained)" : " (not recorded as obtained)")),
            ("Attesting witness", _memo.WitnessName ?? "name " + Print.ToComplete),
            ("Arresting officer", _memo.ArrestingOfficer),
        ]));
    }

    private void ComposePerson(PageComposer page) =>
        page.Compose(new KeyValueTable(
        [
            ("FIR", $"{header.FirNumber} dated {Print.Date(header.RegisteredAt)}, PS {header.StationName}, District {header.District}"),
            ("Sections", Print.Lines(header.Sections)),
            ("Accused code", accused.Code),
            ("Name", accused.Name),
            ("Parentage", Print.OrBlank(accused.Parentage)),
            ("Age", Print.OrBlank(accused.Age)),
            ("Gender", _memo.Gender),
            ("Address", Print.OrBlank(accused.Address)),
        ]));

    private void ComposeArrest(PageComposer page)
    {
        var reasonsLabel = $"Reasons for the arrest instead of a notice of appearance ({_regime.Cite(Provision.ArrestWithoutWarrant)}, " +
            $"{_regime.Cite(Provision.NoticeOfAppearance)})";
        page.Compose(new KeyValueTable(
        [
            ("Date and time of arrest", Print.DateTime(_arrest.ArrestedAt)),
            ("Place of arrest", _arrest.Place),
            ("Arresting officer (name, rank)", _memo.ArrestingOfficer),
            ("Arresting officer's number", Print.ToComplete),
            ("Officers present", _memo.OfficersPresent.Count == 0 ? null : Print.Lines(_memo.OfficersPresent)),
            // The reasons must be recorded when every offence charged is punishable with seven years or less.
            (reasonsLabel, _memo.SevenYearsOrLess ? Print.OrBlank(_memo.ReasonsForArrest)
                : _memo.ReasonsForArrest ?? "Not required: an offence charged is punishable with more than seven years"),
            ($"Grounds of arrest communicated ({_regime.Cite(Provision.GroundsOfArrest)})", Print.OrBlank(_arrest.GroundsCommunicated)),
            ("How the grounds were communicated", Print.OrBlank(_memo.GroundsHow)),
            // The right to bail is told for a bailable offence; a non-bailable one charged makes the question moot.
            ("Told of the right to be released on bail", _memo.ToldOfRightToBail is { } told
                ? Print.YesNo(told) + (_memo.OffenceBailable ? "" : " (an offence charged is non-bailable)")
                : _memo.OffenceBailable ? Print.ToComplete : "Not required: an offence charged is non-bailable"),
            ($"Attesting witness ({_regime.Cite(Provision.ArrestProcedure)}): name",
                _memo.WitnessName is null ? Print.ToComplete : Print.Lines(new[] { _memo.WitnessName, _memo.WitnessNameInScript }.OfType<string>())),
            ("Attesting witness: address", Print.OrBlank(_memo.WitnessAddress)),
            ("Attesting witness: relation to the arrestee", Print.OrBlank(_memo.WitnessRelation)),
            ("Countersigned by the person arrested", _memo.Countersigned ? "Yes, recorded as obtained" : Print.ToComplete),
        ]));
    }

    private void ComposeSafeguards(PageComposer page)
    {
        var rows = new List<(string, string?)>
        {
            ($"Nominated person informed ({_regime.Cite(Provision.NominatedPersonInformed)}): who",
                _memo.NominatedPerson is null ? Print.ToComplete
                    : Print.Lines(new[] { _memo.NominatedPerson, _memo.NominatedPersonNameInScript }.OfType<string>())),
            ("Informed how", Print.OrBlank(_memo.NominatedHow)),
            ("Informed when", Print.OrBlank(_memo.NominatedAt)),
            ("Informed by", Print.OrBlank(_memo.NominatedBy)),
            ("Entry in the station's book", Print.OrBlank(_memo.NominatedBookEntry)),
            ("Inspection memo: injuries seen", Print.OrBlank(_memo.InjuriesSeen)),
            ($"Medical examination ({_regime.Cite(Provision.MedicalExamination)}): by", Print.OrBlank(_memo.MedicalExaminedBy)),
            ("Medical examination: when", Print.OrBlank(_memo.MedicalExaminedAt)),
            ($"Control room / designated officer informed ({_regime.Cite(Provision.ControlRoomAndDesignatedOfficer)})",
                Print.OrBlank(_memo.ControlRoomInformedAt)),
        };
        if (_memo.IsWoman)
        {
            // Asked of a woman's arrest between sunset and sunrise; printed for every woman so the question is answered.
            var law = _regime.Cite(Provision.WomanArrestAfterSunset);
            rows.Add(($"A woman arrested between sunset and sunrise ({law}): the exceptional circumstance",
                _memo.WomanArrestCircumstance ?? "If so: " + Print.ToComplete));
            rows.Add(("Woman officer who made the arrest", _memo.WomanOfficer ?? "If so: " + Print.ToComplete));
            rows.Add(("Magistrate's prior written permission", _memo.MagistratePermission ?? "If so: " + Print.ToComplete));
        }

        rows.Add(("General Diary entry of the arrest", Print.OrBlank(_memo.GdEntryNumber)));
        page.Compose(new KeyValueTable(rows));
    }

    private void ComposeProduction(PageComposer page)
    {
        string? elapsed = null;
        if (_memo.ProducedAt is { } produced)
        {
            elapsed = Print.Duration(produced - _arrest.ArrestedAt) + " after the arrest"
                + (_memo.JourneyMinutes is { } journey ? $", of which the journey {Print.Duration(TimeSpan.FromMinutes(journey))}" : "");
        }

        page.Compose(new KeyValueTable(
        [
            ($"Produced before the Magistrate ({_regime.Cite(Provision.ProductionWithin24Hours)}): court", Print.OrBlank(_memo.ProducedBefore)),
            ("Produced: date and time", Print.OrBlank(_memo.ProducedAt)),
            ("Time from the arrest", Print.OrBlank(elapsed)),
            ("Order on production (custody until, or bail)", Print.OrBlank(_memo.Order)),
        ]));
    }
}
