using CyberCase.Domain.Exhibits;
using FluentValidation;

namespace CyberCase.Application.Exhibits.RecordSeizure;

public sealed class RecordSeizureValidator : AbstractValidator<RecordSeizureCommand>
{
    public const int MaxItems = 500;

    public RecordSeizureValidator()
    {
        RuleFor(c => c.MemoNumber).NotEmpty().MaximumLength(SeizureMemo.MemoNumberMaxLength);
        RuleFor(c => c.DrawnUpAt).NotNull();
        // Separate rules: a When() on a chain also switches off the NotNull before it, and a missing list reached the handler.
        RuleFor(c => c.Witnesses).NotNull().WithMessage("A seizure memo needs at least two independent witnesses.");
        RuleFor(c => c.Witnesses).Must(w => w!.Count >= SeizureMemo.MinimumWitnesses).When(c => c.Witnesses is not null)
            .WithMessage("A seizure memo needs at least two independent witnesses.");
        RuleForEach(c => c.Witnesses).NotNull().WithMessage("A witness cannot be empty.");
        RuleForEach(c => c.Witnesses).ChildRules(w =>
        {
            w.RuleFor(x => x.Name).NotEmpty().MaximumLength(MemoWitness.NameMaxLength);
            w.RuleFor(x => x.Parentage).MaximumLength(MemoWitness.NameMaxLength);
            w.RuleFor(x => x.Address).NotEmpty().MaximumLength(MemoWitness.AddressMaxLength);
        });
        RuleFor(c => c.OccupantGivenCopy).MaximumLength(SeizureMemo.OccupantMaxLength);
        RuleFor(c => c.Items).NotEmpty().WithMessage("List at least one seized item.");
        RuleFor(c => c.Items).Must(i => i!.Count <= MaxItems).When(c => c.Items is not null).WithMessage($"At most {MaxItems} items per memo.");
        RuleForEach(c => c.Items).NotNull().WithMessage("An item cannot be empty.");
        RuleForEach(c => c.Items).SetValidator(new SeizedItemValidator());
    }
}

/// <summary>Identifiers are checked as they are recorded: a mistyped IMEI points the case at someone else's phone.</summary>
public sealed class SeizedItemValidator : AbstractValidator<SeizedItemInput>
{
    public SeizedItemValidator()
    {
        RuleFor(i => i.Kind).NotNull().IsInEnum().NotEqual(ExhibitKind.ForensicImage)
            .WithMessage("Seize devices and documents; record forensic images on the exhibit they come from.");
        RuleFor(i => i.Description).NotEmpty().MaximumLength(Exhibit.LongTextMaxLength);
        RuleFor(i => i.Make).MaximumLength(Exhibit.TextMaxLength);
        RuleFor(i => i.Model).MaximumLength(Exhibit.TextMaxLength);
        RuleFor(i => i.Colour).MaximumLength(Exhibit.TextMaxLength);
        RuleFor(i => i.Condition).MaximumLength(Exhibit.TextMaxLength);
        RuleFor(i => i.SerialNumber).MaximumLength(64);
        RuleFor(i => i.SealNumber).MaximumLength(64);
        RuleFor(i => i.FoundAt).NotEmpty().MaximumLength(Exhibit.LongTextMaxLength).WithMessage("Say where exactly the item was found.");
        RuleFor(i => i.Imeis).Must(list => list!.Count <= 4).When(i => i.Imeis is not null).WithMessage("At most 4 IMEIs per device.");
        RuleForEach(i => i.Imeis).Must(DeviceIdentifiers.IsValidImei)
            .WithMessage("Not a valid IMEI: 15 digits ending in a correct Luhn check digit.");
        RuleFor(i => i.MacAddress).Must(DeviceIdentifiers.IsValidMac).When(i => i.MacAddress is not null)
            .WithMessage("Not a MAC address (six pairs of hexadecimal digits).");
        RuleFor(i => i.Iccid).Must(DeviceIdentifiers.IsValidIccid).When(i => i.Iccid is not null)
            .WithMessage("Not a SIM ICCID: 19 or 20 digits starting 89 with a correct Luhn check digit.");
    }
}
