using CyberCase.Application.Common;
using CyberCase.Application.Persistence;
using CyberCase.Domain.Officers;
using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace CyberCase.Application.Officers.SetOwnLanguage;

/// <summary>
/// The signed-in officer chooses the language of the pages (<c>en-IN</c> or <c>hi-IN</c>). It is kept with the officer,
/// not the browser: station PCs are shared, and the choice follows the officer to the next sign-in on any of them.
/// </summary>
[AllowedRoles(Roles.InvestigatingOfficer, Roles.StationHouseOfficer, Roles.Prosecutor, Roles.MalkhanaInCharge, Roles.Admin)]
public sealed record SetOwnLanguageCommand(string? Language) : ICommand;

public sealed class SetOwnLanguageValidator : AbstractValidator<SetOwnLanguageCommand>
{
    public SetOwnLanguageValidator() =>
        RuleFor(c => c.Language).Cascade(CascadeMode.Stop).NotEmpty()
            .Must(l => OfficerAccounts.Languages.Contains(l!, StringComparer.Ordinal))
            .WithMessage("Must be one of " + string.Join(", ", OfficerAccounts.Languages) + ".");
}

public sealed class SetOwnLanguageHandler(CyberCaseDbContext db, ICurrentOfficer officer) : ICommandHandler<SetOwnLanguageCommand>
{
    public async ValueTask<Unit> Handle(SetOwnLanguageCommand command, CancellationToken ct)
    {
        // Identity rows are not audited (the interceptor would not open the write transaction for them): open it here.
        await db.BeginWriteAsync(ct);
        var claims = await db.UserClaims
            .Where(c => c.UserId == officer.Id && c.ClaimType == OfficerAccounts.LanguageClaim).ToListAsync(ct);
        if (claims is [{ } claim] && claim.ClaimValue == command.Language)
        {
            return Unit.Value;
        }

        db.UserClaims.RemoveRange(claims);
        db.UserClaims.Add(new IdentityUserClaim<Guid>
        {
            UserId = officer.Id,
            ClaimType = OfficerAccounts.LanguageClaim,
            ClaimValue = command.Language,
        });
        await db.SaveChangesAsync(ct);
        return Unit.Value;
    }
}
