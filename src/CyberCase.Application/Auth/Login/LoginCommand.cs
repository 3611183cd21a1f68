using CyberCase.Application.Common;
using CyberCase.Application.Persistence;
using CyberCase.Domain.Officers;
using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace CyberCase.Application.Auth.Login;

[Anonymous]
public sealed record LoginCommand(string? Username, string? Password) : ICommand<LoginResult>, IOwnTransaction;

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
    AuditScope audit, IWriteGate gate) : ICommandHandler<LoginCommand, LoginResult>
{
    public async ValueTask<LoginResult> Handle(LoginCommand command, CancellationToken ct)
    {
        audit.Action = "Login";
        var userName = command.Username!.Trim();
        // The attempt, the lockout counter and its audit record commit together, queued at the write gate.
        var (account, officer, refusal) = await db.InWriteTransactionAsync(gate, async () =>
        {
            var account = await users.FindByNameAsync(userName);
            var officer = account is null ? null : await db.Officers.SingleOrDefaultAsync(o => o.Id == account.Id, ct);

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
            if (refusal is null)
            {
                await users.ResetAccessFailedCountAsync(account!);
            }

            await db.SaveChangesAsync(ct);
            return (account, officer, refusal);
        }, ct);

        if (refusal is not null)
        {
            throw new UnauthorizedException(refusal, refusal == "Auth.LockedOut"
                ? "The account is locked after repeated failed sign-ins. Try again later or ask the administrator."
                : "The username or password is wrong.");
        }

        var roles = await users.GetRolesAsync(account!);
        return tokens.Issue(officer!, roles.ToList());
    }
}
