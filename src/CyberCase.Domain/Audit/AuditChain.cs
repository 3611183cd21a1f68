namespace CyberCase.Domain.Audit;

public sealed record AuditChainVerdict(bool Valid, long Records, long? FirstBrokenSequence);

/// <summary>
/// Re-walks the audit hash chain in sequence order, one record at a time (so a long trail can be streamed).
/// A gap in the sequence is a removed record; a wrong previous hash is a reordered or removed one; a wrong own
/// hash is an altered one.
/// </summary>
public sealed class AuditChainWalker
{
    private string _previousHash = AuditRecord.GenesisHash;
    private long _expectedSequence = 1;

    public long Records { get; private set; }
    public long? FirstBrokenSequence { get; private set; }

    public bool Accept(AuditRecord record)
    {
        Records++;
        if (FirstBrokenSequence is null
            && (record.Sequence != _expectedSequence || record.PreviousHash != _previousHash || record.Hash != record.ComputeHash()))
        {
            FirstBrokenSequence = record.Sequence;
        }

        _previousHash = record.Hash;
        _expectedSequence = record.Sequence + 1;
        return FirstBrokenSequence is null;
    }

    public AuditChainVerdict Verdict => new(FirstBrokenSequence is null, Records, FirstBrokenSequence);

    public static AuditChainVerdict Verify(IEnumerable<AuditRecord> recordsInOrder)
    {
        var walker = new AuditChainWalker();
        foreach (var record in recordsInOrder)
        {
            walker.Accept(record);
        }

        return walker.Verdict;
    }
}
