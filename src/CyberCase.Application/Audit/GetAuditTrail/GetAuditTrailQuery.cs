using CyberCase.Application.Common;
using CyberCase.Application.Persistence;
using CyberCase.Domain.Officers;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CyberCase.Application.Audit.GetAuditTrail;

/// <summary>The audit trail, newest first. An SHO sees the records of their station; an admin sees all.</summary>
[AllowedRoles(Roles.StationHouseOfficer, Roles.Admin)]
public sealed record GetAuditTrailQuery(string? EntityType, string? EntityId, int? Page, int? PageSize)
    : IQuery<Paged<AuditRecordView>>;

public sealed record AuditRecordView(long Id, DateTimeOffset At, Guid? OfficerId, string? UserName, Guid? StationId,
    string Action, string EntityType, string? EntityId, string Changes, string PreviousHash, string Hash);

public sealed class GetAuditTrailValidator : AbstractValidator<GetAuditTrailQuery>
{
    public GetAuditTrailValidator()
    {
        RuleFor(q => q.EntityType).MaximumLength(100);
        RuleFor(q => q.EntityId).MaximumLength(200);
        RuleFor(q => q.Page).GreaterThanOrEqualTo(1);
        RuleFor(q => q.PageSize).InclusiveBetween(1, Paging.MaxPageSize);
    }
}

public sealed class GetAuditTrailHandler(CyberCaseDbContext db, ICurrentOfficer officer)
    : IQueryHandler<GetAuditTrailQuery, Paged<AuditRecordView>>
{
    public async ValueTask<Paged<AuditRecordView>> Handle(GetAuditTrailQuery query, CancellationToken ct)
    {
        var (page, pageSize) = Paging.Normalise(query.Page, query.PageSize);
        var records = db.AuditRecords.AsNoTracking();
        if (!officer.IsInRole(Roles.Admin))
        {
            records = records.Where(r => r.StationId == officer.StationId);
        }

        if (!string.IsNullOrWhiteSpace(query.EntityType))
        {
            records = records.Where(r => r.EntityType == query.EntityType);
        }

        if (!string.IsNullOrWhiteSpace(query.EntityId))
        {
            records = records.Where(r => r.EntityId == query.EntityId);
        }

        var total = await records.CountAsync(ct);
        var items = await records.OrderByDescending(r => r.Sequence).Skip((page - 1) * pageSize).Take(pageSize)
            .Select(r => new AuditRecordView(r.Sequence, r.At, r.OfficerId, r.UserName, r.StationId, r.Action, r.EntityType,
                r.EntityId, r.Changes, r.PreviousHash, r.Hash))
            .ToListAsync(ct);
        return new Paged<AuditRecordView>(items, total, page, pageSize);
    }
}
