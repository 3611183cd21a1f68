namespace CyberCase.Application.CaseFiles;

/// <summary>Where exported bundle files are kept, addressed by their SHA-256 (the same bytes are kept once).</summary>
public interface ICaseBundleStore
{
    Task SaveAsync(string sha256, byte[] pdf, CancellationToken ct);

    /// <summary>The stored file, or null when it is missing.</summary>
    Task<Stream?> OpenAsync(string sha256, CancellationToken ct);
}
