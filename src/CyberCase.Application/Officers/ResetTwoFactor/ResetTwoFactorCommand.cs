using CyberCase.Application.Auth;
using CyberCase.Application.Auth.TwoFactor;
using CyberCase.Application.Common;
using CyberCase.Application.Persistence;
using CyberCase.Domain.Officers;
using Mediator;
using Microsoft.AspNetCore.Identity;

namespace CyberCase.Application.Officers.ResetTwoFactor;

/// <summary>
/// Removes an officer's second factor (a lost or replaced phone): their sessions and tokens end, and they enrol a new
/// authenticator at their next sign-in. Administrators only.
/// </summary>
[AllowedRoles(Roles.Admin)]
public sealed record ResetTwoFactorCommand(Guid Id) : ICommand;

public sealed class ResetTwoFactorHandler(CyberCaseDbContext db, UserManager<OfficerAccount> users, ICurrentOfficer officer,
    AuditScope audit) : ICommandHandler<ResetTwoFactorCommand>
{
    public async ValueTask<Unit> Handle(ResetTwoFactorCommand command, CancellationToken ct)
    {
        var (target, account) = await db.FindManageableAsync(officer, command.Id, ct);
        await db.BeginWriteAsync(ct);
        await users.ClearAsync(account);
        (await users.UpdateSecurityStampAsync(account)).ThrowIfFailed();
        audit.Record(new AuditEvent(audit.Action, nameof(Officer), target.Id.ToString(), new { userName = target.UserName }));
        await db.SaveChangesAsync(ct);
        return Unit.Value;
    }
}
