using System.Security.Cryptography;
using CyberCase.Application.Evidence;
using CyberCase.Infrastructure.Evidence;

namespace CyberCase.Api.Tests.Evidence;

/// <summary>
/// The store on both of its write paths: buffered writes (the default) and O_DIRECT (with Evidence:DirectIo, where the
/// platform and file system take it). Sizes that are not a multiple of the block size check the padded last block and
/// the cut to the real length; sizes of many chunks check that the pipeline keeps the bytes in order while chunks go
/// back to the pool and are rented again (21 MB: more than the channel holds).
/// </summary>
public sealed class LocalEvidenceStoreTests
{
    /// <summary>A store folder of the test's own, removed afterwards (stored files are read-only).</summary>
    private string _root = "";

    [SetUp]
    public void CreateRoot() => _root = Path.Combine(Path.GetTempPath(), "cybercase-store-" + Guid.NewGuid().ToString("N"));

    [TearDown]
    public void RemoveRoot()
    {
        if (!Directory.Exists(_root))
        {
            return;
        }

        foreach (var file in Leftovers())
        {
            File.SetAttributes(file, FileAttributes.Normal);
        }

        Directory.Delete(_root, recursive: true);
    }

    [TestCase(true)]
    [TestCase(false)]
    public async Task Stores_exactly_the_bytes_with_their_hash(bool directIo)
    {
        var store = new LocalEvidenceStore(_root, directIo);
        foreach (var size in new[] { 1, 4095, 4097, (1 << 20) + 12_345, 3 << 20, (9 << 20) + 1, (21 << 20) + 5 })
        {
            var bytes = new byte[size];
            new Random(size).NextBytes(bytes);
            await using var staged = await store.StageAsync(new MemoryStream(bytes), long.MaxValue, CancellationToken.None);
            Assert.That(staged.Size, Is.EqualTo(size));
            Assert.That(staged.Sha256, Is.EqualTo(Convert.ToHexStringLower(SHA256.HashData(bytes))));
            await staged.CommitAsync(CancellationToken.None);
            await using var stored = await store.OpenReadAsync(staged.StorageKey, CancellationToken.None);
            using var copy = new MemoryStream();
            await stored!.CopyToAsync(copy);
            Assert.That(copy.ToArray(), Is.EqualTo(bytes), $"{size} bytes, direct I/O {directIo}");
        }

        Assert.That(Directory.GetFiles(Path.Combine(_root, ".staging"), "*.part", SearchOption.AllDirectories), Is.Empty, "nothing left in staging");
    }

    [TestCase(true)]
    [TestCase(false)]
    public void An_upload_over_the_limit_leaves_nothing(bool directIo)
    {
        var store = new LocalEvidenceStore(_root, directIo);
        Assert.ThrowsAsync<EvidenceTooLargeException>(() => store.StageAsync(new MemoryStream(new byte[(2 << 20) + 1]), 2 << 20, CancellationToken.None));
        Assert.That(Leftovers(), Is.Empty);
    }

    [TestCase(true)]
    [TestCase(false)]
    public void An_upload_that_breaks_off_after_several_buffers_leaves_nothing(bool directIo)
    {
        var store = new LocalEvidenceStore(_root, directIo);
        // Several full buffers are hashed and written (or on their way) when the connection drops.
        var content = new BreaksOffStream(new byte[(5 << 20) + 100], failAfter: (5 << 20) / 2);
        Assert.ThrowsAsync<EvidenceUploadIncompleteException>(() => store.StageAsync(content, long.MaxValue, CancellationToken.None));
        Assert.That(Leftovers(), Is.Empty);
    }

    [Test]
    public void Every_staged_upload_is_removed_and_stored_evidence_kept()
    {
        var store = new LocalEvidenceStore(_root);
        var staging = Path.Combine(_root, ".staging");
        Directory.CreateDirectory(staging);
        // One a killed process left long ago, one it was writing a moment before it stopped: neither survives.
        File.WriteAllBytes(Path.Combine(staging, "old.part"), [1, 2, 3]);
        File.WriteAllBytes(Path.Combine(staging, "recent.part"), [4, 5, 6]);
        File.SetLastWriteTimeUtc(Path.Combine(staging, "old.part"), new DateTime(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc));
        var stored = Path.Combine(_root, "ab", "cd", "abcd" + new string('0', 60));
        Directory.CreateDirectory(Path.GetDirectoryName(stored)!);
        File.WriteAllBytes(stored, [7]);

        Assert.That(store.RemoveStagedUploads(), Is.EqualTo(2));
        Assert.That(Directory.GetFiles(staging), Is.Empty);
        Assert.That(File.Exists(stored), Is.True, "stored evidence is not staging");
    }

