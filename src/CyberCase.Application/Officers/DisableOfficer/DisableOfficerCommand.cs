using System.Globalization;
using System.Security.Claims;
using CyberCase.Application.Auth;
using CyberCase.Application.Common;
using CyberCase.Application.Persistence;
using CyberCase.Domain.Officers;
using Mediator;
using Microsoft.AspNetCore.Identity;

namespace CyberCase.Application.Officers.DisableOfficer;

/// <summary>
/// Disables an officer's account for good (transfer out, retirement, dismissal): locked without end, tokens already
/// issued stop working, and it cannot be unlocked. The officer's records keep naming them.
/// </summary>
[AllowedRoles(Roles.Admin)]
public sealed record DisableOfficerCommand(Guid Id) : ICommand;

public sealed class DisableOfficerHandler(CyberCaseDbContext db, UserManager<OfficerAccount> users, ICurrentOfficer officer,
    AuditScope audit, TimeProvider clock) : ICommandHandler<DisableOfficerCommand>
{
    public async ValueTask<Unit> Handle(DisableOfficerCommand command, CancellationToken ct)
    {
        var (target, account) = await db.FindManageableAsync(officer, command.Id, ct);
        if (!(await users.GetClaimsAsync(account)).Any(c => c.Type == OfficerAccounts.DisabledClaim))
        {
            (await users.AddClaimAsync(account, new Claim(OfficerAccounts.DisabledClaim,
                clock.GetUtcNow().ToString("O", CultureInfo.InvariantCulture)))).ThrowIfFailed();
        }

        await users.LockUntilUnlockedAsync(account);
        audit.Record(new AuditEvent(audit.Action, nameof(Officer), target.Id.ToString(), new { userName = target.UserName }));
        await db.SaveChangesAsync(ct);
        return Unit.Value;
    }
}
