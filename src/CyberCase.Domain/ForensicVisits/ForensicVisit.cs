using CyberCase.Domain.Common;

namespace CyberCase.Domain.ForensicVisits;

/// <summary>
/// A forensic expert's visit to the scene of an offence (BNSS 176(3), new regime only: for an offence punishable with
/// seven years or more, the officer in charge causes a forensic expert to visit the scene to collect the forensic
/// evidence, and the process to be video-graphed). The scene is described in words, and is a premises of the case or
/// the site of one of its searches when it is one. Append-only: a visit is a fact of the investigation, not a draft.
/// </summary>
public sealed class ForensicVisit
{
    public const int PlaceMaxLength = 300;
    public const int ExpertNameMaxLength = 200;
    public const int DesignationMaxLength = 200;
    public const int LaboratoryMaxLength = 200;
    public const int FindingsMaxLength = 10_000;

    private ForensicVisit() { }

    public Guid Id { get; private set; }
    public Guid StationId { get; private set; }
    public Guid FirId { get; private set; }
    /// <summary>The scene as the expert's report names it ("residence of ..., Natipora", "the complainant's phone shop").</summary>
    public string Place { get; private set; } = "";
    public Guid? PremisesId { get; private set; }
    /// <summary>The search at whose site the expert attended, when the visit was made in one.</summary>
    public Guid? RaidId { get; private set; }
    public string ExpertName { get; private set; } = "";
    public string Designation { get; private set; } = "";
    public string Laboratory { get; private set; } = "";
    public DateTimeOffset VisitedAt { get; private set; }
    /// <summary>What the expert collected and observed at the scene.</summary>
    public string Findings { get; private set; } = "";
    public bool VideoRecorded { get; private set; }
    /// <summary>The video of the process, an evidence file of the case, when it is on the record.</summary>
    public Guid? VideoFileId { get; private set; }
    public Guid RecordedBy { get; private set; }
    public DateTimeOffset RecordedAt { get; private set; }

    /// <param name="raidStartedAt">When the search named by the visit began (null for a search not begun; unused without one).</param>
    public static ForensicVisit Record(Guid id, Guid stationId, Guid firId, DateTimeOffset firRegisteredAt, string place, Guid? premisesId,
        Guid? raidId, DateTimeOffset? raidStartedAt, string expertName, string designation, string laboratory, DateTimeOffset visitedAt,
        string findings, bool videoRecorded, Guid? videoFileId, Guid recordedBy, DateTimeOffset now)
    {
        EventTimes.NotInFuture(visitedAt, now, "ForensicVisit.InFuture", "visitedAt", "A visit cannot be dated in the future.");
        EventTimes.NotBefore(visitedAt, firRegisteredAt, "ForensicVisit.BeforeFir", "visitedAt",
            "The expert's visit is part of the investigation, which begins with the FIR's registration.");
        if (raidId is not null)
        {
            EventTimes.NotBefore(visitedAt, raidStartedAt ?? DateTimeOffset.MaxValue, "ForensicVisit.BeforeSearch", "visitedAt",
                "A visit to the site of a search is made once the search has begun.");
        }

        if (videoFileId is not null && !videoRecorded)
        {
            throw new DomainException("ForensicVisit.VideoFileWithoutVideography",
                "A video of the visit is named, but the visit is recorded as not video-graphed.", RuleKind.Unprocessable, "videoRecorded");
        }

        return new ForensicVisit
        {
            Id = id,
            StationId = stationId,
            FirId = firId,
            Place = place,
            PremisesId = premisesId,
            RaidId = raidId,
            ExpertName = expertName,
            Designation = designation,
            Laboratory = laboratory,
            VisitedAt = Precision.ToStoredPrecision(visitedAt),
            Findings = findings,
            VideoRecorded = videoRecorded,
            VideoFileId = videoFileId,
            RecordedBy = recordedBy,
            RecordedAt = Precision.ToStoredPrecision(now),
        };
    }
}
