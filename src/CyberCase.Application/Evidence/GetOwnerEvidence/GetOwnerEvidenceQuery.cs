using CyberCase.Application.Common;
using CyberCase.Application.Evidence.Owners;
using CyberCase.Application.Persistence;
using CyberCase.Domain.Evidence;
using CyberCase.Domain.Officers;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CyberCase.Application.Evidence.GetOwnerEvidence;

/// <summary>The files attached to one record (an FIR, a raid...), oldest first, withdrawn ones included and marked.</summary>
[AllowedRoles(Roles.InvestigatingOfficer, Roles.StationHouseOfficer, Roles.Prosecutor, Roles.MalkhanaInCharge, Roles.Admin)]
public sealed record GetOwnerEvidenceQuery(EvidenceOwnerType? OwnerType, Guid? OwnerId) : IQuery<IReadOnlyList<EvidenceFileView>>;

public sealed class GetOwnerEvidenceValidator : AbstractValidator<GetOwnerEvidenceQuery>
{
    public GetOwnerEvidenceValidator()
    {
        RuleFor(q => q.OwnerType).NotNull().IsInEnum();
        RuleFor(q => q.OwnerId).NotEmpty();
    }
}

public sealed class GetOwnerEvidenceHandler(CyberCaseDbContext db, ICurrentOfficer officer, EvidenceOwners owners)
    : IQueryHandler<GetOwnerEvidenceQuery, IReadOnlyList<EvidenceFileView>>
{
    public async ValueTask<IReadOnlyList<EvidenceFileView>> Handle(GetOwnerEvidenceQuery query, CancellationToken ct)
    {
        var owner = await owners.FindAsync(query.OwnerType!.Value, query.OwnerId!.Value, officer, ct);
        var files = await db.EvidenceFiles.AsNoTracking()
            .Where(e => e.StationId == officer.StationId && e.OwnerType == owner.Type && e.OwnerId == owner.Id)
            .OrderBy(e => e.UploadedAt).ThenBy(e => e.Id)
            .ToListAsync(ct);
        return await db.ToViewsAsync(files, ct);
    }
}
