using CyberCase.Domain.Evidence;

namespace CyberCase.Application.Evidence;

/// <summary>Configuration section "Evidence": the upload limits.</summary>
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

    public bool IsAllowed(string mediaType) =>
        mediaType != EvidenceMediaType.Unknown
        && (AllowedMediaTypes.Length == 0 ? EvidenceMediaType.DefaultAllowed : AllowedMediaTypes)
            .Contains(mediaType, StringComparer.OrdinalIgnoreCase);
}
