using CyberCase.Application.Common;
using CyberCase.Application.Firs;
using CyberCase.Application.Persistence;
using CyberCase.Domain.Officers;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CyberCase.Application.CaseFiles.GetCaseBundle;

/// <summary>The record of an exported bundle (of the officer's station).</summary>
[AllowedRoles(Roles.Prosecutor, Roles.StationHouseOfficer, Roles.InvestigatingOfficer)]
public sealed record GetCaseBundleQuery(Guid BundleId) : IQuery<CaseBundleView>;

public sealed class GetCaseBundleHandler(CyberCaseDbContext db, ICurrentOfficer officer) : IQueryHandler<GetCaseBundleQuery, CaseBundleView>
{
    public async ValueTask<CaseBundleView> Handle(GetCaseBundleQuery query, CancellationToken ct)
    {
        var bundle = await db.CaseBundles.AsNoTracking()
            .SingleOrDefaultAsync(b => b.Id == query.BundleId && b.StationId == officer.StationId, ct)
            ?? throw new NotFoundException("CaseBundle", query.BundleId);
        var firNumber = await db.Firs.AsNoTracking().Where(f => f.Id == bundle.FirId).Select(f => f.Number).SingleAsync(ct);
        var createdBy = await db.Officers.AsNoTracking().Where(o => o.Id == bundle.CreatedBy)
            .Select(o => new OfficerRef(o.Id, o.FullName, o.Rank)).SingleAsync(ct);
        return CaseBundleView.From(bundle, firNumber, createdBy);
    }
}
