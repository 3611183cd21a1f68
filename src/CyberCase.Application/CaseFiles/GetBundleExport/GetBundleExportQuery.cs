using CyberCase.Application.Common;
using CyberCase.Application.Persistence;
using CyberCase.Domain.Officers;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CyberCase.Application.CaseFiles.GetBundleExport;

/// <summary>The status of a background export of the officer's station: state, pages done of pages expected, the document being assembled, and the bundle once done.</summary>
[AllowedRoles(Roles.Prosecutor, Roles.StationHouseOfficer, Roles.InvestigatingOfficer)]
public sealed record GetBundleExportQuery(Guid ExportId) : IQuery<BundleExportView>;

public sealed class GetBundleExportHandler(CyberCaseDbContext db, ICurrentOfficer officer) : IQueryHandler<GetBundleExportQuery, BundleExportView>
{
    public async ValueTask<BundleExportView> Handle(GetBundleExportQuery query, CancellationToken ct) =>
        BundleExportView.From(await db.BundleExportJobs.AsNoTracking()
            .SingleOrDefaultAsync(j => j.Id == query.ExportId && j.StationId == officer.StationId, ct)
            ?? throw new NotFoundException("CaseBundleExport", query.ExportId));
}
