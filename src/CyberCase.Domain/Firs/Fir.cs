using CyberCase.Domain.Common;
using CyberCase.Domain.Law;
using CyberCase.Domain.Statutes;

namespace CyberCase.Domain.Firs;

/// <summary>
/// A First Information Report (BNSS 173). Its number is the serial per station per calendar year of
/// registration, printed "02/2021". Once registered its text is never edited: later facts are appended as
/// supplementary statements.
/// </summary>
public sealed class Fir : VersionedEntity
{
    public const int NarrativeMaxLength = 20_000;
    public const int PlaceMaxLength = 500;
    public const int GdEntryMaxLength = 64;
    public const int NumberMaxLength = 16;
    public const int CourtMaxLength = 200;
    public const int CourtCaseMaxLength = 64;
    public const int DispatchHowMaxLength = 500;

    private readonly List<FirSection> _sections = [];
    private readonly List<SupplementaryStatement> _statements = [];
    private readonly List<FirAccusedParticular> _accusedParticulars = [];

    private Fir() { }

    public Guid Id { get; private set; }
    public Guid StationId { get; private set; }
    public int Year { get; private set; }
    public int Serial { get; private set; }
    public string Number { get; private set; } = "";
    public DateTimeOffset RegisteredAt { get; private set; }
    public Guid RegisteredBy { get; private set; }
    public string? GdEntryNumber { get; private set; }
    public DateTimeOffset OccurredFrom { get; private set; }
    public DateTimeOffset OccurredTo { get; private set; }
    public string PlaceOfOccurrence { get; private set; } = "";
    public InformationType InformationType { get; private set; }
    public Informant Informant { get; private set; } = null!;
    public string Narrative { get; private set; } = "";
    public FirStatus Status { get; private set; }
    public Guid? AssignedOfficerId { get; private set; }
    /// <summary>The IIF-I particulars beside the information (received at, place from the station, delay, properties).</summary>
    public FirParticulars Particulars { get; private set; } = new();
    /// <summary>The officer in charge of the station who signs the FIR (often the SHO); null until named.</summary>
    public Guid? OfficerInChargeId { get; private set; }
    /// <summary>When the FIR was sent to the Magistrate forthwith (CrPC 157 / BNSS 176(1)), and how.</summary>
    public DateTimeOffset? DispatchedToMagistrateAt { get; private set; }
    public string? DispatchedToMagistrateHow { get; private set; }
    /// <summary>The court the case goes to, e.g. "Chief Judicial Magistrate, Srinagar", once known.</summary>
    public string? CourtName { get; private set; }
    public string? CourtCaseNumber { get; private set; }
    /// <summary>The eCourts Case Number Record (16 characters, e.g. JKSR010001232021), once the court has registered the case.</summary>
    public string? CnrNumber { get; private set; }
    /// <summary>Known, suspected or unknown accused as the FIR gives them (before any is added as a case accused).</summary>
    public IReadOnlyList<FirAccusedParticular> AccusedParticulars => _accusedParticulars;

    public IReadOnlyList<FirSection> Sections => _sections;
    public IReadOnlyList<SupplementaryStatement> SupplementaryStatements => _statements;

    public static string FormatNumber(int serial, int year) => $"{serial:00}/{year}";

    /// <summary>The year an FIR is numbered in: the calendar year of registration at the station (IST).</summary>
    public static int RegistrationYear(DateTimeOffset registeredAt) => registeredAt.ToIst().Year;

    public static Fir Register(Guid id, Guid stationId, int serial, DateTimeOffset registeredAt, Guid registeredBy,
        string? gdEntryNumber, DateTimeOffset occurredFrom, DateTimeOffset occurredTo, string placeOfOccurrence,
        InformationType informationType, Informant informant, IReadOnlyCollection<FirSection> sections, string narrative,
        FirParticulars? particulars = null, IReadOnlyCollection<FirAccusedParticular>? accusedParticulars = null,
        Guid? officerInChargeId = null)
    {
        // A copy: an owned record instance belongs to one FIR only.
        particulars = particulars is null ? new FirParticulars() : particulars with { };
        if (sections.Count == 0)
        {
            throw new DomainException("Fir.NoOffenceSections", "An FIR needs at least one offence section.",
                RuleKind.Unprocessable, "sections");
        }

        if (string.IsNullOrWhiteSpace(narrative))
        {
            throw new DomainException("Fir.NarrativeRequired", "The narrative is required.", RuleKind.Unprocessable, "narrative");
        }

        if (occurredTo < occurredFrom)
        {
            throw new DomainException("Fir.OccurrencePeriodReversed", "The occurrence cannot end before it begins.",
                RuleKind.Unprocessable, "occurredTo");
        }

        if (occurredFrom > registeredAt || occurredTo > registeredAt)
        {
            throw new DomainException("Fir.OccurrenceAfterRegistration",
                "The occurrence cannot be after the registration of the FIR.", RuleKind.Unprocessable,
                occurredFrom > registeredAt ? "occurredFrom" : "occurredTo");
        }

        if (particulars.InformationReceivedAt is { } received)
        {
            // The information is entered when it reaches the station, so it cannot be later than the FIR written on it.
            EventTimes.NotInFuture(received, registeredAt, "Fir.InformationReceivedAfterRegistration", "informationReceivedAt",
                "The information cannot reach the station after the FIR was registered on it.");
            EventTimes.NotBefore(received, occurredFrom, "Fir.InformationBeforeOccurrence", "informationReceivedAt",
                "The information cannot reach the station before the occurrence began.");
        }

        // The offence is charged under the law in force when it was committed: IPC before 1 July 2024, BNS from then.
        var underOldLaw = Regime.SubstantiveLawFor(occurredFrom) == Act.IPC;
        foreach (var section in sections)
        {
            if (section.Act == Act.BNS && underOldLaw)
            {
                throw new DomainException("Fir.BnsBeforeCommencement",
                    $"BNS {section.Section} cannot be charged for an offence before 1 July 2024; use the IPC.",
                    RuleKind.Unprocessable, "sections");
            }

            if (section.Act == Act.IPC && !underOldLaw)
            {
                throw new DomainException("Fir.IpcAfterRepeal",
                    $"IPC {section.Section} cannot be charged for an offence on or after 1 July 2024; use the BNS.",
                    RuleKind.Unprocessable, "sections");
            }
        }

        // Kept as stored, so the FIR in hand equals the FIR read back (and its audit record hashes the same time).
        registeredAt = Precision.ToStoredPrecision(registeredAt);
        var year = RegistrationYear(registeredAt);
        var fir = new Fir
        {
            Id = id,
            StationId = stationId,
            Year = year,
            Serial = serial,
            Number = FormatNumber(serial, year),
            RegisteredAt = registeredAt,
            RegisteredBy = registeredBy,
            GdEntryNumber = gdEntryNumber,
            OccurredFrom = occurredFrom,
            OccurredTo = occurredTo,
            PlaceOfOccurrence = placeOfOccurrence,
            InformationType = informationType,
            Informant = informant,
            Narrative = narrative,
            Status = FirStatus.Registered,
            Particulars = particulars,
            OfficerInChargeId = officerInChargeId,
        };
        fir._sections.AddRange(sections.Distinct());
        fir._accusedParticulars.AddRange((accusedParticulars ?? []).Select((a, i) => a with { Position = i + 1 }));
        return fir;
    }

