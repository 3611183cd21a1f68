using CyberCase.Application.Common;
using CyberCase.Application.Firs;
using CyberCase.Application.Persistence;
using CyberCase.Domain.Money;
using CyberCase.Domain.Officers;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CyberCase.Application.Money.RecordTransaction;

/// <summary>
/// Records one movement of money of the case: from a victim (<c>victimId</c>, the first layer) or from an account of
/// the trail (<c>fromAccountId</c>), to an account of the trail. The amount is exact, in the currency's decimals.
/// </summary>
[AllowedRoles(Roles.InvestigatingOfficer, Roles.StationHouseOfficer)]
public sealed record RecordTransactionCommand(Guid FirId, DateTimeOffset? OccurredAt, decimal? Amount, string? Currency,
    PaymentChannel? Channel, string? Reference, Guid? VictimId, Guid? FromAccountId, Guid? ToAccountId, string? Notes)
    : ICommand<TransactionView>;

public sealed class RecordTransactionValidator : AbstractValidator<RecordTransactionCommand>
{
    public RecordTransactionValidator()
    {
        RuleFor(c => c.OccurredAt).NotNull();
        RuleFor(c => c.Amount).NotNull().GreaterThan(0).WithMessage("An amount is more than zero.");
        RuleFor(c => c.Currency).NotEmpty().Must(Currency.IsKnown).WithMessage("Give the ISO 4217 code of the currency (e.g. INR, USD).");
        RuleFor(c => c.Amount).Must((c, a) => Currency.FitsDecimals(a!.Value, c.Currency!))
            .When(c => c.Amount > 0 && Currency.IsKnown(c.Currency))
            .WithMessage(c => $"{c.Currency} amounts have at most {Currency.DecimalsOf(c.Currency)} decimals.");
        RuleFor(c => c.Channel).NotNull().IsInEnum();
        RuleFor(c => c.Reference).MaximumLength(MoneyTransaction.ReferenceMaxLength);
        RuleFor(c => c.ToAccountId).NotNull();
        RuleFor(c => c.ToAccountId).NotEqual(c => c.FromAccountId).When(c => c.FromAccountId is not null)
            .WithMessage("Money does not move from an account to itself.");
        RuleFor(c => c.FromAccountId).NotNull().When(c => c.VictimId is null)
            .WithMessage("Say where the money came from: a victim (victimId) or an account of the trail (fromAccountId).");
        RuleFor(c => c.Notes).MaximumLength(MoneyTransaction.NotesMaxLength);
    }
}

public sealed class RecordTransactionHandler(CyberCaseDbContext db, ICurrentOfficer officer, TimeProvider clock)
    : ICommandHandler<RecordTransactionCommand, TransactionView>
{
    public async ValueTask<TransactionView> Handle(RecordTransactionCommand command, CancellationToken ct)
    {
        var fir = await db.FindOwnAsync(command.FirId, officer, ct);
        // The accounts and the victim belong to this FIR; anything else (another case's, another station's) is not found.
        var accountIds = new[] { command.FromAccountId, command.ToAccountId }.OfType<Guid>().ToList();
        var found = await db.CaseAccounts.Where(a => a.FirId == fir.Id && accountIds.Contains(a.Id)).Select(a => a.Id).ToListAsync(ct);
        foreach (var id in accountIds.Where(id => !found.Contains(id)))
        {
            throw new NotFoundException("CaseAccount", id);
        }

        if (command.VictimId is { } victimId && !await db.Victims.AnyAsync(v => v.Id == victimId && v.FirId == fir.Id, ct))
        {
            throw new NotFoundException("Victim", victimId);
        }

        var now = clock.GetUtcNow();
        var transaction = MoneyTransaction.Record(Guid.CreateVersion7(now), officer.StationId, fir.Id, command.OccurredAt!.Value,
            command.Amount!.Value, command.Currency!, command.Channel!.Value, command.Reference?.Trim(), command.VictimId,
            command.FromAccountId, command.ToAccountId!.Value, command.Notes?.Trim(), officer.Id, now);
        db.MoneyTransactions.Add(transaction);
        await db.SaveChangesAsync(ct);
        return TransactionView.From(transaction);
    }
}
