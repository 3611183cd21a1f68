using CyberCase.Application.Auth.TwoFactor;
using CyberCase.Application.Common;
using CyberCase.Application.Persistence;
using CyberCase.Domain.Common;
using CyberCase.Domain.Officers;
using Mediator;
using Microsoft.AspNetCore.Identity;

namespace CyberCase.Application.Auth.BeginTwoFactorEnrolment;

/// <summary>
/// Starts enrolling the signed-in officer's authenticator app: a new secret, kept (protected) as pending until a code
/// from the app confirms it. Answers the secret and the otpauth URI the enrolment page shows as a QR code.
/// </summary>
[AllowedRoles(Roles.InvestigatingOfficer, Roles.StationHouseOfficer, Roles.Prosecutor, Roles.MalkhanaInCharge, Roles.Admin)]
public sealed record BeginTwoFactorEnrolmentCommand : ICommand<TwoFactorEnrolment>;

public sealed record TwoFactorEnrolment(string Secret, string OtpAuthUri);

public sealed class BeginTwoFactorEnrolmentHandler(CyberCaseDbContext db, UserManager<OfficerAccount> users, ICurrentOfficer officer,
    ITotp totp) : ICommandHandler<BeginTwoFactorEnrolmentCommand, TwoFactorEnrolment>
{
    public async ValueTask<TwoFactorEnrolment> Handle(BeginTwoFactorEnrolmentCommand command, CancellationToken ct)
    {
        var account = await users.FindByIdAsync(officer.Id.ToString()) ?? throw new NotFoundException("Officer", officer.Id);
        if (account.TwoFactorEnabled)
        {
            throw new DomainException("TwoFactor.AlreadyEnrolled",
                "Two-factor sign-in is already set up; an administrator can reset it if the phone is lost.");
        }

        await db.BeginWriteAsync(ct);
        var secret = totp.NewSecret();
        (await users.SetAuthenticationTokenAsync(account, TwoFactorTokens.Provider, TwoFactorTokens.PendingSecret, totp.Protect(secret))).ThrowIfFailed();
        var label = Uri.EscapeDataString("CyberCase:" + officer.UserName);
        return new TwoFactorEnrolment(secret, $"otpauth://totp/{label}?secret={secret}&issuer=CyberCase&digits=6&period=30");
    }
}
