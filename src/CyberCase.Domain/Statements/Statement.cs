using CyberCase.Domain.Common;
using CyberCase.Domain.Law;

namespace CyberCase.Domain.Statements;

/// <summary>Who the person examined is to the case: the police report lists them by what they speak to.</summary>
public enum StatementPersonRole
{
    Witness,
    Informant,
    Victim,
    Complainant,
    Other,
}

/// <summary>
/// A statement of a person acquainted with the facts, examined by the police (CrPC 161 / BNSS 180): who, when, where,
/// in what language, recorded by whom, and the audio-video recording where one was made (BNSS 180(3) allows it).
/// Append-only, like the case diary it is inserted in: a correction is a new statement referring to the one it
/// corrects, never an edit, so what the person said first stays on the record for the court to compare.
/// </summary>
public sealed class Statement : VersionedEntity
{
    public const int NameMaxLength = 200;
    public const int ParentageMaxLength = 200;
    public const int AddressMaxLength = 500;
    public const int PhoneMaxLength = 32;
    public const int PlaceMaxLength = 300;
    public const int LanguageMaxLength = 64;
    public const int SpeaksToMaxLength = 1_000;
    public const int TextMaxLength = 20_000;

    private Statement() { }

    public Guid Id { get; private set; }
    public Guid StationId { get; private set; }
    public Guid FirId { get; private set; }
    public string Name { get; private set; } = "";
    /// <summary>The name as written in the person's own script (Urdu, Hindi), kept exactly as sent: it is their name on the paper they sign.</summary>
    public string? NameInScript { get; private set; }
    public StatementPersonRole Role { get; private set; }
    public string? Parentage { get; private set; }
    public string? Address { get; private set; }
    /// <summary>E.164, like the accused's numbers, so the same phone is the same string everywhere.</summary>
    public string? Phone { get; private set; }
    public DateTimeOffset RecordedAt { get; private set; }
    public string Place { get; private set; } = "";
    public string Language { get; private set; } = "";
    public Guid RecordedById { get; private set; }
    /// <summary>What the person speaks to: the line of the police report's list of witnesses.</summary>
    public string SpeaksTo { get; private set; } = "";
    public string Text { get; private set; } = "";
    public Guid? AudioVideoFileId { get; private set; }
    public Guid? CorrectsStatementId { get; private set; }
    public Guid EnteredBy { get; private set; }
    public DateTimeOffset EnteredAt { get; private set; }

    /// <summary>The provision a statement is recorded under, by the case's regime (CrPC 161 / BNSS 180).</summary>
    public static string Provision(DateTimeOffset firRegisteredAt) =>
        Regime.ForFir(firRegisteredAt).Cite(Law.Provision.StatementOfWitness);

    public static Statement Record(Guid id, Guid stationId, Guid firId, DateTimeOffset firRegisteredAt, string name,
        string? nameInScript, StatementPersonRole role, string? parentage, string? address, string? phone, DateTimeOffset recordedAt,
        string place, string language, Guid recordedById, string speaksTo, string text, Guid? audioVideoFileId,
        Statement? corrects, Guid enteredBy, DateTimeOffset now)
    {
        EventTimes.NotInFuture(recordedAt, now, "Statement.RecordedInFuture", "recordedAt", "A statement cannot be recorded in the future.");
        EventTimes.NotBefore(recordedAt, firRegisteredAt, "Statement.RecordedBeforeFir", "recordedAt",
            "A statement under section 161/180 is recorded in the investigation, which begins with the FIR's registration.");
        if (corrects is not null)
        {
            if (corrects.FirId != firId)
            {
                throw new DomainException("Statement.CorrectsAnotherCase", "A correction refers to a statement of the same FIR.",
                    RuleKind.Unprocessable, "correctsStatementId");
            }

            EventTimes.NotBefore(recordedAt, corrects.RecordedAt, "Statement.CorrectionBeforeOriginal", "recordedAt",
                "A correction is recorded after the statement it corrects.");
        }

        return new Statement
        {
            Id = id,
            StationId = stationId,
            FirId = firId,
            Name = name,
            NameInScript = nameInScript,
            Role = role,
            Parentage = parentage,
            Address = address,
            Phone = phone,
            RecordedAt = Precision.ToStoredPrecision(recordedAt),
            Place = place,
            Language = language,
            RecordedById = recordedById,
            SpeaksTo = speaksTo,
            Text = text,
            AudioVideoFileId = audioVideoFileId,
            CorrectsStatementId = corrects?.Id,
            EnteredBy = enteredBy,
            EnteredAt = Precision.ToStoredPrecision(now),
        };
    }

    /// <summary>Audio or video, told from the file's own bytes (the media type detected at upload).</summary>
    public static bool IsAudioVideo(string mediaType) =>
        mediaType.StartsWith("video/", StringComparison.Ordinal) || mediaType.StartsWith("audio/", StringComparison.Ordinal);
}
