using CyberCase.Application.Common;
using static CyberCase.Application.Common.Input;
using CyberCase.Application.Firs;
using CyberCase.Application.Persistence;
using CyberCase.Domain.Common;
using CyberCase.Domain.Firs;
using CyberCase.Domain.Officers;
using CyberCase.Domain.Statutes;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CyberCase.Application.Firs.RegisterFir;

public sealed record InformantInput(string? Name, string? Parentage, string? Nationality, string? PassportNumber,
    string? Address, string? Phone, string? NameInScript = null, DateOnly? DateOfBirth = null, int? YearOfBirth = null,
    DateOnly? PassportIssuedOn = null, string? PassportIssuedAt = null, string? Occupation = null);

/// <summary>An accused as the FIR gives them: known (by name), suspected, or unknown (IIF-I item 7).</summary>
public sealed record FirAccusedInput(FirAccusedKind? Kind, string? Name, string? NameInScript, string? Particulars);

public sealed record SectionInput(Act? Act, string? Section);

/// <summary>
/// Register an FIR at the officer's station; answers the FIR as written. Fields are nullable so a missing one is a
/// field error, not a default. The IIF-I particulars after <c>GdEntryNumber</c> (information received at the station,
/// place from the station, delay, properties, accused as given, officer in charge, the narrative in the informant's
/// script) may be left out: the FIR then prints a blank line for each, to be completed.
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
    string? GdEntryNumber,
    DateTimeOffset? InformationReceivedAt = null,
    string? InformationGdReference = null,
    string? DirectionFromStation = null,
    decimal? DistanceFromStationKm = null,
    string? BeatNumber = null,
    string? DelayReason = null,
    string? PropertiesInvolved = null,
    decimal? PropertiesValueRupees = null,
    IReadOnlyList<FirAccusedInput>? AccusedParticulars = null,
    string? NarrativeInScript = null,
    Guid? OfficerInChargeId = null) : ICommand<FirDetails>;

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
        RuleFor(c => c.InformationGdReference).MaximumLength(FirParticulars.ReferenceMaxLength);
        RuleFor(c => c.DirectionFromStation).MaximumLength(FirParticulars.DirectionMaxLength);
        RuleFor(c => c.DistanceFromStationKm).GreaterThanOrEqualTo(0).LessThan(10_000);
        RuleFor(c => c.BeatNumber).MaximumLength(FirParticulars.ReferenceMaxLength);
        RuleFor(c => c.DelayReason).MaximumLength(FirParticulars.TextMaxLength);
        RuleFor(c => c.PropertiesInvolved).MaximumLength(FirParticulars.TextMaxLength);
        RuleFor(c => c.PropertiesValueRupees).GreaterThanOrEqualTo(0).LessThan(1_000_000_000_000m);
        RuleFor(c => c.NarrativeInScript).Must(n => !string.IsNullOrWhiteSpace(n)).When(c => c.NarrativeInScript is not null)
            .WithMessage("Leave narrativeInScript out, or give the narrative in the informant's script.")
            .MaximumLength(Fir.NarrativeMaxLength);
        RuleFor(c => c.AccusedParticulars).Must(a => a!.Count <= FirAccusedParticular.MaxPerFir).When(c => c.AccusedParticulars is not null)
            .WithMessage($"At most {FirAccusedParticular.MaxPerFir} accused as given in the FIR.");
        RuleForEach(c => c.AccusedParticulars).ChildRules(a =>
        {
            a.RuleFor(x => x.Kind).NotNull().IsInEnum();
            a.RuleFor(x => x.Name).NotEmpty().When(x => x.Kind == FirAccusedKind.Known).WithMessage("A known accused is named.");
            a.RuleFor(x => x.Name).MaximumLength(FirAccusedParticular.NameMaxLength);
            a.RuleFor(x => x.NameInScript).Must(n => !string.IsNullOrWhiteSpace(n)).When(x => x.NameInScript is not null)
                .WithMessage("Leave nameInScript out, or give the name in the person's script.")
                .MaximumLength(FirAccusedParticular.NameMaxLength);
            a.RuleFor(x => x.Particulars).MaximumLength(FirAccusedParticular.ParticularsMaxLength);
        });
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
        // Normalised to E.164 exactly as an accused's numbers are, so the same phone links the two.
        RuleFor(i => i.Phone).MaximumLength(Informant.PhoneMaxLength)
            .Must(IndianPhone.IsValid).When(i => !string.IsNullOrEmpty(i.Phone))
            .WithMessage("Not a valid phone number.");
        RuleFor(i => i.NameInScript).Must(n => !string.IsNullOrWhiteSpace(n)).When(i => i.NameInScript is not null)
            .WithMessage("Leave nameInScript out, or give the name in the informant's script.")
            .MaximumLength(Informant.NameMaxLength);
        RuleFor(i => i.YearOfBirth).InclusiveBetween(1900, 2100);
        RuleFor(i => i.YearOfBirth).Null().When(i => i.DateOfBirth is not null)
            .WithMessage("Give the date of birth or the year of birth, not both.");
        RuleFor(i => i.PassportIssuedAt).MaximumLength(Informant.PlaceMaxLength);
        RuleFor(i => i.Occupation).MaximumLength(Informant.OccupationMaxLength);
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

        var inCharge = command.OfficerInChargeId is { } inChargeId
            ? await db.Officers.AsNoTracking().Where(o => o.Id == inChargeId && o.StationId == officer.StationId)
                .Select(o => new OfficerRef(o.Id, o.FullName, o.Rank)).SingleOrDefaultAsync(ct)
            : null;
        if (command.OfficerInChargeId is not null && inCharge is null)
        {
            throw new DomainException("Fir.OfficerInChargeNotOfStation", "The officer in charge who signs the FIR must be an officer of this station.",
                RuleKind.Unprocessable, "officerInChargeId");
        }

        var i = command.Informant!;
        var informant = new Informant
        {
            Name = i.Name!.Trim(),
            NameInScript = i.NameInScript,
            Parentage = Blank(i.Parentage),
            DateOfBirth = i.DateOfBirth,
            YearOfBirth = i.YearOfBirth,
            Nationality = Blank(i.Nationality),
            PassportNumber = Blank(i.PassportNumber),
            PassportIssuedOn = i.PassportIssuedOn,
            PassportIssuedAt = Blank(i.PassportIssuedAt),
            Occupation = Blank(i.Occupation),
            Address = Blank(i.Address),
            Phone = string.IsNullOrEmpty(i.Phone) ? null : IndianPhone.Normalise(i.Phone),
        };
        var particulars = new FirParticulars
        {
            InformationReceivedAt = command.InformationReceivedAt is { } received ? Precision.ToStoredPrecision(received) : null,
            InformationGdReference = Blank(command.InformationGdReference),
            DirectionFromStation = Blank(command.DirectionFromStation),
            DistanceFromStationKm = command.DistanceFromStationKm,
            BeatNumber = Blank(command.BeatNumber),
            DelayReason = Blank(command.DelayReason),
            PropertiesInvolved = Blank(command.PropertiesInvolved),
            PropertiesValueRupees = command.PropertiesValueRupees,
            NarrativeInScript = command.NarrativeInScript,
        };
        var accused = (command.AccusedParticulars ?? [])
            .Select(a => new FirAccusedParticular(a.Kind!.Value, Blank(a.Name), a.NameInScript, Blank(a.Particulars))).ToList();
        // The registration time and the serial are both taken inside the write transaction, so serials follow
        // registration time across every process that writes to the database.
        await db.BeginWriteAsync(ct);
        var now = clock.GetUtcNow();
        var serial = await db.NextAsync(officer.StationId, StationCounter.ForFirs(Fir.RegistrationYear(now)), ct);
        var fir = Fir.Register(Guid.CreateVersion7(now), officer.StationId, serial, now, officer.Id,
            command.GdEntryNumber, command.OccurredFrom!.Value, command.OccurredTo!.Value, command.PlaceOfOccurrence!.Trim(),
            command.InformationType!.Value, informant, sections, command.Narrative!, particulars, accused, command.OfficerInChargeId);
        db.Firs.Add(fir);
        await db.SaveChangesAsync(ct);
        return FirReads.DescribeNew(fir, await stations.GetAsync(db, fir.StationId, ct), reference, clock.GetUtcNow(), inCharge);
    }
}
