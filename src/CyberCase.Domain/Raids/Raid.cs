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

/// <summary>An independent local witness of the search (CrPC 100(4) / BNSS 103(4)): name, parentage and address.</summary>
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
/// A search of one premises in a case (CrPC 100, 165 / BNSS 103, 105, 185: the regime's sections are in
/// <see cref="Law.Regime"/>). The SHO plans it with the reasons for the search recorded beforehand in the case diary; the
/// lead and the team record its execution. It cannot be completed without at least two independent witnesses; under
/// the new regime the search is audio-video recorded and the recording forwarded to the Magistrate.
/// </summary>
public sealed class Raid : VersionedEntity
{
    public const int PurposeMaxLength = 2000;
    public const int ReasonsMaxLength = 8000;
    public const int NotesMaxLength = 8000;
    public const int MaxMembers = 50;
    public const int MaxWitnesses = 10;
    /// <summary>CrPC 100(4) / BNSS 103(4): the search is made in the presence of two or more independent respectable inhabitants of the locality.</summary>
    public const int MinimumWitnesses = 2;
    public const int OccupantMaxLength = 200;
    public const int OccupantAbsenceMaxLength = 500;
    public const int MaxRecordings = 20;

    private readonly List<RaidMember> _members = [];
    private readonly List<RaidWitness> _witnesses = [];
    private readonly List<SearchRecording> _recordings = [];

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

    /// <summary>The case diary entry in which the reasons for the search were recorded, and when it was written.</summary>
    public Guid? ReasonsDiaryEntryId { get; private set; }
    public DateTimeOffset? ReasonsRecordedAt { get; private set; }

    /// <summary>The occupant of the premises: by name, present at the search or not (and then why not).</summary>
    public string? OccupantName { get; private set; }
    public bool? OccupantPresent { get; private set; }
    public string? OccupantAbsenceReason { get; private set; }

    public IReadOnlyList<RaidMember> Members => _members;
    public IReadOnlyList<RaidWitness> Witnesses => _witnesses;
    public IReadOnlyList<SearchRecording> Recordings => _recordings;

    /// <summary>
    /// How long a raid that has not ended is taken to occupy its team, from its start (or its scheduled time): the
    /// founding case's searches took three and a half to six hours. Used only to tell whether two raids overlap.
    /// </summary>
    public static readonly TimeSpan AssumedDuration = TimeSpan.FromHours(6);

    /// <param name="firRegisteredAt">A search in a case is made in its investigation, which begins with the FIR.</param>
    public static Raid Plan(Guid id, Guid stationId, Guid firId, Guid premisesId, DateTimeOffset scheduledAt,
        Guid leadOfficerId, IEnumerable<RaidMember> members, string purpose, string reasonsRecorded,
        DateTimeOffset plannedAt, Guid plannedBy, DateTimeOffset firRegisteredAt)
    {
        EventTimes.NotBefore(scheduledAt, firRegisteredAt, "Raid.BeforeFirRegistration",
            "scheduledAt", "A raid of the case cannot be scheduled before its FIR was registered.");
        if (string.IsNullOrWhiteSpace(reasonsRecorded))
        {
            throw new DomainException("Raid.ReasonsRequired",
                "The reasons for the search must be recorded before it.", RuleKind.Unprocessable, "reasons");
        }

        var raid = new Raid
        {
            Id = id,
            StationId = stationId,
            FirId = firId,
            PremisesId = premisesId,
            // Stored in UTC: SQLite compares the stored form, which must not depend on the offset the client sent; in
            // whole milliseconds, so that the times compared for an overlap are the times every provider keeps.
            ScheduledAt = Precision.ToStoredPrecision(scheduledAt),
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

    public void Start(DateTimeOffset startedAt, Guid by, IEnumerable<RaidWitness> witnesses, DateTimeOffset firRegisteredAt,
        DateTimeOffset now)
    {
        EnsureStatus(RaidStatus.InProgress, RaidStatus.Planned);
        NotInFuture(startedAt, now, "startedAt");
        EventTimes.NotBefore(startedAt, firRegisteredAt, "Raid.BeforeFirRegistration",
            "startedAt", "A raid of the case cannot start before its FIR was registered.");
        if (ReasonsRecordedAt is { } reasons && reasons >= startedAt)
        {
            throw ReasonsAfterSearch("startedAt");
        }

        StartedAt = Precision.ToStoredPrecision(startedAt);
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
                $"A search is completed only with at least {MinimumWitnesses} independent witnesses of the locality.",
                RuleKind.Unprocessable, "witnesses");
        }

        EndedAt = Precision.ToStoredPrecision(endedAt);
        CompletedBy = by;
        AudioVideoRecorded = audioVideoRecorded;
        RecordingForwardedToMagistrateAt = recordingForwardedAt?.ToUniversalTime();
        OutcomeNotes = outcomeNotes;
        Status = RaidStatus.Completed;
    }

    /// <summary>
    /// Names the case diary entry that records the reasons for the search (CrPC 165 / BNSS 185: recorded before the
    /// search), with the time it was written. An entry written once the search had begun cannot be the reasons for it.
    /// </summary>
    public void ReferReasonsTo(Guid diaryEntryId, Guid entryFirId, DateTimeOffset entryWrittenAt)
    {
        if (entryFirId != FirId)
        {
            throw new DomainException("Raid.DiaryEntryOfAnotherCase", "The reasons are recorded in the diary of the raid's own case.",
                RuleKind.Unprocessable, "reasonsDiaryEntryId");
        }

        if (StartedAt is { } started && entryWrittenAt >= started)
        {
            throw ReasonsAfterSearch("reasonsDiaryEntryId");
        }

        ReasonsDiaryEntryId = diaryEntryId;
        ReasonsRecordedAt = Precision.ToStoredPrecision(entryWrittenAt);
    }

