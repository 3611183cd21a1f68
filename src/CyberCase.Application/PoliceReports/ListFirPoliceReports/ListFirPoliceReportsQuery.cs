using CyberCase.Application.Common;
using CyberCase.Application.Firs;
using CyberCase.Application.Persistence;
using CyberCase.Domain.Officers;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CyberCase.Application.PoliceReports.ListFirPoliceReports;

/// <summary>The police reports of an FIR: the report, then each supplementary report.</summary>
[AllowedRoles(Roles.InvestigatingOfficer, Roles.StationHouseOfficer, Roles.Prosecutor)]
public sealed record ListFirPoliceReportsQuery(Guid FirId) : IQuery<IReadOnlyList<PoliceReportView>>;

public sealed class ListFirPoliceReportsHandler(CyberCaseDbContext db, ICurrentOfficer officer)
    : IQueryHandler<ListFirPoliceReportsQuery, IReadOnlyList<PoliceReportView>>
{
    public async ValueTask<IReadOnlyList<PoliceReportView>> Handle(ListFirPoliceReportsQuery query, CancellationToken ct)
    {
        var fir = await db.FindOwnAsync(query.FirId, officer, ct);
        var reports = await db.PoliceReports.AsNoTracking().Where(r => r.FirId == fir.Id).OrderBy(r => r.Sequence).ToListAsync(ct);
        return await db.ViewsAsync(reports, ct);
    }
}
