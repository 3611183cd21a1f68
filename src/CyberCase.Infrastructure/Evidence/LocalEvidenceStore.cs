using System.Buffers;
using System.Security.Cryptography;
using System.Threading.Channels;
using Microsoft.Win32.SafeHandles;
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
    private const int BuffersInFlight = 4;
    private const long FlushEvery = 64L << 20;
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
        try
        {
            var (sha256, size) = await ReceiveAsync(content, maxBytes, tempPath, ct);
            return new StagedFile(this, tempPath, sha256, size);
        }
        catch
        {
            TryDelete(tempPath);
            throw;
        }
    }

    /// <summary>
    /// Two stages on two cores: this one receives the upload into 1 MB buffers; the other hashes each buffer and
    /// writes it, in order. Every <see cref="FlushEvery"/> bytes the file is flushed to disk in the background, so
    /// the final flush (an acknowledged upload survives a power cut) has little left to do. At most
    /// <see cref="BuffersInFlight"/> buffers are in memory, whatever the size of the file.
    /// </summary>
    private static async Task<(string Sha256, long Size)> ReceiveAsync(Stream content, long maxBytes, string tempPath, CancellationToken ct)
    {
        using var handle = File.OpenHandle(tempPath, FileMode.CreateNew, FileAccess.Write, FileShare.None, FileOptions.Asynchronous);
        using var writerFailed = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var filled = Channel.CreateBounded<(byte[] Buffer, int Length)>(new BoundedChannelOptions(BuffersInFlight)
        {
            SingleReader = true,
            SingleWriter = true,
        });
        var writer = Task.Run(() => HashAndWriteAsync(filled.Reader, handle, writerFailed), CancellationToken.None);

        long size = 0;
        try
        {
            while (true)
            {
                var buffer = ArrayPool<byte>.Shared.Rent(BufferSize);
                var length = await FillAsync(content, buffer, writerFailed.Token);
                if (length == 0)
                {
                    ArrayPool<byte>.Shared.Return(buffer);
                    break;
                }

                size += length;
                if (size > maxBytes)
                {
                    ArrayPool<byte>.Shared.Return(buffer);
                    throw new EvidenceTooLargeException(maxBytes);
                }

                await filled.Writer.WriteAsync((buffer, length), writerFailed.Token);
            }
        }
        catch (OperationCanceledException) when (writer.IsFaulted && !ct.IsCancellationRequested)
        {
            // The writing stage failed (disk full, I/O error): that is the real cause, not the cancellation it caused.
            filled.Writer.TryComplete();
            await writer;
            throw;
        }
        catch
        {
            filled.Writer.TryComplete();
            await writerFailed.CancelAsync();
            await Task.WhenAny(writer);
            throw;
        }

        filled.Writer.Complete();
        var sha256 = await writer;
        return (sha256, size);
    }

    private static async Task<string> HashAndWriteAsync(ChannelReader<(byte[] Buffer, int Length)> filled, SafeFileHandle handle,
        CancellationTokenSource failed)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        long offset = 0;
        long flushedUpTo = 0;
        Task flushing = Task.CompletedTask;
        try
        {
            await foreach (var (buffer, length) in filled.ReadAllAsync(failed.Token))
            {
                try
                {
                    hash.AppendData(buffer, 0, length);
                    await RandomAccess.WriteAsync(handle, buffer.AsMemory(0, length), offset, failed.Token);
                    offset += length;
                }
                finally
                {
                    ArrayPool<byte>.Shared.Return(buffer);
                }

                if (offset - flushedUpTo >= FlushEvery && flushing.IsCompleted)
                {
                    await flushing;
                    flushedUpTo = offset;
                    flushing = Task.Run(() => RandomAccess.FlushToDisk(handle), CancellationToken.None);
                }
            }

            await flushing;
            RandomAccess.FlushToDisk(handle);
            return Convert.ToHexStringLower(hash.GetHashAndReset());
        }
        catch
        {
            await failed.CancelAsync();
            await Task.WhenAny(flushing);
            throw;
        }
    }

    /// <summary>Reads until the buffer is full or the upload ends (multipart sections return small pieces).</summary>
    private static async Task<int> FillAsync(Stream content, byte[] buffer, CancellationToken ct)
    {
        var length = 0;
        try
        {
            int read;
            while (length < BufferSize && (read = await content.ReadAsync(buffer.AsMemory(length, BufferSize - length), ct)) > 0)
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
