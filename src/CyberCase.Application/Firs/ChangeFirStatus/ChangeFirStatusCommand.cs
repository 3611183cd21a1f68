using CyberCase.Application.Common;
using CyberCase.Application.Persistence;
using CyberCase.Domain.Firs;
using CyberCase.Domain.Officers;
using FluentValidation;
using Mediator;

namespace CyberCase.Application.Firs.ChangeFirStatus;

/// <summary>Registered -> UnderInvestigation; ChargeSheeted and FinalReport come only from forwarding the police report (409 otherwise).</summary>
[AllowedRoles(Roles.InvestigatingOfficer, Roles.StationHouseOfficer)]
public sealed record ChangeFirStatusCommand(Guid FirId, FirStatus? Status, Guid? Version) : ICommand<FirDetails>;

public sealed class ChangeFirStatusValidator : AbstractValidator<ChangeFirStatusCommand>
{
    public ChangeFirStatusValidator()
    {
        RuleFor(c => c.Status).NotNull().IsInEnum();
        RuleFor(c => c.Version).NotEmpty().WithMessage("Send the version you read, so that a concurrent change is not overwritten.");
    }
}

public sealed class ChangeFirStatusHandler(CyberCaseDbContext db, ICurrentOfficer officer, OffenceSectionCatalog catalog, StationDirectory stations, TimeProvider clock)
    : ICommandHandler<ChangeFirStatusCommand, FirDetails>
{
    public async ValueTask<FirDetails> Handle(ChangeFirStatusCommand command, CancellationToken ct)
    {
        var fir = await db.FindOwnAsync(command.FirId, officer, ct);
        db.ExpectVersion(fir, command.Version!.Value);
        fir.MoveTo(command.Status!.Value);
        await db.SaveChangesAsync(ct);
        return await db.LoadDetailsAsync(fir.Id, officer, catalog, stations, clock, ct);
    }
}
