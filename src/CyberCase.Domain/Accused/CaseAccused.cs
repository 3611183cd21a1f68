using CyberCase.Domain.Common;

namespace CyberCase.Domain.Accused;

/// <summary>
/// Suspect -> Arrested -> PoliceCustody / JudicialCustody -> Bailed | Absconding | ChargeSheeted | Discharged.
/// </summary>
public enum AccusedStatus
{
    Suspect,
    Arrested,
    PoliceCustody,
    JudicialCustody,
    Bailed,
    Absconding,
    ChargeSheeted,
    Discharged,
}

/// <summary>The accused's part in the operation, as the case diary records it.</summary>
public enum AccusedRole
{
    Owner,
    Manager,
    FloorManager,
    ItStaff,
    Caller,
    Other,
}

/// <summary>What a custody record of an accused says happened (not an exhibit's custody event); each moves the status (production alone does not).</summary>
public enum CustodyRecordKind
{
    ProducedBeforeMagistrate,
    PoliceCustody,
    JudicialCustody,
    Bailed,
    Absconding,
    ChargeSheeted,
    Discharged,
}

/// <summary>
/// A person as an accused in one FIR: the per-case code (A1, A2, ...), role, where found, status, arrest memo and
/// custody history. The same <see cref="AccusedPerson"/> can be accused in several FIRs.
/// </summary>
public sealed class CaseAccused : VersionedEntity
{
    public const int CodeMaxLength = 8;
    public const int RoleNoteMaxLength = 500;

    private readonly List<CustodyRecord> _custody = [];
    private readonly List<ArrestMemo> _arrests = [];

    private CaseAccused() { }

    public Guid Id { get; private set; }
    public Guid StationId { get; private set; }
    public Guid FirId { get; private set; }
    public Guid PersonId { get; private set; }
    public int Serial { get; private set; }
    public string Code { get; private set; } = "";
    public AccusedRole Role { get; private set; }
    public string? RoleNote { get; private set; }
    public Guid? PremisesId { get; private set; }
    public AccusedStatus Status { get; private set; }
    public DateTimeOffset AddedAt { get; private set; }
    public Guid AddedBy { get; private set; }
    /// <summary>The latest arrest (an absconder can be arrested again); every memo is kept.</summary>
    public ArrestMemo? Arrest => _arrests.MaxBy(a => a.ArrestedAt);
    /// <summary>The first arrest starts the 60/90-day charge-sheet clock (BNSS 187).</summary>
    public DateTimeOffset? FirstArrestedAt => _arrests.Count == 0 ? null : _arrests.Min(a => a.ArrestedAt);
    public IReadOnlyList<ArrestMemo> Arrests => _arrests;
    /// <summary>When first produced before a Magistrate after arrest (BNSS 58): stops the 24-hour clock.</summary>
    public DateTimeOffset? ProducedAt { get; private set; }

    public IReadOnlyList<CustodyRecord> Custody => _custody;

    public static string FormatCode(int serial) => $"A{serial}";

    public static CaseAccused Add(Guid id, Guid stationId, Guid firId, Guid personId, int serial, AccusedRole role,
        string? roleNote, Guid? premisesId, DateTimeOffset addedAt, Guid addedBy) => new()
        {
            Id = id,
            StationId = stationId,
            FirId = firId,
            PersonId = personId,
            Serial = serial,
            Code = FormatCode(serial),
            Role = role,
            RoleNote = roleNote,
            PremisesId = premisesId,
            Status = AccusedStatus.Suspect,
            AddedAt = addedAt,
            AddedBy = addedBy,
        };

    private static readonly Dictionary<AccusedStatus, AccusedStatus[]> AllowedMoves = new()
    {
        [AccusedStatus.Suspect] = [AccusedStatus.Arrested, AccusedStatus.Absconding],
        [AccusedStatus.Arrested] = [AccusedStatus.PoliceCustody, AccusedStatus.JudicialCustody, AccusedStatus.Bailed, AccusedStatus.Discharged],
        // Police custody within the first 40/60 days can alternate with judicial custody (BNSS 187(2)).
        [AccusedStatus.PoliceCustody] = [AccusedStatus.JudicialCustody, AccusedStatus.Bailed, AccusedStatus.ChargeSheeted, AccusedStatus.Discharged],
        [AccusedStatus.JudicialCustody] = [AccusedStatus.PoliceCustody, AccusedStatus.Bailed, AccusedStatus.ChargeSheeted, AccusedStatus.Discharged],
        // Bail can be cancelled (back to judicial custody) or jumped (absconding).
        [AccusedStatus.Bailed] = [AccusedStatus.JudicialCustody, AccusedStatus.Absconding, AccusedStatus.ChargeSheeted, AccusedStatus.Discharged],
        [AccusedStatus.Absconding] = [AccusedStatus.Arrested],
        [AccusedStatus.ChargeSheeted] = [],
        [AccusedStatus.Discharged] = [],
    };

