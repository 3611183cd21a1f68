using CyberCase.Application.Common;
using CyberCase.Application.Persistence;
using CyberCase.Domain.Officers;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CyberCase.Application.Officers.GetMe;

/// <summary>
/// The signed-in officer: who, which station, which roles (from the database, not from the token), and the language they
/// chose for the pages (null until they choose one).
/// </summary>
[AllowedRoles(Roles.InvestigatingOfficer, Roles.StationHouseOfficer, Roles.Prosecutor, Roles.MalkhanaInCharge, Roles.Admin)]
public sealed record GetMeQuery : IQuery<MeView>;

public sealed record MeView(Guid Id, string UserName, string Name, Rank? Rank, MeStation Station, IReadOnlyList<string> Roles,
    bool TwoFactorEnabled, string? Language);

public sealed record MeStation(Guid Id, string Code, string Name);

public sealed class GetMeHandler(CyberCaseDbContext db, ICurrentOfficer officer) : IQueryHandler<GetMeQuery, MeView>
{
    public async ValueTask<MeView> Handle(GetMeQuery query, CancellationToken ct)
    {
        var me = await (from o in db.Officers.AsNoTracking()
                        join s in db.Stations on o.StationId equals s.Id
                        where o.Id == officer.Id
                        select new { o.Id, o.UserName, o.FullName, o.Rank, Station = new MeStation(s.Id, s.Code, s.Name) })
            .SingleOrDefaultAsync(ct) ?? throw new NotFoundException("Officer", officer.Id);
        var roles = await db.RolesOfAsync(db.Officers.Where(o => o.Id == me.Id).Select(o => o.Id), ct);
        var twoFactor = await db.Users.AsNoTracking().Where(u => u.Id == me.Id).Select(u => u.TwoFactorEnabled).SingleAsync(ct);
        var language = await db.UserClaims.AsNoTracking()
            .Where(c => c.UserId == me.Id && c.ClaimType == OfficerAccounts.LanguageClaim).Select(c => c.ClaimValue).FirstOrDefaultAsync(ct);
        return new MeView(me.Id, me.UserName, me.FullName, me.Rank, me.Station, roles.GetValueOrDefault(me.Id) ?? [], twoFactor, language);
    }
}
