using CyberCase.Domain.Common;

namespace CyberCase.Domain.Complaints;

/// <summary>How a complaint reached the station.</summary>
public enum ComplaintChannel
{
    /// <summary>The National Cybercrime Reporting Portal (cybercrime.gov.in), with its acknowledgement number.</summary>
    Ncrp,
    /// <summary>The 1930 helpline (CFCFRMS), which also opens an NCRP acknowledgement.</summary>
    Helpline1930,
    WalkIn,
    Email,
    /// <summary>Referred by a foreign police force or agency (the victims abroad), often through the CBI / Interpol.</summary>
    ForeignReferral,
}

public enum ComplaintStatus
{
    Open,
    /// <summary>Made into (or joined to) an FIR.</summary>
    Converted,
    Closed,
}

/// <summary>
/// A complaint received before, or without, an FIR. Several complaints against the same fraud join one FIR; one that
/// discloses no cognizable offence is closed with the reason recorded (the complainant is told why).
/// </summary>
public sealed class Complaint : VersionedEntity
{
    public const int AckNumberMaxLength = 32;
    public const int NameMaxLength = 200;
    public const int TextMaxLength = 200;
    public const int AddressMaxLength = 500;
    public const int TransactionsMaxLength = 4000;
    public const int ReasonMaxLength = 1000;

    private Complaint() { }

    public Guid Id { get; private set; }
    public Guid StationId { get; private set; }
    /// <summary>The NCRP acknowledgement number (14 digits on the portal); null for a complaint that never went there.</summary>
    public string? AckNumber { get; private set; }
    public DateTimeOffset ReceivedAt { get; private set; }
    public ComplaintChannel Channel { get; private set; }
    public string ComplainantName { get; private set; } = "";
    public string? ComplainantContact { get; private set; }
    public string? ComplainantAddress { get; private set; }
    public string? ComplainantCountry { get; private set; }
    /// <summary>The portal's category ("Online Financial Fraud", "Tech support fraud", ...).</summary>
    public string Category { get; private set; } = "";
    public decimal? AmountReported { get; private set; }
    public string? Currency { get; private set; }
    /// <summary>The transactions as the complainant reported them (dates, UTRs, amounts, accounts), as text.</summary>
    public string? TransactionsReported { get; private set; }
    public ComplaintStatus Status { get; private set; }
    public Guid? FirId { get; private set; }
    public string? ClosedReason { get; private set; }
    /// <summary>The NCRP export it was imported from (the file's SHA-256), if imported.</summary>
    public Guid? ImportId { get; private set; }
    public Guid RecordedBy { get; private set; }
    public DateTimeOffset RecordedAt { get; private set; }

    public static Complaint Register(Guid id, Guid stationId, string? ackNumber, DateTimeOffset receivedAt, ComplaintChannel channel,
        string complainantName, string? contact, string? address, string? country, string category, decimal? amountReported,
        string? currency, string? transactionsReported, Guid? importId, Guid recordedBy, DateTimeOffset recordedAt)
    {
        if (channel is ComplaintChannel.Ncrp or ComplaintChannel.Helpline1930 && ackNumber is null)
        {
            throw new DomainException("Complaint.AckNumberRequired", "A complaint from the portal or the 1930 helpline has its acknowledgement number.",
                RuleKind.Unprocessable, "ackNumber");
        }

        if (amountReported is { } amount)
        {
            Money.Currency.CheckAmount(amount, currency ?? "", "amountReported", allowZero: true);
        }

        EventTimes.NotInFuture(receivedAt, recordedAt, "Complaint.InFuture", "receivedAt", "A complaint cannot be received in the future.");
        return new Complaint
        {
            Id = id,
            StationId = stationId,
            AckNumber = ackNumber,
            ReceivedAt = Precision.ToStoredPrecision(receivedAt),
            Channel = channel,
            ComplainantName = complainantName,
            ComplainantContact = contact,
            ComplainantAddress = address,
            ComplainantCountry = country,
            Category = category,
            AmountReported = amountReported,
            Currency = amountReported is null ? null : currency,
            TransactionsReported = transactionsReported,
            Status = ComplaintStatus.Open,
            ImportId = importId,
            RecordedBy = recordedBy,
            RecordedAt = Precision.ToStoredPrecision(recordedAt),
        };
    }

    public void JoinFir(Guid firId)
    {
        EnsureOpen();
        Status = ComplaintStatus.Converted;
        FirId = firId;
    }

    public void Close(string reason)
    {
        EnsureOpen();
        Status = ComplaintStatus.Closed;
        ClosedReason = reason;
    }

    private void EnsureOpen()
    {
        if (Status != ComplaintStatus.Open)
        {
            throw new DomainException("Complaint.NotOpen", $"The complaint is already {Status.ToString().ToLowerInvariant()}.");
        }
    }
}

/// <summary>One NCRP export imported: the file's SHA-256 makes importing the same file again add nothing.</summary>
public sealed class ComplaintImport
{
    public const int FileNameMaxLength = 200;

    private ComplaintImport() { }

    public Guid Id { get; private set; }
    public Guid StationId { get; private set; }
    public string Sha256 { get; private set; } = "";
    public string? FileName { get; private set; }
    public int Rows { get; private set; }
    public int Added { get; private set; }
    public Guid ImportedBy { get; private set; }
    public DateTimeOffset ImportedAt { get; private set; }

    public static ComplaintImport Record(Guid id, Guid stationId, string sha256, string? fileName, int rows, int added,
        Guid importedBy, DateTimeOffset importedAt) =>
        new()
        {
            Id = id,
            StationId = stationId,
            Sha256 = sha256,
            FileName = fileName,
            Rows = rows,
            Added = added,
            ImportedBy = importedBy,
            ImportedAt = Precision.ToStoredPrecision(importedAt),
        };
}