    /// <summary>Records the arrest memo (BNSS 35/36/47/48). Only a suspect or an absconder can be arrested.</summary>
    public void RecordArrest(ArrestMemo memo, DateTimeOffset now)
    {
        const string inFuture = "Accused.ArrestInFuture";
        EventTimes.NotInFuture(memo.ArrestedAt, now, inFuture, "arrestedAt", "The arrest cannot be in the future.");
        if (memo.RelativeInformedAt is { } told)
        {
            EventTimes.NotInFuture(told, now, inFuture, "relativeInformed.at", "The relative cannot have been informed in the future.");
        }

        if (memo.MedicalExaminedAt is { } seen)
        {
            EventTimes.NotInFuture(seen, now, inFuture, "medicalExamination.at", "The medical examination cannot be in the future.");
        }

        if (memo.Particulars.ControlRoomInformedAt is { } room)
        {
            EventTimes.NotInFuture(room, now, inFuture, "controlRoomInformedAt", "The control room cannot have been informed in the future.");
            EventTimes.NotBefore(room, memo.ArrestedAt, "Accused.ControlRoomInformedBeforeArrest", "controlRoomInformedAt",
                "The control room is informed of an arrest after it is made.");
        }

        if (memo.RelativeInformedAt is { } informed && informed < memo.ArrestedAt)
        {
            throw new DomainException("Accused.InformedBeforeArrest", "The relative or friend is informed after the arrest.",
                RuleKind.Unprocessable, "relativeInformed.at");
        }

        if (memo.MedicalExaminedAt is { } examined && examined < memo.ArrestedAt)
        {
            throw new DomainException("Accused.ExaminedBeforeArrest", "The medical examination follows the arrest.",
                RuleKind.Unprocessable, "medicalExamination.at");
        }

        // A re-arrest (of an absconder) follows the previous arrest and everything recorded of the custody since.
        if ((Arrest is { } previous && memo.ArrestedAt <= previous.ArrestedAt) || (LastCustody is { } last && memo.ArrestedAt < last.At))
        {
            throw new DomainException("Accused.ArrestBeforePrevious", "A new arrest follows the previous arrest and the custody recorded since.",
                RuleKind.Unprocessable, "arrestedAt");
        }

        Move(AccusedStatus.Arrested);
        _arrests.Add(memo);
        ProducedAt = null;
    }

    public CustodyRecord RecordCustody(Guid recordId, CustodyRecordKind kind, DateTimeOffset at, string? court,
        string? orderReference, DateOnly? until, string? notes, Guid recordedBy, DateTimeOffset now, int? journeyMinutes = null)
    {
        EventTimes.NotInFuture(at, now, "Accused.CustodyInFuture", "at", "A custody event cannot be in the future.");
        // A production, remand or bail follows the arrest (BNSS 58: production within 24 hours *of the arrest*).
        if (Arrest is { } arrest && at < arrest.ArrestedAt && kind != CustodyRecordKind.Absconding)
        {
            throw new DomainException("Accused.CustodyBeforeArrest", "A custody event cannot precede the arrest.",
                RuleKind.Unprocessable, "at");
        }

        // The history is read as a sequence: a remand dated before the production it followed contradicts it.
        if (LastCustody is { } last && at < last.At)
        {
            throw new DomainException("Accused.CustodyOutOfOrder",
                "A custody event cannot be dated before the previous one recorded.", RuleKind.Unprocessable, "at");
        }

        if (kind == CustodyRecordKind.ProducedBeforeMagistrate)
        {
            if (Status != AccusedStatus.Arrested || ProducedAt is not null)
            {
                throw new DomainException("Accused.IllegalStatusChange",
                    $"Production before the Magistrate is recorded once, after the arrest (the accused is {Status}).");
            }

            // The journey to the court is excluded from the 24 hours, so it cannot be longer than the time since the arrest.
            if (journeyMinutes is { } journey && Arrest is { } held && TimeSpan.FromMinutes(journey) > at - held.ArrestedAt)
            {
                throw new DomainException("Accused.JourneyLongerThanCustody",
                    "The journey to the court cannot take longer than the time from the arrest to the production.",
                    RuleKind.Unprocessable, "journeyMinutes");
            }

            ProducedAt = at.ToUniversalTime();
        }
        else
        {
            var wasArrested = Status == AccusedStatus.Arrested;
            Move(kind switch
            {
                CustodyRecordKind.PoliceCustody => AccusedStatus.PoliceCustody,
                CustodyRecordKind.JudicialCustody => AccusedStatus.JudicialCustody,
                CustodyRecordKind.Bailed => AccusedStatus.Bailed,
                CustodyRecordKind.Absconding => AccusedStatus.Absconding,
                CustodyRecordKind.ChargeSheeted => AccusedStatus.ChargeSheeted,
                _ => AccusedStatus.Discharged,
            });

            // A remand is ordered by a Magistrate, so the accused was produced then at the latest.
            if (wasArrested && ProducedAt is null && kind is CustodyRecordKind.PoliceCustody or CustodyRecordKind.JudicialCustody)
            {
                ProducedAt = at.ToUniversalTime();
            }
        }

        var record = new CustodyRecord(recordId, Id, kind, at, court, orderReference, until, notes, recordedBy, now,
            kind == CustodyRecordKind.ProducedBeforeMagistrate ? journeyMinutes : null);
        _custody.Add(record);
        return record;
    }

