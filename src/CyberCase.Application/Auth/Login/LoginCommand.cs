using CyberCase.Application.Common;
using CyberCase.Application.Persistence;
using CyberCase.Domain.Officers;
using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace CyberCase.Application.Auth.Login;

[Anonymous]
[KeepsRecordWhenRefused]
public sealed record LoginCommand(string? Username, string? Password) : ICommand<LoginResult>;

/// <summary>A bearer token and its lifetime in seconds.</summary>
public sealed record LoginResult(string AccessToken, int ExpiresIn);

/// <summary>Issues the bearer token that carries the officer's id, station and roles.</summary>
public interface IAccessTokenIssuer
{
    LoginResult Issue(Officer officer, IReadOnlyList<string> roles);
}

public sealed class LoginValidator : AbstractValidator<LoginCommand>
{
    public LoginValidator()
    {
        RuleFor(c => c.Username).NotEmpty().MaximumLength(Officer.UserNameMaxLength);
        RuleFor(c => c.Password).NotEmpty().MaximumLength(256);
    }
}

/// <summary>
/// Checks the password with ASP.NET Core Identity. Five failures lock the account (the right password is refused
/// too until the lockout ends). Every attempt, success or failure, is audited.
/// </summary>
public sealed class LoginHandler(CyberCaseDbContext db, UserManager<OfficerAccount> users, IAccessTokenIssuer tokens,
    AuditScope audit) : ICommandHandler<LoginCommand, LoginResult>
{
    public async ValueTask<LoginResult> Handle(LoginCommand command, CancellationToken ct)
    {
        var userName = command.Username!.Trim();
        // The password is checked before anything is written, so outside the write transaction: the unit of work opens
        // it at the first save (the lockout counter, the audit record), and a shift change of sign-ins never stalls the
        // station's other writers while passwords are hashed.
        var account = await users.FindByNameAsync(userName);
        var officer = account is null ? null : await db.Officers.AsNoTracking().SingleOrDefaultAsync(o => o.Id == account.Id, ct);

        string? refusal = null;
        if (account is null || officer is null)
        {
            refusal = "Auth.InvalidCredentials";
        }
        else if (await users.IsLockedOutAsync(account))
        {
            refusal = "Auth.LockedOut";
        }
        else if (!await users.CheckPasswordAsync(account, command.Password!))
        {
            await users.AccessFailedAsync(account);
            refusal = await users.IsLockedOutAsync(account) ? "Auth.LockedOut" : "Auth.InvalidCredentials";
        }

        audit.Record(new AuditEvent(refusal is null ? "Login.Succeeded" : "Login.Failed", "Officer", officer?.Id.ToString(),
            new { userName, reason = refusal }, officer?.Id, userName, officer?.StationId));
        if (refusal is not null)
        {
            // The failed attempt (its lockout count and its audit record) is kept: the command keeps its record when refused.
            throw new UnauthorizedException(refusal, refusal == "Auth.LockedOut"
                ? "The account is locked after repeated failed sign-ins. Try again later or ask the administrator."
                : "The username or password is wrong.");
        }

        await users.ResetAccessFailedCountAsync(account!);
        var roles = await users.GetRolesAsync(account!);
        return tokens.Issue(officer!, roles.ToList());
    }
}
