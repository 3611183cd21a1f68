using CyberCase.Domain.Common;

namespace CyberCase.Domain.CaseFiles;

/// <summary>
/// One export of a case's court bundle, kept with its hash so that the copy handed to court can be proven later.
/// A bundle is never edited: exporting again records a new one (identical bytes give an identical hash).
/// </summary>
[OutlivesInvestigation]
public sealed class CaseBundle
{
    public const int Sha256Length = 64;

    private readonly List<CaseBundleVolume> _volumes = [];

    private CaseBundle() { }

    public Guid Id { get; private set; }
    public Guid FirId { get; private set; }
    public Guid StationId { get; private set; }

    /// <summary>
    /// The SHA-256 of the bundle: of the PDF file itself when it is one volume; of the volume hashes (lowercase hex,
    /// one per line, in order) when the bundle was split into volumes. Each volume keeps its own file hash.
    /// </summary>
    public string Sha256 { get; private set; } = "";
    public int Pages { get; private set; }
    public long SizeBytes { get; private set; }
    public Guid CreatedBy { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public IReadOnlyList<CaseBundleVolume> Volumes => _volumes;

    /// <summary>
    /// The bundle carries the case diary extract (the court's copy, once the SHO shared the diary): it is restricted
    /// (CrPC 172(3) / BNSS 192(5)), so this bundle is never the copy supplied to an accused.
    /// </summary>
    public bool CarriesCaseDiary { get; private set; }

    public static CaseBundle Record(Guid id, Guid firId, Guid stationId, IReadOnlyList<CaseBundleVolume> volumes,
        bool carriesCaseDiary, Guid createdBy, DateTimeOffset createdAt)
    {
        if (volumes.Count == 0)
        {
            throw new ArgumentException("A bundle has at least one volume.", nameof(volumes));
        }

        var bundle = new CaseBundle
        {
            Id = id,
            FirId = firId,
            StationId = stationId,
            Sha256 = volumes.Count == 1 ? volumes[0].Sha256 : CombinedHash(volumes),
            Pages = volumes[^1].LastPage,
            SizeBytes = volumes.Sum(v => v.SizeBytes),
            CarriesCaseDiary = carriesCaseDiary,
            CreatedBy = createdBy,
            CreatedAt = createdAt,
        };
        bundle._volumes.AddRange(volumes);
        return bundle;
    }

    public static string CombinedHash(IEnumerable<CaseBundleVolume> volumes) =>
        Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(
            System.Text.Encoding.ASCII.GetBytes(string.Concat(volumes.OrderBy(v => v.Number).Select(v => v.Sha256 + "\n")))));
}

/// <summary>One PDF file of a bundle. Page numbers run on across volumes, so volume 2 starts where volume 1 ended.</summary>
public sealed record CaseBundleVolume(int Number, string Sha256, int FirstPage, int LastPage, long SizeBytes);
