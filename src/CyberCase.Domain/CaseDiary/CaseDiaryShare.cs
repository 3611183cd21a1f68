using CyberCase.Domain.Common;

namespace CyberCase.Domain.CaseDiary;

/// <summary>
/// The SHO's decision that the prosecutors of the station may read an FIR's case diary. The diary is restricted
/// (CrPC 172 / BNSS 192: the court may call for it, the accused may not see it as of right), so a prosecutor reads it
/// only once it is shared; who shared it and when is on the record.
/// </summary>
[OutlivesInvestigation]
public sealed class CaseDiaryShare
{
    private CaseDiaryShare() { }

    public Guid Id { get; private set; }
    public Guid StationId { get; private set; }
    public Guid FirId { get; private set; }
    public Guid SharedBy { get; private set; }
    public DateTimeOffset SharedAt { get; private set; }

    public static CaseDiaryShare Share(Guid id, Guid stationId, Guid firId, Guid sharedBy, DateTimeOffset now) =>
        new()
        {
            Id = id,
            StationId = stationId,
            FirId = firId,
            SharedBy = sharedBy,
            SharedAt = Precision.ToStoredPrecision(now),
        };
}
