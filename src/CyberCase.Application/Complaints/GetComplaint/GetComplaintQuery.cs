using CyberCase.Application.Common;
using CyberCase.Application.Persistence;
using CyberCase.Domain.Officers;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CyberCase.Application.Complaints.GetComplaint;

[AllowedRoles(Roles.InvestigatingOfficer, Roles.StationHouseOfficer, Roles.Admin)]
public sealed record GetComplaintQuery(Guid Id) : IQuery<ComplaintView>;

public sealed class GetComplaintHandler(CyberCaseDbContext db, ICurrentOfficer officer) : IQueryHandler<GetComplaintQuery, ComplaintView>
{
    public async ValueTask<ComplaintView> Handle(GetComplaintQuery query, CancellationToken ct) =>
        ComplaintView.From(await db.Complaints.AsNoTracking().SingleOrDefaultAsync(c => c.Id == query.Id && c.StationId == officer.StationId, ct)
            ?? throw new NotFoundException("Complaint", query.Id));
}
