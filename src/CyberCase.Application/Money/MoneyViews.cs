using CyberCase.Domain.Money;

namespace CyberCase.Application.Money;

public sealed record TransactionView(Guid Id, Guid FirId, DateTimeOffset OccurredAt, decimal Amount, string Currency,
    PaymentChannel Channel, string? Reference, Guid? VictimId, Guid? FromAccountId, Guid ToAccountId, string? Notes,
    Guid RecordedBy, DateTimeOffset RecordedAt)
{
    public static TransactionView From(MoneyTransaction t) => new(t.Id, t.FirId, t.OccurredAt, t.Amount, t.Currency, t.Channel,
        t.Reference, t.VictimId, t.FromAccountId, t.ToAccountId, t.Notes, t.RecordedBy, t.RecordedAt);
}

public sealed record AccountStatusView(Guid Id, Guid AccountId, int Sequence, AccountStatusKind Kind, DateTimeOffset At,
    string? Addressee, string? Reference, decimal? Amount, string? Currency, string? SpApprovalReference, DateOnly? SpApprovedOn,
    DateOnly? ApplicationDate, DateOnly? OrderDate, string? Notes, Guid RecordedBy, DateTimeOffset RecordedAt)
{
    public static AccountStatusView From(AccountStatusEvent e) => new(e.Id, e.AccountId, e.Sequence, e.Kind, e.At, e.Addressee,
        e.Reference, e.Amount, e.Currency, e.SpApprovalReference, e.SpApprovedOn, e.ApplicationDate, e.OrderDate, e.Notes,
        e.RecordedBy, e.RecordedAt);
}

/// <summary>An amount per currency: totals are never summed across currencies (no rate of exchange is on the record).</summary>
public sealed record CurrencyTotal(string Currency, decimal Amount);

/// <summary>
/// An account of the trail with its layer (1 = received from a victim; n = n hops from a victim's payment; null = not
/// reached from any victim's payment), what it received and sent, and its status now (the last step of its history).
/// </summary>
public sealed record TrailAccount(CaseAccountView Account, int? Layer, bool CashOut, IReadOnlyList<CurrencyTotal> Received,
    IReadOnlyList<CurrencyTotal> Sent, IReadOnlyList<CurrencyTotal> Held, AccountStatusKind? Status, IReadOnlyList<AccountStatusView> History);

public sealed record VictimTotal(Guid VictimId, string Name, IReadOnlyList<CurrencyTotal> Paid, IReadOnlyList<CurrencyTotal> Lost);

/// <summary>
/// The money trail of a case: accounts by layer (victim -> layer 1 -> ... -> cash-out), transactions in time order,
/// and the totals per victim, per account and for the case, each per currency.
/// </summary>
public sealed record MoneyTrailView(Guid FirId, string FirNumber, IReadOnlyList<TrailAccount> Accounts,
    IReadOnlyList<TransactionView> Transactions, IReadOnlyList<VictimTotal> Victims, IReadOnlyList<CurrencyTotal> PaidByVictims,
    IReadOnlyList<CurrencyTotal> Held, IReadOnlyList<CurrencyTotal> Attached);
