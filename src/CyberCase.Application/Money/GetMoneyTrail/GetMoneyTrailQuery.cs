using CyberCase.Application.Common;
using CyberCase.Application.Persistence;
using CyberCase.Domain.Officers;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CyberCase.Application.Money.GetMoneyTrail;

/// <summary>The money trail of a case: accounts by layer with their status, transactions in time order, totals per currency.</summary>
[AllowedRoles(Roles.InvestigatingOfficer, Roles.StationHouseOfficer, Roles.Prosecutor, Roles.Admin)]
public sealed record GetMoneyTrailQuery(Guid FirId) : IQuery<MoneyTrailView>;

public sealed class GetMoneyTrailHandler(CyberCaseDbContext db, ICurrentOfficer officer) : IQueryHandler<GetMoneyTrailQuery, MoneyTrailView>
{
    public async ValueTask<MoneyTrailView> Handle(GetMoneyTrailQuery query, CancellationToken ct)
    {
        var number = await db.Firs.Where(f => f.Id == query.FirId && f.StationId == officer.StationId).Select(f => f.Number)
            .SingleOrDefaultAsync(ct) ?? throw new NotFoundException("Fir", query.FirId);
        return await db.TrailAsync(query.FirId, number, ct);
    }
}
