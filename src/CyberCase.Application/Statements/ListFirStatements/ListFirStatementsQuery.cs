using CyberCase.Application.Common;
using CyberCase.Application.Firs;
using CyberCase.Application.Persistence;
using CyberCase.Domain.Officers;
using Mediator;

namespace CyberCase.Application.Statements.ListFirStatements;

/// <summary>The statements of an FIR in the order recorded: each person, their role and what they speak to.</summary>
[AllowedRoles(Roles.InvestigatingOfficer, Roles.StationHouseOfficer, Roles.Prosecutor)]
public sealed record ListFirStatementsQuery(Guid FirId) : IQuery<IReadOnlyList<StatementListItem>>;

public sealed class ListFirStatementsHandler(CyberCaseDbContext db, ICurrentOfficer officer)
    : IQueryHandler<ListFirStatementsQuery, IReadOnlyList<StatementListItem>>
{
    public async ValueTask<IReadOnlyList<StatementListItem>> Handle(ListFirStatementsQuery query, CancellationToken ct)
    {
        var fir = await db.FindOwnAsync(query.FirId, officer, ct);
        return await db.ListStatementsAsync(fir.Id, fir.RegisteredAt, ct);
    }
}
