using CyberCase.Domain.Common;

namespace CyberCase.Domain.Evidence;

/// <summary>
/// An uploaded file (photo, video of the search, scanned memo, forensic report, tool export) kept as electronic
/// evidence. Its SHA-256 is fixed at upload and re-checked whenever the file is served or the case is verified:
/// BSA 63 certificates state the hash, so a file that no longer matches it is an alarm, never a silent copy.
/// A record is never deleted: a file attached by mistake is withdrawn with a reason and stays in the case file.
/// </summary>
public sealed class EvidenceFile : VersionedEntity
{
    public const int FileNameMaxLength = 255;
    public const int DescriptionMaxLength = 2_000;
    public const int MediaTypeMaxLength = 100;
    public const int StorageKeyMaxLength = 200;
    public const int WithdrawalReasonMaxLength = 1_000;
    public const int Sha256Length = 64;

    private EvidenceFile() { }

    public Guid Id { get; private set; }
    public Guid StationId { get; private set; }
    public EvidenceOwnerType OwnerType { get; private set; }
    public Guid OwnerId { get; private set; }
    public Guid FirId { get; private set; }
    public string OriginalFileName { get; private set; } = "";
    public long Size { get; private set; }
    /// <summary>Detected from the file's own bytes, never taken from the client.</summary>
    public string MediaType { get; private set; } = "";
    /// <summary>Lowercase hex, as printed on certificates and in the court bundle.</summary>
    public string Sha256 { get; private set; } = "";
    public string StorageKey { get; private set; } = "";
    public string? Description { get; private set; }
    public Guid UploadedBy { get; private set; }
    public DateTimeOffset UploadedAt { get; private set; }
    public string? WithdrawalReason { get; private set; }
    public Guid? WithdrawnBy { get; private set; }
    public DateTimeOffset? WithdrawnAt { get; private set; }

    public bool IsWithdrawn => WithdrawnAt is not null;

    public static EvidenceFile Record(Guid id, Guid stationId, EvidenceOwnerType ownerType, Guid ownerId, Guid firId,
        string originalFileName, long size, string mediaType, string sha256, string storageKey, string? description,
        Guid uploadedBy, DateTimeOffset uploadedAt)
    {
        if (!IsSha256Hex(sha256))
        {
            throw new DomainException("Evidence.InvalidHash", "The SHA-256 must be 64 lowercase hexadecimal digits.",
                RuleKind.Unprocessable, "sha256");
        }

        if (size <= 0)
        {
            throw new DomainException("Evidence.Empty", "An evidence file cannot be empty.", RuleKind.Unprocessable, "file");
        }

        if (string.IsNullOrWhiteSpace(originalFileName))
        {
            throw new DomainException("Evidence.FileNameRequired", "The file needs its original name.", RuleKind.Unprocessable, "file");
        }

        return new EvidenceFile
        {
            Id = id,
            StationId = stationId,
            OwnerType = ownerType,
            OwnerId = ownerId,
            FirId = firId,
            OriginalFileName = originalFileName,
            Size = size,
            MediaType = mediaType,
            Sha256 = sha256,
            StorageKey = storageKey,
            Description = string.IsNullOrWhiteSpace(description) ? null : description.Trim(),
            UploadedBy = uploadedBy,
            UploadedAt = Precision.ToStoredPrecision(uploadedAt),
        };
    }

    /// <summary>Marks a wrongly attached file as withdrawn; the record and the file stay, so the trail shows what happened.</summary>
    public void Withdraw(string reason, Guid by, DateTimeOffset at)
    {
        if (IsWithdrawn)
        {
            throw new DomainException("Evidence.AlreadyWithdrawn", "The evidence file has already been withdrawn.");
        }

        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new DomainException("Evidence.WithdrawalReasonRequired", "Say why the file is withdrawn.",
                RuleKind.Unprocessable, "reason");
        }

        WithdrawalReason = reason.Trim();
        WithdrawnBy = by;
        WithdrawnAt = Precision.ToStoredPrecision(at);
    }

    /// <summary>True when the text is a SHA-256 digest written as 64 lowercase hexadecimal digits.</summary>
    public static bool IsSha256Hex(string? value) =>
        value is { Length: Sha256Length } && value.All(c => c is (>= '0' and <= '9') or (>= 'a' and <= 'f'));
}
