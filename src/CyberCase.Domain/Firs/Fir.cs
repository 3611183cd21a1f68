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

    private readonly List<FirSection> _sections = [];
    private readonly List<SupplementaryStatement> _statements = [];

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

    public IReadOnlyList<FirSection> Sections => _sections;
    public IReadOnlyList<SupplementaryStatement> SupplementaryStatements => _statements;

    public static string FormatNumber(int serial, int year) => $"{serial:00}/{year}";

    /// <summary>The year an FIR is numbered in: the calendar year of registration at the station (IST).</summary>
    public static int RegistrationYear(DateTimeOffset registeredAt) => registeredAt.ToIst().Year;

    public static Fir Register(Guid id, Guid stationId, int serial, DateTimeOffset registeredAt, Guid registeredBy,
        string? gdEntryNumber, DateTimeOffset occurredFrom, DateTimeOffset occurredTo, string placeOfOccurrence,
        InformationType informationType, Informant informant, IReadOnlyCollection<FirSection> sections, string narrative)
    {
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
        };
        fir._sections.AddRange(sections.Distinct());
        return fir;
    }

    public void AssignTo(Guid officerId) => AssignedOfficerId = officerId;

    private static readonly Dictionary<FirStatus, FirStatus[]> AllowedMoves = new()
    {
        [FirStatus.Registered] = [FirStatus.UnderInvestigation],
        [FirStatus.UnderInvestigation] = [FirStatus.ChargeSheeted, FirStatus.FinalReport],
        [FirStatus.ChargeSheeted] = [],
        [FirStatus.FinalReport] = [],
    };

    public void MoveTo(FirStatus next)
    {
        if (!AllowedMoves[Status].Contains(next))
        {
            throw new DomainException("Fir.IllegalStatusChange", $"An FIR cannot move from {Status} to {next}.");
        }

        Status = next;
    }

    public SupplementaryStatement AddSupplementaryStatement(Guid id, string text, Guid recordedBy, DateTimeOffset recordedAt)
    {
        var statement = new SupplementaryStatement(id, Id, text, recordedBy, recordedAt);
        _statements.Add(statement);
        return statement;
    }
}
