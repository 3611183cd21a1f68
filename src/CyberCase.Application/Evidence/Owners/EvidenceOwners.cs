using CyberCase.Application.Common;
using CyberCase.Domain.Evidence;
using CyberCase.Domain.Officers;

namespace CyberCase.Application.Evidence.Owners;

/// <summary>A record that evidence files can be attached to, as found at the officer's station.</summary>
public sealed record EvidenceOwner(EvidenceOwnerType Type, Guid Id, Guid StationId, Guid FirId);

/// <summary>
/// Finds one kind of owner (FIR, raid, seizure memo, exhibit, accused) by id at a station. One implementation per
/// owner type, registered in <see cref="DependencyInjection.AddApplication"/>.
/// </summary>
public interface IEvidenceOwnerResolver
{
    EvidenceOwnerType OwnerType { get; }

    /// <summary>The owner if it exists at the station; null otherwise (another station's record is not found either).</summary>
    Task<EvidenceOwner?> FindAsync(Guid id, Guid stationId, CancellationToken ct);
}

/// <summary>The owner types and who may attach files to each.</summary>
public sealed class EvidenceOwners(IEnumerable<IEvidenceOwnerResolver> resolvers)
{
    private readonly Dictionary<EvidenceOwnerType, IEvidenceOwnerResolver> _resolvers =
        resolvers.ToDictionary(r => r.OwnerType);

    /// <summary>The owner at the officer's station, or 404 with the owner's own code (Fir.NotFound, Raid.NotFound...).</summary>
    public async Task<EvidenceOwner> FindAsync(EvidenceOwnerType type, Guid id, ICurrentOfficer officer, CancellationToken ct)
    {
        var owner = _resolvers.TryGetValue(type, out var resolver) ? await resolver.FindAsync(id, officer.StationId, ct) : null;
        return owner ?? throw new NotFoundException(type.ToString(), id);
    }

    /// <summary>
    /// The investigating officers and the SHO attach files to anything of the case; the malkhana in-charge, who keeps
    /// the sealed exhibits, attaches files (photos of seals, FSL receipts) to exhibits only.
    /// </summary>
    public static IReadOnlyList<string> UploaderRoles(EvidenceOwnerType type) => type == EvidenceOwnerType.Exhibit
        ? [Roles.InvestigatingOfficer, Roles.StationHouseOfficer, Roles.MalkhanaInCharge]
        : [Roles.InvestigatingOfficer, Roles.StationHouseOfficer];

    public static void EnsureMayUpload(EvidenceOwnerType type, ICurrentOfficer officer)
    {
        if (!UploaderRoles(type).Any(officer.IsInRole))
        {
            throw new ForbiddenException($"Your role does not allow attaching files to a {type}.");
        }
    }
}
