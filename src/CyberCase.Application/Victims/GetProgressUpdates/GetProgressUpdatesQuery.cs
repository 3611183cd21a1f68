using CyberCase.Application.Common;
using CyberCase.Application.Deadlines;
using CyberCase.Application.Persistence;
using CyberCase.Domain.Clocks;
using CyberCase.Domain.Officers;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CyberCase.Application.Victims.GetProgressUpdates;

/// <summary>
/// The 90-day progress clocks of a case (BNSS 193(3)(ii), FIRs under the BNSS only): each informant and victim with
/// the date due and whether and when they were told, and every communication recorded.
/// </summary>
[AllowedRoles(Roles.InvestigatingOfficer, Roles.StationHouseOfficer, Roles.Prosecutor, Roles.Admin)]
public sealed record GetProgressUpdatesQuery(Guid FirId) : IQuery<ProgressUpdatesView>;

public sealed record ProgressClockView(Guid? VictimId, string Name, DateTimeOffset DueAt, DateTimeOffset? ToldAt, bool Cleared, bool Late);

public sealed record ProgressUpdatesView(bool Applies, IReadOnlyList<ProgressClockView> Clocks, IReadOnlyList<ProgressCommunicationView> Communications);

public sealed class GetProgressUpdatesHandler(CyberCaseDbContext db, ICurrentOfficer officer, TimeProvider clock)
    : IQueryHandler<GetProgressUpdatesQuery, ProgressUpdatesView>
{
    public async ValueTask<ProgressUpdatesView> Handle(GetProgressUpdatesQuery query, CancellationToken ct)
    {
        var clocks = await db.ProgressClocksAsync(officer.StationId, query.FirId, ct);
        var registeredAt = await db.Firs.Where(f => f.Id == query.FirId).Select(f => f.RegisteredAt).SingleAsync(ct);
        var communications = await db.ProgressCommunications.AsNoTracking().Where(c => c.FirId == query.FirId).ToListAsync(ct);
        var now = clock.GetUtcNow();
        return new ProgressUpdatesView(Domain.Law.Regime.ForFir(registeredAt).Has(Domain.Law.Provision.VictimInformedOfProgress),
            clocks.Select(c => new ProgressClockView(c.VictimId, c.Name, c.DueAt, c.ToldAt, c.Cleared, c.IsLateAt(now))).ToList(),
            communications.OrderBy(c => c.At).ThenBy(c => c.Id).Select(ProgressCommunicationView.From).ToList());
    }
}
