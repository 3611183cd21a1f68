using System.Runtime.ExceptionServices;
using System.Security.Cryptography;
using System.Threading.Channels;

namespace CyberCase.Infrastructure.Evidence;

/// <summary>
/// Hashes and writes an upload's buffers on two threads of its own while the caller receives the next buffer:
/// SHA-256 of buffer N (one core) runs alongside receiving buffer N+1 (the other core), and the O_DIRECT write of
/// buffer N, where the thread waits for the disk rather than the CPU. The hash and the write of a buffer run side by
/// side (the write does not wait for the hash), so a buffer is busy for the longer of the two, not their sum; it is
/// free again when both are done. Each stage takes the buffers in order, so the hash sees the bytes in order and each
/// buffer lands at its own offset. At most <see cref="Depth"/> buffers exist per upload, allocated as needed (a small
/// upload uses one).
/// </summary>
internal sealed class HashingDirectWriter : IAsyncDisposable
{
    // 4 MB buffers: at queue depth 1 the disk writes 4 MB blocks faster than 1 MB ones, and the writing thread
    // needs a quarter of the wake-ups on cores busy with the upload (a 1 GB upload: 5% faster on average, and its
    // slow runs under 1.05 s instead of up to 1.3 s, in 16 alternating uploads against 8 buffers of 1 MB). The
    // first buffer is 1 MB, so a photo or a scanned memo does not take 4 MB of pinned memory.
    private const int BufferSize = 4 << 20;
    private const int FirstBufferSize = 1 << 20;
    private const int Depth = 4;

    private readonly DirectFile _file;
    private readonly IncrementalHash _hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
    private readonly Channel<AlignedBuffer> _free = Channel.CreateUnbounded<AlignedBuffer>();
    private readonly StageQueue<Chunk> _toHash = new(), _toWrite = new();
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _hashing, _writing;
    private int _allocated;
    private Exception? _failure;
    private bool _completed;

