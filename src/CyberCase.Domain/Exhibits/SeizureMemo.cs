using CyberCase.Domain.Common;

namespace CyberCase.Domain.Exhibits;

/// <summary>An independent witness who signed a seizure memo (name, parentage, address, as on the memo).</summary>
public sealed record MemoWitness(string Name, string? Parentage, string Address)
{
    public const int NameMaxLength = 200;
    public const int AddressMaxLength = 500;
}

/// <summary>
/// The seizure memo (panchnama) of a raid at its premises: its number, when it was drawn up, the two or more
/// witnesses who signed it, the occupant who was given a copy, and the exhibits seized under it.
/// </summary>
public sealed class SeizureMemo : VersionedEntity
{
    public const int MemoNumberMaxLength = 64;
    public const int OccupantMaxLength = 200;
    public const int MinimumWitnesses = 2;

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
    public IReadOnlyList<MemoWitness> Witnesses => _witnesses;

    public static SeizureMemo DrawUp(Guid id, Guid stationId, Guid firId, Guid raidId, Guid? premisesId, string memoNumber,
        DateTimeOffset drawnUpAt, IReadOnlyCollection<MemoWitness> witnesses, string? occupantGivenCopy, Guid preparedBy)
    {
        // BNSS 103(4)-(5): the search and the list of things seized are witnessed by two or more independent locals.
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
