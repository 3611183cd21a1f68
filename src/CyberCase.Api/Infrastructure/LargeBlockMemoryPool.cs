using System.Buffers;
using Microsoft.AspNetCore.Connections;

namespace CyberCase.Api.Infrastructure;

/// <summary>
/// Kestrel's connection buffers in 64 KB blocks instead of its default 4 KB ones. The socket transport receives into
/// one block per read, so a 1 GB upload took about 600,000 receive calls (a wait for data and a read per 4 KB) and as
/// many hand-offs to the request body; with 64 KB blocks it is about 16 times fewer, which took roughly a third off the
/// CPU time of the upload (docs/performance.md, evidence upload). The blocks come from <see cref="ArrayPool{T}.Shared"/>,
/// which keeps and trims them; the sockets pin a block only while they use it. An idle connection holds no block
/// (Kestrel waits for data before it rents one), so the cost is up to 64 KB per busy connection instead of 4 KB.
/// </summary>
public sealed class LargeBlockMemoryPoolFactory : IMemoryPoolFactory<byte>
{
    public const int BlockSize = 64 * 1024;

    public MemoryPool<byte> Create(MemoryPoolOptions? options = null) => new Pool();

    private sealed class Pool : MemoryPool<byte>
    {
        public override int MaxBufferSize => BlockSize;

        public override IMemoryOwner<byte> Rent(int minBufferSize = -1)
        {
            ArgumentOutOfRangeException.ThrowIfGreaterThan(minBufferSize, BlockSize);
            return new Block(ArrayPool<byte>.Shared.Rent(BlockSize));
        }

        protected override void Dispose(bool disposing)
        {
            // Blocks go back to the shared array pool one by one; nothing is held here.
        }
    }

    private sealed class Block(byte[] array) : IMemoryOwner<byte>
    {
        private byte[]? _array = array;

        public Memory<byte> Memory => (_array ?? throw new ObjectDisposedException(nameof(Block))).AsMemory(0, BlockSize);

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _array, null) is { } returned)
            {
                ArrayPool<byte>.Shared.Return(returned);
            }
        }
    }
}

public static class LargeBlockMemoryPoolExtensions
{
    /// <summary>
    /// Kestrel takes its memory pool from the last <see cref="IMemoryPoolFactory{T}"/> registered, so this must come
    /// after Kestrel's own registration (the application's services do; a host that adds Kestrel later, such as
    /// WebApplicationFactory with UseKestrel, calls this again).
    /// </summary>
    public static IServiceCollection AddLargeBlockKestrelBuffers(this IServiceCollection services) =>
        services.AddSingleton<IMemoryPoolFactory<byte>, LargeBlockMemoryPoolFactory>();
}
