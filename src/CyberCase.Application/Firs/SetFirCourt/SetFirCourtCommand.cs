using CyberCase.Application.Common;
using static CyberCase.Application.Common.Input;
using CyberCase.Application.Persistence;
using CyberCase.Domain.Firs;
using CyberCase.Domain.Officers;
using FluentValidation;
using Mediator;

namespace CyberCase.Application.Firs.SetFirCourt;

/// <summary>
/// The SHO records the court of the case ("Chief Judicial Magistrate, Srinagar") and, once the court has registered
/// it, the court's case number and the eCourts CNR number; the bundle's cover prints them. A field left out is not
/// known (yet) and prints as a blank line.
/// </summary>
[AllowedRoles(Roles.StationHouseOfficer)]
public sealed record SetFirCourtCommand(Guid FirId, string? CourtName, string? CourtCaseNumber, string? CnrNumber, Guid? Version)
    : ICommand<FirDetails>;

public sealed partial class SetFirCourtValidator : AbstractValidator<SetFirCourtCommand>
{
    public SetFirCourtValidator()
    {
        RuleFor(c => c.CourtName).MaximumLength(Fir.CourtMaxLength);
        RuleFor(c => c.CourtCaseNumber).MaximumLength(Fir.CourtCaseMaxLength);
        // eCourts CNR: state and district (4 letters), establishment (2 digits), case serial (6) and year (4).
        RuleFor(c => c.CnrNumber).Matches(CnrPattern()).When(c => !string.IsNullOrEmpty(c.CnrNumber))
            .WithMessage("A CNR number is 16 characters: four letters and twelve digits, e.g. JKSR010001232021.");
        RuleFor(c => c.Version).NotEmpty().WithMessage("Send the version you read, so that a concurrent change is not overwritten.");
    }

    [System.Text.RegularExpressions.GeneratedRegex("^[A-Z]{4}[0-9]{12}$")]
    private static partial System.Text.RegularExpressions.Regex CnrPattern();
}

public sealed class SetFirCourtHandler(CyberCaseDbContext db, ICurrentOfficer officer, OffenceSectionCatalog catalog,
    StationDirectory stations, TimeProvider clock) : ICommandHandler<SetFirCourtCommand, FirDetails>
{
    public async ValueTask<FirDetails> Handle(SetFirCourtCommand command, CancellationToken ct)
    {
        var fir = await db.FindOwnAsync(command.FirId, officer, ct);
        db.ExpectVersion(fir, command.Version!.Value);
        fir.SetCourt(Blank(command.CourtName), Blank(command.CourtCaseNumber), Blank(command.CnrNumber));
        await db.SaveChangesAsync(ct);
        return await db.LoadDetailsAsync(fir.Id, officer, catalog, stations, clock, ct);
    }
}
