using CyberCase.Domain.Common;

namespace CyberCase.Domain.Victims;

public enum CommunicationMeans
{
    Phone,
    Email,
    Sms,
    Letter,
    InPerson,
    /// <summary>Through the embassy, the foreign police or the portal (victims abroad).</summary>
    ThroughAgency,
}

/// <summary>
/// The informant or a victim told of the progress of the investigation (BNSS 193(3)(ii): within ninety days, by any
/// means including electronic communication): when, how, by whom and what was said. It clears that person's 90-day clock.
/// </summary>
public sealed class ProgressCommunication
{
    public const int SummaryMaxLength = 2000;

    private ProgressCommunication() { }

    public Guid Id { get; private set; }
    public Guid StationId { get; private set; }
    public Guid FirId { get; private set; }
    /// <summary>The victim told; null when it was the FIR's informant (who is not recorded as a victim).</summary>
    public Guid? VictimId { get; private set; }
    public DateTimeOffset At { get; private set; }
    public CommunicationMeans Means { get; private set; }
    public Guid ByOfficerId { get; private set; }
    public string Summary { get; private set; } = "";
    public Guid RecordedBy { get; private set; }
    public DateTimeOffset RecordedAt { get; private set; }

    public static ProgressCommunication Record(Guid id, Guid stationId, Guid firId, DateTimeOffset firRegisteredAt, Guid? victimId,
        DateTimeOffset at, CommunicationMeans means, Guid byOfficerId, string summary, Guid recordedBy, DateTimeOffset recordedAt)
    {
        EventTimes.NotInFuture(at, recordedAt, "Progress.InFuture", "at", "A communication cannot be dated in the future.");
        EventTimes.NotBefore(at, firRegisteredAt, "Progress.BeforeFir", "at", "Progress is told after the FIR was registered.");
        return new ProgressCommunication
        {
            Id = id,
            StationId = stationId,
            FirId = firId,
            VictimId = victimId,
            At = Precision.ToStoredPrecision(at),
            Means = means,
            ByOfficerId = byOfficerId,
            Summary = summary,
            RecordedBy = recordedBy,
            RecordedAt = Precision.ToStoredPrecision(recordedAt),
        };
    }
}
