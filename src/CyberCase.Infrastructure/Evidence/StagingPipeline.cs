using System.Buffers;
using System.Runtime.ExceptionServices;
using System.Threading.Channels;
using System.Security.Cryptography;
using CyberCase.Application.Evidence;
using CyberCase.Domain.Evidence;

namespace CyberCase.Infrastructure.Evidence;

/// <summary>
/// Receive -> hash -> write, for one upload. The request's own flow receives the body into pooled 1 MB chunks and
/// hands each over a small bounded channel; one consumer task hashes each chunk and writes it at its offset, in
/// order, then flushes the file. So receiving overlaps hashing and writing on two cores, memory is at most
/// <see cref="Depth"/> + 2 chunks per upload (borrowed from <see cref="ArrayPool{T}.Shared"/> and given back), and an
/// upload has at most one thread-pool thread of its own, and that only while it has bytes to hash: a stalled upload
/// waits on its socket and holds no thread at all.
/// </summary>
internal static class StagingPipeline
{
    public const int ChunkSize = 1 << 20;

    /// <summary>Chunks received and waiting to be hashed and written; the receiving side waits when they are all full.</summary>
    private const int Depth = 4;

    /// <summary>
    /// Receives <paramref name="content"/> to its end into <paramref name="file"/> from <see cref="StagingProgress.Offset"/>
    /// on, each chunk written and then added to every hash of <paramref name="progress"/>, so that on any failure the
    /// progress says how far the file and the hashes agree (whole chunks). Throws <see cref="EvidenceTooLargeException"/>
    /// past <paramref name="maxBytes"/> of content. The file is flushed to the disk when the content has ended.
    /// </summary>
    public static async Task RunAsync(Stream content, long maxBytes, IStagingFile file, StagingProgress progress,
        CancellationToken ct)
    {
        var chunks = Channel.CreateBounded<Chunk>(new BoundedChannelOptions(Depth) { SingleReader = true, SingleWriter = true });
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var consumer = Task.Run(() => HashAndWriteAsync(chunks.Reader, file, progress, stop), CancellationToken.None);
        long size = 0;
        try
        {
            int length;
            do
            {
                var chunk = Chunk.Rent(file.IsDirect);
                try
                {
                    length = await FillAsync(content, chunk.Memory, stop.Token);
                    size += length;
                    if (size > maxBytes)
                    {
                        throw new EvidenceTooLargeException(maxBytes);
                    }

                    chunk.Length = length;
                    if (length > 0)
                    {
                        await chunks.Writer.WriteAsync(chunk, stop.Token);
                        // The consumer gives it back.
                        chunk = null;
                    }
                }
                finally
                {
                    chunk?.Return();
                }
            }
            // A short fill is the end of the upload.
            while (length == ChunkSize);

            chunks.Writer.Complete();
            await consumer;
        }
        catch (Exception received)
        {
            chunks.Writer.TryComplete();
            await stop.CancelAsync();
            // No write outlives the upload (the staged file is deleted when this returns), and a chunk left in the
            // channel goes back to the pool.
            Exception? written = null;
            try
            {
                await consumer;
            }
            catch (Exception e)
            {
                written = e;
            }

            while (chunks.Reader.TryRead(out var left))
            {
                left.Return();
            }

            if (received is OperationCanceledException && written is not (null or OperationCanceledException))
            {
                // The disk refused (full, I/O error) and stopped the receiving side: report the disk's error.
                ExceptionDispatchInfo.Throw(written);
            }

            // Otherwise the consumer stopped because the receiving side did.
            throw;
        }
    }

    private static async Task HashAndWriteAsync(ChannelReader<Chunk> chunks, IStagingFile file, StagingProgress progress,
        CancellationTokenSource stop)
    {
        try
        {
            await foreach (var chunk in chunks.ReadAllAsync(stop.Token))
            {
                try
                {
                    var bytes = chunk.Memory.Span[..chunk.Length];
                    // Written first, then hashed: a write that fails leaves the hashes at the bytes on the disk.
                    file.Write(chunk.WriteSpan(file.IsDirect), progress.Offset);
                    progress.Append(bytes);
                }
                finally
                {
                    chunk.Return();
                }
            }

            // On disk before it is recorded (or acknowledged to a resumable upload's client): it survives a power cut.
            file.Finish(progress.Offset);
        }
        catch
        {
            // The receiving side stops at its next read or hand-over.
            await stop.CancelAsync();
            throw;
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

    /// <summary>
    /// One pooled buffer. For O_DIRECT it is rented a block larger and used from its first block-aligned byte, pinned
    /// while the chunk is in use (the alignment must hold until the write), so no memory is pinned between uploads.
    /// </summary>
    private sealed class Chunk
    {
        private readonly byte[] _array;
        private readonly int _start;
        private MemoryHandle _pin;

        private Chunk(byte[] array, int start, MemoryHandle pin)
        {
            _array = array;
            _start = start;
            _pin = pin;
        }

        public int Length { get; set; }

        public Memory<byte> Memory => _array.AsMemory(_start, ChunkSize);

        public static unsafe Chunk Rent(bool aligned)
        {
            if (!aligned)
            {
                return new Chunk(ArrayPool<byte>.Shared.Rent(ChunkSize), 0, default);
            }

            var array = ArrayPool<byte>.Shared.Rent(ChunkSize + DirectFile.Alignment);
            var pin = array.AsMemory().Pin();
            var misalignment = (int)((nuint)pin.Pointer % DirectFile.Alignment);
            return new Chunk(array, misalignment == 0 ? 0 : DirectFile.Alignment - misalignment, pin);
        }

        /// <summary>The bytes to write: for O_DIRECT the last, partial block is padded with zeros to a whole one.</summary>
        public ReadOnlySpan<byte> WriteSpan(bool direct)
        {
            if (!direct)
            {
                return Memory.Span[..Length];
            }

            var blocks = (Length + DirectFile.Alignment - 1) / DirectFile.Alignment * DirectFile.Alignment;
            Memory.Span[Length..blocks].Clear();
            return Memory.Span[..blocks];
        }

        public void Return()
        {
            _pin.Dispose();
            _pin = default;
            ArrayPool<byte>.Shared.Return(_array);
        }
    }
}

/// <summary>
/// How far a staged file has been written and hashed: the offset, the hashes carried along (the file's SHA-256, and
/// for a resumable upload's chunk with Upload-Checksum the chunk's own) and the file's first bytes, which tell its type.
/// </summary>
internal sealed class StagingProgress(long offset, params IncrementalHash[] hashes)
{
    private readonly byte[] _head = new byte[EvidenceMediaType.HeadLength];

    public long Offset { get; private set; } = offset;

    /// <summary>The file's first bytes, as far as they passed through here.</summary>
    public ReadOnlyMemory<byte> Head => _head.AsMemory(0, (int)Math.Min(Offset, _head.Length));

    public void Append(ReadOnlySpan<byte> bytes)
    {
        if (Offset < _head.Length)
        {
            var n = (int)Math.Min(bytes.Length, _head.Length - Offset);
            bytes[..n].CopyTo(_head.AsSpan((int)Offset));
        }

        foreach (var hash in hashes)
        {
            hash.AppendData(bytes);
        }

        Offset += bytes.Length;
    }
}
