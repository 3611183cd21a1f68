using CyberCase.Application.CaseFiles;
using CyberCase.Application.Common;
using CyberCase.Infrastructure.Evidence;

namespace CyberCase.Infrastructure.CaseFiles;

/// <summary>
/// Bundles under {data}/bundles/{sha256}.pdf: content-addressed, so the same bytes are kept once. A file whose
/// bytes no longer match its name (damaged or altered) is replaced by the freshly exported, identical bytes.
/// </summary>
public sealed class FileCaseBundleStore(string directory) : ICaseBundleStore
{
    public async Task SaveAsync(string sha256, byte[] pdf, CancellationToken ct)
    {
        Directory.CreateDirectory(directory);
        var path = PathOf(sha256);
        if (File.Exists(path) && string.Equals(StreamedSha256.Of(await File.ReadAllBytesAsync(path, ct)), sha256,
                StringComparison.OrdinalIgnoreCase))
        {
            return;
        }

        // Written beside and moved into place, so a reader never sees half a file; fsynced like evidence (the file,
        // then its folder after the move), so a bundle on record survives a power cut.
        var temporary = path + "." + Guid.NewGuid().ToString("N") + ".tmp";
        try
        {
            await using (var file = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 0, FileOptions.Asynchronous))
            {
                await file.WriteAsync(pdf, ct);
                file.Flush(flushToDisk: true);
            }

            File.Move(temporary, path, overwrite: true);
        }
        catch
        {
            File.Delete(temporary);
            throw;
        }

        DurableFiles.FlushFolders(path, directory);
    }

    public Task<Stream?> OpenAsync(string sha256, CancellationToken ct)
    {
        var path = PathOf(sha256);
        return Task.FromResult<Stream?>(File.Exists(path) ? File.OpenRead(path) : null);
    }

    private string PathOf(string sha256) =>
        sha256.Length == 64 && sha256.All(Uri.IsHexDigit)
            ? Path.Combine(directory, sha256.ToLowerInvariant() + ".pdf")
            : throw new ArgumentException("Not a SHA-256 in hex.", nameof(sha256));
}
