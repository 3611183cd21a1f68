using CyberCase.Application.Auth;
using CyberCase.Application.Common;
using CyberCase.Application.Persistence;
using CyberCase.Domain.Common;
using CyberCase.Domain.Officers;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace CyberCase.Application.Officers;

/// <summary>An officer as colleagues see them: for assignment, raid teams and the caller's own profile.</summary>
public sealed record OfficerView(Guid Id, string UserName, string Name, Rank? Rank, IReadOnlyList<string> Roles);

public static class OfficerAccounts
{
    /// <summary>
    /// Marks a disabled account (an Identity user claim, so no schema change): it stays locked, and unlocking it is
    /// refused. A disabled officer's records keep naming them.
    /// </summary>
    public const string DisabledClaim = "cybercase:disabled";

    /// <summary>
    /// Marks an account whose password was set by someone else (an administrator adding the officer): the officer must
    /// choose their own at the next sign-in (the pages allow nothing else; the login answers
    /// <c>passwordChangeRequired</c>). An Identity user claim like <see cref="DisabledClaim"/>; ChangeOwnPassword removes it.
    /// </summary>
    public const string PasswordChangeClaim = "cybercase:password-change";

    /// <summary>
    /// The language the officer chose for the pages (a culture name of <see cref="Languages"/>), kept as an Identity user
    /// claim like <see cref="DisabledClaim"/>, so it follows the officer to any PC without a schema change.
    /// </summary>
    public const string LanguageClaim = "cybercase:language";

    /// <summary>The languages of the pages: English, and Hindi (the first is the default).</summary>
    public static readonly IReadOnlyList<string> Languages = ["en-IN", "hi-IN"];

    /// <summary>
    /// Locks the account until it is unlocked, and renews its security stamp so that every token issued before stops
    /// working (within AuthOptions.TokenCheckCacheSeconds).
    /// </summary>
    public static async Task LockUntilUnlockedAsync(this UserManager<OfficerAccount> users, OfficerAccount account)
    {
        (await users.SetLockoutEnabledAsync(account, true)).ThrowIfFailed();
        (await users.SetLockoutEndDateAsync(account, DateTimeOffset.MaxValue)).ThrowIfFailed();
        (await users.UpdateSecurityStampAsync(account)).ThrowIfFailed();
    }

    /// <summary>
    /// The roles named, each once, in ordinal order (as <see cref="RolesOfAsync"/> lists them); a name that is not a role is refused (422)
    /// beside it (<c>roles[1]</c>).
    /// </summary>
    public static IReadOnlyList<string> KnownRoles(IReadOnlyList<string> roles)
    {
        for (var i = 0; i < roles.Count; i++)
        {
            if (!Roles.All.Contains(roles[i], StringComparer.Ordinal))
            {
                throw new DomainException("Officer.UnknownRole", $"{roles[i]} is not a role; the roles are {string.Join(", ", Roles.All)}.",
                    RuleKind.Unprocessable, $"roles[{i}]");
            }
        }

        return roles.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
    }

    /// <summary>Role names per officer, for the officers <paramref name="ids"/> selects.</summary>
    public static async Task<Dictionary<Guid, List<string>>> RolesOfAsync(this CyberCaseDbContext db, IQueryable<Guid> ids,
        CancellationToken ct)
    {
        var pairs = await (from ur in db.UserRoles
                           join r in db.Roles on ur.RoleId equals r.Id
                           where ids.Contains(ur.UserId)
                           select new { ur.UserId, r.Name }).ToListAsync(ct);
        return pairs.GroupBy(p => p.UserId).ToDictionary(g => g.Key, g => g.Select(p => p.Name!).Order(StringComparer.Ordinal).ToList());
    }

    /// <summary>
    /// The account the caller may lock or unlock: an administrator any officer's but their own; an SHO those of their
    /// own station who are not administrators. Another station's officer answers 404 to an SHO, like a missing one.
    /// </summary>
    public static async Task<(Officer Officer, OfficerAccount Account)> FindManageableAsync(this CyberCaseDbContext db,
        ICurrentOfficer caller, Guid id, CancellationToken ct)
    {
        var isAdmin = caller.IsInRole(Roles.Admin);
        var target = await db.Officers.SingleOrDefaultAsync(o => o.Id == id && (isAdmin || o.StationId == caller.StationId), ct)
            ?? throw new NotFoundException("Officer", id);
        var account = await db.Users.SingleAsync(u => u.Id == id, ct);
        if (target.Id == caller.Id)
        {
            throw new DomainException("Officer.OwnAccount", "An officer cannot lock, unlock, disable or change the roles of their own account.",
                RuleKind.Unprocessable);
        }

        if (!isAdmin && (await db.RolesOfAsync(db.Officers.Where(o => o.Id == id).Select(o => o.Id), ct))
                .GetValueOrDefault(id)?.Contains(Roles.Admin) == true)
        {
            throw new ForbiddenException("Only an administrator may lock or unlock an administrator's account.");
        }

        return (target, account);
    }
}
