using CyberCase.Domain.Common;
using CyberCase.Domain.Officers;

namespace CyberCase.Domain.Raids;

/// <summary>Planned -> InProgress -> Completed | CalledOff (a planned or running raid can be called off).</summary>
public enum RaidStatus
{
    Planned,
    InProgress,
    Completed,
    CalledOff,
}

/// <summary>
/// A member of the raiding team: an officer of the station (by id), or a named officer of another unit such as
/// District Police Srinagar (joint raids are common), with rank and unit.
/// </summary>
public sealed record RaidMember
{
    public const int NameMaxLength = 200;
    public const int UnitMaxLength = 200;

    public int Position { get; init; }
    public Guid? OfficerId { get; init; }
    public string? Name { get; init; }
    public Rank? Rank { get; init; }
    public string? Unit { get; init; }
}

/// <summary>An independent local witness of the search (BNSS 103(4)): name, parentage and address.</summary>
public sealed record RaidWitness
{
    public const int NameMaxLength = 200;
    public const int ParentageMaxLength = 200;
    public const int AddressMaxLength = 500;

    public int Position { get; init; }
    public required string Name { get; init; }
    public required string Parentage { get; init; }
    public required string Address { get; init; }
}

/// <summary>
/// A search of one premises in a case (BNSS 103, 105, 185). The SHO plans it with the reasons for the search
/// recorded beforehand (BNSS 185(1)); the lead and the team record its execution. It cannot be completed without
/// at least two independent witnesses (BNSS 103(4)); the search is to be audio-video recorded (BNSS 105).
/// </summary>
public sealed class Raid : VersionedEntity
{
    public const int PurposeMaxLength = 2000;
    public const int ReasonsMaxLength = 8000;
    public const int NotesMaxLength = 8000;
    public const int MaxMembers = 50;
    public const int MaxWitnesses = 10;
    /// <summary>BNSS 103(4): the search is made in the presence of two or more independent respectable inhabitants of the locality.</summary>
    public const int MinimumWitnesses = 2;

    private readonly List<RaidMember> _members = [];
    private readonly List<RaidWitness> _witnesses = [];

    private Raid() { }

    public Guid Id { get; private set; }
    public Guid StationId { get; private set; }
    public Guid FirId { get; private set; }
    public Guid PremisesId { get; private set; }
    public DateTimeOffset ScheduledAt { get; private set; }
    public Guid LeadOfficerId { get; private set; }
    public string Purpose { get; private set; } = "";
    public string ReasonsRecorded { get; private set; } = "";
    public DateTimeOffset PlannedAt { get; private set; }
    public Guid PlannedBy { get; private set; }
    public RaidStatus Status { get; private set; }
    public DateTimeOffset? StartedAt { get; private set; }
    public Guid? StartedBy { get; private set; }
    public DateTimeOffset? EndedAt { get; private set; }
    public Guid? CompletedBy { get; private set; }
    public bool? AudioVideoRecorded { get; private set; }
    public DateTimeOffset? RecordingForwardedToMagistrateAt { get; private set; }
    public string? OutcomeNotes { get; private set; }
    public DateTimeOffset? CalledOffAt { get; private set; }
    public Guid? CalledOffBy { get; private set; }
    public string? CallOffReason { get; private set; }

    public IReadOnlyList<RaidMember> Members => _members;
    public IReadOnlyList<RaidWitness> Witnesses => _witnesses;

    public static Raid Plan(Guid id, Guid stationId, Guid firId, Guid premisesId, DateTimeOffset scheduledAt,
        Guid leadOfficerId, IEnumerable<RaidMember> members, string purpose, string reasonsRecorded,
        DateTimeOffset plannedAt, Guid plannedBy)
    {
        if (string.IsNullOrWhiteSpace(reasonsRecorded))
        {
            throw new DomainException("Raid.ReasonsRequired",
                "The reasons for the search must be recorded before it (BNSS 185).", RuleKind.Unprocessable, "reasons");
        }

        var raid = new Raid
        {
            Id = id,
            StationId = stationId,
            FirId = firId,
            PremisesId = premisesId,
            // Stored in UTC: SQLite compares the stored form, which must not depend on the offset the client sent.
            ScheduledAt = scheduledAt.ToUniversalTime(),
            LeadOfficerId = leadOfficerId,
            Purpose = purpose,
            ReasonsRecorded = reasonsRecorded,
            PlannedAt = plannedAt,
            PlannedBy = plannedBy,
            Status = RaidStatus.Planned,
        };
        var position = 0;
        foreach (var member in members)
        {
            if (member.OfficerId is { } officerId && (officerId == leadOfficerId || raid._members.Any(m => m.OfficerId == officerId)))
            {
                continue;
            }

            raid._members.Add(member with { Position = ++position });
        }

        return raid;
    }

