using CyberCase.Application.Auth;
using CyberCase.Application.Common;
using CyberCase.Application.Persistence;
using CyberCase.Domain.Common;
using CyberCase.Domain.Officers;
using Mediator;
using Microsoft.AspNetCore.Identity;

namespace CyberCase.Application.Officers.UnlockOfficer;

/// <summary>
/// Ends a lock, set by hand or by five failed sign-ins, and clears the failure count. A disabled account stays
/// disabled (409).
/// </summary>
[AllowedRoles(Roles.Admin, Roles.StationHouseOfficer)]
public sealed record UnlockOfficerCommand(Guid Id) : ICommand;

public sealed class UnlockOfficerHandler(CyberCaseDbContext db, UserManager<OfficerAccount> users, ICurrentOfficer officer,
    AuditScope audit) : ICommandHandler<UnlockOfficerCommand>
{
    public async ValueTask<Unit> Handle(UnlockOfficerCommand command, CancellationToken ct)
    {
        var (target, account) = await db.FindManageableAsync(officer, command.Id, ct);
        if ((await users.GetClaimsAsync(account)).Any(c => c.Type == OfficerAccounts.DisabledClaim))
        {
            throw new DomainException("Officer.Disabled", "The account is disabled; a disabled account cannot be unlocked.");
        }

        (await users.SetLockoutEndDateAsync(account, null)).ThrowIfFailed();
        (await users.ResetAccessFailedCountAsync(account)).ThrowIfFailed();
        audit.Record(new AuditEvent(audit.Action, nameof(Officer), target.Id.ToString(), new { userName = target.UserName }));
        await db.SaveChangesAsync(ct);
        return Unit.Value;
    }
}
