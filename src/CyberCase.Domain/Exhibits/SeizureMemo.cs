using CyberCase.Domain.Common;

namespace CyberCase.Domain.Exhibits;

/// <summary>An independent witness who signed a seizure memo (name, parentage, address, as on the memo).</summary>
public sealed record MemoWitness(string Name, string? Parentage, string Address)
{
    public const int NameMaxLength = 200;
    public const int AddressMaxLength = 500;
}

/// <summary>
/// The specimen of the seal put on the seized parcels: its number, what its impression reads, and where the specimen
/// is kept, so that a court can compare the seal on a parcel with it.
/// </summary>
public sealed record SpecimenSeal(string? Number, string? Impression, string? KeptAt)
{
    public const int TextMaxLength = 200;
}

/// <summary>
/// The seizure memo (panchnama, the list of things seized) of a raid at its premises: its number, when it was drawn
/// up, the two or more witnesses who signed it, the occupant who was given a copy and who signed for it, the
/// specimen seal, the report of the seizure to the Magistrate (CrPC 102(3) / BNSS 106(3)), and the exhibits seized.
/// </summary>
public sealed class SeizureMemo : VersionedEntity
{
    public const int MemoNumberMaxLength = 64;
    public const int OccupantMaxLength = 200;
    public const int MinimumWitnesses = 2;
    public const int MagistrateMaxLength = 200;

    private readonly List<MemoWitness> _witnesses = [];

    private SeizureMemo() { }

    public Guid Id { get; private set; }
    public Guid StationId { get; private set; }
    public Guid FirId { get; private set; }
    public Guid RaidId { get; private set; }
    public Guid? PremisesId { get; private set; }
    public string MemoNumber { get; private set; } = "";
    public DateTimeOffset DrawnUpAt { get; private set; }
    public string? OccupantGivenCopy { get; private set; }
    public Guid PreparedBy { get; private set; }
    /// <summary>Who signed for the copy of the list (the occupant, or a person of the household when the occupant was absent).</summary>
    public string? CopyReceivedBy { get; private set; }
    public string? SpecimenSealNumber { get; private set; }
    public string? SpecimenSealImpression { get; private set; }
    public string? SpecimenSealKeptAt { get; private set; }
    /// <summary>When the seizure was reported to the Magistrate, and to which one.</summary>
    public DateTimeOffset? ReportedToMagistrateAt { get; private set; }
    public string? ReportedToMagistrate { get; private set; }
    public IReadOnlyList<MemoWitness> Witnesses => _witnesses;

    public SpecimenSeal SpecimenSeal => new(SpecimenSealNumber, SpecimenSealImpression, SpecimenSealKeptAt);

    /// <summary>
    /// The particulars of the memo that may come after it was drawn up: who signed for the copy, the specimen seal,
    /// the report to the Magistrate. A seizure is reported after it was made, never in the future.
    /// </summary>
    public void RecordParticulars(string? copyReceivedBy, SpecimenSeal seal, DateTimeOffset? reportedAt, string? reportedTo, DateTimeOffset now)
    {
        if (reportedAt is { } at)
        {
            EventTimes.NotBefore(at, DrawnUpAt, "SeizureMemo.ReportedBeforeSeizure", "reportedToMagistrateAt",
                "A seizure is reported to the Magistrate after the memo was drawn up.");
            EventTimes.NotInFuture(at, now, "SeizureMemo.TimeInFuture", "reportedToMagistrateAt", "The report cannot be dated in the future.");
        }

        CopyReceivedBy = copyReceivedBy;
        (SpecimenSealNumber, SpecimenSealImpression, SpecimenSealKeptAt) = (seal.Number, seal.Impression, seal.KeptAt);
        ReportedToMagistrateAt = reportedAt is { } r ? Precision.ToStoredPrecision(r) : null;
        ReportedToMagistrate = reportedTo;
    }

    public static SeizureMemo DrawUp(Guid id, Guid stationId, Guid firId, Guid raidId, Guid? premisesId, string memoNumber,
        DateTimeOffset drawnUpAt, IReadOnlyCollection<MemoWitness> witnesses, string? occupantGivenCopy, Guid preparedBy)
    {
        // CrPC 100(4)-(5) / BNSS 103(4)-(5): the search and the list of things seized are witnessed by two or more independent locals.
        if (witnesses.Count < MinimumWitnesses)
        {
            throw new DomainException("SeizureMemo.TooFewWitnesses", "A seizure memo needs at least two independent witnesses.",
                RuleKind.Unprocessable, "witnesses");
        }

        var memo = new SeizureMemo
        {
            Id = id,
            StationId = stationId,
            FirId = firId,
            RaidId = raidId,
            PremisesId = premisesId,
            MemoNumber = memoNumber,
            DrawnUpAt = drawnUpAt,
            OccupantGivenCopy = occupantGivenCopy,
            PreparedBy = preparedBy,
        };
        memo._witnesses.AddRange(witnesses);
        return memo;
    }
}
