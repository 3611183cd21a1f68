using CyberCase.Application.Common;
using CyberCase.Application.Firs;
using CyberCase.Application.Persistence;
using CyberCase.Domain.Money;
using CyberCase.Domain.Officers;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CyberCase.Application.Money.RecordAccountStatus;

/// <summary>
/// Appends a step to an account's status: freeze or lien requested (to whom, reference), confirmed by the bank (amount
/// held), released, or attached by the court's order (BNSS 107: the SP's approval, the application, the order). The
/// history is never edited.
/// </summary>
[AllowedRoles(Roles.InvestigatingOfficer, Roles.StationHouseOfficer)]
public sealed record RecordAccountStatusCommand(Guid FirId, Guid AccountId, AccountStatusKind? Kind, DateTimeOffset? At,
    string? Addressee, string? Reference, decimal? Amount, string? Currency, string? SpApprovalReference, DateOnly? SpApprovedOn,
    DateOnly? ApplicationDate, DateOnly? OrderDate, string? Notes) : ICommand<AccountStatusView>;

public sealed class RecordAccountStatusValidator : AbstractValidator<RecordAccountStatusCommand>
{
    public RecordAccountStatusValidator()
    {
        RuleFor(c => c.Kind).NotNull().IsInEnum();
        RuleFor(c => c.At).NotNull();
        RuleFor(c => c.Amount).GreaterThanOrEqualTo(0).WithMessage("An amount is not negative.");
        RuleFor(c => c.Currency).Must(Currency.IsKnown).When(c => c.Currency is not null)
            .WithMessage("Give the ISO 4217 code of the currency (e.g. INR, USD).");
        RuleFor(c => c.Currency).NotEmpty().When(c => c.Amount is not null);
        RuleFor(c => c.Amount).Must((c, a) => Currency.FitsDecimals(a!.Value, c.Currency!))
            .When(c => c.Amount >= 0 && Currency.IsKnown(c.Currency))
            .WithMessage(c => $"{c.Currency} amounts have at most {Currency.DecimalsOf(c.Currency)} decimals.");
        RuleFor(c => c.Addressee).MaximumLength(AccountStatusEvent.TextMaxLength);
        RuleFor(c => c.Reference).MaximumLength(AccountStatusEvent.TextMaxLength);
        RuleFor(c => c.SpApprovalReference).MaximumLength(AccountStatusEvent.TextMaxLength);
        RuleFor(c => c.Notes).MaximumLength(AccountStatusEvent.NotesMaxLength);
    }
}

public sealed class RecordAccountStatusHandler(CyberCaseDbContext db, ICurrentOfficer officer, TimeProvider clock)
    : ICommandHandler<RecordAccountStatusCommand, AccountStatusView>
{
    public async ValueTask<AccountStatusView> Handle(RecordAccountStatusCommand command, CancellationToken ct)
    {
        var fir = await db.FindOwnAsync(command.FirId, officer, ct);
        if (!await db.CaseAccounts.AnyAsync(a => a.Id == command.AccountId && a.FirId == fir.Id, ct))
        {
            throw new NotFoundException("CaseAccount", command.AccountId);
        }

        // The history is read inside the write transaction, so two officers appending at once take turns (and the
        // unique (account, sequence) index backs that up).
        await db.BeginWriteAsync(ct);
        var history = await db.AccountStatusEvents.Where(e => e.AccountId == command.AccountId).OrderBy(e => e.Sequence).ToListAsync(ct);
        var now = clock.GetUtcNow();
        var step = AccountStatusEvent.Append(history, Guid.CreateVersion7(now), officer.StationId, fir.Id, command.AccountId,
            command.Kind!.Value, command.At!.Value, command.Addressee?.Trim(), command.Reference?.Trim(), command.Amount,
            command.Currency, command.SpApprovalReference?.Trim(), command.SpApprovedOn, command.ApplicationDate, command.OrderDate,
            command.Notes?.Trim(), officer.Id, now);
        db.AccountStatusEvents.Add(step);
        await db.SaveChangesAsync(ct);
        return AccountStatusView.From(step);
    }
}
