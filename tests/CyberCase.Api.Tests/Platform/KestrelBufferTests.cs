using CyberCase.Api.Infrastructure;
using CyberCase.Api.Tests.Infrastructure;
using Microsoft.AspNetCore.Connections;
using Microsoft.Extensions.DependencyInjection;

namespace CyberCase.Api.Tests.Platform;

/// <summary>Kestrel's buffers come from the API's 64 KB block pool (fewer receive calls for large uploads).</summary>
public sealed class KestrelBufferTests : ApiTest
{
    [Test]
    public void The_API_registers_its_large_block_pool_for_Kestrel() =>
        Assert.That(App.Services.GetRequiredService<IMemoryPoolFactory<byte>>(), Is.InstanceOf<LargeBlockMemoryPoolFactory>());

    [Test]
    public void Blocks_are_64_KB_and_larger_requests_are_refused()
    {
        using var pool = new LargeBlockMemoryPoolFactory().Create();
        Assert.That(pool.MaxBufferSize, Is.EqualTo(LargeBlockMemoryPoolFactory.BlockSize));
        using (var block = pool.Rent())
        {
            Assert.That(block.Memory.Length, Is.EqualTo(64 * 1024));
            block.Memory.Span.Fill(7);
        }

        using (var small = pool.Rent(100))
        {
            Assert.That(small.Memory.Length, Is.EqualTo(64 * 1024));
        }

        Assert.Throws<ArgumentOutOfRangeException>(() => pool.Rent((64 * 1024) + 1));
    }

    [Test]
    public void A_returned_block_can_no_longer_be_used_and_returning_it_twice_is_harmless()
    {
        using var pool = new LargeBlockMemoryPoolFactory().Create();
        var block = pool.Rent();
        block.Dispose();
        Assert.Throws<ObjectDisposedException>(() => _ = block.Memory);
        Assert.DoesNotThrow(block.Dispose);
    }
}
