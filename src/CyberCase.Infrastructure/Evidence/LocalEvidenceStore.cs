using System.Buffers;
using System.Security.Cryptography;
using CyberCase.Application.Evidence;
using CyberCase.Domain.Evidence;

namespace CyberCase.Infrastructure.Evidence;

/// <summary>
/// Evidence on the local disk, content-addressed under {DataDirectory}/evidence: the file with SHA-256 "ab12..." is
/// stored at ab/12/ab12..., so identical content is stored once. Uploads are written to evidence/.staging (the same
/// file system, so the final move is an atomic rename) while the hash is computed over the same buffer, and only a
/// complete, flushed file is moved into place. Stored files are made read-only.
/// </summary>
public sealed class LocalEvidenceStore : IEvidenceStore
{
    private const int BufferSize = 1 << 20;
    private readonly string _staging;

    public LocalEvidenceStore(string root)
    {
        Root = Path.GetFullPath(root);
        _staging = Path.Combine(Root, ".staging");
    }

    public string Root { get; }

    /// <summary>Where the content with this key lives. Keys are SHA-256 hex digests and nothing else (no path tricks).</summary>
    public string PathOf(string storageKey)
    {
        if (!EvidenceFile.IsSha256Hex(storageKey))
        {
            throw new ArgumentException("Not a storage key of this store.", nameof(storageKey));
        }

        return Path.Combine(Root, storageKey[..2], storageKey[2..4], storageKey);
    }

    public async Task<IStagedEvidence> StageAsync(Stream content, long maxBytes, CancellationToken ct)
    {
        Directory.CreateDirectory(_staging);
        var tempPath = Path.Combine(_staging, Guid.NewGuid().ToString("N") + ".part");
        var buffer = ArrayPool<byte>.Shared.Rent(BufferSize);
        try
        {
            using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
            long size = 0;
            await using (var file = new FileStream(tempPath, FileMode.CreateNew, FileAccess.Write, FileShare.None, 0,
                             FileOptions.Asynchronous))
            {
                while (true)
                {
                    int read;
                    try
                    {
                        read = await content.ReadAsync(buffer.AsMemory(0, BufferSize), ct);
                    }
                    catch (Exception e) when (e is not (OperationCanceledException or EvidenceTooLargeException
                                                  or EvidenceUploadIncompleteException))
                    {
                        throw new EvidenceUploadIncompleteException("The upload broke off before the file was received.", e);
                    }

                    if (read == 0)
                    {
                        break;
                    }

                    size += read;
                    if (size > maxBytes)
                    {
                        throw new EvidenceTooLargeException(maxBytes);
                    }

                    hash.AppendData(buffer, 0, read);
                    await file.WriteAsync(buffer.AsMemory(0, read), ct);
                }

                // On disk before it is recorded: an acknowledged upload survives a power cut.
                file.Flush(flushToDisk: true);
            }

            return new StagedFile(this, tempPath, Convert.ToHexStringLower(hash.GetHashAndReset()), size);
        }
        catch
        {
            TryDelete(tempPath);
            throw;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    public Task<Stream?> OpenReadAsync(string storageKey, CancellationToken ct)
    {
        try
        {
            Stream stream = new FileStream(PathOf(storageKey), FileMode.Open, FileAccess.Read, FileShare.Read, BufferSize,
                FileOptions.Asynchronous | FileOptions.SequentialScan);
            return Task.FromResult<Stream?>(stream);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            return Task.FromResult<Stream?>(null);
        }
    }

    private void Commit(string tempPath, string storageKey)
    {
        var target = PathOf(storageKey);
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        if (File.Exists(target))
        {
            // Same hash, same content: stored once. The existing file is left as it is (if it was altered, the next
            // check of any record pointing at it reports that).
            TryDelete(tempPath);
            return;
        }

        try
        {
            File.Move(tempPath, target, overwrite: false);
        }
        catch (IOException) when (File.Exists(target))
        {
            // A concurrent upload of the same content got there first.
            TryDelete(tempPath);
            return;
        }

        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(target, UnixFileMode.UserRead | UnixFileMode.GroupRead);
        }
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (IOException)
        {
            // Left in .staging; it is never referenced by a record.
        }
        catch (UnauthorizedAccessException)
        {
            // As above.
        }
    }

    private sealed class StagedFile(LocalEvidenceStore store, string tempPath, string sha256, long size) : IStagedEvidence
    {
        private bool _committed;

        public string Sha256 { get; } = sha256;
        public long Size { get; } = size;
        public string StorageKey => Sha256;

        public Task CommitAsync(CancellationToken ct)
        {
            ct.ThrowIfCancellationRequested();
            store.Commit(tempPath, StorageKey);
            _committed = true;
            return Task.CompletedTask;
        }

        public ValueTask DisposeAsync()
        {
            if (!_committed)
            {
                TryDelete(tempPath);
            }

            return ValueTask.CompletedTask;
        }
    }
}
