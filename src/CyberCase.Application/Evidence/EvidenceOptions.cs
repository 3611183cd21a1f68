using CyberCase.Domain.Evidence;

namespace CyberCase.Application.Evidence;

/// <summary>Configuration section "Evidence": the upload limits and how uploads are written.</summary>
public sealed class EvidenceOptions
{
    public const string Section = "Evidence";

    /// <summary>The largest file accepted, in bytes (default 2 GiB: a search video from a body camera fits).</summary>
    public long MaxFileSizeBytes { get; set; } = 2L * 1024 * 1024 * 1024;

    /// <summary>
    /// Media types accepted, as detected from the file's bytes. Empty means <see cref="EvidenceMediaType.DefaultAllowed"/>
    /// (configuration binding appends to a pre-filled list, so the default is applied here instead).
    /// </summary>
    public string[] AllowedMediaTypes { get; set; } = [];

    /// <summary>
    /// Uploads one officer may have in flight at once; one more answers 429 <c>Evidence.TooManyUploads</c> with
    /// Retry-After. Per API process.
    /// </summary>
    public int MaxUploadsInFlightPerOfficer { get; set; } = 3;

    /// <summary>
    /// The slowest an upload may send, on average since its body started (Kestrel's minimum request body data rate),
    /// after <see cref="MinUploadRateGraceSeconds"/>; a slower or stalled upload is dropped and leaves nothing behind.
    /// 10 KB/s: a client that sent 1 MB and stopped is dropped after about 100 s, not held for an hour.
    /// </summary>
    public int MinUploadBytesPerSecond { get; set; } = 10 * 1024;

    public int MinUploadRateGraceSeconds { get; set; } = 10;

    /// <summary>
    /// A resumable (tus) upload that has received nothing for this long is abandoned: it answers 404 and its bytes
    /// are removed (at start-up and whenever an upload is created). A day: an officer whose link failed in the evening
    /// resumes the next morning.
    /// </summary>
    public int ResumableUploadExpiryHours { get; set; } = 24;

    /// <summary>
    /// Unfinished resumable uploads one officer may have at once (each can hold up to <see cref="MaxFileSizeBytes"/> on
    /// the disk until it finishes, is terminated or expires); one more answers 429 <c>Evidence.TooManyUploads</c>.
    /// Counted over the data folder, so over every API process sharing it.
    /// </summary>
    public int MaxResumableUploadsPerOfficer { get; set; } = 10;

    /// <summary>
    /// Write staged uploads with O_DIRECT (Linux x64, file systems that take it; elsewhere buffered anyway). Off by
    /// default: buffered writes with fsync are the simple path (figures in docs/performance.md).
    /// </summary>
    public bool DirectIo { get; set; }

    public bool IsAllowed(string mediaType) =>
        mediaType != EvidenceMediaType.Unknown
        && (AllowedMediaTypes.Length == 0 ? EvidenceMediaType.DefaultAllowed : AllowedMediaTypes)
            .Contains(mediaType, StringComparer.OrdinalIgnoreCase);
}
