using CyberCase.Application.Auth;
using CyberCase.Application.Common;
using CyberCase.Application.Persistence;
using CyberCase.Domain.Common;
using CyberCase.Domain.Officers;
using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace CyberCase.Application.Officers.ChangeOfficerRoles;

/// <summary>
/// Sets an officer's roles (all of them: the list replaces the roles they had). Every token and session issued before
/// stops working (the security stamp is renewed; see AuthOptions.TokenCheckCacheSeconds), so the new roles apply from
/// the officer's next sign-in, with a second factor to enrol if a new role requires one. Administrators only; not
/// their own roles, and never the administrator's role of the last administrator who can still sign in.
/// </summary>
[AllowedRoles(Domain.Officers.Roles.Admin)]
public sealed record ChangeOfficerRolesCommand(Guid Id, IReadOnlyList<string>? Roles) : ICommand<OfficerView>;

public sealed class ChangeOfficerRolesValidator : AbstractValidator<ChangeOfficerRolesCommand>
{
    public ChangeOfficerRolesValidator()
    {
        // An officer with no role could do nothing: that is disabling the account, which says so in the audit trail.
        RuleFor(c => c.Roles).NotEmpty().WithMessage("Give the officer at least one role (to end their access, disable the account).");
        RuleForEach(c => c.Roles).NotEmpty().MaximumLength(64);
    }
}

public sealed class ChangeOfficerRolesHandler(CyberCaseDbContext db, UserManager<OfficerAccount> users, ICurrentOfficer caller,
    AuditScope audit) : ICommandHandler<ChangeOfficerRolesCommand, OfficerView>
{
    public async ValueTask<OfficerView> Handle(ChangeOfficerRolesCommand command, CancellationToken ct)
    {
        var (target, account) = await db.FindManageableAsync(caller, command.Id, ct);
        var roles = OfficerAccounts.KnownRoles(command.Roles!);

        // Identity rows are not audited by the interceptor, which would not open the write transaction for them.
        await db.BeginWriteAsync(ct);
        var held = await db.UserRoles.Where(ur => ur.UserId == target.Id).ToListAsync(ct);
        var names = await db.Roles.ToDictionaryAsync(r => r.Id, r => r.Name!, ct);
        var before = held.Select(ur => names[ur.RoleId]).Order(StringComparer.Ordinal).ToList();
        if (before.SequenceEqual(roles))
        {
            return new OfficerView(target.Id, target.UserName, target.FullName, target.Rank, roles);
        }

        if (before.Contains(Roles.Admin) && !roles.Contains(Roles.Admin) && !await AnotherAdministratorRemainsAsync(target.Id, ct))
        {
            throw new DomainException("Officer.LastAdmin",
                "This is the last administrator who can sign in; make another officer an administrator first.");
        }

        db.UserRoles.RemoveRange(held.Where(ur => !roles.Contains(names[ur.RoleId])));
        db.UserRoles.AddRange(names.Where(n => roles.Contains(n.Value) && !before.Contains(n.Value))
            .Select(n => new IdentityUserRole<Guid> { UserId = target.Id, RoleId = n.Key }));
        // A token carries the roles it was issued with: a new stamp ends it, so no session keeps a role taken away.
        (await users.UpdateSecurityStampAsync(account)).ThrowIfFailed();
        audit.Record(new AuditEvent(audit.Action, nameof(Officer), target.Id.ToString(),
            new { userName = target.UserName, before, after = roles }));
        await db.SaveChangesAsync(ct);
        return new OfficerView(target.Id, target.UserName, target.FullName, target.Rank, roles);
    }

    /// <summary>
    /// Whether an administrator other than <paramref name="id"/> is neither disabled nor locked until unlocked. The caller
    /// is one, unless they were disabled or locked moments ago and their token is still trusted (TokenCheckCacheSeconds).
    /// </summary>
    private async Task<bool> AnotherAdministratorRemainsAsync(Guid id, CancellationToken ct)
    {
        var others = await (from ur in db.UserRoles
                            join r in db.Roles on ur.RoleId equals r.Id
                            join u in db.Users on ur.UserId equals u.Id
                            where r.Name == Roles.Admin && u.Id != id
                                  && !db.UserClaims.Any(c => c.UserId == u.Id && c.ClaimType == OfficerAccounts.DisabledClaim)
                            select u.LockoutEnd).ToListAsync(ct);
        // LockoutEnd is compared here, not in SQL: SQLite cannot compare a DateTimeOffset.
        return others.Any(end => end != DateTimeOffset.MaxValue);
    }
}
