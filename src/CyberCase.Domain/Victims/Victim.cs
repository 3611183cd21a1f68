using CyberCase.Domain.Common;

namespace CyberCase.Domain.Victims;

public enum Gender
{
    Male,
    Female,
    Transgender,
    NotStated,
}

/// <summary>
/// A victim of the case: often abroad (the founding case's victims are in the USA, the UK, Canada and Australia), so
/// the passport or national id, the country and the language with the need of an interpreter are part of the record
/// (a statement through an interpreter, notices in a language the victim reads). The informant may be a victim.
/// </summary>
public sealed class Victim : VersionedEntity
{
    public const int NameMaxLength = 200;
    public const int TextMaxLength = 200;
    public const int AddressMaxLength = 500;
    public const int ContactMaxLength = 200;

    private readonly List<VictimStatement> _statements = [];

    private Victim() { }

    public Guid Id { get; private set; }
    public Guid StationId { get; private set; }
    public Guid FirId { get; private set; }
    /// <summary>The complaint the victim came from, when the FIR was made of complaints.</summary>
    public Guid? ComplaintId { get; private set; }
    public string Name { get; private set; } = "";
    public string? Parentage { get; private set; }
    public Gender? Gender { get; private set; }
    public int? Age { get; private set; }
    public string? Nationality { get; private set; }
    /// <summary>Passport or national id (for foreign victims), as written on the document.</summary>
    public string? PassportOrId { get; private set; }
    public string? Country { get; private set; }
    public string? Language { get; private set; }
    public bool InterpreterNeeded { get; private set; }
    public string? Contact { get; private set; }
    public string? Address { get; private set; }
    /// <summary>The victim is the FIR's informant (their 90-day update is one, not two).</summary>
    public bool IsInformant { get; private set; }
    public decimal? AmountLost { get; private set; }
    public string? AmountLostCurrency { get; private set; }
    public Guid RecordedBy { get; private set; }
    public DateTimeOffset RecordedAt { get; private set; }
    public IReadOnlyList<VictimStatement> Statements => _statements;

    public static Victim Record(Guid id, Guid stationId, Guid firId, Guid? complaintId, string name, string? parentage,
        Gender? gender, int? age, string? nationality, string? passportOrId, string? country, string? language,
        bool interpreterNeeded, string? contact, string? address, bool isInformant, decimal? amountLost, string? currency,
        IEnumerable<Guid> statementIds, Guid recordedBy, DateTimeOffset recordedAt)
    {
        if (amountLost is { } lost)
        {
            Money.Currency.CheckAmount(lost, currency ?? "", "amountLost", allowZero: true);
        }

        var victim = new Victim
        {
            Id = id,
            StationId = stationId,
            FirId = firId,
            ComplaintId = complaintId,
            Name = name,
            Parentage = parentage,
            Gender = gender,
            Age = age,
            Nationality = nationality,
            PassportOrId = passportOrId,
            Country = country,
            Language = language,
            InterpreterNeeded = interpreterNeeded,
            Contact = contact,
            Address = address,
            IsInformant = isInformant,
            AmountLost = amountLost,
            AmountLostCurrency = amountLost is null ? null : currency,
            RecordedBy = recordedBy,
            RecordedAt = Precision.ToStoredPrecision(recordedAt),
        };
        victim._statements.AddRange(statementIds.Distinct().Select(s => new VictimStatement(id, s)));
        return victim;
    }
}

/// <summary>A statement of the case that is the victim's (their statement under BNSS 180 / CrPC 161, or a later one).</summary>
public sealed record VictimStatement(Guid VictimId, Guid StatementId);
