using System.Text.RegularExpressions;
using CyberCase.Application.Common;
using CyberCase.Application.Firs;
using CyberCase.Application.Persistence;
using CyberCase.Domain.Common;
using CyberCase.Domain.Officers;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CyberCase.Application.CaseFiles.GetCaseBundleContent;

/// <summary>
/// The PDF of an exported bundle (of the officer's station). <see cref="Volume"/> is 1-based; it defaults to 1. Every
/// copy served is recorded in the audit trail.
/// </summary>
[AllowedRoles(Roles.Prosecutor, Roles.StationHouseOfficer, Roles.InvestigatingOfficer)]
public sealed record GetCaseBundleContentQuery(Guid BundleId, int? Volume) : IQuery<CaseBundleFile>;

public sealed record CaseBundleFile(string FileName, string Sha256, byte[] Content);

public sealed class GetCaseBundleContentValidator : AbstractValidator<GetCaseBundleContentQuery>
{
    public GetCaseBundleContentValidator() => RuleFor(q => q.Volume).GreaterThanOrEqualTo(1);
}

public sealed partial class GetCaseBundleContentHandler(CyberCaseDbContext db, ICurrentOfficer officer, ICaseBundleStore store,
    AuditScope audit, StationDirectory stations)
    : IQueryHandler<GetCaseBundleContentQuery, CaseBundleFile>
{
    public async ValueTask<CaseBundleFile> Handle(GetCaseBundleContentQuery query, CancellationToken ct)
    {
        var bundle = await db.CaseBundles.AsNoTracking()
            .SingleOrDefaultAsync(b => b.Id == query.BundleId && b.StationId == officer.StationId, ct)
            ?? throw new NotFoundException("CaseBundle", query.BundleId);
        var number = query.Volume ?? 1;
        var volume = bundle.Volumes.SingleOrDefault(v => v.Number == number)
            ?? throw new NotFoundException("CaseBundleVolume", $"{query.BundleId}/{number}");
        var fir = await db.Firs.AsNoTracking().Where(f => f.Id == bundle.FirId)
            .Select(f => new { f.Number, f.StationId }).SingleAsync(ct);
        var station = (await stations.GetAsync(db, fir.StationId, ct)).Name;

        await using var stream = await store.OpenAsync(volume.Sha256, ct)
            ?? throw new DomainException("CaseBundle.FileMissing", "The stored file of this bundle is missing; export the bundle again.");
        using var copy = new MemoryStream();
        await stream.CopyToAsync(copy, ct);
        var bytes = copy.ToArray();
        // What leaves the server is the copy that was recorded, or nothing.
        if (!string.Equals(StreamedSha256.Of(bytes), volume.Sha256, StringComparison.Ordinal))
        {
            throw new DomainException("CaseBundle.FileIntegrityFailure",
                "The stored file of this bundle no longer matches the SHA-256 recorded at export; it is not served.");
        }

        // Who took a copy of the court bundle, and of which bytes, is part of its record.
        audit.Record(new AuditEvent("DownloadCaseBundle", "CaseBundle", bundle.Id.ToString(),
            new { firId = bundle.FirId, volume = number, sha256 = volume.Sha256 }));
        return new CaseBundleFile(FileName(fir.Number, station, bundle.Volumes.Count > 1 ? number : null), volume.Sha256, bytes);
    }

    /// <summary>"FIR-02-2021-Cyber-PS-Kashmir-Zone.pdf"; with "-Vol-2" when the bundle has volumes.</summary>
    public static string FileName(string firNumber, string stationName, int? volume)
    {
        var station = NotAlphanumeric().Replace(stationName.Replace("Police Station", "PS", StringComparison.OrdinalIgnoreCase), "-").Trim('-');
        return $"FIR-{firNumber.Replace('/', '-')}-{station}{(volume is { } v ? $"-Vol-{v}" : "")}.pdf";
    }

    [GeneratedRegex("[^A-Za-z0-9]+")]
    private static partial Regex NotAlphanumeric();
}
