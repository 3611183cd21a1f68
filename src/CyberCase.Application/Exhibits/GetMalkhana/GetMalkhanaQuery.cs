using CyberCase.Application.Common;
using CyberCase.Application.Persistence;
using CyberCase.Domain.Exhibits;
using CyberCase.Domain.Officers;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CyberCase.Application.Exhibits.GetMalkhana;

/// <summary>The property-room register: what is in the malkhana now, and what is out and with whom.</summary>
[AllowedRoles(Roles.MalkhanaInCharge, Roles.StationHouseOfficer)]
public sealed record GetMalkhanaQuery : IQuery<MalkhanaRegister>;

public sealed record MalkhanaRegister(IReadOnlyList<ExhibitSummary> In, IReadOnlyList<ExhibitSummary> Out);

public sealed class GetMalkhanaHandler(CyberCaseDbContext db, ICurrentOfficer officer) : IQueryHandler<GetMalkhanaQuery, MalkhanaRegister>
{
    public async ValueTask<MalkhanaRegister> Handle(GetMalkhanaQuery query, CancellationToken ct)
    {
        // Returned-to-owner exhibits have left police custody for good and are no longer on the register.
        var exhibits = await db.Exhibits.AsNoTracking()
            .Where(e => e.StationId == officer.StationId && e.HolderKind != CustodyHolderKind.ReturnedToOwner)
            .OrderBy(e => e.Serial).ToListAsync(ct);
        return new MalkhanaRegister(
            exhibits.Where(e => e.HolderKind == CustodyHolderKind.Malkhana).Select(e => e.Summary()).ToList(),
            exhibits.Where(e => e.HolderKind != CustodyHolderKind.Malkhana).Select(e => e.Summary()).ToList());
    }
}
