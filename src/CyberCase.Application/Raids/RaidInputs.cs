using CyberCase.Domain.Raids;
using FluentValidation;

namespace CyberCase.Application.Raids;

public sealed record WitnessInput(string? Name, string? Parentage, string? Address);

public sealed class WitnessInputValidator : AbstractValidator<WitnessInput>
{
    public WitnessInputValidator()
    {
        RuleFor(w => w.Name).NotEmpty().MaximumLength(RaidWitness.NameMaxLength);
        RuleFor(w => w.Parentage).NotEmpty().MaximumLength(RaidWitness.ParentageMaxLength);
        RuleFor(w => w.Address).NotEmpty().MaximumLength(RaidWitness.AddressMaxLength);
    }
}

internal static class WitnessInputs
{
    public static IEnumerable<RaidWitness> ToWitnesses(this IEnumerable<WitnessInput>? inputs) =>
        (inputs ?? []).Select(w => new RaidWitness { Name = w.Name!.Trim(), Parentage = w.Parentage!.Trim(), Address = w.Address!.Trim() });
}
