using CyberCase.Domain.Common;

namespace CyberCase.Domain.PoliceReports;

/// <summary>
/// The court's permission to investigate further after the police report was forwarded (CrPC 173(8) / BNSS 193(9);
/// the courts require the Magistrate's leave once cognizance is taken): which court, the order's date and reference.
/// Recording it reopens the FIR's investigation records for writing; what is found goes in a supplementary report.
/// </summary>
[OutlivesInvestigation]
public sealed class FurtherInvestigation
{
    public const int CourtMaxLength = 300;
    public const int OrderReferenceMaxLength = 200;
    public const int ReasonsMaxLength = 4_000;

    private FurtherInvestigation() { }

    public Guid Id { get; private set; }
    public Guid StationId { get; private set; }
    public Guid FirId { get; private set; }
    public string Court { get; private set; } = "";
    public DateOnly OrderDate { get; private set; }
    public string OrderReference { get; private set; } = "";
    public string Reasons { get; private set; } = "";
    public Guid RecordedBy { get; private set; }
    public DateTimeOffset RecordedAt { get; private set; }

    public static FurtherInvestigation Record(Guid id, Guid stationId, Guid firId, string court, DateOnly orderDate, string orderReference,
        string reasons, DateOnly forwardedOn, Guid recordedBy, DateTimeOffset now)
    {
        if (orderDate > DateOnly.FromDateTime((now + EventTimes.ClockSkewTolerance).ToIst().DateTime))
        {
            throw new DomainException("FurtherInvestigation.OrderInFuture", "The court's order cannot be dated in the future.",
                RuleKind.Unprocessable, "orderDate");
        }

        if (orderDate < forwardedOn)
        {
            throw new DomainException("FurtherInvestigation.OrderBeforeReport",
                "The permission for further investigation is given after the police report was forwarded.", RuleKind.Unprocessable, "orderDate");
        }

        return new FurtherInvestigation
        {
            Id = id,
            StationId = stationId,
            FirId = firId,
            Court = court,
            OrderDate = orderDate,
            OrderReference = orderReference,
            Reasons = reasons,
            RecordedBy = recordedBy,
            RecordedAt = Precision.ToStoredPrecision(now),
        };
    }
}
