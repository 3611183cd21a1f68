using CyberCase.Application.Common;
using CyberCase.Application.Persistence;
using CyberCase.Domain.Officers;
using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using CyberCase.Application.Auth.TwoFactor;
using CyberCase.Application.Officers;

namespace CyberCase.Application.Auth.Login;

[Anonymous]
[KeepsRecordWhenRefused]
public sealed record LoginCommand(string? Username, string? Password, string? Code = null) : ICommand<LoginResult>;

/// <summary>A bearer token and its lifetime in seconds.</summary>
public sealed record LoginResult(string AccessToken, int ExpiresIn)
{
    /// <summary>
    /// The officer's role or station requires a second factor and none is enrolled yet: the pages take them to the
    /// enrolment before anything else; an API client should send them there (README).
    /// </summary>
    public bool TwoFactorEnrolmentRequired { get; init; }

    /// <summary>
    /// The password was set by an administrator (a new officer): the pages take the officer to choose their own before
    /// anything else (and before any enrolment); an API client should send them to <c>POST /api/me/password</c>.
    /// </summary>
    public bool PasswordChangeRequired { get; init; }
}

/// <summary>Issues the bearer token that carries the officer's id, station, roles and the account's security stamp.</summary>
public interface IAccessTokenIssuer
{
    LoginResult Issue(Officer officer, IReadOnlyList<string> roles, string securityStamp);
}

public sealed class LoginValidator : AbstractValidator<LoginCommand>
{
    public LoginValidator()
    {
        RuleFor(c => c.Username).NotEmpty().MaximumLength(Officer.UserNameMaxLength);
        RuleFor(c => c.Password).NotEmpty().MaximumLength(256);
        RuleFor(c => c.Code).MaximumLength(16);
    }
}

/// <summary>
/// Checks the password with ASP.NET Core Identity's hasher. Five failures lock the account for 15 minutes (the right
/// password is refused too meanwhile). An unknown user, a wrong password and a locked account get the same answer
/// after the same work (one password hash, one short write), so the answer tells a caller nothing about which
/// usernames exist or are locked. Every attempt is audited, with the real reason.
/// An officer with a second factor also sends <c>code</c> (TOTP or a recovery code); with the right password and no
/// code the answer is 401 <c>Auth.TwoFactorRequired</c>; a wrong code counts as a failed sign-in like a wrong password.
/// </summary>
public sealed class LoginHandler(CyberCaseDbContext db, UserManager<OfficerAccount> users, PasswordChecks passwords,
    IAccessTokenIssuer tokens, AuditScope audit, ITotp totp, TimeProvider clock, IOptions<AuthOptions> options)
    : ICommandHandler<LoginCommand, LoginResult>
{
    public const string RefusalCode = "Auth.InvalidCredentials";
    public const string RefusalDetail = "The username or password is wrong, or the account may not sign in now.";
    public const string TwoFactorRequiredCode = "Auth.TwoFactorRequired";
    public const string TwoFactorRequiredDetail = "Enter the 6-digit code of your authenticator app, or one of your recovery codes.";

    public async ValueTask<LoginResult> Handle(LoginCommand command, CancellationToken ct)
    {
        var userName = command.Username!.Trim();

        // Reading the account and hashing the password happen outside any transaction and outside the write gate:
        // the hash is slow on purpose, and a shift change of logins must not hold up officers who are writing.
        var account = await users.FindByNameAsync(userName);
        var officer = account is null ? null : await db.Officers.AsNoTracking().SingleOrDefaultAsync(o => o.Id == account.Id, ct);
        if (officer is null)
        {
            account = null;
        }

        var passwordMatches = await passwords.VerifyAsync(users.PasswordHasher, account, command.Password!, ct);
        var lockedOut = account is not null && await users.IsLockedOutAsync(account);
        var reason = account is null ? "UnknownUser" : lockedOut ? "LockedOut" : passwordMatches ? null : "WrongPassword";

        // Then one short write: the failure count (or its reset) and the audit record commit together. The command
        // keeps its record when refused, so a failed attempt is kept although the answer is a refusal.
        await db.BeginWriteAsync(ct);
        var locks = false;
        if (account is not null && !lockedOut)
        {
            // Another attempt may have counted a failure since the account was read.
            await db.Entry(account).ReloadAsync(ct);
            if (passwordMatches && account.TwoFactorEnabled)
            {
                // Checked inside the write: a code's time step is used up as it is accepted, so it cannot be replayed.
                reason = string.IsNullOrWhiteSpace(command.Code) ? "TwoFactorCodeMissing"
                    : await users.AcceptCodeAsync(account, totp, command.Code, clock.GetUtcNow()) ? null
                    : "WrongTwoFactorCode";
            }

            if (reason is null && account.AccessFailedCount > 0)
            {
                (await users.ResetAccessFailedCountAsync(account)).ThrowIfFailed();
            }
            else if (reason is "WrongPassword" or "WrongTwoFactorCode")
            {
                (await users.AccessFailedAsync(account)).ThrowIfFailed();
                locks = await users.IsLockedOutAsync(account);
            }
        }

        audit.Record(new AuditEvent(reason is null ? "Login.Succeeded" : "Login.Failed", "Officer", officer?.Id.ToString(),
            reason is null ? new { userName } : new { userName, reason, lockedNow = locks }, officer?.Id, userName, officer?.StationId));
        await db.SaveChangesAsync(ct);
        if (reason is "TwoFactorCodeMissing")
        {
            throw new UnauthorizedException(TwoFactorRequiredCode, TwoFactorRequiredDetail);
        }

        if (reason is not null)
        {
            throw new UnauthorizedException(RefusalCode, RefusalDetail);
        }

        var roles = await users.GetRolesAsync(account!);
        var passwordChange = await db.UserClaims.AsNoTracking()
            .AnyAsync(c => c.UserId == account!.Id && c.ClaimType == OfficerAccounts.PasswordChangeClaim, ct);
        var stationCode = await db.Stations.AsNoTracking().Where(s => s.Id == officer!.StationId).Select(s => s.Code).SingleAsync(ct);
        return tokens.Issue(officer!, roles.ToList(), account!.SecurityStamp ?? "") with
        {
            TwoFactorEnrolmentRequired = !account.TwoFactorEnabled && TwoFactorTokens.IsRequired(options.Value, roles, stationCode),
            PasswordChangeRequired = passwordChange,
        };
    }
}
