using CyberCase.Application.Common;
using CyberCase.Application.Persistence;
using CyberCase.Domain.Firs;
using CyberCase.Domain.Officers;
using FluentValidation;
using Mediator;

namespace CyberCase.Application.Firs.RecordFirDispatch;

/// <summary>
/// Records when and how the FIR was sent to the Magistrate (CrPC 157 before 1 July 2024, BNSS 176(1) after, by the
/// FIR's date): printed on the FIR as its dispatch to the court. Not before the registration, not in the future.
/// </summary>
[AllowedRoles(Roles.InvestigatingOfficer, Roles.StationHouseOfficer)]
public sealed record RecordFirDispatchCommand(Guid FirId, DateTimeOffset? DispatchedAt, string? How, Guid? Version) : ICommand<FirDetails>;

public sealed class RecordFirDispatchValidator : AbstractValidator<RecordFirDispatchCommand>
{
    public RecordFirDispatchValidator()
    {
        RuleFor(c => c.DispatchedAt).NotNull();
        RuleFor(c => c.How).MaximumLength(Fir.DispatchHowMaxLength);
        RuleFor(c => c.Version).NotEmpty().WithMessage("Send the version you read, so that a concurrent change is not overwritten.");
    }
}

public sealed class RecordFirDispatchHandler(CyberCaseDbContext db, ICurrentOfficer officer, OffenceSectionCatalog catalog,
    StationDirectory stations, TimeProvider clock) : ICommandHandler<RecordFirDispatchCommand, FirDetails>
{
    public async ValueTask<FirDetails> Handle(RecordFirDispatchCommand command, CancellationToken ct)
    {
        var fir = await db.FindOwnAsync(command.FirId, officer, ct);
        db.ExpectVersion(fir, command.Version!.Value);
        fir.RecordDispatchToMagistrate(command.DispatchedAt!.Value, string.IsNullOrWhiteSpace(command.How) ? null : command.How.Trim(),
            clock.GetUtcNow());
        await db.SaveChangesAsync(ct);
        return await db.LoadDetailsAsync(fir.Id, officer, catalog, stations, clock, ct);
    }
}
