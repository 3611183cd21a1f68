using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text.Json;
using CyberCase.Application.Common;
using CyberCase.Application.Evidence;
using CyberCase.Domain.Evidence;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CyberCase.Infrastructure.Evidence;

/// <summary>What a resumable upload is for and how far it has come, as kept in its info.json.</summary>
public sealed record ResumableUpload(Guid Id, Guid OfficerId, string OwnerType, string OwnerId, string FileName,
    string? Description, long Length, long Offset, DateTimeOffset CreatedAt, DateTimeOffset LastActivity,
    Guid? EvidenceId = null, string? Sha256 = null)
{
    public bool Completed => EvidenceId is not null;
}

/// <summary>
/// The resumable (tus) uploads of the evidence folder, in <c>evidence/.uploads/&lt;id&gt;/</c>: <c>info.json</c>
/// (owner, file name, length, the acknowledged offset, the last activity) and <c>data</c> (the bytes so far), on the
/// store's file system so that the finished file moves into place with a rename. Unlike the per-process staging of
/// one-request uploads, these survive a restart of the process, which is their point; they go when finished,
/// terminated, or abandoned for <see cref="EvidenceOptions.ResumableUploadExpiryHours"/>.
///
/// The file is hashed as it arrives. Within a process the SHA-256 state of each upload stays in memory between its
/// PATCH requests (an <see cref="IncrementalHash"/> cannot be written to disk), so a resume costs nothing. After a
/// restart, or when another process sharing the folder received the last chunk, the state is gone or behind: the
/// acknowledged prefix is then read back from the disk and hashed once before the next chunk is taken.
///
/// A PATCH holds the data file open exclusively (a lock the operating system releases however the process ends), so
/// one request at a time writes an upload, across processes. The acknowledged offset is written to info.json only
/// after the data up to it is flushed to the disk; bytes past it (a process killed mid-chunk) are cut off when the
/// next PATCH starts.
/// </summary>
public sealed partial class ResumableUploads(LocalEvidenceStore store, IOptions<EvidenceOptions> options, TimeProvider clock,
    ILogger<ResumableUploads> logger)
{
    private const string InfoFile = "info.json";
    private const string DataFile = "data";
    private const int RehashBufferSize = 1 << 20;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>Staged beside the local store, on its file system, so that a finished file moves into place with a rename.</summary>
    private readonly LocalEvidenceStore _store = store;

    private readonly ConcurrentDictionary<Guid, Live> _live = new();

    public string Root => Path.Combine(_store.Root, ".uploads");

    /// <summary>How many bytes were re-read from the disk to rebuild a hash state (after a restart), for tests and logs.</summary>
    public long BytesRehashed => Interlocked.Read(ref _bytesRehashed);

    private long _bytesRehashed;

    private EvidenceOptions Limits => options.Value;

    public async Task<ResumableUpload> CreateAsync(Guid officerId, string ownerType, string ownerId, string fileName,
        string? description, long length, CancellationToken ct)
    {
        var open = RemoveExpiredAndList().Count(u => u.OfficerId == officerId && !u.Completed);
        if (open >= Limits.MaxResumableUploadsPerOfficer)
        {
            throw new ResumableUploadException(429, "Evidence.TooManyUploads",
                $"You have {open} unfinished uploads; finish or cancel one of them first, or wait until it expires.");
        }

        var now = clock.GetUtcNow();
        var upload = new ResumableUpload(Guid.CreateVersion7(now), officerId, ownerType, ownerId, fileName, description,
            length, 0, now, now);
        var folder = FolderOf(upload.Id);
        Directory.CreateDirectory(folder);
        await using (File.Create(Path.Combine(folder, DataFile)))
        {
            // Empty until the first PATCH.
        }

        WriteInfo(upload, durable: true);
        DurableFiles.FlushFolders(Path.Combine(folder, InfoFile), _store.Root);
        return upload;
    }

    /// <summary>The officer's upload as it stands (a PATCH of it in this process ended first), or 404.</summary>
    public async Task<ResumableUpload> GetAsync(Guid id, Guid officerId, CancellationToken ct)
    {
        var upload = Find(id, officerId);
        if (_live.TryGetValue(id, out var live))
        {
            // A client that comes back asks where it stands: a PATCH it abandoned (the connection dropped without the
            // server noticing) is ended first, so the answer is the offset the next PATCH will be checked against.
            await live.EndCurrentAsync(ct);
            upload = Find(id, officerId);
        }

        return upload;
    }

    /// <summary>
    /// Appends a PATCH body at <paramref name="offset"/>. Answers the upload after it; when that is complete, also the
    /// finished file, to be recorded by the UploadEvidence command (the caller then calls <see cref="Complete"/>).
    /// </summary>
    public async Task<(ResumableUpload Upload, IStagedEvidence? Finished)> AppendAsync(Guid id, Guid officerId, long offset,
        Stream body, long? bodyLength, byte[]? checksum, CancellationToken ct)
    {
        var upload = Find(id, officerId);
        if (upload.Completed)
        {
            throw OffsetMismatch(upload);
        }

        var live = _live.GetOrAdd(id, _ => new Live());
        await live.EndCurrentAsync(ct);
        using var request = CancellationTokenSource.CreateLinkedTokenSource(ct);
        await live.Gate.WaitAsync(ct);
        live.Current = request;
        var keepLive = true;
        try
        {
            using var file = BufferedFile.TryOpenExclusive(Path.Combine(FolderOf(id), DataFile))
                ?? throw new ResumableUploadException(423, "Upload.Busy",
                    "Another request is writing this upload; ask for its offset again (HEAD) in a moment.");
            // Read again under the lock: another process may have appended since.
            upload = Find(id, officerId);
            if (upload.Completed || offset != upload.Offset)
            {
                throw OffsetMismatch(upload);
            }

            if (offset + bodyLength > upload.Length)
            {
                throw new ResumableUploadException(413, "Upload.BeyondLength",
                    $"The chunk would take the upload past its Upload-Length of {upload.Length:N0} bytes.");
            }

            if (file.Length != upload.Offset)
            {
                // Bytes past the acknowledged offset: a chunk whose process ended before it was acknowledged.
                file.CutTo(upload.Offset);
            }

            var hash = live.HashAt(upload.Offset) ?? Rehash(file, upload.Offset, live);
            using var before = checksum is null ? null : hash.Clone();
            using var chunkHash = checksum is null ? null : IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
            var progress = chunkHash is null ? new StagingProgress(offset, hash) : new StagingProgress(offset, hash, chunkHash);
            file.StartAt(offset);
            try
            {
                await StagingPipeline.RunAsync(body, upload.Length - offset, file, progress, request.Token);
            }
            catch (Exception received)
            {
                // Without a checksum, whatever arrived whole is kept (tus: a broken PATCH still moves the offset on);
                // with one, the chunk cannot be checked, so all of it goes.
                var kept = checksum is null ? progress.Offset : offset;
                if (!TryKeep(file, kept, live, checksum is null ? hash : before!.Clone()))
                {
                    keepLive = false;
                }

                upload = upload with { Offset = kept, LastActivity = clock.GetUtcNow() };
                WriteInfo(upload, durable: false);
                if (received is EvidenceTooLargeException)
                {
                    throw new ResumableUploadException(413, "Upload.BeyondLength",
                        $"The chunk would take the upload past its Upload-Length of {upload.Length:N0} bytes.");
                }

                if (received is OperationCanceledException && !ct.IsCancellationRequested)
                {
                    // Ended by a newer request for the upload (its client came back on another connection): nobody
                    // waits for this answer, but it is not a failure of the server.
                    throw new ResumableUploadException(409, "Upload.Superseded",
                        $"A newer request for this upload ended this one at offset {kept:N0}.");
                }

                throw;
            }

            if (checksum is not null && !CryptographicOperations.FixedTimeEquals(chunkHash!.GetHashAndReset(), checksum))
            {
                file.CutTo(offset);
                live.Keep(before!.Clone(), offset);
                throw new ResumableUploadException(460, "Upload.ChecksumMismatch",
                    "The chunk does not match its Upload-Checksum and was discarded; send it again from the same offset.");
            }

            live.Keep(hash, progress.Offset);
            upload = upload with { Offset = progress.Offset, LastActivity = clock.GetUtcNow() };
            WriteInfo(upload, durable: false);
            if (offset < EvidenceMediaType.HeadLength)
            {
                CheckType(file, upload);
            }

            if (upload.Offset < upload.Length)
            {
                return (upload, null);
            }

            var sha256 = Convert.ToHexStringLower(hash.GetHashAndReset());
            keepLive = false;
            return (upload, _store.Adopt(Path.Combine(FolderOf(id), DataFile), sha256, upload.Length, ReadHead(file, upload.Length),
                released: () => { }));
        }
        finally
        {
            live.Current = null;
            if (!keepLive)
            {
                live.Forget();
            }

            live.Gate.Release();
        }
    }

    /// <summary>The finished upload was recorded: what is left is a marker with the evidence id, until it expires.</summary>
    public void Complete(ResumableUpload upload, Guid evidenceId, string sha256)
    {
        ForgetLive(upload.Id);
        WriteInfo(upload with { EvidenceId = evidenceId, Sha256 = sha256, LastActivity = clock.GetUtcNow() }, durable: false);
    }

    /// <summary>Termination (tus DELETE), or a finished upload that was refused when recorded.</summary>
    public async Task DeleteAsync(Guid id, Guid officerId, CancellationToken ct)
    {
        _ = Find(id, officerId);
        if (_live.TryGetValue(id, out var live))
        {
            await live.EndCurrentAsync(ct);
        }

        using (var file = BufferedFile.TryOpenExclusive(Path.Combine(FolderOf(id), DataFile)))
        {
            if (file is null && File.Exists(Path.Combine(FolderOf(id), DataFile)))
            {
                throw new ResumableUploadException(423, "Upload.Busy", "Another request is writing this upload; try again in a moment.");
            }
        }

        ForgetLive(id);
        TryRemove(FolderOf(id));
    }

    /// <summary>
    /// Removes every upload abandoned for longer than the expiry (and not being written): at start-up and whenever an
    /// upload is created. Answers how many went.
    /// </summary>
    public int RemoveExpired() => RemoveExpiredAndList(answerRemoved: true).Count;

    /// <summary>Removes the expired uploads; answers the ones kept (or, with <paramref name="answerRemoved"/>, the removed).</summary>
    private List<ResumableUpload> RemoveExpiredAndList(bool answerRemoved = false)
    {
        var kept = new List<ResumableUpload>();
        var removed = new List<ResumableUpload>();
        if (!Directory.Exists(Root))
        {
            return kept;
        }

        foreach (var folder in Directory.EnumerateDirectories(Root))
        {
            if (ReadInfo(folder) is not { } upload)
            {
                // No readable info: a creation killed before its info was written.
                if (Directory.GetLastWriteTimeUtc(folder) < clock.GetUtcNow().UtcDateTime - TimeSpan.FromHours(1))
                {
                    TryRemove(folder);
                }

                continue;
            }

            if (!IsExpired(upload))
            {
                kept.Add(upload);
                continue;
            }

            using (var file = BufferedFile.TryOpenExclusive(Path.Combine(folder, DataFile)))
            {
                if (file is null && File.Exists(Path.Combine(folder, DataFile)))
                {
                    continue; // being written right now: not abandoned after all
                }
            }

            ForgetLive(upload.Id);
            TryRemove(folder);
            removed.Add(upload);
        }

        if (removed.Count > 0)
        {
            LogExpired(removed.Count, Root);
        }

        return answerRemoved ? removed : kept;
    }

    private ResumableUpload Find(Guid id, Guid officerId)
    {
        // Another officer's upload, or another station's, is not there for them: 404, as for a missing one.
        if (ReadInfo(FolderOf(id)) is { } upload && upload.OfficerId == officerId && !IsExpired(upload))
        {
            return upload;
        }

        throw new NotFoundException("Upload", id);
    }

    private bool IsExpired(ResumableUpload upload) =>
        upload.LastActivity + TimeSpan.FromHours(Limits.ResumableUploadExpiryHours) <= clock.GetUtcNow();

    public DateTimeOffset ExpiresAt(ResumableUpload upload) => upload.LastActivity + TimeSpan.FromHours(Limits.ResumableUploadExpiryHours);

    /// <summary>The first bytes decide the type, as for any upload: a type that is not allowed ends the upload at once (415).</summary>
    private void CheckType(BufferedFile file, ResumableUpload upload)
    {
        if (upload.Offset < Math.Min(EvidenceMediaType.HeadLength, upload.Length))
        {
            return;
        }

        try
        {
            EvidenceStaging.CheckHead(ReadHead(file, upload.Offset).Span, Limits);
        }
        catch (EvidenceMediaTypeNotAllowedException)
        {
            file.Dispose();
            ForgetLive(upload.Id);
            TryRemove(FolderOf(upload.Id));
            throw;
        }
    }

    private static ReadOnlyMemory<byte> ReadHead(BufferedFile file, long available)
    {
        var head = new byte[Math.Min(EvidenceMediaType.HeadLength, available)];
        var filled = 0;
        while (filled < head.Length && file.Read(head.AsSpan(filled), filled) is > 0 and var read)
        {
            filled += read;
        }

        return head.AsMemory(0, filled);
    }

    /// <summary>Rebuilds the SHA-256 state of the acknowledged prefix from the disk (after a restart, or another process's chunk).</summary>
    private IncrementalHash Rehash(BufferedFile file, long length, Live live)
    {
        var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var buffer = System.Buffers.ArrayPool<byte>.Shared.Rent(RehashBufferSize);
        try
        {
            long position = 0;
            while (position < length)
            {
                var read = file.Read(buffer.AsSpan(0, (int)Math.Min(buffer.Length, length - position)), position);
                if (read == 0)
                {
                    throw new IOException("The upload's data file is shorter than its acknowledged offset.");
                }

                hash.AppendData(buffer.AsSpan(0, read));
                position += read;
            }
        }
        finally
        {
            System.Buffers.ArrayPool<byte>.Shared.Return(buffer);
        }

        Interlocked.Add(ref _bytesRehashed, length);
        live.Keep(hash, length);
        return hash;
    }

    /// <summary>After a broken chunk: the file cut back to what is kept, flushed, and the hash state at that point.</summary>
    private static bool TryKeep(BufferedFile file, long kept, Live live, IncrementalHash hashAtKept)
    {
        try
        {
            file.CutTo(kept);
            live.Keep(hashAtKept, kept);
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // The disk refused: the next PATCH re-reads what is there.
            hashAtKept.Dispose();
            return false;
        }
    }

    private static ResumableUploadException OffsetMismatch(ResumableUpload upload) =>
        new(409, "Upload.OffsetMismatch", upload.Completed
            ? "The upload is complete."
            : $"The upload is at offset {upload.Offset:N0}; ask for it (HEAD) and send from there.");

    private string FolderOf(Guid id) => Path.Combine(Root, id.ToString("N"));

    private static ResumableUpload? ReadInfo(string folder)
    {
        try
        {
            return JsonSerializer.Deserialize<ResumableUpload>(File.ReadAllBytes(Path.Combine(folder, InfoFile)), Json);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or JsonException)
        {
            return null;
        }
    }

    /// <summary>
    /// Replaces info.json whole (written aside, then renamed over it). Only the creation is flushed: a later info.json
    /// lost in a power cut leaves an older, smaller offset, whose data is on the disk (flushed before the info was
    /// written), so the client resends a little more.
    /// </summary>
    private void WriteInfo(ResumableUpload upload, bool durable)
    {
        var folder = FolderOf(upload.Id);
        var temp = Path.Combine(folder, InfoFile + ".new");
        using (var stream = new FileStream(temp, FileMode.Create, FileAccess.Write, FileShare.None))
        {
            JsonSerializer.Serialize(stream, upload, Json);
            if (durable)
            {
                stream.Flush(flushToDisk: true);
            }
        }

        File.Move(temp, Path.Combine(folder, InfoFile), overwrite: true);
    }

    private void ForgetLive(Guid id)
    {
        if (_live.TryRemove(id, out var live))
        {
            live.Forget();
        }
    }

    private static void TryRemove(string folder)
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Left for the next sweep.
        }
    }

    [LoggerMessage(LogLevel.Information, "Removed {Count} abandoned resumable upload(s) from {Root}.")]
    private partial void LogExpired(int count, string root);

    /// <summary>An upload's state in this process: its hash so far (and at which offset), and the PATCH writing it.</summary>
    private sealed class Live
    {
        private readonly Lock _lock = new();
        private IncrementalHash? _hash;
        private long _offset;

        public SemaphoreSlim Gate { get; } = new(1, 1);

        public CancellationTokenSource? Current { get; set; }

        /// <summary>The hash state if it is at <paramref name="offset"/> (else another process wrote since, or none yet).</summary>
        public IncrementalHash? HashAt(long offset)
        {
            lock (_lock)
            {
                return _hash is not null && _offset == offset ? _hash : null;
            }
        }

        public void Keep(IncrementalHash hash, long offset)
        {
            lock (_lock)
            {
                if (!ReferenceEquals(_hash, hash))
                {
                    _hash?.Dispose();
                }

                _hash = hash;
                _offset = offset;
            }
        }

        public void Forget()
        {
            lock (_lock)
            {
                _hash?.Dispose();
                _hash = null;
            }
        }

        /// <summary>Ends the PATCH in progress, if any, and waits until it has let go of the upload.</summary>
        public async Task EndCurrentAsync(CancellationToken ct)
        {
            if (Current is { } current)
            {
                try
                {
                    await current.CancelAsync();
                }
                catch (ObjectDisposedException)
                {
                    // It ended meanwhile.
                }
            }

            await Gate.WaitAsync(ct);
            Gate.Release();
        }
    }
}
