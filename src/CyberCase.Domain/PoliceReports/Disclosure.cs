using CyberCase.Domain.Common;

namespace CyberCase.Domain.PoliceReports;

public enum DisclosureRecipient
{
    Accused,
    Counsel,
}

/// <summary>How the copies reached the accused.</summary>
public enum DisclosureMode
{
    InPerson,
    ThroughCourt,
    Electronic,
    ByPost,
}

/// <summary>
/// A line of the disclosure log: copies of the police report and the documents relied on supplied to an accused
/// (CrPC 207 / BNSS 230): which documents, to whom (the accused or their counsel), when, how, and the SHA-256 of what
/// was given, so that what the defence received can be compared with what the court has. Append-only: a wrong line
/// is answered by a new one, never edited.
/// </summary>
[OutlivesInvestigation]
public sealed class Disclosure
{
    public const int DocumentsMaxLength = 4_000;
    public const int NameMaxLength = 200;
    public const int ReferenceMaxLength = 300;

    private Disclosure() { }

    public Guid Id { get; private set; }
    public Guid StationId { get; private set; }
    public Guid FirId { get; private set; }
    public int Number { get; private set; }
    public Guid CaseAccusedId { get; private set; }
    public DisclosureRecipient Recipient { get; private set; }
    /// <summary>Who signed for it: the accused's name, or the counsel's.</summary>
    public string ReceivedBy { get; private set; } = "";
    public DateTimeOffset SuppliedAt { get; private set; }
    public DisclosureMode Mode { get; private set; }
    public string Documents { get; private set; } = "";
    /// <summary>What was given: a case bundle's id, or another reference (a police report export).</summary>
    public Guid? CaseBundleId { get; private set; }
    public string? Reference { get; private set; }
    public string Sha256 { get; private set; } = "";
    public Guid RecordedBy { get; private set; }
    public DateTimeOffset RecordedAt { get; private set; }

    public static Disclosure Record(Guid id, Guid stationId, Guid firId, int number, Guid caseAccusedId, DisclosureRecipient recipient,
        string receivedBy, DateTimeOffset suppliedAt, DisclosureMode mode, string documents, Guid? caseBundleId, string? reference,
        string sha256, DateTimeOffset? reportForwardedAt, Guid recordedBy, DateTimeOffset now)
    {
        EventTimes.NotInFuture(suppliedAt, now, "Disclosure.SuppliedInFuture", "suppliedAt", "Copies cannot have been supplied in the future.");
        if (reportForwardedAt is null)
        {
            throw new DomainException("Disclosure.NoPoliceReport",
                "Copies are supplied to the accused once the police report has been forwarded to the court.");
        }

        EventTimes.NotBefore(suppliedAt, reportForwardedAt.Value, "Disclosure.BeforePoliceReport", "suppliedAt",
            "Copies are supplied after the police report was forwarded.");
        return new Disclosure
        {
            Id = id,
            StationId = stationId,
            FirId = firId,
            Number = number,
            CaseAccusedId = caseAccusedId,
            Recipient = recipient,
            ReceivedBy = receivedBy,
            SuppliedAt = Precision.ToStoredPrecision(suppliedAt),
            Mode = mode,
            Documents = documents,
            CaseBundleId = caseBundleId,
            Reference = reference,
            Sha256 = sha256.ToLowerInvariant(),
            RecordedBy = recordedBy,
            RecordedAt = Precision.ToStoredPrecision(now),
        };
    }
}
