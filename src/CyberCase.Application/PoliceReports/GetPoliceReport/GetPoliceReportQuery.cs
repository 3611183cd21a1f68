using CyberCase.Application.Common;
using CyberCase.Application.Persistence;
using CyberCase.Domain.Officers;
using Mediator;

namespace CyberCase.Application.PoliceReports.GetPoliceReport;

/// <summary>A police report of the officer's station.</summary>
[AllowedRoles(Roles.InvestigatingOfficer, Roles.StationHouseOfficer, Roles.Prosecutor)]
public sealed record GetPoliceReportQuery(Guid ReportId) : IQuery<PoliceReportView>;

public sealed class GetPoliceReportHandler(CyberCaseDbContext db, ICurrentOfficer officer) : IQueryHandler<GetPoliceReportQuery, PoliceReportView>
{
    public async ValueTask<PoliceReportView> Handle(GetPoliceReportQuery query, CancellationToken ct) =>
        await db.LoadReportAsync(query.ReportId, officer, ct);
}
