using CyberCase.Application.CaseFiles;
using CyberCase.Application.Common;
using CyberCase.Infrastructure.Evidence;

namespace CyberCase.Infrastructure.CaseFiles;

/// <summary>
/// Bundles under {data}/bundles/{sha256}.pdf: content-addressed, so the same bytes are kept once. A volume is written
/// straight to a file beside (never whole in memory), hashed and moved into place under its hash; a file whose bytes
/// no longer match its name (damaged or altered) is replaced by the freshly exported, identical bytes.
/// </summary>
public sealed class FileCaseBundleStore(string directory) : ICaseBundleStore
{
    public async Task<StoredVolume> WriteAsync(Func<Stream, CancellationToken, Task> write, CancellationToken ct)
    {
        Directory.CreateDirectory(directory);
        // Written beside and moved into place, so a reader (or a process killed part-way) never leaves half a file
        // under a hash; fsynced like evidence (the file, then its folder after the move), so a bundle on record
        // survives a power cut.
        var temporary = Path.Combine(directory, Guid.NewGuid().ToString("N") + ".tmp");
        try
        {
            await using (var file = new FileStream(temporary, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 1 << 16, FileOptions.Asynchronous))
            {
                await write(file, ct);
                await file.FlushAsync(ct);
                file.Flush(flushToDisk: true);
            }

            string sha256;
            long size;
            await using (var read = new FileStream(temporary, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.Asynchronous | FileOptions.SequentialScan))
            {
                size = read.Length;
                sha256 = await StreamedSha256.OfAsync(read, ct);
            }

            var path = PathOf(sha256);
            if (File.Exists(path) && string.Equals(await HashOfAsync(path, ct), sha256, StringComparison.OrdinalIgnoreCase))
            {
                File.Delete(temporary);
            }
            else
            {
                File.Move(temporary, path, overwrite: true);
                DurableFiles.FlushFolders(path, directory);
            }

            return new StoredVolume(sha256, size);
        }
        catch
        {
            File.Delete(temporary);
            throw;
        }
    }

    public Task<Stream?> OpenAsync(string sha256, CancellationToken ct)
    {
        var path = PathOf(sha256);
        return Task.FromResult<Stream?>(File.Exists(path) ? File.OpenRead(path) : null);
    }

    private static async Task<string> HashOfAsync(string path, CancellationToken ct)
    {
        await using var stream = File.OpenRead(path);
        return await StreamedSha256.OfAsync(stream, ct);
    }

    private string PathOf(string sha256) =>
        sha256.Length == 64 && sha256.All(Uri.IsHexDigit)
            ? Path.Combine(directory, sha256.ToLowerInvariant() + ".pdf")
            : throw new ArgumentException("Not a SHA-256 in hex.", nameof(sha256));
}
