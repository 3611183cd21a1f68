using CyberCase.Application.Firs;
using CyberCase.Domain.CaseFiles;

namespace CyberCase.Application.CaseFiles;

public sealed record CaseBundleVolumeView(int Number, string Sha256, int FirstPage, int LastPage, long SizeBytes, string ContentUrl);

/// <summary>An exported bundle as recorded: what was handed out, by whom and when, and the hash that proves it.</summary>
/// <param name="CarriesCaseDiary">The court's copy, with the restricted case diary extract: never the copy for an accused.</param>
public sealed record CaseBundleView(Guid Id, Guid FirId, string FirNumber, Guid StationId, string Sha256, int Pages, long SizeBytes,
    int Volumes, IReadOnlyList<CaseBundleVolumeView> VolumeFiles, OfficerRef CreatedBy, DateTimeOffset CreatedAt, bool CarriesCaseDiary)
{
    public static CaseBundleView From(CaseBundle b, string firNumber, OfficerRef createdBy) =>
        new(b.Id, b.FirId, firNumber, b.StationId, b.Sha256, b.Pages, b.SizeBytes, b.Volumes.Count,
            b.Volumes.OrderBy(v => v.Number).Select(v => new CaseBundleVolumeView(v.Number, v.Sha256, v.FirstPage, v.LastPage, v.SizeBytes,
                $"/api/case-bundles/{b.Id}/content" + (b.Volumes.Count > 1 ? $"?volume={v.Number}" : ""))).ToList(),
            createdBy, b.CreatedAt, b.CarriesCaseDiary);
}
