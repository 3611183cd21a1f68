using CyberCase.Application.Common;
using CyberCase.Application.Persistence;
using CyberCase.Domain.Officers;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CyberCase.Application.Links.GetLinkedFirs;

/// <summary>
/// The station's other FIRs that share an IMEI, an accused's phone number, an account or a premises with this FIR,
/// each with what links them (BNS 111: organised crime is shown by more than one charge-sheet).
/// </summary>
[AllowedRoles(Roles.InvestigatingOfficer, Roles.StationHouseOfficer)]
public sealed record GetLinkedFirsQuery(Guid FirId) : IQuery<IReadOnlyList<LinkedFir>>;

public sealed class GetLinkedFirsHandler(CyberCaseDbContext db, ICurrentOfficer officer) : IQueryHandler<GetLinkedFirsQuery, IReadOnlyList<LinkedFir>>
{
    public async ValueTask<IReadOnlyList<LinkedFir>> Handle(GetLinkedFirsQuery query, CancellationToken ct)
    {
        var station = officer.StationId;
        var firId = query.FirId;
        if (!await db.Firs.AnyAsync(f => f.Id == firId && f.StationId == station, ct))
        {
            throw new NotFoundException("Fir", firId);
        }

        var imeis = await (from e in db.Exhibits
                           where e.FirId == firId
                           join i in db.ExhibitImeis on e.Id equals i.ExhibitId
                           select i.Imei).Distinct().ToListAsync(ct);
        var personIds = await db.CaseAccused.Where(a => a.FirId == firId).Select(a => a.PersonId).ToListAsync(ct);
        var phones = await db.AccusedPersons.Where(p => personIds.Contains(p.Id))
            .SelectMany(p => p.Phones, (p, ph) => ph.Number).Distinct().ToListAsync(ct);
        var accounts = await db.CaseAccounts.Where(a => a.FirId == firId).Select(a => a.Identifier).ToListAsync(ct);
        var premises = await db.FirPremises.Where(l => l.FirId == firId).Select(l => l.PremisesId).ToListAsync(ct);

        var shared = new List<(LinkKind Kind, LinkQueries.Hit Hit)>();
        if (imeis.Count > 0)
        {
            shared.AddRange((await db.ImeiHitsAsync(station, imeis, ct)).Select(h => (LinkKind.Imei, h)));
        }

        if (phones.Count > 0)
        {
            shared.AddRange((await db.PhoneHitsAsync(station, phones, ct)).Select(h => (LinkKind.Phone, h)));
        }

        if (accounts.Count > 0)
        {
            shared.AddRange((await db.AccountIdentifierHitsAsync(station, accounts, ct)).Select(h => (LinkKind.Account, h)));
        }

        if (premises.Count > 0)
        {
            shared.AddRange((await db.PremisesHitsAsync(station, premises, ct)).Select(h => (LinkKind.Premises, h)));
        }

        var others = shared.Where(s => s.Hit.FirId != firId).ToList();
        var otherIds = others.Select(s => s.Hit.FirId).Distinct().ToList();
        var firs = await db.Firs.AsNoTracking().Where(f => otherIds.Contains(f.Id) && f.StationId == station)
            .OrderBy(f => f.Year).ThenBy(f => f.Serial).Select(f => new FirRef(f.Id, f.Number)).ToListAsync(ct);
        return firs.Select(f => new LinkedFir(f, others.Where(s => s.Hit.FirId == f.Id)
                .OrderBy(s => s.Kind).ThenBy(s => s.Hit.Value, StringComparer.Ordinal).ThenBy(s => s.Hit.Label, StringComparer.Ordinal)
                .Select(s => new SharedIdentifier(s.Kind, s.Hit.Value, s.Hit.How, s.Hit.RecordId, s.Hit.Label)).ToList()))
            .ToList();
    }
}
