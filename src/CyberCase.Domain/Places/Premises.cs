using CyberCase.Domain.Common;

namespace CyberCase.Domain.Places;

/// <summary>What a premises is used as. A call centre's trade name goes in <see cref="Premises.Name"/>.</summary>
public enum PremisesKind
{
    CallCentre,
    Residence,
    Office,
    Shop,
    Other,
}

/// <summary>A postal address as the police forms write it: line, locality, city, district, state and PIN.</summary>
public sealed record PostalAddress
{
    public const int LineMaxLength = 300;
    public const int PartMaxLength = 100;
    public const int PinLength = 6;

    public required string Line { get; init; }
    public string? Locality { get; init; }
    public required string City { get; init; }
    public required string District { get; init; }
    public required string State { get; init; }
    public string? Pin { get; init; }

    /// <summary>One line for lists and the arrest display; the district is left out when it is the city itself.</summary>
    public override string ToString() =>
        string.Join(", ", new[] { Line, Locality, City, District == City ? null : District, State, Pin }
            .Where(p => !string.IsNullOrWhiteSpace(p)));
}

/// <summary>
/// A place linked to one or more cases (a call centre, a residence): raided, where accused are found and devices
/// seized. It belongs to the station that recorded it. (The namespace is Places because "Premises" is the entity.)
/// </summary>
public sealed class Premises : VersionedEntity
{
    public const int NameMaxLength = 200;
    public const int OwnerMaxLength = 200;
    public const int NotesMaxLength = 4000;

    private Premises() { }

    public Guid Id { get; private set; }
    public Guid StationId { get; private set; }
    public string Name { get; private set; } = "";
    public PremisesKind Kind { get; private set; }
    public PostalAddress Address { get; private set; } = null!;
    public double? Latitude { get; private set; }
    public double? Longitude { get; private set; }
    /// <summary>Owner or operator as free text, or an accused person of the station.</summary>
    public string? OwnerOperator { get; private set; }
    public Guid? OwnerAccusedPersonId { get; private set; }
    public string? Notes { get; private set; }
    public DateTimeOffset RecordedAt { get; private set; }
    public Guid RecordedBy { get; private set; }

    public static Premises Register(Guid id, Guid stationId, string name, PremisesKind kind, PostalAddress address,
        double? latitude, double? longitude, string? ownerOperator, Guid? ownerAccusedPersonId, string? notes,
        DateTimeOffset recordedAt, Guid recordedBy)
    {
        if (latitude is null != longitude is null)
        {
            throw new DomainException("Premises.IncompleteCoordinates", "Give both latitude and longitude, or neither.",
                RuleKind.Unprocessable, latitude is null ? "latitude" : "longitude");
        }

        return new Premises
        {
            Id = id,
            StationId = stationId,
            Name = name,
            Kind = kind,
            Address = address,
            Latitude = latitude,
            Longitude = longitude,
            OwnerOperator = ownerOperator,
            OwnerAccusedPersonId = ownerAccusedPersonId,
            Notes = notes,
            RecordedAt = recordedAt,
            RecordedBy = recordedBy,
        };
    }
}

/// <summary>A premises linked to an FIR (one premises can figure in several cases).</summary>
public sealed class FirPremises
{
    private FirPremises() { }

    public FirPremises(Guid firId, Guid premisesId, DateTimeOffset linkedAt, Guid linkedBy)
    {
        FirId = firId;
        PremisesId = premisesId;
        LinkedAt = linkedAt;
        LinkedBy = linkedBy;
    }

    public Guid FirId { get; private set; }
    public Guid PremisesId { get; private set; }
    public DateTimeOffset LinkedAt { get; private set; }
    public Guid LinkedBy { get; private set; }
}
