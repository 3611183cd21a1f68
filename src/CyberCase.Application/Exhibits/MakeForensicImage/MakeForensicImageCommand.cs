using CyberCase.Application.Common;
using CyberCase.Application.Persistence;
using CyberCase.Domain.Common;
using CyberCase.Domain.Exhibits;
using CyberCase.Domain.Officers;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CyberCase.Application.Exhibits.MakeForensicImage;

/// <summary>
/// Records a forensic image or extraction of a seized device: a child exhibit with its own SHA-256 and custody, and
/// optionally how it was made and by whom (<c>imaging</c>), which its certificate states.
/// </summary>
[AllowedRoles(Roles.InvestigatingOfficer, Roles.StationHouseOfficer)]
public sealed record MakeForensicImageCommand(Guid ExhibitId, string? Description, string? Sha256, DateTimeOffset? MadeAt,
    ImagingInput? Imaging = null) : ICommand<ExhibitDetails>;

public sealed class MakeForensicImageValidator : AbstractValidator<MakeForensicImageCommand>
{
    public MakeForensicImageValidator()
    {
        RuleFor(c => c.Description).NotEmpty().MaximumLength(Exhibit.LongTextMaxLength);
        RuleFor(c => c.Sha256).NotEmpty().Matches("^[0-9a-fA-F]{64}$").WithMessage("A SHA-256 is 64 hexadecimal digits.");
        RuleFor(c => c.MadeAt).NotNull();
        RuleFor(c => c.Imaging!).SetValidator(new ImagingInputValidator()).When(c => c.Imaging is not null);
    }
}

public sealed class MakeForensicImageHandler(CyberCaseDbContext db, ICurrentOfficer officer, TimeProvider clock)
    : ICommandHandler<MakeForensicImageCommand, ExhibitDetails>
{
    public async ValueTask<ExhibitDetails> Handle(MakeForensicImageCommand command, CancellationToken ct)
    {
        var source = await db.FindOwnExhibitAsync(command.ExhibitId, officer, ct);
        EventTimes.NotInFuture(command.MadeAt!.Value, clock.GetUtcNow(), "Exhibit.ImageInFuture", "madeAt", "The image cannot be made in the future.");

        var imaging = await command.Imaging.ToParticularsAsync(db, officer, ct);
        var me = await db.Officers.SingleAsync(o => o.Id == officer.Id, ct);
        var serial = await db.NextAsync(officer.StationId, StationCounter.Exhibits, ct);
        var image = source.Image(Guid.CreateVersion7(command.MadeAt.Value), serial, command.Description!, command.Sha256!,
            command.MadeAt.Value, me.Id, me.FullName, imaging: imaging, now: clock.GetUtcNow());
        db.Exhibits.Add(image);
        await db.SaveChangesAsync(ct);
        return await db.LoadExhibitAsync(image.Id, officer, ct);
    }
}
