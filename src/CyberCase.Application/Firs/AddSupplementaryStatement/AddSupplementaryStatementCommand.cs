using CyberCase.Application.Common;
using CyberCase.Application.Persistence;
using CyberCase.Domain.Firs;
using CyberCase.Domain.Officers;
using FluentValidation;
using Mediator;

namespace CyberCase.Application.Firs.AddSupplementaryStatement;

/// <summary>Appends a later fact to the FIR; the FIR text itself is never edited.</summary>
[AllowedRoles(Roles.InvestigatingOfficer, Roles.StationHouseOfficer)]
public sealed record AddSupplementaryStatementCommand(Guid FirId, string? Text) : ICommand<FirDetails>;

public sealed class AddSupplementaryStatementValidator : AbstractValidator<AddSupplementaryStatementCommand>
{
    public AddSupplementaryStatementValidator() =>
        RuleFor(c => c.Text).NotEmpty().MaximumLength(SupplementaryStatement.TextMaxLength);
}

public sealed class AddSupplementaryStatementHandler(CyberCaseDbContext db, ICurrentOfficer officer, TimeProvider clock, OffenceSectionCatalog catalog, StationDirectory stations)
    : ICommandHandler<AddSupplementaryStatementCommand, FirDetails>
{
    public async ValueTask<FirDetails> Handle(AddSupplementaryStatementCommand command, CancellationToken ct)
    {
        var fir = await db.FindOwnAsync(command.FirId, officer, ct);
        var now = clock.GetUtcNow();
        var statement = fir.AddSupplementaryStatement(Guid.CreateVersion7(now), command.Text!, officer.Id, now);
        db.Add(statement);
        await db.SaveChangesAsync(ct);
        return await db.LoadDetailsAsync(fir.Id, officer, catalog, stations, clock, ct);
    }
}
