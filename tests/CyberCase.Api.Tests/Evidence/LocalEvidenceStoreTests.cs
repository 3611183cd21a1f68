using System.Security.Cryptography;
using CyberCase.Application.Evidence;
using CyberCase.Infrastructure.Evidence;

namespace CyberCase.Api.Tests.Evidence;

/// <summary>
/// The store on both of its write paths: O_DIRECT (where the platform and file system take it) and buffered writes.
/// Sizes that are not a multiple of the block size check the padded last block and the cut to the real length; sizes of
/// several buffers check that the pipelined hashing and writing keep the bytes in order and reuse buffers correctly
/// (21 MB: the small first buffer and three full ones, then reused ones, the small one replaced by a full one).
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

        foreach (var file in Directory.GetFiles(_root, "*", SearchOption.AllDirectories))
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

        Assert.That(Directory.GetFiles(Path.Combine(_root, ".staging")), Is.Empty, "nothing left in staging");
    }

    [TestCase(true)]
    [TestCase(false)]
    public void An_upload_over_the_limit_leaves_nothing(bool directIo)
    {
        var store = new LocalEvidenceStore(_root, directIo);
        Assert.ThrowsAsync<EvidenceTooLargeException>(() => store.StageAsync(new MemoryStream(new byte[(2 << 20) + 1]), 2 << 20, CancellationToken.None));
        Assert.That(Directory.GetFiles(_root, "*", SearchOption.AllDirectories), Is.Empty);
    }

    [TestCase(true)]
    [TestCase(false)]
    public void An_upload_that_breaks_off_after_several_buffers_leaves_nothing(bool directIo)
    {
        var store = new LocalEvidenceStore(_root, directIo);
        // Several full buffers are hashed and written (or on their way) when the connection drops.
        var content = new BreaksOffStream(new byte[(5 << 20) + 100], failAfter: (5 << 20) / 2);
        Assert.ThrowsAsync<EvidenceUploadIncompleteException>(() => store.StageAsync(content, long.MaxValue, CancellationToken.None));
        Assert.That(Directory.GetFiles(_root, "*", SearchOption.AllDirectories), Is.Empty);
    }

    [Test]
    public void Uploads_abandoned_in_staging_by_a_killed_process_are_removed_and_live_ones_kept()
    {
        var store = new LocalEvidenceStore(_root);
        var staging = Path.Combine(_root, ".staging");
        Directory.CreateDirectory(staging);
        var abandoned = Path.Combine(staging, "abandoned.part");
        var live = Path.Combine(staging, "live.part");
        File.WriteAllBytes(abandoned, [1, 2, 3]);
        File.WriteAllBytes(live, [4, 5, 6]);
        var now = new DateTimeOffset(2026, 11, 30, 12, 0, 0, TimeSpan.Zero);
        File.SetLastWriteTimeUtc(abandoned, now.UtcDateTime.AddDays(-2));
        File.SetLastWriteTimeUtc(live, now.UtcDateTime.AddMinutes(-5));

        Assert.That(store.RemoveAbandonedUploads(now - LocalEvidenceStore.AbandonedAfter), Is.EqualTo(1));
        Assert.That(File.Exists(abandoned), Is.False, "two days old: abandoned");
        Assert.That(File.Exists(live), Is.True, "written five minutes ago: an upload in progress");
    }

    [Test]
    public void A_cancelled_upload_leaves_nothing()
    {
        var store = new LocalEvidenceStore(_root);
        using var cancel = new CancellationTokenSource();
        var content = new BreaksOffStream(new byte[6 << 20], failAfter: 3 << 20, onFail: cancel.Cancel);
        Assert.CatchAsync<OperationCanceledException>(() => store.StageAsync(content, long.MaxValue, cancel.Token));
        Assert.That(Directory.GetFiles(_root, "*", SearchOption.AllDirectories), Is.Empty);
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
