using CyberCase.Domain.Scrutiny.Rules;

namespace CyberCase.Domain.Scrutiny;

/// <summary>The pre-filing scrutiny (legal-forms.md, "What a pre-filing scrutiny must catch"): every rule over one snapshot.</summary>
public static class CaseScrutiny
{
    /// <summary>Every rule, in the order their findings are listed (arrests, searches, evidence, order, deadlines, documents).</summary>
    public static readonly IReadOnlyList<IScrutinyRule> Rules =
    [
        new ProductionWithin24HoursRule(),
        new WomanArrestedAtNightRule(),
        new ReasonsForArrestRule(),
        new ArrestMemoAttestedRule(),
        new ArrestMemoCountersignedRule(),
        new NominatedPersonInformedRule(),
        new MedicalExaminationRule(),
        new AccusedUnder18Rule(),
        new ItActInvestigatorRankRule(),
        new SearchWitnessesRule(),
        new OccupantCopyRule(),
        new SearchReasonsRecordedRule(),
        new SearchVideoRecordingRule(),
        new RecordingForwardedRule(),
        new ForensicExpertVisitRule(),
        new ElectronicRecordCertificateRule(),
        new CertificatePartBRule(),
        new CustodyContinuousRule(),
        new CustodyHolderElsewhereRule(),
        new OfficerInOverlappingRaidsRule(),
        new RaidBeforeFirRule(),
        new ArrestOutsideRaidRule(),
        new SeizureAfterMemoRule(),
        new CustodyBeforeSeizureRule(),
        new EventInFutureRule(),
        new ChargeSheetDueRule(),
        new VictimInformedOfProgressRule(),
        new PlaceholderDocumentRule(),
        new SignedOriginalWithoutDetailsRule(),
    ];

    /// <summary>The findings of every rule, blocking first, then in rule order.</summary>
    public static IReadOnlyList<Finding> Run(CaseRecords records) =>
        Rules.SelectMany(r => r.Check(records)).Select((f, i) => (f, i))
            .OrderBy(x => x.f.Severity).ThenBy(x => x.i).Select(x => x.f).ToList();
}
