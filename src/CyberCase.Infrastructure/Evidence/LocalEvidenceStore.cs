using System.Security.Cryptography;
using CyberCase.Application.Evidence;
using CyberCase.Domain.Evidence;

namespace CyberCase.Infrastructure.Evidence;

/// <summary>
/// Evidence on the local disk, content-addressed under {DataDirectory}/evidence: the file with SHA-256 "ab12..." is
/// stored at ab/12/ab12..., so identical content is stored once. Uploads are written to evidence/.staging (the same
/// file system, so the final move is an atomic rename) by <see cref="StagingPipeline"/>, which hashes the same
/// chunks; only a complete, fsynced file is moved into place, and the folders it is moved into are fsynced after
/// the move. Stored files are made read-only. Writes are buffered; with <c>Evidence:DirectIo</c> they use O_DIRECT
/// where the platform and file system allow it.
/// </summary>
public sealed class LocalEvidenceStore : IEvidenceStore, IDisposable
{
    private const int ReadBufferSize = 1 << 20;
    private const string OwnerLock = "owner.lock";
    private readonly string _stagingRoot;
    private readonly string _staging;
    private readonly Lock _ownerLock = new();
    private FileStream? _owner;

    /// <param name="root">The evidence folder.</param>
    /// <param name="directIo">Write staged uploads with O_DIRECT where possible (off: always buffered).</param>
    public LocalEvidenceStore(string root, bool directIo = false)
    {
        DirectIo = directIo;
        Root = Path.GetFullPath(root);
        // Each process stages in a folder of its own, held by an exclusive lock on a file in it (released by the
        // operating system when the process ends), so that several API processes can share one data folder.
        _stagingRoot = Path.Combine(Root, ".staging");
        _staging = Path.Combine(_stagingRoot, Guid.NewGuid().ToString("N"));
    }

    public string Root { get; }

    /// <summary>O_DIRECT was asked for (<c>Evidence:DirectIo</c>); each staged upload says which path it took.</summary>
    public bool DirectIo { get; }

    /// <summary>
    /// Removes every staged upload of a process that has stopped: called at start-up (<see cref="EvidenceStagingCleanup"/>).
    /// A staging folder whose owner lock can be taken belongs to a process that ended (killed, crashed, restarted)
    /// mid-upload, and goes whole; one whose lock is held belongs to a live process sharing the data folder, and is
    /// left alone. An upload never survives a restart; its client gets an error and sends it again. Answers how many
    /// staged files were removed.
    /// </summary>
    public int RemoveStagedUploads()
    {
        if (!Directory.Exists(_stagingRoot))
        {
            return 0;
        }

        // Loose files: staged before staging folders were per process.
        var removed = Directory.EnumerateFiles(_stagingRoot).Count(TryDelete);
        foreach (var folder in Directory.EnumerateDirectories(_stagingRoot).Where(f => !string.Equals(f, _staging, StringComparison.Ordinal)))
        {
            try
            {
                using (new FileStream(Path.Combine(folder, OwnerLock), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None))
                {
                    removed += Directory.EnumerateFiles(folder).Count(f => !f.EndsWith(OwnerLock, StringComparison.Ordinal) && TryDelete(f));
                }

                Directory.Delete(folder, recursive: true);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // Held: a live process's uploads in progress.
            }
        }

        return removed;
    }

    /// <summary>This process's staging folder, created and locked on first use.</summary>
    private string OwnStaging()
    {
        lock (_ownerLock)
        {
            if (_owner is null)
            {
                Directory.CreateDirectory(_staging);
                _owner = new FileStream(Path.Combine(_staging, OwnerLock), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }

            return _staging;
        }
    }

    /// <summary>Releases the staging folder's lock (the process's end does the same).</summary>
    public void Dispose()
    {
        lock (_ownerLock)
        {
            _owner?.Dispose();
            _owner = null;
        }
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
        var tempPath = Path.Combine(OwnStaging(), Guid.NewGuid().ToString("N") + ".part");
        try
        {
            using var sha256 = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
            var progress = new StagingProgress(0, sha256);
            using var file = (DirectIo ? DirectFile.TryCreate(tempPath) : null) ?? (IStagingFile)new BufferedFile(tempPath);
            await StagingPipeline.RunAsync(content, maxBytes, file, progress, ct);
            return new StagedFile(this, tempPath, Convert.ToHexStringLower(sha256.GetHashAndReset()), progress.Offset,
                progress.Head.ToArray(), file.IsDirect);
        }
        catch
        {
            TryDelete(tempPath);
            throw;
        }
    }

    /// <summary>
    /// A file received and hashed elsewhere on this store's file system (a resumable upload), to be recorded like any
    /// staged upload: committed, it moves into place; disposed uncommitted, it is deleted, and
    /// <paramref name="released"/> runs either way.
    /// </summary>
    internal IStagedEvidence Adopt(string path, string sha256, long size, ReadOnlyMemory<byte> head, Action released) =>
        new StagedFile(this, path, sha256, size, head, writtenDirect: false, released);

    public Task<Stream?> OpenReadAsync(string storageKey, CancellationToken ct)
    {
        try
        {
            Stream stream = new FileStream(PathOf(storageKey), FileMode.Open, FileAccess.Read, FileShare.Read, ReadBufferSize,
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

        if (!OperatingSystem.IsWindows())
        {
            // Before the move, so the stored file is never writable under its name.
            File.SetUnixFileMode(tempPath, UnixFileMode.UserRead | UnixFileMode.GroupRead);
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

        // The new name, and ab/ and ab/cd/ if they were just created, are on the disk before the record is.
        DurableFiles.FlushFolders(target, Root);
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

    internal sealed class StagedFile(LocalEvidenceStore store, string tempPath, string sha256, long size,
        ReadOnlyMemory<byte> head, bool writtenDirect, Action? released = null)
        : IStagedEvidence
    {
        /// <summary>Written with O_DIRECT (asked for and possible), or buffered.</summary>
        public bool WrittenDirect { get; } = writtenDirect;

        /// <summary>Moved into place; otherwise the staged file is deleted on disposal (failed, or a duplicate).</summary>
        private bool _committed;

        public string Sha256 { get; } = sha256;
        public long Size { get; } = size;
        public ReadOnlyMemory<byte> Head { get; } = head;
        public string StorageKey => Sha256;

        public Task CommitAsync(CancellationToken ct)
        {
            ct.ThrowIfCancellationRequested();
            _committed = store.Commit(tempPath, StorageKey);
            return Task.CompletedTask;
        }

        private bool _disposed;

        public ValueTask DisposeAsync()
        {
            if (_disposed)
            {
                return ValueTask.CompletedTask;
            }

            _disposed = true;
            if (!_committed)
            {
                TryDelete(tempPath);
            }

            released?.Invoke();
            return ValueTask.CompletedTask;
        }
    }
}
