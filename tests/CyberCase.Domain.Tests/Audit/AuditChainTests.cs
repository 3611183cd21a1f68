using CyberCase.Domain.Audit;

namespace CyberCase.Domain.Tests.Audit;

public sealed class AuditChainTests
{
    private static List<AuditRecord> Chain(int n)
    {
        var records = new List<AuditRecord>();
        var previous = AuditRecord.GenesisHash;
        for (var i = 1; i <= n; i++)
        {
            var record = new AuditRecord(i, new DateTimeOffset(2026, 1, 1, 0, 0, i, TimeSpan.Zero), Guid.NewGuid(), "io", Guid.NewGuid(),
                "RegisterFir", "Fir", i.ToString(System.Globalization.CultureInfo.InvariantCulture), "{}", previous);
            previous = record.Hash;
            records.Add(record);
        }

        return records;
    }

    [Test]
    public void An_intact_chain_verifies()
    {
        var verdict = AuditChainWalker.Verify(Chain(5));
        Assert.That(verdict, Is.EqualTo(new AuditChainVerdict(true, 5, null)));
    }

    [Test]
    public void A_removed_record_breaks_the_chain_at_the_next_one()
    {
        var chain = Chain(5);
        chain.RemoveAt(2);
        Assert.That(AuditChainWalker.Verify(chain).FirstBrokenSequence, Is.EqualTo(4));
    }

    [Test]
    public void Swapped_records_break_the_chain()
    {
        var chain = Chain(5);
        (chain[1], chain[2]) = (chain[2], chain[1]);
        Assert.That(AuditChainWalker.Verify(chain).FirstBrokenSequence, Is.EqualTo(3));
    }

    [Test]
    public void A_removed_last_record_is_not_detectable_from_the_chain_alone()
    {
        // Why the verify report also gives the count: truncating the tail leaves a valid but shorter chain.
        var chain = Chain(5);
        chain.RemoveAt(4);
        Assert.That(AuditChainWalker.Verify(chain), Is.EqualTo(new AuditChainVerdict(true, 4, null)));
    }

    [Test]
    public void Hashes_are_lowercase_sha256_hex()
    {
        Assert.That(Chain(1)[0].Hash, Does.Match("^[0-9a-f]{64}$"));
    }
}
