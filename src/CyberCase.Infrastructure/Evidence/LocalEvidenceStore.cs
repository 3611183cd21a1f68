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
    private readonly bool _directIo;

    /// <param name="root">The evidence folder.</param>
    /// <param name="directIo">Write with O_DIRECT where the platform and file system allow it (off: always buffered).</param>
    public LocalEvidenceStore(string root, bool directIo = true)
    {
        _directIo = directIo;
        Root = Path.GetFullPath(root);
        _staging = Path.Combine(Root, ".staging");
    }

    public string Root { get; }

    /// <summary>How old a staged upload must be to count as abandoned: no upload runs that long.</summary>
    public static readonly TimeSpan AbandonedAfter = TimeSpan.FromDays(1);

    /// <summary>
    /// Removes staged uploads last written before <paramref name="before"/>: what a process killed in the middle of an
    /// upload left behind (a live upload writes to its file all the time, and the data folder may be shared by
    /// several instances, so only old files go). Answers how many were removed.
    /// </summary>
    public int RemoveAbandonedUploads(DateTimeOffset before)
    {
        if (!Directory.Exists(_staging))
        {
            return 0;
        }

        var removed = 0;
        foreach (var path in Directory.EnumerateFiles(_staging, "*.part"))
        {
            if (File.GetLastWriteTimeUtc(path) < before.UtcDateTime && TryDelete(path))
            {
                removed++;
            }
        }

        return removed;
    }

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
        try
        {
            var (sha256, size) = _directIo && DirectFile.TryCreate(tempPath) is { } direct
                ? await ReceiveDirectAsync(content, maxBytes, direct, ct)
                : await ReceiveBufferedAsync(content, maxBytes, tempPath, ct);
            return new StagedFile(this, tempPath, sha256, size);
        }
        catch
        {
            TryDelete(tempPath);
            throw;
        }
    }

    /// <summary>
    /// Receive into one buffer while the previous ones are hashed and written (O_DIRECT) on threads of their own; the
    /// file goes to disk block by block.
    /// </summary>
    private static async Task<(string Sha256, long Size)> ReceiveDirectAsync(Stream content, long maxBytes, DirectFile file,
        CancellationToken ct)
    {
        using (file)
        {
            await using var writer = new HashingDirectWriter(file);
            long size = 0;
            while (true)
            {
                var buffer = await writer.RentAsync(ct);
                var length = await FillAsync(content, buffer.Memory, ct);
                if (length == 0)
                {
                    writer.Return(buffer);
                    break;
                }

                size += length;
                if (size > maxBytes)
                {
                    throw new EvidenceTooLargeException(maxBytes);
                }

                writer.Submit(buffer, length, size - length);
                if (length < buffer.Size)
                {
                    // A short read is the end of the upload.
                    break;
                }
            }

            var sha256 = await writer.CompleteAsync();
            // On disk before it is recorded: an acknowledged upload survives a power cut.
            file.Finish(size);
            return (sha256, size);
        }
    }

    private static async Task<(string Sha256, long Size)> ReceiveBufferedAsync(Stream content, long maxBytes, string tempPath,
        CancellationToken ct)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(BufferSize);
        try
        {
            using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
            long size = 0;
            await using var file = new FileStream(tempPath, FileMode.Create, FileAccess.Write, FileShare.None, 0, FileOptions.Asynchronous);
            while (true)
            {
                var read = await FillAsync(content, buffer.AsMemory(0, BufferSize), ct);
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
            return (Convert.ToHexStringLower(hash.GetHashAndReset()), size);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>Reads until the buffer is full or the upload ends (a multipart section returns small pieces).</summary>
    private static async Task<int> FillAsync(Stream content, Memory<byte> buffer, CancellationToken ct)
    {
        var length = 0;
        try
        {
            int read;
            while (length < buffer.Length && (read = await content.ReadAsync(buffer[length..], ct)) > 0)
            {
                length += read;
            }
        }
        catch (Exception e) when (e is not (OperationCanceledException or EvidenceTooLargeException or EvidenceUploadIncompleteException))
        {
            throw new EvidenceUploadIncompleteException("The upload broke off before the file was received.", e);
        }

        return length;
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

    /// <summary>Moves the staged file into place; false when the same content is already stored (the staged copy stays).</summary>
    private bool Commit(string tempPath, string storageKey)
    {
        var target = PathOf(storageKey);
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        if (File.Exists(target))
        {
            // Same hash, same content: stored once. The existing file is left as it is (if it was altered, the next
            // check of any record pointing at it reports that).
            return false;
        }

        try
        {
            File.Move(tempPath, target, overwrite: false);
        }
        catch (IOException) when (File.Exists(target))
        {
            // A concurrent upload of the same content got there first.
            return false;
        }

        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(target, UnixFileMode.UserRead | UnixFileMode.GroupRead);
        }

        return true;
    }

    /// <summary>Deletes a staged file; true when it is gone. One that cannot be deleted stays in .staging, never referenced.</summary>
    private static bool TryDelete(string path)
    {
        try
        {
            File.Delete(path);
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    private sealed class StagedFile(LocalEvidenceStore store, string tempPath, string sha256, long size) : IStagedEvidence
    {
        /// <summary>Moved into place; otherwise the staged file is deleted on disposal (failed, or a duplicate).</summary>
        private bool _committed;

        public string Sha256 { get; } = sha256;
        public long Size { get; } = size;
        public string StorageKey => Sha256;

        public Task CommitAsync(CancellationToken ct)
        {
            ct.ThrowIfCancellationRequested();
            _committed = store.Commit(tempPath, StorageKey);
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
