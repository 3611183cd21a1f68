using CyberCase.Domain.Common;
using CyberCase.Domain.Statutes;

namespace CyberCase.Domain.Law;

/// <summary>
/// A provision of criminal procedure or evidence that a record or document of a case rests on. Which section of which
/// Act it is depends on the case's <see cref="Regime"/>; nothing else in the system spells a section number of
/// procedure or evidence.
/// </summary>
public enum Provision
{
    Fir,
    FirSentToMagistrate,
    ArrestWithoutWarrant,
    NoticeOfAppearance,
    ArrestProcedure,
    ControlRoomAndDesignatedOfficer,
    WomanArrestAfterSunset,
    GroundsOfArrest,
    NominatedPersonInformed,
    MedicalExamination,
    ProductionWithin24Hours,
    Remand,
    SearchWitnessesAndList,
    SearchAudioVideoRecording,
    SeizureReportedToMagistrate,
    SearchReasonsRecorded,
    ForensicExpertVisit,
    StatementOfWitness,
    CaseDiary,
    /// <summary>A criminal court may send for the case diary and use it in aid of the inquiry or trial (CrPC 172(2) / BNSS 192(4)).</summary>
    CaseDiaryForTheCourt,
    /// <summary>Neither the accused nor their agents may call for the case diary (CrPC 172(3) / BNSS 192(5)).</summary>
    CaseDiaryNotForTheAccused,
    PoliceReport,
    PoliceReportCustodySequence,
    VictimInformedOfProgress,
    FurtherInvestigation,
    CopiesToAccused,
    ElectronicRecordCertificate,
    /// <summary>The conditions a computer output meets to be admissible (IEA 65B(2) / BSA 63(2)), which the certificate deals with.</summary>
    ElectronicRecordConditions,
    /// <summary>IT Act 78: an IT Act offence is investigated by an officer not below Inspector (the same in both regimes).</summary>
    ItActInvestigatingOfficer,
    /// <summary>Juvenile Justice (Care and Protection of Children) Act 2015, 10: a child is apprehended, not arrested (both regimes).</summary>
    ChildInConflictWithLaw,
}

/// <summary>
/// The law a case is handled under, decided once per case (legal-forms.md, "Which regime applies"):
/// procedure (FIR, search, arrest, diary, police report) by the FIR's registration date, because an investigation
/// pending on 1 July 2024 continues under the CrPC (BNSS 531(2)(a)); evidence the same way, because pending
/// investigations and trials continue under the Evidence Act 1872 (BSA 170(2)); offences by each offence's date
/// (<see cref="SubstantiveLawFor"/>, BNS 358). Every citation a document prints comes from <see cref="Cite"/>.
/// </summary>
public sealed record Regime
{
    /// <summary>BNS, BNSS and BSA came into force at midnight IST on 1 July 2024, replacing IPC, CrPC and the Evidence Act.</summary>
    public static readonly DateTimeOffset Commencement = Ist.NewCriminalLawsCommencement;

    public static readonly Regime Old = new(isOld: true);
    public static readonly Regime New = new(isOld: false);

    private Regime(bool isOld) => IsOld = isOld;

    /// <summary>CrPC and the Evidence Act (an FIR registered before 1 July 2024); otherwise BNSS and BSA.</summary>
    public bool IsOld { get; }

    /// <summary>The regime of a case, from its FIR's registration: the one decision, made here.</summary>
    public static Regime ForFir(DateTimeOffset firRegisteredAt) => firRegisteredAt < Commencement ? Old : New;

    /// <summary>IPC for an offence committed before 1 July 2024, BNS from then (BNS 358); the IT Act is unchanged.</summary>
    public static Act SubstantiveLawFor(DateTimeOffset offenceDate) => offenceDate < Commencement ? Act.IPC : Act.BNS;

    public string ProcedureCode => IsOld ? "CrPC" : "BNSS";
    public string ProcedureActName => IsOld ? "Code of Criminal Procedure, 1973" : "Bharatiya Nagarik Suraksha Sanhita, 2023";
    public string EvidenceCode => IsOld ? "IEA" : "BSA";
    public string EvidenceActName => IsOld ? "Indian Evidence Act, 1872" : "Bharatiya Sakshya Adhiniyam, 2023";

