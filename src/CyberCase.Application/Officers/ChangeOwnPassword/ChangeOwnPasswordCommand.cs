using CyberCase.Application.Auth;
using CyberCase.Application.Common;
using CyberCase.Application.Persistence;
using CyberCase.Domain.Officers;
using FluentValidation;
using FluentValidation.Results;
using Mediator;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace CyberCase.Application.Officers.ChangeOwnPassword;

/// <summary>
/// The signed-in officer changes their password (the current one, then a new one that meets the password rules:
/// at least 12 characters with upper and lower case, a digit and a symbol, not the current one). Every token issued before, this one
/// included, stops working: sign in again. A wrong current password counts towards the lockout like a failed sign-in.
/// </summary>
[AllowedRoles(Roles.InvestigatingOfficer, Roles.StationHouseOfficer, Roles.Prosecutor, Roles.MalkhanaInCharge, Roles.Admin)]
[KeepsRecordWhenRefused]
public sealed record ChangeOwnPasswordCommand(string? CurrentPassword, string? NewPassword) : ICommand;

public sealed class ChangeOwnPasswordValidator : AbstractValidator<ChangeOwnPasswordCommand>
{
    public ChangeOwnPasswordValidator()
    {
        RuleFor(c => c.CurrentPassword).NotEmpty().MaximumLength(256);
        RuleFor(c => c.NewPassword).NotEmpty().MaximumLength(256);
    }
}

public sealed class ChangeOwnPasswordHandler(CyberCaseDbContext db, UserManager<OfficerAccount> users, PasswordChecks passwords,
    ICurrentOfficer officer, AuditScope audit) : ICommandHandler<ChangeOwnPasswordCommand>
{
    public async ValueTask<Unit> Handle(ChangeOwnPasswordCommand command, CancellationToken ct)
    {
        var account = await users.FindByIdAsync(officer.Id.ToString())
            ?? throw new UnauthorizedException("Auth.Required", "Sign in first.");

        // Both hashes are made before the write transaction, like a sign-in's (see LoginHandler).
        var currentMatches = await passwords.VerifyAsync(users.PasswordHasher, account, command.CurrentPassword!, ct);
        var failures = new List<ValidationFailure>();
        if (!currentMatches)
        {
            failures.Add(new ValidationFailure(nameof(command.CurrentPassword), "The current password is wrong."));
        }
        else if (command.NewPassword == command.CurrentPassword)
        {
            // Above all for an initial password set by an administrator, which the officer must replace.
            failures.Add(new ValidationFailure(nameof(command.NewPassword), "The new password must differ from the current one."));
        }
        else
        {
            failures.AddRange(await PasswordChecks.RuleFailuresAsync(users, account, command.NewPassword, nameof(command.NewPassword)));
        }

        var newHash = failures.Count == 0 ? await passwords.HashAsync(users.PasswordHasher, account, command.NewPassword!, ct) : null;
        if (!currentMatches || newHash is not null)
        {
            // The refusal of a wrong current password is kept (the command keeps its record when refused).
            await db.BeginWriteAsync(ct);
            await db.Entry(account).ReloadAsync(ct);
            if (newHash is null)
            {
                (await users.AccessFailedAsync(account)).ThrowIfFailed();
                audit.Record(new AuditEvent("ChangeOwnPassword.Refused", nameof(Officer), officer.Id.ToString(),
                    new { reason = "WrongCurrentPassword" }));
            }
            else
            {
                account.PasswordHash = newHash;
                (await users.ResetAccessFailedCountAsync(account)).ThrowIfFailed();
                // A new stamp ends every token issued with the old one.
                (await users.UpdateSecurityStampAsync(account)).ThrowIfFailed();
                // The password is the officer's own now (no longer one an administrator set).
                db.UserClaims.RemoveRange(await db.UserClaims
                    .Where(c => c.UserId == account.Id && c.ClaimType == OfficerAccounts.PasswordChangeClaim).ToListAsync(ct));
                audit.Record(new AuditEvent(audit.Action, nameof(Officer), officer.Id.ToString(), new { }));
            }

            await db.SaveChangesAsync(ct);
        }

        if (failures.Count > 0)
        {
            throw new ValidationException(failures);
        }

        return Unit.Value;
    }
}
