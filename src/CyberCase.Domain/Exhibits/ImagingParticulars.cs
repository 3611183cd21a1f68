namespace CyberCase.Domain.Exhibits;

/// <summary>
/// How a forensic image or extraction was produced and by whom, which is what its certificate states: the manner of
/// production (tool, version, process; the hash of the original beside the image's own) for IEA 65B(4), the expert
/// for Part B of the BSA Schedule. The examiner signs the 65B(4) certificate (or Part B); under the new regime the
/// officer producing the record signs Part A. A signature not yet given is null and prints as a marked blank line.
/// </summary>
public sealed record ImagingParticulars
{
    public const int TextMaxLength = 200;
    public const int ProcessMaxLength = 1000;

    public static readonly ImagingParticulars None = new();

    public string? ExaminerName { get; init; }
    public string? ExaminerParentage { get; init; }
    public string? ExaminerDesignation { get; init; }
    /// <summary>Where the examiner is employed, e.g. "Forensic Science Laboratory, Srinagar".</summary>
    public string? ExaminerEmployedAt { get; init; }
    public string? Tool { get; init; }
    public string? ToolVersion { get; init; }
    /// <summary>The process followed, e.g. "write-blocked physical acquisition, verified by re-hashing the image".</summary>
    public string? Process { get; init; }
    /// <summary>SHA-256 of the original (the source device or medium) as computed at acquisition, lowercase hex.</summary>
    public string? SourceSha256 { get; init; }
    /// <summary>When the examiner signed the certificate (65B(4), or Part B under the new regime).</summary>
    public DateTimeOffset? ExaminerSignedAt { get; init; }
    /// <summary>The officer of the station who signs Part A (new regime: the party producing the record), and when.</summary>
    public Guid? PartASignedBy { get; init; }
    public DateTimeOffset? PartASignedAt { get; init; }
}
