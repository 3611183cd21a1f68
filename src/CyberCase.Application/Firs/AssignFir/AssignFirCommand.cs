using CyberCase.Application.Common;
using CyberCase.Application.Persistence;
using CyberCase.Domain.Common;
using CyberCase.Domain.Officers;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CyberCase.Application.Firs.AssignFir;

/// <summary>The SHO assigns the case to an investigating officer of the same station.</summary>
[AllowedRoles(Roles.StationHouseOfficer)]
public sealed record AssignFirCommand(Guid FirId, Guid? OfficerId, Guid? Version) : ICommand<FirDetails>;

public sealed class AssignFirValidator : AbstractValidator<AssignFirCommand>
{
    public AssignFirValidator()
    {
        RuleFor(c => c.OfficerId).NotEmpty();
        RuleFor(c => c.Version).NotEmpty().WithMessage("Send the version you read, so that a concurrent change is not overwritten.");
    }
}

public sealed class AssignFirHandler(CyberCaseDbContext db, ICurrentOfficer officer, OffenceSectionCatalog catalog, StationDirectory stations, TimeProvider clock) : ICommandHandler<AssignFirCommand, FirDetails>
{
    public async ValueTask<FirDetails> Handle(AssignFirCommand command, CancellationToken ct)
    {
        var fir = await db.FindOwnAsync(command.FirId, officer, ct);
        db.ExpectVersion(fir, command.Version!.Value);

        var assignee = await db.Officers.SingleOrDefaultAsync(o => o.Id == command.OfficerId && o.StationId == officer.StationId, ct);
        var isInvestigator = assignee is not null && await db.UserRoles.AnyAsync(ur => ur.UserId == assignee.Id
            && db.Roles.Any(r => r.Id == ur.RoleId && r.Name == Roles.InvestigatingOfficer), ct);
        if (!isInvestigator)
        {
            throw new DomainException("Fir.AssigneeNotInvestigatingOfficer",
                "The FIR can only be assigned to an investigating officer of this station.", RuleKind.Unprocessable, "officerId");
        }

        fir.AssignTo(assignee!.Id);
        await db.SaveChangesAsync(ct);
        return await db.LoadDetailsAsync(fir.Id, officer, catalog, stations, clock, ct);
    }
}
