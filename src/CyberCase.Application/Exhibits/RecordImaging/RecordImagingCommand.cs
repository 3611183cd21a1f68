using CyberCase.Application.Common;
using CyberCase.Application.Persistence;
using CyberCase.Domain.Officers;
using FluentValidation;
using Mediator;

namespace CyberCase.Application.Exhibits.RecordImaging;

/// <summary>
/// Records or completes how a forensic image was made and by whom, and when its certificate was signed (the FSL's
/// report and the signed certificate usually come back weeks after the image). The values sent replace those recorded.
/// </summary>
[AllowedRoles(Roles.InvestigatingOfficer, Roles.StationHouseOfficer)]
public sealed record RecordImagingCommand(Guid ExhibitId, ImagingInput? Imaging, Guid? Version) : ICommand<ExhibitDetails>;

public sealed class RecordImagingValidator : AbstractValidator<RecordImagingCommand>
{
    public RecordImagingValidator()
    {
        RuleFor(c => c.Imaging).NotNull();
        RuleFor(c => c.Imaging!).SetValidator(new ImagingInputValidator()).When(c => c.Imaging is not null);
        RuleFor(c => c.Version).NotEmpty().WithMessage("Send the version you read, so that a concurrent change is not overwritten.");
    }
}

public sealed class RecordImagingHandler(CyberCaseDbContext db, ICurrentOfficer officer, TimeProvider clock)
    : ICommandHandler<RecordImagingCommand, ExhibitDetails>
{
    public async ValueTask<ExhibitDetails> Handle(RecordImagingCommand command, CancellationToken ct)
    {
        var exhibit = await db.FindOwnExhibitAsync(command.ExhibitId, officer, ct);
        db.ExpectVersion(exhibit, command.Version!.Value);
        exhibit.RecordImaging(await command.Imaging.ToParticularsAsync(db, officer, ct), clock.GetUtcNow());
        exhibit.RenewVersion();
        await db.SaveChangesAsync(ct);
        return await db.LoadExhibitAsync(exhibit.Id, officer, ct);
    }
}
