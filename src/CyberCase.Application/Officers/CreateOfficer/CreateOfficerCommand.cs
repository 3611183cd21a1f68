using System.Security.Cryptography;
using CyberCase.Application.Auth;
using CyberCase.Application.Common;
using CyberCase.Application.Persistence;
using CyberCase.Domain.Common;
using CyberCase.Domain.Officers;
using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace CyberCase.Application.Officers.CreateOfficer;

/// <summary>
/// Adds an officer with their login account: username, full name, rank (none for a prosecutor), station, roles and an
/// initial password that meets the password rules (at least 12 characters with upper and lower case, a digit and a
/// symbol), handed to the officer in person and replaced by them at first sign-in (OfficerAccounts.PasswordChangeClaim). An administrator adds officers of any station; an SHO those of their own
/// station and without the administrator's role, the policy of locking and unlocking (OfficerAccounts.FindManageableAsync).
/// A role that requires a second factor (AuthOptions.TwoFactorRequiredRoles) makes the officer enrol at first sign-in.
/// </summary>
[AllowedRoles(Domain.Officers.Roles.Admin, Domain.Officers.Roles.StationHouseOfficer)]
public sealed record CreateOfficerCommand(string? UserName, string? FullName, Rank? Rank, Guid? StationId,
    IReadOnlyList<string>? Roles, string? Password) : ICommand<OfficerView>;

public sealed class CreateOfficerValidator : AbstractValidator<CreateOfficerCommand>
{
    /// <summary>Lower case so that a username reads the same on every station's list (sign-in ignores case anyway).</summary>
    public const string UserNamePattern = "^[a-z0-9]+([._-][a-z0-9]+)*$";

    public CreateOfficerValidator()
    {
        RuleFor(c => c.UserName).Cascade(CascadeMode.Stop).NotEmpty().MaximumLength(Officer.UserNameMaxLength)
            .Matches(UserNamePattern).WithMessage("Lower-case letters and digits, in parts joined by '.', '-' or '_' (e.g. io3.kashmir).");
        RuleFor(c => c.FullName).NotEmpty().MaximumLength(Officer.NameMaxLength);
        RuleFor(c => c.Rank).IsInEnum();
        RuleFor(c => c.StationId).NotEmpty();
        RuleFor(c => c.Roles).NotEmpty().WithMessage("Give the officer at least one role.");
        RuleForEach(c => c.Roles).NotEmpty().MaximumLength(64);
        RuleFor(c => c.Password).NotEmpty().MaximumLength(256);
    }
}

public sealed class CreateOfficerHandler(CyberCaseDbContext db, UserManager<OfficerAccount> users, PasswordChecks passwords,
    ICurrentOfficer caller, AuditScope audit, TimeProvider clock) : ICommandHandler<CreateOfficerCommand, OfficerView>
{
    public async ValueTask<OfficerView> Handle(CreateOfficerCommand command, CancellationToken ct)
    {
        // The password rules first: like the validator's field errors, a weak password is a 400 beside its field.
        var failures = await PasswordChecks.RuleFailuresAsync(users, new OfficerAccount(), command.Password, nameof(command.Password));
        if (failures.Count > 0)
        {
            throw new ValidationException(failures);
        }

        var roles = OfficerAccounts.KnownRoles(command.Roles!);
        var isAdmin = caller.IsInRole(Roles.Admin);
        if (!isAdmin && roles.Contains(Roles.Admin))
        {
            throw new ForbiddenException("Only an administrator may add an administrator.");
        }

        // An SHO's station is the only one they may add officers to: another station answers like one that does not exist.
        if (!isAdmin && command.StationId != caller.StationId || !await db.Stations.AnyAsync(s => s.Id == command.StationId, ct))
        {
            throw new DomainException("Officer.UnknownStation", "There is no such station.", RuleKind.Unprocessable, "stationId");
        }

        var userName = command.UserName!;
        var account = new OfficerAccount
        {
            Id = Guid.CreateVersion7(clock.GetUtcNow()),
            UserName = userName,
            NormalizedUserName = users.NormalizeName(userName),
            SecurityStamp = Convert.ToHexString(RandomNumberGenerator.GetBytes(20)),
            LockoutEnabled = true,
        };
        // Hashed before the write transaction, like a sign-in's (see LoginHandler): the hash is slow on purpose.
        account.PasswordHash = await passwords.HashAsync(users.PasswordHasher, account, command.Password!, ct);

        // Checked inside the write transaction, so two administrators adding the same username cannot both succeed (the
        // unique indexes on the username back this up). Rows like the demo seeder's: UserManager saves on every call.
        await db.BeginWriteAsync(ct);
        if (await db.Users.AnyAsync(u => u.NormalizedUserName == account.NormalizedUserName, ct)
            || await db.Officers.AnyAsync(o => o.UserName == userName, ct))
        {
            throw new DomainException("Officer.UserNameTaken", $"The username {userName} is taken.", RuleKind.Conflict, "userName");
        }

        db.Users.Add(account);
        db.UserRoles.AddRange(await db.Roles.Where(r => roles.Contains(r.Name!))
            .Select(r => new IdentityUserRole<Guid> { UserId = account.Id, RoleId = r.Id }).ToListAsync(ct));
        // The initial password is known to whoever set it: the officer replaces it at first sign-in.
        db.UserClaims.Add(new IdentityUserClaim<Guid> { UserId = account.Id, ClaimType = OfficerAccounts.PasswordChangeClaim, ClaimValue = "true" });
        var officer = new Officer(account.Id, userName, command.FullName!.Trim(), command.Rank, command.StationId!.Value);
        db.Officers.Add(officer);
        // The roles live in Identity's tables, which the interceptor does not audit: the event names them.
        audit.Record(new AuditEvent(audit.Action, nameof(Officer), officer.Id.ToString(),
            new { userName, stationId = officer.StationId, rank = officer.Rank?.ToString(), roles }));
        await db.SaveChangesAsync(ct);
        return new OfficerView(officer.Id, officer.UserName, officer.FullName, officer.Rank, roles);
    }
}
