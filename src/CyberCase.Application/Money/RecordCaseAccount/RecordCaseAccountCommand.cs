using CyberCase.Application.Common;
using CyberCase.Application.Firs;
using CyberCase.Application.Persistence;
using CyberCase.Domain.Common;
using CyberCase.Domain.Money;
using CyberCase.Domain.Officers;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CyberCase.Application.Money.RecordCaseAccount;

/// <summary>
/// Records an account of the case's money trail: a bank account (<c>identifier</c> = account number, with <c>ifsc</c>),
/// a UPI id, a wallet (usually its mobile number), a card (masked only) or a crypto address, with the holder and the KYC
/// particulars when known. Stored in canonical form so it links with other FIRs of the station.
/// </summary>
[AllowedRoles(Roles.InvestigatingOfficer, Roles.StationHouseOfficer)]
public sealed record RecordCaseAccountCommand(Guid FirId, AccountKind? Kind, string? Identifier, string? Ifsc, string? Bank,
    string? Holder, string? Notes, string? Kyc = null) : ICommand<CaseAccountView>;

public sealed class RecordCaseAccountValidator : AbstractValidator<RecordCaseAccountCommand>
{
    public RecordCaseAccountValidator()
    {
        RuleFor(c => c.Kind).NotNull().IsInEnum();
        RuleFor(c => c.Identifier).NotEmpty();
        RuleFor(c => c.Identifier).Must(AccountIdentifiers.IsValidAccountNumber)
            .When(c => c.Kind == AccountKind.BankAccount && !string.IsNullOrEmpty(c.Identifier))
            .WithMessage("A bank account number has 9 to 18 digits.");
        RuleFor(c => c.Ifsc).NotEmpty().When(c => c.Kind == AccountKind.BankAccount)
            .WithMessage("Give the IFSC of the branch with a bank account.");
        RuleFor(c => c.Ifsc).Must(AccountIdentifiers.IsValidIfsc).When(c => !string.IsNullOrEmpty(c.Ifsc))
            .WithMessage("An IFSC is four letters, a zero and six letters or digits (e.g. JAKA0NATIPR).");
        RuleFor(c => c.Ifsc).Empty().When(c => c.Kind is not AccountKind.BankAccount)
            .WithMessage("An IFSC belongs to bank accounts only.");
        RuleFor(c => c.Identifier).Must(AccountIdentifiers.IsValidUpi)
            .When(c => c.Kind == AccountKind.Upi && !string.IsNullOrEmpty(c.Identifier))
            .WithMessage("A UPI id is handle@provider (e.g. name@okaxis).");
        RuleFor(c => c.Identifier).Must(AccountIdentifiers.IsValidWallet)
            .When(c => c.Kind == AccountKind.Wallet && !string.IsNullOrEmpty(c.Identifier))
            .WithMessage("A wallet is its mobile number or its wallet id (letters, digits, . _ - @).");
        RuleFor(c => c.Identifier).Must(AccountIdentifiers.IsValidMaskedCard)
            .When(c => c.Kind == AccountKind.Card && !string.IsNullOrEmpty(c.Identifier))
            .WithMessage("A card is recorded masked only: at most the first six and the last four digits, the rest as X (e.g. 4111 11XX XXXX 1234).");
        RuleFor(c => c.Identifier).Must(AccountIdentifiers.IsValidCrypto)
            .When(c => c.Kind == AccountKind.Crypto && !string.IsNullOrEmpty(c.Identifier))
            .WithMessage("A crypto address is 20 to 100 letters and digits (0x..., bc1..., or base58).");
        RuleFor(c => c.Kyc).MaximumLength(CaseAccount.NotesMaxLength);
        RuleFor(c => c.Bank).MaximumLength(CaseAccount.TextMaxLength);
        RuleFor(c => c.Holder).MaximumLength(CaseAccount.TextMaxLength);
        RuleFor(c => c.Notes).MaximumLength(CaseAccount.NotesMaxLength);
    }
}

public sealed class RecordCaseAccountHandler(CyberCaseDbContext db, ICurrentOfficer officer, TimeProvider clock)
    : ICommandHandler<RecordCaseAccountCommand, CaseAccountView>
{
    public async ValueTask<CaseAccountView> Handle(RecordCaseAccountCommand command, CancellationToken ct)
    {
        var fir = await db.FindOwnAsync(command.FirId, officer, ct);
        var kind = command.Kind!.Value;
        _ = AccountIdentifiers.TryNormaliseNumber(kind, command.Identifier, out var number);
        string? ifsc = AccountIdentifiers.TryNormaliseIfsc(command.Ifsc, out var code) ? code : null;
        var identifier = CaseAccount.CanonicalIdentifier(kind, number!, ifsc);
        if (await db.CaseAccounts.AnyAsync(a => a.FirId == fir.Id && a.Identifier == identifier, ct))
        {
            throw new DomainException("CaseAccount.AlreadyRecorded", $"{identifier} is already recorded in this FIR.",
                RuleKind.Conflict, "identifier");
        }

        var now = clock.GetUtcNow();
        var account = CaseAccount.Record(Guid.CreateVersion7(now), officer.StationId, fir.Id, kind, number!, ifsc,
            command.Bank?.Trim(), command.Holder?.Trim(), command.Notes?.Trim(), officer.Id, now, command.Kyc?.Trim());
        db.CaseAccounts.Add(account);
        await db.SaveChangesAsync(ct);
        return CaseAccountView.From(account);
    }
}