    /// <summary>Whether the provision exists in this regime (the AV recording of a search, BNSS 105, has no CrPC twin).</summary>
    public bool Has(Provision provision) => Section(provision) is not null;

    /// <summary>The section of the provision in this regime ("154", "193(3)(i)"), or null where this regime has none.</summary>
    public string? Section(Provision provision)
    {
        var (old, @new) = Sections[provision];
        return IsOld ? old : @new;
    }

    /// <summary>"CrPC 154", "BNSS 173", "IEA 65B(4)", "BSA 63(4)(c)". Citing a provision the regime lacks is a bug.</summary>
    public string Cite(Provision provision)
    {
        var section = Section(provision) ?? throw new InvalidOperationException(
            $"{provision} has no provision under the {(IsOld ? "old" : "new")} regime; check Has() before citing it.");
        var act = provision switch
        {
            Provision.ElectronicRecordCertificate or Provision.ElectronicRecordConditions => EvidenceCode,
            Provision.ItActInvestigatingOfficer => "IT Act",
            Provision.ChildInConflictWithLaw => "JJ Act",
            _ => ProcedureCode,
        };
        return $"{act} {section}";
    }

    /// <summary>"section 154 CrPC": the form documents print in their titles and bodies.</summary>
    public string CiteInFull(Provision provision)
    {
        var cited = Cite(provision);
        var space = cited.LastIndexOf(' ');
        return $"section {cited[(space + 1)..]} {cited[..space]}";
    }

    /// <summary>legal-forms.md, the table of subjects: CrPC / IEA (old) and BNSS / BSA (new).</summary>
    private static readonly Dictionary<Provision, (string? Old, string? New)> Sections = new()
    {
        [Provision.Fir] = ("154", "173"),
        [Provision.FirSentToMagistrate] = ("157", "176(1)"),
        [Provision.ArrestWithoutWarrant] = ("41(1)(b)(ii)", "35(1)(b)(ii)"),
        [Provision.NoticeOfAppearance] = ("41A", "35(3)"),
        [Provision.ArrestProcedure] = ("41B", "36"),
        [Provision.ControlRoomAndDesignatedOfficer] = ("41C", "37"),
        [Provision.WomanArrestAfterSunset] = ("46(4)", "43(5)"),
        [Provision.GroundsOfArrest] = ("50", "47"),
        [Provision.NominatedPersonInformed] = ("50A", "48"),
        [Provision.MedicalExamination] = ("54", "53"),
        [Provision.ProductionWithin24Hours] = ("57", "58"),
        [Provision.Remand] = ("167", "187"),
        [Provision.SearchWitnessesAndList] = ("100(4)-(7)", "103(4)-(7)"),
        [Provision.SearchAudioVideoRecording] = (null, "105"),
        [Provision.SeizureReportedToMagistrate] = ("102(3)", "106(3)"),
        [Provision.SearchReasonsRecorded] = ("165", "185"),
        [Provision.ForensicExpertVisit] = (null, "176(3)"),
        [Provision.StatementOfWitness] = ("161", "180"),
        [Provision.CaseDiary] = ("172", "192"),
        // BNSS 192 took CrPC 172(1A) and (1B) in as its (2) and (3), so the court's and the accused's subsections moved down two.
        [Provision.CaseDiaryForTheCourt] = ("172(2)", "192(4)"),
        [Provision.CaseDiaryNotForTheAccused] = ("172(3)", "192(5)"),
        [Provision.PoliceReport] = ("173(2)", "193(3)"),
        [Provision.PoliceReportCustodySequence] = (null, "193(3)(i)"),
        [Provision.VictimInformedOfProgress] = (null, "193(3)(ii)"),
        [Provision.FurtherInvestigation] = ("173(8)", "193(9)"),
        [Provision.CopiesToAccused] = ("207", "230"),
        [Provision.ElectronicRecordCertificate] = ("65B(4)", "63(4)(c)"),
        [Provision.ElectronicRecordConditions] = ("65B(2)", "63(2)"),
        [Provision.ItActInvestigatingOfficer] = ("78", "78"),
        [Provision.ChildInConflictWithLaw] = ("10", "10"),
    };
}