    /// <summary>The lead and the station officers of the team record the execution.</summary>
    public bool IsInTeam(Guid officerId) => LeadOfficerId == officerId || _members.Any(m => m.OfficerId == officerId);

    public void Start(DateTimeOffset startedAt, Guid by, IEnumerable<RaidWitness> witnesses, DateTimeOffset now)
    {
        EnsureStatus(RaidStatus.InProgress, RaidStatus.Planned);
        NotInFuture(startedAt, now, "startedAt");
        StartedAt = startedAt.ToUniversalTime();
        StartedBy = by;
        Status = RaidStatus.InProgress;
        AddWitnesses(witnesses);
    }

    public void Complete(DateTimeOffset endedAt, Guid by, IEnumerable<RaidWitness> witnesses, bool audioVideoRecorded,
        DateTimeOffset? recordingForwardedAt, string? outcomeNotes, DateTimeOffset now)
    {
        EnsureStatus(RaidStatus.Completed, RaidStatus.InProgress);
        NotInFuture(endedAt, now, "endedAt");
        if (endedAt < StartedAt)
        {
            throw new DomainException("Raid.EndBeforeStart", "The search cannot end before it started.",
                RuleKind.Unprocessable, "endedAt");
        }

        if (recordingForwardedAt is { } forwarded)
        {
            if (!audioVideoRecorded)
            {
                throw new DomainException("Raid.NoRecordingToForward",
                    "A recording can only be forwarded to the Magistrate if the search was recorded.",
                    RuleKind.Unprocessable, "recordingForwardedAt");
            }

            if (forwarded < StartedAt)
            {
                throw new DomainException("Raid.ForwardedBeforeSearch",
                    "The recording cannot be forwarded before the search started.", RuleKind.Unprocessable, "recordingForwardedAt");
            }

            NotInFuture(forwarded, now, "recordingForwardedAt");
        }

        AddWitnesses(witnesses);
        if (_witnesses.Count < MinimumWitnesses)
        {
            throw new DomainException("Raid.WitnessesRequired",
                $"A search is completed only with at least {MinimumWitnesses} independent witnesses (BNSS 103(4)).",
                RuleKind.Unprocessable, "witnesses");
        }

        EndedAt = endedAt.ToUniversalTime();
        CompletedBy = by;
        AudioVideoRecorded = audioVideoRecorded;
        RecordingForwardedToMagistrateAt = recordingForwardedAt?.ToUniversalTime();
        OutcomeNotes = outcomeNotes;
        Status = RaidStatus.Completed;
    }

    public void CallOff(string reason, Guid by, DateTimeOffset now)
    {
        EnsureStatus(RaidStatus.CalledOff, RaidStatus.Planned, RaidStatus.InProgress);
        CalledOffAt = now;
        CalledOffBy = by;
        CallOffReason = reason;
        Status = RaidStatus.CalledOff;
    }

    /// <summary>Arrests can be recorded against a raid only once it has begun.</summary>
    public bool HasBegun => Status is RaidStatus.InProgress or RaidStatus.Completed;

    private void AddWitnesses(IEnumerable<RaidWitness> witnesses)
    {
        foreach (var witness in witnesses)
        {
            if (_witnesses.Any(w => string.Equals(w.Name, witness.Name, StringComparison.OrdinalIgnoreCase)
                && string.Equals(w.Parentage, witness.Parentage, StringComparison.OrdinalIgnoreCase)))
            {
                continue;
            }

            if (_witnesses.Count >= MaxWitnesses)
            {
                throw new DomainException("Raid.TooManyWitnesses", $"At most {MaxWitnesses} witnesses are recorded.",
                    RuleKind.Unprocessable, "witnesses");
            }

            _witnesses.Add(witness with { Position = _witnesses.Count + 1 });
        }
    }

    private void EnsureStatus(RaidStatus next, params RaidStatus[] from)
    {
        if (!from.Contains(Status))
        {
            throw new DomainException("Raid.IllegalStatusChange", $"A raid cannot move from {Status} to {next}.");
        }
    }

    private static void NotInFuture(DateTimeOffset value, DateTimeOffset now, string field)
    {
        if (value > now)
        {
            throw new DomainException("Raid.TimeInFuture", "A time of the search cannot be in the future.",
                RuleKind.Unprocessable, field);
        }
    }
}
