using CyberCase.Domain.Common;
using CyberCase.Domain.Law;

namespace CyberCase.Domain.CaseDiary;

/// <summary>The language of the text an IO writes beside the English narrative (the diary is often kept in it).</summary>
public enum VernacularLanguage
{
    Hindi,
    Urdu,
}

/// <summary>
/// One entry of the case diary (CrPC 172 / BNSS 192): what the investigating officer did on one day of the
/// investigation: when the information reached them, when the day's investigation began and closed, the places
/// visited and what was found. Entries are append-only: nothing here is ever edited or deleted; a correction is a
/// new entry that names the entry it corrects, so the diary shows both. Pages are numbered when the day is closed
/// (<see cref="CaseDiaryDay"/>), never on the entry, so the entry row itself never changes.
/// </summary>
public sealed class CaseDiaryEntry
{
    public const int PlaceMaxLength = 300;
    public const int MaxPlaces = 30;
    public const int TextMaxLength = 20_000;

    private CaseDiaryEntry() { }

    public Guid Id { get; private set; }
    public Guid StationId { get; private set; }
    public Guid FirId { get; private set; }

    /// <summary>The day of the investigation the entry is about, in IST.</summary>
    public DateOnly Day { get; private set; }

    /// <summary>The entry's number within the FIR's diary (1, 2, ...), in the order written.</summary>
    public int Number { get; private set; }

    public Guid WrittenBy { get; private set; }
    public DateTimeOffset WrittenAt { get; private set; }
    public DateTimeOffset? InformationReceivedAt { get; private set; }
    public DateTimeOffset InvestigationBeganAt { get; private set; }
    public DateTimeOffset InvestigationClosedAt { get; private set; }
    public string[] PlacesVisited { get; private set; } = [];
    public string Findings { get; private set; } = "";
    public VernacularLanguage? VernacularLanguage { get; private set; }

    /// <summary>Kept exactly as written (never trimmed or normalised): the vernacular text is the officer's own words.</summary>
    public string? VernacularText { get; private set; }

    public Guid? CorrectsEntryId { get; private set; }

    /// <summary>The provision that governs the diary of an FIR, by the case's regime (CrPC 172 / BNSS 192).</summary>
    public static string Provision(DateTimeOffset firRegisteredAt) =>
        Regime.ForFir(firRegisteredAt).Cite(Law.Provision.CaseDiary);

    /// <summary>
    /// Writes an entry. Its times are times of its day (IST), the day's investigation closes no earlier than it began,
    /// nothing is in the future, and nothing precedes the FIR (a diary is kept of an investigation, which the FIR starts).
    /// </summary>
    public static CaseDiaryEntry Write(Guid id, Guid stationId, Guid firId, DateTimeOffset firRegisteredAt, int number, DateOnly day,
        DateTimeOffset? informationReceivedAt, DateTimeOffset investigationBeganAt, DateTimeOffset investigationClosedAt,
        IEnumerable<string> placesVisited, string findings, VernacularLanguage? vernacularLanguage, string? vernacularText,
        Guid? correctsEntryId, Guid writtenBy, DateTimeOffset now)
    {
        if (informationReceivedAt is { } received)
        {
            CheckTime(received, day, firRegisteredAt, now, "informationReceivedAt");
        }

        CheckTime(investigationBeganAt, day, firRegisteredAt, now, "investigationBeganAt");
        CheckTime(investigationClosedAt, day, firRegisteredAt, now, "investigationClosedAt");
        EventTimes.NotBefore(investigationClosedAt, investigationBeganAt, "CaseDiary.ClosedBeforeBegan", "investigationClosedAt",
            "The day's investigation cannot close before it began.");

        return new CaseDiaryEntry
        {
            Id = id,
            StationId = stationId,
            FirId = firId,
            Number = number,
            Day = day,
            InformationReceivedAt = informationReceivedAt is { } r ? Precision.ToStoredPrecision(r) : null,
            InvestigationBeganAt = Precision.ToStoredPrecision(investigationBeganAt),
            InvestigationClosedAt = Precision.ToStoredPrecision(investigationClosedAt),
            PlacesVisited = placesVisited.ToArray(),
            Findings = findings,
            VernacularLanguage = vernacularLanguage,
            VernacularText = vernacularText,
            CorrectsEntryId = correctsEntryId,
            WrittenBy = writtenBy,
            WrittenAt = Precision.ToStoredPrecision(now),
        };
    }

    private static void CheckTime(DateTimeOffset at, DateOnly day, DateTimeOffset firRegisteredAt, DateTimeOffset now, string field)
    {
        EventTimes.NotInFuture(at, now, "CaseDiary.TimeInFuture", field, "A time of the diary cannot be in the future.");
        EventTimes.NotBefore(at, firRegisteredAt, "CaseDiary.BeforeFirRegistration", field,
            "A time of the diary cannot be before the FIR was registered.");
        if (DateOnly.FromDateTime(at.ToIst().DateTime) != day)
        {
            throw new DomainException("CaseDiary.TimeNotOnDay", $"The time must fall on the entry's day, {day:dd/MM/yyyy} (IST).",
                RuleKind.Unprocessable, field);
        }
    }
}
