using CyberCase.Application.Auth.TwoFactor;
using CyberCase.Application.Common;
using CyberCase.Application.Persistence;
using CyberCase.Domain.Common;
using CyberCase.Domain.Officers;
using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Identity;

namespace CyberCase.Application.Auth.ConfirmTwoFactorEnrolment;

/// <summary>
/// Confirms the enrolment with a code from the authenticator app: the pending secret becomes the officer's, two-factor
/// sign-in is in force from now on, and ten recovery codes are answered (once; only their hashes are kept).
/// </summary>
[AllowedRoles(Roles.InvestigatingOfficer, Roles.StationHouseOfficer, Roles.Prosecutor, Roles.MalkhanaInCharge, Roles.Admin)]
public sealed record ConfirmTwoFactorEnrolmentCommand(string? Code) : ICommand<TwoFactorRecoveryCodes>;

public sealed record TwoFactorRecoveryCodes(IReadOnlyList<string> RecoveryCodes);

public sealed class ConfirmTwoFactorEnrolmentValidator : AbstractValidator<ConfirmTwoFactorEnrolmentCommand>
{
    public ConfirmTwoFactorEnrolmentValidator() =>
        RuleFor(c => c.Code).NotEmpty().Matches("^[0-9]{6}$").WithMessage("Enter the 6-digit code the app shows.");
}

public sealed class ConfirmTwoFactorEnrolmentHandler(CyberCaseDbContext db, UserManager<OfficerAccount> users, ICurrentOfficer officer,
    ITotp totp, TimeProvider clock, AuditScope audit) : ICommandHandler<ConfirmTwoFactorEnrolmentCommand, TwoFactorRecoveryCodes>
{
    public async ValueTask<TwoFactorRecoveryCodes> Handle(ConfirmTwoFactorEnrolmentCommand command, CancellationToken ct)
    {
        var account = await users.FindByIdAsync(officer.Id.ToString()) ?? throw new NotFoundException("Officer", officer.Id);
        var pending = await users.GetAuthenticationTokenAsync(account, TwoFactorTokens.Provider, TwoFactorTokens.PendingSecret);
        if (account.TwoFactorEnabled || pending is null)
        {
            throw new DomainException("TwoFactor.NotEnrolling", "Start the set-up first: no enrolment is waiting for a code.");
        }

        var step = totp.MatchingStep(totp.Unprotect(pending), command.Code!, clock.GetUtcNow())
            ?? throw new DomainException("TwoFactor.WrongCode", "The code does not match; check the phone's clock and type the code shown now.",
                RuleKind.Unprocessable, "code");

        await db.BeginWriteAsync(ct);
        (await users.SetAuthenticationTokenAsync(account, TwoFactorTokens.Provider, TwoFactorTokens.Secret, pending)).ThrowIfFailed();
        (await users.RemoveAuthenticationTokenAsync(account, TwoFactorTokens.Provider, TwoFactorTokens.PendingSecret)).ThrowIfFailed();
        (await users.SetAuthenticationTokenAsync(account, TwoFactorTokens.Provider, TwoFactorTokens.LastStep,
            step.ToString(System.Globalization.CultureInfo.InvariantCulture))).ThrowIfFailed();
        var codes = await users.NewRecoveryCodesAsync(account);
        // Not SetTwoFactorEnabledAsync: it renews the security stamp, which would end the session that is enrolling.
        account.TwoFactorEnabled = true;
        (await users.UpdateAsync(account)).ThrowIfFailed();
        audit.Record(new AuditEvent(audit.Action, nameof(Officer), officer.Id.ToString(), new { userName = officer.UserName }));
        await db.SaveChangesAsync(ct);
        return new TwoFactorRecoveryCodes(codes);
    }
}
