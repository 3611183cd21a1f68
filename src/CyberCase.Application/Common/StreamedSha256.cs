using System.Buffers;
using System.Security.Cryptography;

namespace CyberCase.Application.Common;

/// <summary>
/// The one way a file's SHA-256 is computed here: fed piece by piece as the bytes pass (an upload, a re-check of
/// stored evidence, an annexure), never by holding a whole file for it. Lowercase hex, as recorded.
/// </summary>
public sealed class StreamedSha256 : IDisposable
{
    private const int ReadBufferSize = 1 << 20;

    private readonly IncrementalHash _hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);

    public void Append(ReadOnlySpan<byte> bytes) => _hash.AppendData(bytes);

    /// <summary>The hash of everything appended so far (and a fresh start).</summary>
    public string HexDigest() => Convert.ToHexStringLower(_hash.GetHashAndReset());

    public void Dispose() => _hash.Dispose();

    /// <summary>Reads <paramref name="content"/> to its end through one pooled buffer.</summary>
    public static async Task<string> OfAsync(Stream content, CancellationToken ct)
    {
        using var hash = new StreamedSha256();
        var buffer = ArrayPool<byte>.Shared.Rent(ReadBufferSize);
        try
        {
            int read;
            while ((read = await content.ReadAsync(buffer, ct)) > 0)
            {
                hash.Append(buffer.AsSpan(0, read));
            }

            return hash.HexDigest();
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>Bytes already in memory (a rendered bundle, an annexure read for merging).</summary>
    public static string Of(ReadOnlySpan<byte> bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));
}