    /// <summary>The occupant by name, present or not and why not. What is not known yet stays empty and prints as a blank to fill.</summary>
    public void RecordOccupant(string? name, bool? present, string? absenceReason)
    {
        if (present == true && absenceReason is not null)
        {
            throw new DomainException("Raid.OccupantPresentAndAbsent", "An occupant who was present has no reason for being absent.",
                RuleKind.Unprocessable, "occupant.absenceReason");
        }

        OccupantName = name;
        OccupantPresent = present;
        OccupantAbsenceReason = absenceReason;
    }

    /// <summary>
    /// Adds an audio-video recording of the search or of the list being signed: an evidence file uploaded for this
    /// raid, recorded by an officer of the station once the search had begun. Its forwarding and signatures follow it.
    /// </summary>
    public SearchRecording AddRecording(SearchRecordingKind kind, Guid evidenceFileId, string sha256, string fileName,
        DateTimeOffset recordedFrom, int? durationSeconds, string? device, Guid recordedByOfficerId, RecordingForwarding forwarding,
        DateTimeOffset? certificateSignedAt, ExpertAttestation expert, DateTimeOffset now)
    {
        if (StartedAt is not { } started)
        {
            throw new DomainException("Raid.RecordingBeforeSearch", "A recording of the search is added once the search has begun.",
                RuleKind.Unprocessable, "recordedFrom");
        }

        if (_recordings.Any(r => r.EvidenceFileId == evidenceFileId))
        {
            throw new DomainException("Raid.RecordingAlreadyAdded", "That file is already a recording of this search.",
                RuleKind.Conflict, "evidenceFileId");
        }

        if (_recordings.Count >= MaxRecordings)
        {
            throw new DomainException("Raid.TooManyRecordings", $"At most {MaxRecordings} recordings per search.",
                RuleKind.Unprocessable, "evidenceFileId");
        }

        // A minute's grace: the camera is switched on as the team enters, a moment before the start is written down.
        EventTimes.NotBefore(recordedFrom, started - TimeSpan.FromMinutes(1), "Raid.RecordingBeforeSearch", "recordedFrom",
            "A recording of the search cannot begin before the search did.");
        EventTimes.NotInFuture(recordedFrom, now, "Raid.TimeInFuture", "recordedFrom", "A time of the search cannot be in the future.");
        var recording = new SearchRecording(_recordings.Count + 1, kind, evidenceFileId, sha256, fileName, recordedFrom, durationSeconds,
            device, recordedByOfficerId);
        recording.Attest(forwarding, certificateSignedAt, expert, now);
        _recordings.Add(recording);
        return recording;
    }

    /// <summary>Records the forwarding to the Magistrate and the certificate's signatures of recording <paramref name="number"/>.</summary>
    public SearchRecording AttestRecording(int number, RecordingForwarding forwarding, DateTimeOffset? certificateSignedAt,
        ExpertAttestation expert, DateTimeOffset now)
    {
        var recording = _recordings.SingleOrDefault(r => r.Number == number)
            ?? throw new DomainException("Raid.RecordingNotFound", $"The search has no recording {number}.", RuleKind.Unprocessable, "number");
        recording.Attest(forwarding, certificateSignedAt, expert, now);
        return recording;
    }

    private static DomainException ReasonsAfterSearch(string field) => new("Raid.ReasonsAfterSearch",
        "The reasons for a search are recorded in the case diary before the search begins; this entry was written after it began.",
        RuleKind.Unprocessable, field);

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

    /// <summary>
    /// The time the raid occupies its team: from its start to its end as recorded, or from its scheduled time while
    /// planned; a start without an end yet counts <see cref="AssumedDuration"/>. A called-off raid occupies nobody.
    /// </summary>
    public (DateTimeOffset From, DateTimeOffset To)? Occupies
    {
        get
        {
            if (Status == RaidStatus.CalledOff)
            {
                return null;
            }

            var from = StartedAt ?? ScheduledAt;
            return (from, EndedAt ?? from + AssumedDuration);
        }
    }

    /// <summary>Whether this raid and the time span given overlap (touching ends do not).</summary>
    public bool Overlaps(DateTimeOffset from, DateTimeOffset to) => Occupies is { } span && span.From < to && from < span.To;

    /// <summary>The station officers of the team: the lead and the members named by id.</summary>
    public IEnumerable<Guid> StationOfficers => _members.Where(m => m.OfficerId is not null).Select(m => m.OfficerId!.Value).Prepend(LeadOfficerId);

    /// <summary>
    /// An arrest recorded as made in this raid is made while it runs: not before its start, not after its end. The
    /// FIR comes first too, since the raid cannot start before the FIR's registration.
    /// </summary>
    public void EnsureArrestDuring(DateTimeOffset arrestedAt)
    {
        if (!HasBegun)
        {
            throw new DomainException("Accused.RaidNotUnderway", "An arrest during a raid is recorded once the raid has started.",
                RuleKind.Unprocessable, "raidId");
        }

        if (arrestedAt < StartedAt || arrestedAt > EndedAt)
        {
            throw new DomainException("Accused.ArrestOutsideRaid",
                "An arrest made in a raid is made between the start and the end of the search.", RuleKind.Unprocessable, "arrestedAt");
        }
    }

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
        EventTimes.NotInFuture(value, now, "Raid.TimeInFuture", field, "A time of the search cannot be in the future.");
    }
}
