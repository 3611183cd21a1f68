using CyberCase.Application.Common;
using CyberCase.Application.Firs;
using CyberCase.Application.Persistence;
using CyberCase.Domain.Accused;
using CyberCase.Domain.Common;
using CyberCase.Domain.Officers;
using CyberCase.Domain.Places;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CyberCase.Application.Accused.AddAccused;

public sealed record ParentageInput(ParentageRelation? Relation, string? Name);

/// <summary>
/// Add an accused to the case with the next code (A1, A2, ...). Either describe a new person, or give the
/// <c>personId</c> of a person already accused at the station (the same person is never recorded twice).
/// The Aadhaar number may be sent in full; only its last four digits are kept.
/// </summary>
[AllowedRoles(Roles.InvestigatingOfficer, Roles.StationHouseOfficer)]
public sealed record AddAccusedCommand(Guid FirId, Guid? PersonId, string? Name, IReadOnlyList<string>? Aliases,
    ParentageInput? Parentage, Gender? Gender, DateOnly? DateOfBirth, int? Age, string? Address,
    IReadOnlyList<string>? PhoneNumbers, string? Aadhaar, AccusedRole? Role, string? RoleNote, Guid? PremisesId)
    : ICommand<AccusedDetails>;

public sealed class AddAccusedValidator : AbstractValidator<AddAccusedCommand>
{
    public AddAccusedValidator()
    {
        RuleFor(c => c.Role).NotNull().IsInEnum();
        RuleFor(c => c.RoleNote).MaximumLength(CaseAccused.RoleNoteMaxLength);
        When(c => c.PersonId is null, () =>
        {
            RuleFor(c => c.Name).NotEmpty().MaximumLength(AccusedPerson.NameMaxLength);
            RuleFor(c => c.Gender).NotNull().IsInEnum();
            RuleFor(c => c.Address).NotEmpty().MaximumLength(AccusedPerson.AddressMaxLength);
            RuleFor(c => c.Aliases).Must(a => a is null || a.Count <= AccusedPerson.MaxAliases)
                .WithMessage($"At most {AccusedPerson.MaxAliases} aliases.");
            RuleForEach(c => c.Aliases).NotEmpty().MaximumLength(AccusedPerson.AliasMaxLength);
            RuleFor(c => c.Parentage!.Relation).NotNull().IsInEnum().When(c => c.Parentage is not null)
                .OverridePropertyName("parentage.relation");
            RuleFor(c => c.Parentage!.Name).NotEmpty().MaximumLength(AccusedPerson.NameMaxLength).When(c => c.Parentage is not null)
                .OverridePropertyName("parentage.name");
            RuleFor(c => c.Age).InclusiveBetween(7, 120);
            RuleFor(c => c.Age).Null().When(c => c.DateOfBirth is not null).WithMessage("Give the date of birth or the age, not both.");
            RuleFor(c => c.PhoneNumbers).Must(p => p is null || p.Count <= AccusedPerson.MaxPhones)
                .WithMessage($"At most {AccusedPerson.MaxPhones} phone numbers.");
            RuleForEach(c => c.PhoneNumbers).Must(IndianPhone.IsValid).WithMessage("Not a valid phone number.");
            // The value is never echoed back: a wrong Aadhaar number is still somebody's personal data.
            RuleFor(c => c.Aadhaar).Must(AccusedPerson.IsValidAadhaar).When(c => !string.IsNullOrEmpty(c.Aadhaar))
                .WithMessage(AccusedPerson.AadhaarRule);
        });
        When(c => c.PersonId is not null, () =>
            RuleFor(c => c.Name).Empty().WithMessage("Give either personId (a person already recorded) or the person's details, not both."));
    }
}

public sealed class AddAccusedHandler(CyberCaseDbContext db, ICurrentOfficer officer, TimeProvider clock, OffenceSectionCatalog catalog)
    : ICommandHandler<AddAccusedCommand, AccusedDetails>
{
    public async ValueTask<AccusedDetails> Handle(AddAccusedCommand command, CancellationToken ct)
    {
        var fir = await db.FindOwnAsync(command.FirId, officer, ct);
        await db.EnsurePremisesOfStationAsync(command.PremisesId, officer, "premisesId", ct);
        var now = clock.GetUtcNow();

        Guid personId;
        if (command.PersonId is { } existing)
        {
            if (!await db.AccusedPersons.AnyAsync(p => p.Id == existing && p.StationId == officer.StationId, ct))
            {
                throw new DomainException("Accused.UnknownPerson", "No such accused person at this station.", RuleKind.Unprocessable, "personId");
            }

            if (await db.CaseAccused.AnyAsync(a => a.FirId == fir.Id && a.PersonId == existing, ct))
            {
                throw new DomainException("Accused.AlreadyInCase", "This person is already an accused in this FIR.");
            }

            personId = existing;
        }
        else
        {
            var person = AccusedPerson.Record(Guid.CreateVersion7(now), officer.StationId, command.Name!.Trim(), command.Aliases ?? [],
                command.Parentage?.Relation, command.Parentage?.Name?.Trim(), command.Gender!.Value, command.DateOfBirth, command.Age,
                command.Address!.Trim(), (command.PhoneNumbers ?? []).Select(IndianPhone.Normalise), command.Aadhaar, now);
            db.AccusedPersons.Add(person);
            personId = person.Id;
        }

        // The next serial is read inside the write transaction, so two officers adding accused at once (in any process)
        // never take the same one; the unique (FirId, Serial) index backs it.
        await db.BeginWriteAsync(ct);
        var serial = (await db.CaseAccused.Where(a => a.FirId == fir.Id).MaxAsync(a => (int?)a.Serial, ct) ?? 0) + 1;
        var accused = CaseAccused.Add(Guid.CreateVersion7(now), officer.StationId, fir.Id, personId, serial, command.Role!.Value,
            command.RoleNote?.Trim(), command.PremisesId, now, officer.Id);
        db.CaseAccused.Add(accused);

        if (command.PremisesId is { } premisesId && !await db.FirPremises.AnyAsync(l => l.FirId == fir.Id && l.PremisesId == premisesId, ct))
        {
            db.FirPremises.Add(new FirPremises(fir.Id, premisesId, now, officer.Id));
        }

        await db.SaveChangesAsync(ct);
        return await db.LoadAccusedAsync(accused.Id, officer, clock, catalog, ct);
    }
}
