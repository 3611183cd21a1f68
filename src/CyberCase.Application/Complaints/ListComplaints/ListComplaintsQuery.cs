using CyberCase.Application.Common;
using CyberCase.Application.Persistence;
using CyberCase.Domain.Complaints;
using CyberCase.Domain.Officers;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CyberCase.Application.Complaints.ListComplaints;

/// <summary>The station's complaints (optionally of one status or of one FIR), newest first.</summary>
[AllowedRoles(Roles.InvestigatingOfficer, Roles.StationHouseOfficer, Roles.Admin)]
public sealed record ListComplaintsQuery(ComplaintStatus? Status, Guid? FirId) : IQuery<IReadOnlyList<ComplaintView>>;

public sealed class ListComplaintsHandler(CyberCaseDbContext db, ICurrentOfficer officer)
    : IQueryHandler<ListComplaintsQuery, IReadOnlyList<ComplaintView>>
{
    public async ValueTask<IReadOnlyList<ComplaintView>> Handle(ListComplaintsQuery query, CancellationToken ct)
    {
        var complaints = db.Complaints.AsNoTracking().Where(c => c.StationId == officer.StationId);
        if (query.Status is { } status)
        {
            complaints = complaints.Where(c => c.Status == status);
        }

        if (query.FirId is { } firId)
        {
            complaints = complaints.Where(c => c.FirId == firId);
        }

        // Times are ordered here: SQLite cannot order DateTimeOffset values.
        return (await complaints.ToListAsync(ct)).OrderByDescending(c => c.ReceivedAt).ThenBy(c => c.Id).Select(ComplaintView.From).ToList();
    }
}
