using CyberCase.Application.Common;
using CyberCase.Application.Persistence;
using CyberCase.Domain.Officers;
using Mediator;
using Microsoft.AspNetCore.Identity;

namespace CyberCase.Application.Officers.LockOfficer;

/// <summary>
/// Locks an officer's account until it is unlocked (a lost phone, a suspension): sign-in is refused and every token
/// already issued stops working (the security stamp is renewed; see AuthOptions.TokenCheckCacheSeconds).
/// </summary>
[AllowedRoles(Roles.Admin, Roles.StationHouseOfficer)]
public sealed record LockOfficerCommand(Guid Id) : ICommand;

public sealed class LockOfficerHandler(CyberCaseDbContext db, UserManager<OfficerAccount> users, ICurrentOfficer officer,
    AuditScope audit) : ICommandHandler<LockOfficerCommand>
{
    public async ValueTask<Unit> Handle(LockOfficerCommand command, CancellationToken ct)
    {
        var (target, account) = await db.FindManageableAsync(officer, command.Id, ct);
        await users.LockUntilUnlockedAsync(account);
        audit.Record(new AuditEvent(audit.Action, nameof(Officer), target.Id.ToString(), new { userName = target.UserName }));
        await db.SaveChangesAsync(ct);
        return Unit.Value;
    }
}