    [Test]
    public async Task A_process_starting_on_a_shared_data_folder_keeps_the_uploads_of_a_live_one_and_removes_a_stopped_ones()
    {
        // Two processes on one data folder: the first is receiving an upload (its bytes stop coming for now).
        using var live = new LocalEvidenceStore(_root);
        var stalled = new StalledStream(new byte[StagingPipeline.ChunkSize + 10]);
        using var cancel = new CancellationTokenSource();
        var upload = live.StageAsync(stalled, long.MaxValue, cancel.Token);
        await stalled.Reached;
        string[] Staged() => Directory.GetFiles(Path.Combine(_root, ".staging"), "*.part", SearchOption.AllDirectories);
        Assert.That(Staged(), Has.Length.EqualTo(1));

        using (var second = new LocalEvidenceStore(_root))
        {
            Assert.That(second.RemoveStagedUploads(), Is.Zero, "the live process's upload is left alone");
        }

        Assert.That(Staged(), Has.Length.EqualTo(1));
        // The first process ends (its lock is released, as when it is killed) leaving its staged file behind.
        File.WriteAllBytes(Path.Combine(Path.GetDirectoryName(Staged()[0])!, "left-behind.part"), [1, 2, 3]);
        await cancel.CancelAsync();
        Assert.That(async () => await upload, Throws.InstanceOf<OperationCanceledException>());
        live.Dispose();
        using var restarted = new LocalEvidenceStore(_root);
        Assert.That(restarted.RemoveStagedUploads(), Is.EqualTo(1));
        Assert.That(Directory.GetDirectories(Path.Combine(_root, ".staging")), Is.Empty, "the stopped process's folder is gone");
    }

    /// <summary>Every file under the store but the process's own staging lock.</summary>
    private string[] Leftovers() =>
        Directory.GetFiles(_root, "*", SearchOption.AllDirectories).Where(f => Path.GetFileName(f) != "owner.lock").ToArray();

    /// <summary>Gives its bytes up to the first chunk, then waits until cancelled, like a client whose link dropped.</summary>
    private sealed class StalledStream(byte[] bytes) : Stream
    {
        private readonly TaskCompletionSource _reached = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private int _position;

        public Task Reached => _reached.Task;

        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            if (_position >= StagingPipeline.ChunkSize)
            {
                _reached.TrySetResult();
                await Task.Delay(Timeout.Infinite, cancellationToken);
            }

            var n = Math.Min(buffer.Length, Math.Min(bytes.Length, StagingPipeline.ChunkSize) - _position);
            bytes.AsMemory(_position, n).CopyTo(buffer);
            _position += n;
            return n;
        }

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => _position; set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }

    [TestCase(false, false)]
    [TestCase(true, true)]
    public async Task The_write_path_is_buffered_unless_direct_io_is_asked_for(bool directIo, bool expectDirect)
    {
        if (expectDirect)
        {
            Assume.That(OperatingSystem.IsLinux() && System.Runtime.InteropServices.RuntimeInformation.ProcessArchitecture
                == System.Runtime.InteropServices.Architecture.X64, "O_DIRECT is used on Linux x64 only");
            Assume.That(DirectFileWorksIn(_root), "the temporary folder's file system does not take O_DIRECT (tmpfs)");
        }

        var store = new LocalEvidenceStore(_root, directIo);
        await using var staged = await store.StageAsync(new MemoryStream(new byte[5000]), long.MaxValue, CancellationToken.None);
        Assert.That(((LocalEvidenceStore.StagedFile)staged).WrittenDirect, Is.EqualTo(expectDirect));
    }

    /// <summary>Whether the file system under <paramref name="root"/> takes O_DIRECT at all (tmpfs does not).</summary>
    private static bool DirectFileWorksIn(string root)
    {
        Directory.CreateDirectory(root);
        var probe = Path.Combine(root, "probe");
        var file = DirectFile.TryCreate(probe);
        file?.Dispose();
        File.Delete(probe);
        return file is not null;
    }

    [Test]
    public void A_disk_that_fails_mid_upload_stops_it_with_the_disk_error()
    {
        // The disk fails on the third chunk while the client is still sending: the receiving side stops too.
        var file = new FailingFile(failOnWrite: 3);
        var content = new BreaksOffStream(new byte[40 << 20], failAfter: int.MaxValue);
        var error = Assert.ThrowsAsync<IOException>(() =>
            StagingPipeline.RunAsync(content, long.MaxValue, file, new StagingProgress(0), CancellationToken.None));
        Assert.That(error!.Message, Is.EqualTo("No space left on device"));
        Assert.That(content.Position, Is.LessThan(40 << 20), "the rest of the upload was not received");
    }

    private sealed class FailingFile(int failOnWrite) : IStagingFile
    {
        private int _writes;

        public bool IsDirect => false;

        public void Write(ReadOnlySpan<byte> bytes, long offset)
        {
            if (++_writes == failOnWrite)
            {
                throw new IOException("No space left on device");
            }
        }

        public void Finish(long length) => throw new AssertionException("a failed upload is not finished");

        public void Dispose()
        {
        }
    }

    [Test]
    public void A_cancelled_upload_leaves_nothing()
    {
        var store = new LocalEvidenceStore(_root);
        using var cancel = new CancellationTokenSource();
        var content = new BreaksOffStream(new byte[6 << 20], failAfter: 3 << 20, onFail: cancel.Cancel);
        Assert.CatchAsync<OperationCanceledException>(() => store.StageAsync(content, long.MaxValue, cancel.Token));
        Assert.That(Leftovers(), Is.Empty);
    }

    /// <summary>Serves its bytes in 64 KB reads, then fails (or cancels) once <c>failAfter</c> bytes have been read.</summary>
    private sealed class BreaksOffStream(byte[] bytes, int failAfter, Action? onFail = null) : MemoryStream(bytes)
    {
        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            if (Position >= failAfter)
            {
                if (onFail is null)
                {
                    throw new IOException("The client went away.");
                }

                onFail();
                cancellationToken.ThrowIfCancellationRequested();
            }

            await Task.Yield();
            return await base.ReadAsync(buffer[..Math.Min(buffer.Length, 64 * 1024)], cancellationToken);
        }
    }
}
