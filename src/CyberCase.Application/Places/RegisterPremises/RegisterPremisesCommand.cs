using CyberCase.Application.Common;
using CyberCase.Application.Firs;
using CyberCase.Application.Persistence;
using CyberCase.Domain.Common;
using CyberCase.Domain.Officers;
using CyberCase.Domain.Places;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CyberCase.Application.Places.RegisterPremises;

public sealed record AddressInput(string? Line, string? Locality, string? City, string? District, string? State, string? Pin);

/// <summary>Record a premises at the officer's station; link it to FIRs with LinkPremises (or by planning a raid on it).</summary>
[AllowedRoles(Roles.InvestigatingOfficer, Roles.StationHouseOfficer)]
public sealed record RegisterPremisesCommand(string? Name, PremisesKind? Kind, AddressInput? Address, double? Latitude,
    double? Longitude, string? OwnerOperator, Guid? OwnerAccusedPersonId, string? Notes, Guid? FirId) : ICommand<PremisesDetails>;

public sealed class AddressInputValidator : AbstractValidator<AddressInput>
{
    public AddressInputValidator()
    {
        RuleFor(a => a.Line).NotEmpty().MaximumLength(PostalAddress.LineMaxLength);
        RuleFor(a => a.Locality).MaximumLength(PostalAddress.PartMaxLength);
        RuleFor(a => a.City).NotEmpty().MaximumLength(PostalAddress.PartMaxLength);
        RuleFor(a => a.District).NotEmpty().MaximumLength(PostalAddress.PartMaxLength);
        RuleFor(a => a.State).NotEmpty().MaximumLength(PostalAddress.PartMaxLength);
        RuleFor(a => a.Pin).Matches("^[1-9][0-9]{5}$").When(a => !string.IsNullOrEmpty(a.Pin))
            .WithMessage("A PIN code has six digits and does not start with 0.");
    }
}

public sealed class RegisterPremisesValidator : AbstractValidator<RegisterPremisesCommand>
{
    public RegisterPremisesValidator()
    {
        RuleFor(c => c.Name).NotEmpty().MaximumLength(Premises.NameMaxLength);
        RuleFor(c => c.Kind).NotNull().IsInEnum();
        RuleFor(c => c.Address).NotNull().SetValidator(new AddressInputValidator()!);
        RuleFor(c => c.Latitude).InclusiveBetween(-90, 90);
        RuleFor(c => c.Longitude).InclusiveBetween(-180, 180);
        RuleFor(c => c.OwnerOperator).MaximumLength(Premises.OwnerMaxLength);
        RuleFor(c => c.Notes).MaximumLength(Premises.NotesMaxLength);
    }
}

public sealed class RegisterPremisesHandler(CyberCaseDbContext db, ICurrentOfficer officer, TimeProvider clock)
    : ICommandHandler<RegisterPremisesCommand, PremisesDetails>
{
    public async ValueTask<PremisesDetails> Handle(RegisterPremisesCommand command, CancellationToken ct)
    {
        if (command.OwnerAccusedPersonId is { } ownerId
            && !await db.AccusedPersons.AnyAsync(p => p.Id == ownerId && p.StationId == officer.StationId, ct))
        {
            throw new DomainException("Premises.UnknownOwner", "The owner is not an accused person of this station.",
                RuleKind.Unprocessable, "ownerAccusedPersonId");
        }

        var now = clock.GetUtcNow();
        var a = command.Address!;
        var premises = Premises.Register(Guid.CreateVersion7(now), officer.StationId, command.Name!.Trim(), command.Kind!.Value,
            new PostalAddress
            {
                Line = a.Line!.Trim(),
                Locality = a.Locality?.Trim(),
                City = a.City!.Trim(),
                District = a.District!.Trim(),
                State = a.State!.Trim(),
                Pin = a.Pin,
            },
            command.Latitude, command.Longitude, command.OwnerOperator, command.OwnerAccusedPersonId, command.Notes, now, officer.Id);
        db.Premises.Add(premises);
        if (command.FirId is { } firId)
        {
            var fir = await db.FindOwnAsync(firId, officer, ct);
            db.FirPremises.Add(new FirPremises(fir.Id, premises.Id, now, officer.Id));
        }

        await db.SaveChangesAsync(ct);
        return await db.LoadPremisesAsync(premises.Id, officer, ct);
    }
}
