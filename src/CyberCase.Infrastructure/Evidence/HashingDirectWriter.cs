using System.Collections.Concurrent;
using System.Runtime.ExceptionServices;
using System.Security.Cryptography;
using System.Threading.Channels;

namespace CyberCase.Infrastructure.Evidence;

/// <summary>
/// Hashes and writes an upload's buffers on two threads of its own while the caller receives the next buffer:
/// SHA-256 of buffer N (one core) runs alongside receiving buffer N+1 (the other core), and the O_DIRECT write of
/// buffer N-1, where the thread waits for the disk rather than the CPU. Buffers flow in order through both stages, so
/// the hash sees the bytes in order and each buffer lands at its own offset. At most <see cref="Depth"/> buffers
/// exist per upload, allocated as needed (a small upload uses one).
/// </summary>
internal sealed class HashingDirectWriter : IAsyncDisposable
{
    public const int BufferSize = 1 << 20;
    private const int Depth = 4;

    private readonly DirectFile _file;
    private readonly IncrementalHash _hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
    private readonly Channel<AlignedBuffer> _free = Channel.CreateUnbounded<AlignedBuffer>();
    private readonly BlockingCollection<Chunk> _toHash = new(), _toWrite = new();
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

    /// <summary>A free buffer of <see cref="BufferSize"/> bytes; waits while all of them are being hashed or written.</summary>
    public async ValueTask<AlignedBuffer> RentAsync(CancellationToken ct)
    {
        ThrowIfFailed();
        if (_free.Reader.TryRead(out var buffer))
        {
            return buffer;
        }

        if (_allocated < Depth)
        {
            _allocated++;
            return new AlignedBuffer(BufferSize);
        }

        using var linked = CancellationTokenSource.CreateLinkedTokenSource(ct, _stop.Token);
        try
        {
            return await _free.Reader.ReadAsync(linked.Token);
        }
        catch (OperationCanceledException) when (_failure is not null)
        {
            ThrowIfFailed();
            throw;
        }
    }

    /// <summary>Hands over the first <paramref name="length"/> bytes of a rented buffer, which belong at <paramref name="offset"/>.</summary>
    public void Submit(AlignedBuffer buffer, int length, long offset)
    {
        ThrowIfFailed();
        // O_DIRECT writes whole blocks: a short (last) buffer is padded with zeros; the file is cut to size afterwards.
        var blocks = (length + DirectFile.Alignment - 1) / DirectFile.Alignment * DirectFile.Alignment;
        buffer.Memory.Span[length..blocks].Clear();
        _toHash.Add(new Chunk(buffer, length, blocks, offset));
    }

    /// <summary>Gives back a rented buffer that received nothing.</summary>
    public void Return(AlignedBuffer buffer) => _free.Writer.TryWrite(buffer);

    /// <summary>Waits until every submitted buffer is hashed and written; answers the SHA-256 (hex) of all of them.</summary>
    public async Task<string> CompleteAsync()
    {
        _toHash.CompleteAdding();
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
            _toHash.CompleteAdding();
            await Task.WhenAll(_hashing, _writing);
        }

        _stop.Dispose();
        _toHash.Dispose();
        _toWrite.Dispose();
        _hash.Dispose();
    }

    private void HashAll()
    {
        try
        {
            foreach (var chunk in _toHash.GetConsumingEnumerable(_stop.Token))
            {
                _hash.AppendData(chunk.Buffer.Memory.Span[..chunk.Length]);
                _toWrite.Add(chunk);
            }
        }
        catch (OperationCanceledException) when (_stop.IsCancellationRequested)
        {
            // Stopped: see DisposeAsync and WriteAll.
        }
        finally
        {
            _toWrite.CompleteAdding();
        }
    }

    private void WriteAll()
    {
        try
        {
            foreach (var chunk in _toWrite.GetConsumingEnumerable(_stop.Token))
            {
                _file.Write(chunk.Buffer.Memory.Span[..chunk.Blocks], chunk.Offset);
                _free.Writer.TryWrite(chunk.Buffer);
            }
        }
        catch (OperationCanceledException) when (_stop.IsCancellationRequested)
        {
            // Stopped: see DisposeAsync.
        }
        catch (Exception e)
        {
            // The disk refused (full, I/O error): the receiving side sees this on its next call.
            Volatile.Write(ref _failure, e);
            _stop.Cancel();
        }
    }

    private void ThrowIfFailed()
    {
        if (Volatile.Read(ref _failure) is { } failure)
        {
            ExceptionDispatchInfo.Throw(failure);
        }
    }

    private readonly record struct Chunk(AlignedBuffer Buffer, int Length, int Blocks, long Offset);
}
