using CyberCase.Application.Common;
using CyberCase.Application.Persistence;
using CyberCase.Domain.Officers;
using Mediator;

namespace CyberCase.Application.Accused.GetAccused;

/// <summary>An accused of the case with the person, arrest, custody, every FIR the person is accused in, and the deadlines.</summary>
[AllowedRoles(Roles.InvestigatingOfficer, Roles.StationHouseOfficer, Roles.Prosecutor, Roles.MalkhanaInCharge, Roles.Admin)]
public sealed record GetAccusedQuery(Guid Id) : IQuery<AccusedDetails>;

public sealed class GetAccusedHandler(CyberCaseDbContext db, ICurrentOfficer officer, TimeProvider clock, OffenceSectionCatalog catalog)
    : IQueryHandler<GetAccusedQuery, AccusedDetails>
{
    public async ValueTask<AccusedDetails> Handle(GetAccusedQuery query, CancellationToken ct) =>
        await db.LoadAccusedAsync(query.Id, officer, clock, catalog, ct);
}
