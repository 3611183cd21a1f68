namespace CyberCase.Application.Evidence;

/// <summary>
/// Where evidence bytes live. Content-addressed: the storage key follows from the SHA-256, so identical content is
/// stored once and a key can never point at different bytes without the hash check noticing. Small on purpose, so
/// that an object store (S3-compatible, Azure Blob) can implement it as well as the local disk.
/// </summary>
public interface IEvidenceStore
{
    /// <summary>
    /// Streams <paramref name="content"/> to a staging area, computing its SHA-256 as the bytes pass (the content is
    /// never held in memory whole). Throws <see cref="EvidenceTooLargeException"/> past <paramref name="maxBytes"/> and
    /// <see cref="EvidenceUploadIncompleteException"/> when the content stream fails. Nothing is visible under a storage
    /// key until <see cref="IStagedEvidence.CommitAsync"/>; on failure, and on disposal without commit, the staged bytes are removed.
    /// </summary>
    Task<IStagedEvidence> StageAsync(Stream content, long maxBytes, CancellationToken ct);

    /// <summary>The stored content, or null when nothing is stored under the key (a missing file is an integrity failure).</summary>
    Task<Stream?> OpenReadAsync(string storageKey, CancellationToken ct);
}

/// <summary>Content that has been received and hashed but is not yet in the store.</summary>
public interface IStagedEvidence : IAsyncDisposable
{
    /// <summary>SHA-256 of the bytes received, lowercase hex.</summary>
    string Sha256 { get; }

    long Size { get; }

    /// <summary>The first bytes (up to <see cref="Domain.Evidence.EvidenceMediaType.HeadLength"/>), which tell the file's type.</summary>
    ReadOnlyMemory<byte> Head { get; }

    /// <summary>The key the content is stored under after commit.</summary>
    string StorageKey { get; }

    /// <summary>
    /// Moves the content into place. If the same content is already stored, the staged copy is dropped on disposal
    /// (deleting a large file takes a while; the caller disposes after its database transaction, not inside it).
    /// </summary>
    Task CommitAsync(CancellationToken ct);
}
