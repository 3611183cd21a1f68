namespace CyberCase.Application.CaseFiles;

/// <summary>Where exported bundle files are kept, addressed by their SHA-256 (the same bytes are kept once).</summary>
/// <remarks><see cref="ICaseBundleVolumeSink.WriteAsync"/> keeps a volume under its hash once it is complete: a file that
/// is there is whole (written beside and moved into place).</remarks>
public interface ICaseBundleStore : ICaseBundleVolumeSink
{
    /// <summary>The stored file, or null when it is missing.</summary>
    Task<Stream?> OpenAsync(string sha256, CancellationToken ct);
}

public static class CaseBundleStoreExtensions
{
    /// <summary>A PDF already in memory (a police report taken out of its bundle), kept like a volume.</summary>
    public static Task<StoredVolume> SaveAsync(this ICaseBundleVolumeSink sink, byte[] pdf, CancellationToken ct) =>
        sink.WriteAsync((stream, token) => stream.WriteAsync(pdf, token).AsTask(), ct);
}
