using CyberCase.Domain.Common;

namespace CyberCase.Domain.Raids;

/// <summary>What an audio-video recording of a search shows: the search itself, or the list of seized things being signed.</summary>
public enum SearchRecordingKind
{
    Search,
    ListSigning,
}

/// <summary>
/// An expert's attestation of an electronic record: who (name, parentage, designation, where employed) and when they
/// signed. It fills Part B of the certificate in the Schedule to BSA 63 (legal-forms.md); the Evidence Act 65B(4)
/// certificate of the old regime has no Part B. <see cref="SignedAt"/> is null while the signature is awaited.
/// </summary>
public sealed record ExpertAttestation(string? Name, string? Parentage, string? Designation, string? EmployedAt, DateTimeOffset? SignedAt)
{
    public const int TextMaxLength = 200;

    public static readonly ExpertAttestation None = new(null, null, null, null, null);
}

/// <summary>Where and how a recording went to the Magistrate (BNSS 105: "without delay") and the acknowledgement received.</summary>
public sealed record RecordingForwarding(string? To, DateTimeOffset? At, string? How, string? Acknowledgement)
{
    public const int TextMaxLength = 300;

    public static readonly RecordingForwarding None = new(null, null, null, null);
}

/// <summary>
/// An audio-video recording of a search (BNSS 105), kept as an evidence file of the raid with its SHA-256 fixed at
/// upload. It is an electronic record relied on: the officer who recorded it signs its certificate (IEA 65B(4), or
/// Part A of the BSA Schedule), an expert its Part B; it is forwarded to the Magistrate without delay.
/// Stored flat (one row per recording) and changed in place, so the raid's version covers every change.
/// </summary>
public sealed class SearchRecording
{
    public const int DeviceMaxLength = 200;

    private SearchRecording() { }

    internal SearchRecording(int number, SearchRecordingKind kind, Guid evidenceFileId, string sha256, string fileName,
        DateTimeOffset recordedFrom, int? durationSeconds, string? device, Guid recordedByOfficerId)
    {
        Number = number;
        Kind = kind;
        EvidenceFileId = evidenceFileId;
        Sha256 = sha256;
        FileName = fileName;
        RecordedFrom = Precision.ToStoredPrecision(recordedFrom);
        DurationSeconds = durationSeconds;
        Device = device;
        RecordedByOfficerId = recordedByOfficerId;
    }

    /// <summary>1, 2, ... within the raid, in the order recorded.</summary>
    public int Number { get; private set; }
    public SearchRecordingKind Kind { get; private set; }
    public Guid EvidenceFileId { get; private set; }
    /// <summary>The evidence file's SHA-256 as fixed at upload (lowercase hex), printed on the memo and the certificate.</summary>
    public string Sha256 { get; private set; } = "";
    public string FileName { get; private set; } = "";
    /// <summary>When the recording began.</summary>
    public DateTimeOffset RecordedFrom { get; private set; }
    public int? DurationSeconds { get; private set; }
    /// <summary>The device it was recorded on, e.g. "Body-worn camera BWC-07 of the station".</summary>
    public string? Device { get; private set; }
    /// <summary>The officer of the station who recorded it, and so signs its certificate.</summary>
    public Guid RecordedByOfficerId { get; private set; }

    public string? ForwardedTo { get; private set; }
    public DateTimeOffset? ForwardedAt { get; private set; }
    public string? ForwardedHow { get; private set; }
    public string? ForwardingAcknowledgement { get; private set; }

    /// <summary>When the recording officer signed its certificate (65B(4) / Part A); null while unsigned.</summary>
    public DateTimeOffset? CertificateSignedAt { get; private set; }

    public string? ExpertName { get; private set; }
    public string? ExpertParentage { get; private set; }
    public string? ExpertDesignation { get; private set; }
    public string? ExpertEmployedAt { get; private set; }
    public DateTimeOffset? ExpertSignedAt { get; private set; }

    public RecordingForwarding Forwarding => new(ForwardedTo, ForwardedAt, ForwardedHow, ForwardingAcknowledgement);
    public ExpertAttestation Expert => new(ExpertName, ExpertParentage, ExpertDesignation, ExpertEmployedAt, ExpertSignedAt);

    /// <summary>When the recording ended, as far as the record tells (its start when the duration is not known).</summary>
    public DateTimeOffset RecordedUntil => RecordedFrom + TimeSpan.FromSeconds(DurationSeconds ?? 0);

    /// <summary>
    /// Sets what follows the recording: the forwarding and the signatures. Each is of a recording that exists, so none
    /// is dated before it ended (a forwarding before the recording is 422), and none is in the future.
    /// </summary>
    internal void Attest(RecordingForwarding forwarding, DateTimeOffset? certificateSignedAt, ExpertAttestation expert, DateTimeOffset now)
    {
        After(forwarding.At, "Raid.ForwardedBeforeRecording", "forwarding.at", "A recording cannot be forwarded to the Magistrate before it was made.", now);
        After(certificateSignedAt, "Raid.CertificateBeforeRecording", "certificateSignedAt",
            "The certificate of a recording is signed after the recording was made.", now);
        After(expert.SignedAt, "Raid.CertificateBeforeRecording", "expert.signedAt",
            "The certificate of a recording is signed after the recording was made.", now);

        (ForwardedTo, ForwardedAt, ForwardedHow, ForwardingAcknowledgement) =
            (forwarding.To, forwarding.At is { } f ? Precision.ToStoredPrecision(f) : null, forwarding.How, forwarding.Acknowledgement);
        CertificateSignedAt = certificateSignedAt is { } c ? Precision.ToStoredPrecision(c) : null;
        (ExpertName, ExpertParentage, ExpertDesignation, ExpertEmployedAt, ExpertSignedAt) =
            (expert.Name, expert.Parentage, expert.Designation, expert.EmployedAt, expert.SignedAt is { } e ? Precision.ToStoredPrecision(e) : null);
    }

    private void After(DateTimeOffset? at, string code, string field, string message, DateTimeOffset now)
    {
        if (at is { } value)
        {
            EventTimes.NotBefore(value, RecordedUntil, code, field, message);
            EventTimes.NotInFuture(value, now, "Raid.TimeInFuture", field, "A time of the search cannot be in the future.");
        }
    }
}
