using CyberCase.Application.Common;
using CyberCase.Application.Persistence;
using CyberCase.Domain.Officers;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CyberCase.Application.Money.ListCaseAccounts;

/// <summary>The accounts of the case's money trail, in the order recorded.</summary>
[AllowedRoles(Roles.InvestigatingOfficer, Roles.StationHouseOfficer, Roles.Prosecutor, Roles.Admin)]
public sealed record ListCaseAccountsQuery(Guid FirId) : IQuery<IReadOnlyList<CaseAccountView>>;

public sealed class ListCaseAccountsHandler(CyberCaseDbContext db, ICurrentOfficer officer)
    : IQueryHandler<ListCaseAccountsQuery, IReadOnlyList<CaseAccountView>>
{
    public async ValueTask<IReadOnlyList<CaseAccountView>> Handle(ListCaseAccountsQuery query, CancellationToken ct)
    {
        if (!await db.Firs.AnyAsync(f => f.Id == query.FirId && f.StationId == officer.StationId, ct))
        {
            throw new NotFoundException("Fir", query.FirId);
        }

        var accounts = await db.CaseAccounts.AsNoTracking().Where(a => a.FirId == query.FirId)
            .OrderBy(a => a.RecordedAt).ThenBy(a => a.Identifier).ToListAsync(ct);
        return accounts.Select(CaseAccountView.From).ToList();
    }
}
