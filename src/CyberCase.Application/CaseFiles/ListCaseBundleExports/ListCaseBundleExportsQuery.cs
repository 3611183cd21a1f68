using CyberCase.Application.Common;
using CyberCase.Application.Firs;
using CyberCase.Application.Persistence;
using CyberCase.Domain.CaseFiles;
using CyberCase.Domain.Officers;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CyberCase.Application.CaseFiles.ListCaseBundleExports;

/// <summary>
/// The history of a case's court bundles: every bundle exported, newest first, with its SHA-256 (what was handed to the
/// court can always be proved), and the background exports not yet finished or that failed, with their progress.
/// </summary>
[AllowedRoles(Roles.Prosecutor, Roles.StationHouseOfficer, Roles.InvestigatingOfficer)]
public sealed record ListCaseBundleExportsQuery(Guid FirId) : IQuery<CaseBundleExportHistory>;

/// <param name="Exports">Background exports that have not produced a bundle (queued, running, failed), newest first.</param>
public sealed record CaseBundleExportHistory(Guid FirId, string FirNumber, IReadOnlyList<CaseBundleView> Bundles, IReadOnlyList<BundleExportView> Exports);

public sealed class ListCaseBundleExportsHandler(CyberCaseDbContext db, ICurrentOfficer officer)
    : IQueryHandler<ListCaseBundleExportsQuery, CaseBundleExportHistory>
{
    public async ValueTask<CaseBundleExportHistory> Handle(ListCaseBundleExportsQuery query, CancellationToken ct)
    {
        var firNumber = await db.Firs.AsNoTracking().Where(f => f.Id == query.FirId && f.StationId == officer.StationId)
            .Select(f => f.Number).SingleOrDefaultAsync(ct) ?? throw new NotFoundException("Fir", query.FirId);
        var bundles = await db.CaseBundles.AsNoTracking().Where(b => b.FirId == query.FirId && b.StationId == officer.StationId)
            .ToListAsync(ct);
        var officerIds = bundles.Select(b => b.CreatedBy).Distinct().ToList();
        var officers = await db.Officers.AsNoTracking().Where(o => officerIds.Contains(o.Id))
            .ToDictionaryAsync(o => o.Id, o => new OfficerRef(o.Id, o.FullName, o.Rank), ct);
        var exports = await db.BundleExportJobs.AsNoTracking()
            .Where(j => j.FirId == query.FirId && j.StationId == officer.StationId && j.State != BundleExportState.Completed)
            .ToListAsync(ct);
        return new CaseBundleExportHistory(query.FirId, firNumber,
            bundles.OrderByDescending(b => b.CreatedAt).Select(b => CaseBundleView.From(b, firNumber, officers[b.CreatedBy])).ToList(),
            exports.OrderByDescending(j => j.CreatedAt).Select(BundleExportView.From).ToList());
    }
}
