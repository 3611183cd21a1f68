namespace CyberCase.Domain.Exhibits;

/// <summary>Who or where holds an exhibit after a transfer.</summary>
public enum CustodyHolderKind
{
    Officer,
    Malkhana,
    ForensicLab,
    Court,
    ReturnedToOwner,
}

/// <summary>A holder: an officer of the station (by id), or a named place or person (FSL Srinagar, the court, the owner).</summary>
public sealed record CustodyHolder(CustodyHolderKind Kind, Guid? OfficerId, string? Name)
{
    public const int NameMaxLength = 200;

    public override string ToString() => Kind switch
    {
        CustodyHolderKind.Officer => $"Officer {Name ?? OfficerId?.ToString()}",
        _ => Name is null ? Kind.ToString() : $"{Kind}: {Name}",
    };
}
