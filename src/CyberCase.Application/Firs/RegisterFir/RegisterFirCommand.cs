using CyberCase.Application.Common;
using CyberCase.Application.Firs;
using CyberCase.Application.Persistence;
using CyberCase.Domain.Common;
using CyberCase.Domain.Firs;
using CyberCase.Domain.Officers;
using CyberCase.Domain.Statutes;
using FluentValidation;
using Mediator;

namespace CyberCase.Application.Firs.RegisterFir;

public sealed record InformantInput(string? Name, string? Parentage, string? Nationality, string? PassportNumber,
    string? Address, string? Phone);

public sealed record SectionInput(Act? Act, string? Section);

/// <summary>
/// Register an FIR at the officer's station; answers the FIR as written. Fields are nullable so a missing one is a
/// field error, not a default.
/// </summary>
[AllowedRoles(Roles.InvestigatingOfficer, Roles.StationHouseOfficer)]
public sealed record RegisterFirCommand(
    DateTimeOffset? OccurredFrom,
    DateTimeOffset? OccurredTo,
    string? PlaceOfOccurrence,
    InformationType? InformationType,
    InformantInput? Informant,
    IReadOnlyList<SectionInput>? Sections,
    string? Narrative,
    string? GdEntryNumber) : ICommand<FirDetails>;

public sealed partial class RegisterFirValidator : AbstractValidator<RegisterFirCommand>
{
    public RegisterFirValidator()
    {
        RuleFor(c => c.OccurredFrom).NotNull();
        RuleFor(c => c.OccurredTo).NotNull();
        RuleFor(c => c.OccurredTo).GreaterThanOrEqualTo(c => c.OccurredFrom)
            .When(c => c.OccurredFrom is not null && c.OccurredTo is not null)
            .WithMessage("The occurrence cannot end before it begins.");
        RuleFor(c => c.PlaceOfOccurrence).NotEmpty().MaximumLength(Fir.PlaceMaxLength);
        RuleFor(c => c.InformationType).NotNull().IsInEnum();
        RuleFor(c => c.Narrative).NotEmpty().MaximumLength(Fir.NarrativeMaxLength);
        RuleFor(c => c.GdEntryNumber).MaximumLength(Fir.GdEntryMaxLength);
        RuleFor(c => c.Informant).NotNull().SetValidator(new InformantValidator()!);
        RuleFor(c => c.Sections).NotEmpty().WithMessage("At least one offence section is required.");
        RuleForEach(c => c.Sections).SetValidator(new SectionInputValidator());
    }
}

public sealed class InformantValidator : AbstractValidator<InformantInput>
{
    public InformantValidator()
    {
        RuleFor(i => i.Name).NotEmpty().MaximumLength(Informant.NameMaxLength);
        RuleFor(i => i.Parentage).MaximumLength(Informant.ParentageMaxLength);
        RuleFor(i => i.Nationality).MaximumLength(Informant.NationalityMaxLength);
        RuleFor(i => i.PassportNumber).MaximumLength(Informant.PassportMaxLength);
        RuleFor(i => i.Address).MaximumLength(Informant.AddressMaxLength);
        RuleFor(i => i.Phone).MaximumLength(Informant.PhoneMaxLength)
            .Matches(@"^\+?[0-9 ()-]{6,20}$").When(i => !string.IsNullOrEmpty(i.Phone))
            .WithMessage("Not a phone number.");
    }
}

public sealed partial class SectionInputValidator : AbstractValidator<SectionInput>
{
    public SectionInputValidator()
    {
        RuleFor(s => s.Act).NotNull().IsInEnum();
        RuleFor(s => s.Section).NotEmpty().MaximumLength(OffenceSection.SectionMaxLength)
            .Matches(SectionPattern()).WithMessage("Write the section as the act prints it, e.g. 420, 120-B, 318(4), 66C.");
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^[0-9]{1,4}[A-Z]{0,3}(-[A-Z])?(\([0-9a-z]{1,3}\))*$")]
    private static partial System.Text.RegularExpressions.Regex SectionPattern();
}

public sealed class RegisterFirHandler(CyberCaseDbContext db, ICurrentOfficer officer, TimeProvider clock,
    OffenceSectionCatalog catalog, StationDirectory stations)
    : ICommandHandler<RegisterFirCommand, FirDetails>
{
    public async ValueTask<FirDetails> Handle(RegisterFirCommand command, CancellationToken ct)
    {
        var sections = command.Sections!.Select(s => new FirSection(s.Act!.Value, s.Section!)).Distinct().ToList();
        var reference = await catalog.GetAsync(db, ct);
        var unknown = sections.FirstOrDefault(s => !reference.ContainsKey((s.Act, s.Section)));
        if (unknown is not null)
        {
            throw new DomainException("Fir.UnknownSection", $"{unknown} is not in the reference data of acts and sections.",
                RuleKind.Unprocessable, $"sections[{sections.IndexOf(unknown)}].section");
        }

        var i = command.Informant!;
        var informant = new Informant
        {
            Name = i.Name!.Trim(),
            Parentage = i.Parentage,
            Nationality = i.Nationality,
            PassportNumber = i.PassportNumber,
            Address = i.Address,
            Phone = i.Phone,
        };
        // The registration time and the serial are both taken inside the write transaction, so serials follow
        // registration time across every process that writes to the database.
        await db.BeginWriteAsync(ct);
        var now = clock.GetUtcNow();
        var serial = await db.NextAsync(officer.StationId, StationCounter.ForFirs(Fir.RegistrationYear(now)), ct);
        var fir = Fir.Register(Guid.CreateVersion7(now), officer.StationId, serial, now, officer.Id,
            command.GdEntryNumber, command.OccurredFrom!.Value, command.OccurredTo!.Value, command.PlaceOfOccurrence!.Trim(),
            command.InformationType!.Value, informant, sections, command.Narrative!);
        db.Firs.Add(fir);
        await db.SaveChangesAsync(ct);
        return FirReads.DescribeNew(fir, await stations.GetAsync(db, fir.StationId, ct), reference, clock.GetUtcNow());
    }
}