    public HashingDirectWriter(DirectFile file)
    {
        _file = file;
        _hashing = Task.Factory.StartNew(HashAll, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        _writing = Task.Factory.StartNew(WriteAll, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
    }

    /// <summary>A free buffer (of <see cref="BufferSize"/> bytes, the first of an upload smaller); waits while all of them are being hashed or written.</summary>
    public async ValueTask<AlignedBuffer> RentAsync(CancellationToken ct)
    {
        ThrowIfFailed();
        if (_free.Reader.TryRead(out var buffer))
        {
            return Full(buffer);
        }

        if (_allocated < Depth)
        {
            _allocated++;
            return new AlignedBuffer(_allocated == 1 ? FirstBufferSize : BufferSize);
        }

        using var linked = CancellationTokenSource.CreateLinkedTokenSource(ct, _stop.Token);
        try
        {
            return Full(await _free.Reader.ReadAsync(linked.Token));
        }
        catch (OperationCanceledException) when (_failure is not null)
        {
            ThrowIfFailed();
            throw;
        }
    }

    /// <summary>An upload that got past its small first buffer is a large one: that buffer is replaced by a full one.</summary>
    private static AlignedBuffer Full(AlignedBuffer buffer) => buffer.Size == BufferSize ? buffer : new AlignedBuffer(BufferSize);

    /// <summary>Hands over the first <paramref name="length"/> bytes of a rented buffer, which belong at <paramref name="offset"/>.</summary>
    public void Submit(AlignedBuffer buffer, int length, long offset)
    {
        ThrowIfFailed();
        // O_DIRECT writes whole blocks: a short (last) buffer is padded with zeros; the file is cut to size afterwards.
        var blocks = (length + DirectFile.Alignment - 1) / DirectFile.Alignment * DirectFile.Alignment;
        buffer.Memory.Span[length..blocks].Clear();
        var chunk = new Chunk(buffer, length, blocks, offset);
        _toHash.Add(chunk);
        _toWrite.Add(chunk);
    }

    /// <summary>Gives back a rented buffer that received nothing.</summary>
    public void Return(AlignedBuffer buffer) => _free.Writer.TryWrite(buffer);

    /// <summary>Waits until every submitted buffer is hashed and written; answers the SHA-256 (hex) of all of them.</summary>
    public async Task<string> CompleteAsync()
    {
        _toHash.CompleteAdding();
        _toWrite.CompleteAdding();
        await Task.WhenAll(_hashing, _writing);
        ThrowIfFailed();
        _completed = true;
        return Convert.ToHexStringLower(_hash.GetHashAndReset());
    }

    /// <summary>Stops both stages (after an error or a cancelled upload) and waits for them, so no write outlives the file.</summary>
    public async ValueTask DisposeAsync()
    {
        if (!_completed)
        {
            await _stop.CancelAsync();
            _toHash.Stop();
            _toWrite.Stop();
            await Task.WhenAll(_hashing, _writing);
        }

        _stop.Dispose();
        _hash.Dispose();
    }

    private void HashAll()
    {
        try
        {
            while (_toHash.Take() is { } chunk)
            {
                _hash.AppendData(chunk.Buffer.Memory.Span[..chunk.Length]);
                Release(chunk);
            }
        }
        catch (Exception e)
        {
            Fail(e);
        }
    }

    private void WriteAll()
    {
        try
        {
            while (_toWrite.Take() is { } chunk)
            {
                _file.Write(chunk.Buffer.Memory.Span[..chunk.Blocks], chunk.Offset);
                Release(chunk);
            }
        }
        catch (Exception e)
        {
            // The disk refused (full, I/O error): the receiving side sees this on its next call.
            Fail(e);
        }
    }

    private void Fail(Exception e)
    {
        Interlocked.CompareExchange(ref _failure, e, null);
        _toHash.Stop();
        _toWrite.Stop();
        _stop.Cancel();
    }

    private void ThrowIfFailed()
    {
        if (Volatile.Read(ref _failure) is { } failure)
        {
            ExceptionDispatchInfo.Throw(failure);
        }
    }

    /// <summary>A buffer is free again once both stages are done with it.</summary>
    private void Release(Chunk chunk)
    {
        if (Interlocked.Decrement(ref chunk.Stages) == 0)
        {
            _free.Writer.TryWrite(chunk.Buffer);
        }
    }

    /// <summary>
    /// The hand-over between the receiving side and a stage's thread. A waiting thread sleeps until something is
    /// added. BlockingCollection spins first (SpinWait: sched_yield, Sleep(0)); on two cores that are both busy with
    /// the upload that was 7,000-13,000 yields, each a context switch, per gigabyte (perf, docs/performance.md).
    /// </summary>
    private sealed class StageQueue<T> where T : class
    {
        private readonly Queue<T> _items = new();
        private bool _completed, _stopped;

        public void Add(T item)
        {
            lock (_items)
            {
                _items.Enqueue(item);
                Monitor.Pulse(_items);
            }
        }

        /// <summary>No more items: the stage finishes those it has.</summary>
        public void CompleteAdding()
        {
            lock (_items)
            {
                _completed = true;
                Monitor.PulseAll(_items);
            }
        }

        /// <summary>Stop now: the stage drops what it has not started.</summary>
        public void Stop()
        {
            lock (_items)
            {
                _stopped = _completed = true;
                Monitor.PulseAll(_items);
            }
        }

        /// <summary>The next item; null when the queue is completed and empty, or stopped.</summary>
        public T? Take()
        {
            lock (_items)
            {
                while (true)
                {
                    if (_stopped)
                    {
                        return null;
                    }

                    if (_items.TryDequeue(out var item))
                    {
                        return item;
                    }

                    if (_completed)
                    {
                        return null;
                    }

                    Monitor.Wait(_items);
                }
            }
        }
    }

    private sealed class Chunk(AlignedBuffer buffer, int length, int blocks, long offset)
    {
        public AlignedBuffer Buffer { get; } = buffer;
        public int Length { get; } = length;
        public int Blocks { get; } = blocks;
        public long Offset { get; } = offset;

        /// <summary>The stages (hash, write) still using the buffer.</summary>
        public int Stages = 2;
    }
}