    public void AssignTo(Guid officerId) => AssignedOfficerId = officerId;

    /// <summary>
    /// Records that the FIR was sent to the Magistrate (CrPC 157 / BNSS 176(1)). Not before it was registered and
    /// not in the future; a later correction replaces the record (the audit trail keeps the earlier one).
    /// </summary>
    public void RecordDispatchToMagistrate(DateTimeOffset at, string? how, DateTimeOffset now)
    {
        EventTimes.NotInFuture(at, now, "Fir.DispatchInFuture", "dispatchedAt", "The FIR cannot have been sent to the Magistrate in the future.");
        EventTimes.NotBefore(at, RegisteredAt, "Fir.DispatchBeforeRegistration", "dispatchedAt",
            "The FIR cannot be sent to the Magistrate before it was registered.");
        DispatchedToMagistrateAt = Precision.ToStoredPrecision(at.ToUniversalTime());
        DispatchedToMagistrateHow = how;
    }

    /// <summary>The court of the case and its number there (case number, CNR) once known; null clears what is not known.</summary>
    public void SetCourt(string? courtName, string? courtCaseNumber, string? cnrNumber)
    {
        CourtName = courtName;
        CourtCaseNumber = courtCaseNumber;
        CnrNumber = cnrNumber;
    }

    private static readonly Dictionary<FirStatus, FirStatus[]> AllowedMoves = new()
    {
        [FirStatus.Registered] = [FirStatus.UnderInvestigation],
        [FirStatus.UnderInvestigation] = [],
        [FirStatus.ChargeSheeted] = [],
        [FirStatus.FinalReport] = [],
    };

    /// <summary>Charge-sheeted or closed by a final report: the investigation records are locked until a court permits further investigation.</summary>
    public bool IsInvestigationClosed => Status is FirStatus.ChargeSheeted or FirStatus.FinalReport;

    public void MoveTo(FirStatus next)
    {
        if (next is FirStatus.ChargeSheeted or FirStatus.FinalReport)
        {
            // The FIR is charge-sheeted or closed by the police report the SHO forwards, never by a status change.
            throw new DomainException("Fir.ClosedByPoliceReport",
                "An FIR is charge-sheeted or closed by forwarding its police report (POST .../police-reports/{id}/forward).");
        }

        if (!AllowedMoves[Status].Contains(next))
        {
            throw new DomainException("Fir.IllegalStatusChange", $"An FIR cannot move from {Status} to {next}.");
        }

        Status = next;
    }

    /// <summary>The police report was forwarded: a charge-sheet charge-sheets the FIR, a final report closes it.</summary>
    public void CloseByPoliceReport(bool chargeSheet)
    {
        if (Status is not (FirStatus.Registered or FirStatus.UnderInvestigation))
        {
            throw new DomainException("Fir.IllegalStatusChange", $"An FIR that is {Status} has no investigation to report on.");
        }

        Status = chargeSheet ? FirStatus.ChargeSheeted : FirStatus.FinalReport;
    }

    /// <summary>The court permitted further investigation (CrPC 173(8) / BNSS 193(9)): the investigation is open again.</summary>
    public void ReopenForFurtherInvestigation()
    {
        if (!IsInvestigationClosed)
        {
            throw new DomainException("FurtherInvestigation.NotClosed",
                "Further investigation follows a forwarded police report; this FIR's investigation is still open.");
        }

        Status = FirStatus.UnderInvestigation;
    }

    public SupplementaryStatement AddSupplementaryStatement(Guid id, string text, Guid recordedBy, DateTimeOffset recordedAt)
    {
        var statement = new SupplementaryStatement(id, Id, text, recordedBy, recordedAt);
        _statements.Add(statement);
        return statement;
    }
}
