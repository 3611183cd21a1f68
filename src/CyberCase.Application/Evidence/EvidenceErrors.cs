namespace CyberCase.Application.Evidence;

/// <summary>The upload is larger than Evidence:MaxFileSizeBytes (413).</summary>
public sealed class EvidenceTooLargeException(long maxBytes)
    : Exception($"The file is larger than the {maxBytes:N0} bytes allowed.")
{
    public string Code { get; } = "Evidence.TooLarge";
    public long MaxBytes { get; } = maxBytes;
}

/// <summary>The file's bytes are not of a type on the allow-list (415). The detected type is reported, never the claimed one.</summary>
public sealed class EvidenceMediaTypeNotAllowedException(string detected)
    : Exception(detected == Domain.Evidence.EvidenceMediaType.Unknown
        ? "The file's content is not of a type accepted as evidence."
        : $"Files of type {detected} are not accepted as evidence.")
{
    public string Code { get; } = "Evidence.UnsupportedMediaType";
    public string Detected { get; } = detected;
}

/// <summary>The upload stream broke off or was malformed before the file ended (400); nothing was kept.</summary>
public sealed class EvidenceUploadIncompleteException(string message, Exception? inner = null) : Exception(message, inner)
{
    public string Code { get; } = "Evidence.UploadIncomplete";
}

/// <summary>
/// A resumable (tus) upload request that the protocol refuses: a wrong offset (409), a chunk whose Upload-Checksum
/// does not match (460), an upload busy in another request (423), a missing or malformed tus header (400, 412, 415).
/// </summary>
public sealed class ResumableUploadException(int status, string code, string message) : Exception(message)
{
    public int Status { get; } = status;
    public string Code { get; } = code;
}