    private CustodyRecord? LastCustody => _custody.MaxBy(c => c.At);

    private void Move(AccusedStatus next)
    {
        if (!AllowedMoves[Status].Contains(next))
        {
            throw new DomainException("Accused.IllegalStatusChange", $"An accused cannot move from {Status} to {next}.");
        }

        Status = next;
    }
}

/// <summary>
/// The arrest memo (BNSS 35/36/47/48; D.K. Basu v. State of West Bengal): when and where, by whom, the grounds
/// communicated, the attesting witness, the arrestee's countersignature, who was informed, the medical examination.
/// </summary>
public sealed class ArrestMemo
{
    public const int PlaceMaxLength = 500;
    public const int GroundsMaxLength = 4000;
    public const int NameMaxLength = 200;
    public const int AddressMaxLength = 500;
    public const int RelationMaxLength = 64;

    private ArrestMemo() { }

    public ArrestMemo(Guid id, Guid accusedId, DateTimeOffset arrestedAt, string place, Guid arrestingOfficerId, Guid? raidId,
        string? groundsCommunicated, string? attestingWitnessName, string? attestingWitnessAddress, bool countersignedByArrestee,
        string? relativeName, string? relativeRelation, InformedBy? relativeInformedHow, DateTimeOffset? relativeInformedAt,
        DateTimeOffset? medicalExaminedAt, string? medicalExaminedBy, Guid recordedBy, DateTimeOffset recordedAt,
        ArrestParticulars? particulars = null)
    {
        particulars ??= new();
        Particulars = particulars with { ControlRoomInformedAt = particulars.ControlRoomInformedAt?.ToUniversalTime() };
        Id = id;
        AccusedId = accusedId;
        // Stored in UTC so that the date range of the arrest display compares correctly on every provider.
        ArrestedAt = arrestedAt.ToUniversalTime();
        Place = place;
        ArrestingOfficerId = arrestingOfficerId;
        RaidId = raidId;
        GroundsCommunicated = groundsCommunicated;
        AttestingWitnessName = attestingWitnessName;
        AttestingWitnessAddress = attestingWitnessAddress;
        CountersignedByArrestee = countersignedByArrestee;
        RelativeName = relativeName;
        RelativeRelation = relativeRelation;
        RelativeInformedHow = relativeInformedHow;
        RelativeInformedAt = relativeInformedAt?.ToUniversalTime();
        MedicalExaminedAt = medicalExaminedAt?.ToUniversalTime();
        MedicalExaminedBy = medicalExaminedBy;
        RecordedBy = recordedBy;
        RecordedAt = recordedAt;
    }

    public Guid Id { get; private set; }
    public Guid AccusedId { get; private set; }
    public DateTimeOffset ArrestedAt { get; private set; }
    public string Place { get; private set; } = "";
    public Guid ArrestingOfficerId { get; private set; }
    public Guid? RaidId { get; private set; }
    /// <summary>BNSS 47: the full particulars of the offence or other grounds, communicated forthwith.</summary>
    public string? GroundsCommunicated { get; private set; }
    /// <summary>CrPC 41B / BNSS 36: attested by at least one witness, a family member or a respectable local person.</summary>
    public string? AttestingWitnessName { get; private set; }
    public string? AttestingWitnessAddress { get; private set; }
    /// <summary>BNSS 36(c): countersigned by the person arrested.</summary>
    public bool CountersignedByArrestee { get; private set; }
    /// <summary>BNSS 48: a relative, friend or nominated person is informed of the arrest and the place held.</summary>
    public string? RelativeName { get; private set; }
    public string? RelativeRelation { get; private set; }
    public InformedBy? RelativeInformedHow { get; private set; }
    public DateTimeOffset? RelativeInformedAt { get; private set; }
    /// <summary>BNSS 53: medical examination of the arrested person.</summary>
    public DateTimeOffset? MedicalExaminedAt { get; private set; }
    public string? MedicalExaminedBy { get; private set; }
    public Guid RecordedBy { get; private set; }
    public DateTimeOffset RecordedAt { get; private set; }
    /// <summary>The rest of the memorandum of arrest (legal-forms.md): each may be missing and is then printed blank.</summary>
    public ArrestParticulars Particulars { get; private set; } = new();
}

