using CyberCase.Application.Common;
using CyberCase.Application.Firs;
using CyberCase.Application.Persistence;
using CyberCase.Domain.Officers;
using Mediator;

namespace CyberCase.Application.PoliceReports.ListDisclosures;

/// <summary>The disclosure log of an FIR (CrPC 207 / BNSS 230), in the order it was written.</summary>
[AllowedRoles(Roles.InvestigatingOfficer, Roles.StationHouseOfficer, Roles.Prosecutor)]
public sealed record ListDisclosuresQuery(Guid FirId) : IQuery<DisclosureLogView>;

public sealed class ListDisclosuresHandler(CyberCaseDbContext db, ICurrentOfficer officer) : IQueryHandler<ListDisclosuresQuery, DisclosureLogView>
{
    public async ValueTask<DisclosureLogView> Handle(ListDisclosuresQuery query, CancellationToken ct)
    {
        var fir = await db.FindOwnAsync(query.FirId, officer, ct);
        return new DisclosureLogView(new FirRef(fir.Id, fir.Number),
            Domain.Law.Regime.ForFir(fir.RegisteredAt).Cite(Domain.Law.Provision.CopiesToAccused), await db.DisclosureViewsAsync(fir.Id, ct));
    }
}
