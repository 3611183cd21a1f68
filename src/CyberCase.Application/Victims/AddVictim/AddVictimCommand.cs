using CyberCase.Application.Common;
using CyberCase.Application.Firs;
using CyberCase.Application.Persistence;
using CyberCase.Domain.Common;
using CyberCase.Domain.Money;
using CyberCase.Domain.Officers;
using CyberCase.Domain.Victims;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CyberCase.Application.Victims.AddVictim;

/// <summary>Records a victim of the case (for a foreign victim: passport or id, country, language, interpreter).</summary>
[AllowedRoles(Roles.InvestigatingOfficer, Roles.StationHouseOfficer)]
public sealed record AddVictimCommand(Guid FirId, string? Name, string? Parentage, Gender? Gender, int? Age, string? Nationality,
    string? PassportOrId, string? Country, string? Language, bool? InterpreterNeeded, string? Contact, string? Address,
    bool? IsInformant, decimal? AmountLost, string? AmountLostCurrency, IReadOnlyList<Guid>? StatementIds) : ICommand<VictimView>;

public sealed class AddVictimValidator : AbstractValidator<AddVictimCommand>
{
    public AddVictimValidator()
    {
        RuleFor(c => c.Name).NotEmpty().MaximumLength(Victim.NameMaxLength);
        RuleFor(c => c.Parentage).MaximumLength(Victim.TextMaxLength);
        RuleFor(c => c.Gender).IsInEnum();
        RuleFor(c => c.Age).InclusiveBetween(0, 120);
        RuleFor(c => c.Nationality).MaximumLength(Victim.TextMaxLength);
        RuleFor(c => c.PassportOrId).MaximumLength(Victim.TextMaxLength);
        RuleFor(c => c.Country).MaximumLength(Victim.TextMaxLength);
        RuleFor(c => c.Language).MaximumLength(Victim.TextMaxLength);
        RuleFor(c => c.Contact).MaximumLength(Victim.ContactMaxLength);
        RuleFor(c => c.Address).MaximumLength(Victim.AddressMaxLength);
        RuleFor(c => c.AmountLost).GreaterThanOrEqualTo(0).WithMessage("An amount is not negative.");
        RuleFor(c => c.AmountLostCurrency).NotEmpty().When(c => c.AmountLost is not null)
            .WithMessage("Give the currency of the amount lost.");
        RuleFor(c => c.AmountLostCurrency).Must(Currency.IsKnown).When(c => c.AmountLostCurrency is not null)
            .WithMessage("Give the ISO 4217 code of the currency (e.g. INR, USD).");
        RuleFor(c => c.AmountLost).Must((c, a) => Currency.FitsDecimals(a!.Value, c.AmountLostCurrency!))
            .When(c => c.AmountLost >= 0 && Currency.IsKnown(c.AmountLostCurrency))
            .WithMessage(c => $"{c.AmountLostCurrency} amounts have at most {Currency.DecimalsOf(c.AmountLostCurrency)} decimals.");
    }
}

public sealed class AddVictimHandler(CyberCaseDbContext db, ICurrentOfficer officer, TimeProvider clock) : ICommandHandler<AddVictimCommand, VictimView>
{
    public async ValueTask<VictimView> Handle(AddVictimCommand command, CancellationToken ct)
    {
        var fir = await db.FindOwnAsync(command.FirId, officer, ct);
        var statementIds = command.StatementIds ?? [];
        var found = await db.Statements.Where(s => s.FirId == fir.Id && statementIds.Contains(s.Id)).Select(s => s.Id).ToListAsync(ct);
        foreach (var id in statementIds.Where(id => !found.Contains(id)))
        {
            throw new NotFoundException("Statement", id);
        }

        if (command.IsInformant == true && await db.Victims.AnyAsync(v => v.FirId == fir.Id && v.IsInformant, ct))
        {
            throw new DomainException("Victim.InformantAlreadyRecorded", "The FIR's informant is already recorded as a victim.",
                RuleKind.Conflict, "isInformant");
        }

        var now = clock.GetUtcNow();
        var victim = Victim.Record(Guid.CreateVersion7(now), officer.StationId, fir.Id, null, command.Name!.Trim(), command.Parentage?.Trim(),
            command.Gender, command.Age, command.Nationality?.Trim(), command.PassportOrId?.Trim(), command.Country?.Trim(),
            command.Language?.Trim(), command.InterpreterNeeded ?? false, command.Contact?.Trim(), command.Address?.Trim(),
            command.IsInformant ?? false, command.AmountLost, command.AmountLostCurrency, statementIds, officer.Id, now);
        db.Victims.Add(victim);
        await db.SaveChangesAsync(ct);
        return VictimView.From(victim);
    }
}