/// <summary>
/// What the memorandum of arrest records beyond when, where, by whom and the witness (legal-forms.md, "Memorandum of
/// arrest"). Sections are cited by the case's regime (CrPC 41/41B/41C/46(4)/50/50A/54 or BNSS 35/36/37/43(5)/47/48/53).
/// The law needs these, but a missing one does not stop the arrest being recorded: it prints as a blank line to be
/// completed and the pre-filing scrutiny lists it.
/// </summary>
public sealed record ArrestParticulars
{
    public const int TextMaxLength = 2000;
    public const int ShortMaxLength = 200;
    public const int ReferenceMaxLength = 64;

    /// <summary>How the attesting witness is related to the arrestee ("Neighbour", "Brother"), or "Independent".</summary>
    public string? AttestingWitnessRelation { get; init; }
    public string? AttestingWitnessNameInScript { get; init; }
    /// <summary>Whether the grounds were given in writing (CrPC 50 / BNSS 47), and the language they were told in.</summary>
    public bool? GroundsInWriting { get; init; }
    public string? GroundsLanguage { get; init; }
    /// <summary>Told of the right to be released on bail (an offence that is bailable).</summary>
    public bool? ToldOfRightToBail { get; init; }
    /// <summary>
    /// For an offence punishable with seven years or less: why the arrest was necessary and a notice of appearance
    /// would not do (CrPC 41(1)(b)(ii), 41A / BNSS 35(1)(b)(ii), 35(3); Arnesh Kumar v. State of Bihar).
    /// </summary>
    public string? ReasonsForArrest { get; init; }
    /// <summary>Who at the station informed the nominated person, and the entry in the station's book (CrPC 50A / BNSS 48).</summary>
    public string? RelativeInformedBy { get; init; }
    public string? RelativeInformedBookEntry { get; init; }
    public string? RelativeNameInScript { get; init; }
    /// <summary>The inspection memo: injuries seen on the arrestee at the arrest ("None seen"), signed by both.</summary>
    public string? InjuriesSeen { get; init; }
    /// <summary>When the district control room / designated officer was told of the arrest (CrPC 41C / BNSS 37).</summary>
    public DateTimeOffset? ControlRoomInformedAt { get; init; }
    /// <summary>
    /// A woman arrested between sunset and sunrise (CrPC 46(4) / BNSS 43(5)): the exceptional circumstance, the woman
    /// officer who made it, and the Magistrate's prior written permission (its reference).
    /// </summary>
    public string? WomanArrestCircumstance { get; init; }
    public string? WomanOfficer { get; init; }
    public string? MagistratePermission { get; init; }
    /// <summary>The General Diary entry of the arrest.</summary>
    public string? GdEntryNumber { get; init; }
}

public enum InformedBy
{
    Phone,
    InPerson,
    Message,
    Other,
}

/// <summary>One step of an accused's custody: production, remand, bail, absconding, charge-sheet, discharge.</summary>
public sealed class CustodyRecord
{
    public const int CourtMaxLength = 200;
    public const int OrderMaxLength = 100;
    public const int NotesMaxLength = 2000;

    private CustodyRecord() { }

    internal CustodyRecord(Guid id, Guid accusedId, CustodyRecordKind kind, DateTimeOffset at, string? court,
        string? orderReference, DateOnly? until, string? notes, Guid recordedBy, DateTimeOffset recordedAt, int? journeyMinutes)
    {
        Id = id;
        AccusedId = accusedId;
        Kind = kind;
        JourneyMinutes = journeyMinutes;
        At = at.ToUniversalTime();
        Court = court;
        OrderReference = orderReference;
        Until = until;
        Notes = notes;
        RecordedBy = recordedBy;
        RecordedAt = recordedAt;
    }

    public Guid Id { get; private set; }
    public Guid AccusedId { get; private set; }
    public CustodyRecordKind Kind { get; private set; }
    public DateTimeOffset At { get; private set; }
    public string? Court { get; private set; }
    public string? OrderReference { get; private set; }
    /// <summary>The remand runs until this date (a Magistrate remands for a fixed term).</summary>
    public DateOnly? Until { get; private set; }
    public string? Notes { get; private set; }
    public Guid RecordedBy { get; private set; }
    public DateTimeOffset RecordedAt { get; private set; }
    /// <summary>For a production: the journey from the place of arrest to the court, excluded from the 24 hours (CrPC 57 / BNSS 58).</summary>
    public int? JourneyMinutes { get; private set; }
}
