using CyberCase.Application.Common;
using CyberCase.Application.Persistence;
using CyberCase.Domain.Officers;
using Mediator;

namespace CyberCase.Application.Statements.GetStatement;

/// <summary>A statement in full, with the provision it was recorded under and the correction that replaced it, if any.</summary>
[AllowedRoles(Roles.InvestigatingOfficer, Roles.StationHouseOfficer, Roles.Prosecutor)]
public sealed record GetStatementQuery(Guid Id) : IQuery<StatementView>;

public sealed class GetStatementHandler(CyberCaseDbContext db, ICurrentOfficer officer) : IQueryHandler<GetStatementQuery, StatementView>
{
    public async ValueTask<StatementView> Handle(GetStatementQuery query, CancellationToken ct) =>
        await db.LoadStatementAsync(query.Id, officer, ct);
}
