using CyberCase.Domain.Firs;
using CyberCase.Domain.Statutes;
using FluentValidation;

namespace CyberCase.Application.Firs.RegisterFir;

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
