using CyberCase.Domain.Common;

namespace CyberCase.Domain.Money;

/// <summary>A step in what happened to an account's money: the bank is asked, the bank confirms, the court attaches.</summary>
public enum AccountStatusKind
{
    /// <summary>Debit freeze asked of the bank or provider (the CFCFRMS flow, or a notice by the IO).</summary>
    FreezeRequested,
    /// <summary>Lien on an amount asked of the bank.</summary>
    LienRequested,
    /// <summary>The bank confirmed the freeze or lien, with the amount it holds.</summary>
    Confirmed,
    /// <summary>The freeze or lien was lifted (by the bank, or on the court's order).</summary>
    Released,
    /// <summary>Attached by the court's order on the police's application (BNSS 107, with the SP's approval).</summary>
    AttachedByCourt,
}

/// <summary>
/// One step of an account's status, appended, never edited: the history is the record a court reads (who was asked,
/// when, under what reference; what was held). The current status is the last step.
/// </summary>
public sealed class AccountStatusEvent
{
    public const int TextMaxLength = 200;
    public const int NotesMaxLength = 1000;

    private AccountStatusEvent() { }

    public Guid Id { get; private set; }
    public Guid StationId { get; private set; }
    public Guid FirId { get; private set; }
    public Guid AccountId { get; private set; }
    public int Sequence { get; private set; }
    public AccountStatusKind Kind { get; private set; }
    public DateTimeOffset At { get; private set; }
    /// <summary>To whom the request went (the bank's nodal officer, the provider), or the court that attached.</summary>
    public string? Addressee { get; private set; }
    /// <summary>The request's or the bank's reference, or the court's order number.</summary>
    public string? Reference { get; private set; }
    /// <summary>The amount held (confirmed) or attached (court order).</summary>
    public decimal? Amount { get; private set; }
    public string? Currency { get; private set; }
    /// <summary>BNSS 107: the Superintendent of Police's approval of the application (reference and date).</summary>
    public string? SpApprovalReference { get; private set; }
    public DateOnly? SpApprovedOn { get; private set; }
    public DateOnly? ApplicationDate { get; private set; }
    public DateOnly? OrderDate { get; private set; }
    public string? Notes { get; private set; }
    public Guid RecordedBy { get; private set; }
    public DateTimeOffset RecordedAt { get; private set; }

    /// <summary>
    /// Appends the next step to <paramref name="history"/> (the account's steps so far, in order): a confirmation needs a
    /// request before it and is not dated before it; a release needs a confirmed hold; an attachment names the SP's
    /// approval, the application and the order, in that order.
    /// </summary>
    public static AccountStatusEvent Append(IReadOnlyList<AccountStatusEvent> history, Guid id, Guid stationId, Guid firId,
        Guid accountId, AccountStatusKind kind, DateTimeOffset at, string? addressee, string? reference, decimal? amount,
        string? currency, string? spApprovalReference, DateOnly? spApprovedOn, DateOnly? applicationDate, DateOnly? orderDate,
        string? notes, Guid recordedBy, DateTimeOffset recordedAt)
    {
        EventTimes.NotInFuture(at, recordedAt, "AccountStatus.InFuture", "at", "A status cannot be dated in the future.");
        var last = history.Count == 0 ? null : history[^1];
        switch (kind)
        {
            case AccountStatusKind.FreezeRequested or AccountStatusKind.LienRequested:
                if (string.IsNullOrWhiteSpace(addressee))
                {
                    throw new DomainException("AccountStatus.AddresseeRequired", "Say to whom the request went.", RuleKind.Unprocessable, "addressee");
                }

                if (kind == AccountStatusKind.LienRequested)
                {
                    RequireAmount(amount, currency);
                }

                break;
            case AccountStatusKind.Confirmed:
                var request = history.LastOrDefault(e => e.Kind is AccountStatusKind.FreezeRequested or AccountStatusKind.LienRequested);
                if (request is null || last!.Kind is not (AccountStatusKind.FreezeRequested or AccountStatusKind.LienRequested))
                {
                    throw new DomainException("AccountStatus.NotRequested", "A freeze or lien is confirmed only after it was requested.",
                        RuleKind.Conflict, "kind");
                }

                EventTimes.NotBefore(at, request.At, "AccountStatus.ConfirmedBeforeRequested",
                    "at", "The bank cannot confirm before the freeze or lien was requested.");
                RequireAmount(amount, currency);
                break;
            case AccountStatusKind.Released:
                if (last is null || last.Kind is not (AccountStatusKind.Confirmed or AccountStatusKind.FreezeRequested or AccountStatusKind.LienRequested))
                {
                    throw new DomainException("AccountStatus.NothingToRelease", "Only a requested or confirmed freeze or lien is released.",
                        RuleKind.Conflict, "kind");
                }

                EventTimes.NotBefore(at, last.At, "AccountStatus.OutOfOrder", "at", "A release cannot be dated before the step it ends.");
                break;
            case AccountStatusKind.AttachedByCourt:
                if (string.IsNullOrWhiteSpace(spApprovalReference) || spApprovedOn is null)
                {
                    throw new DomainException("AccountStatus.SpApprovalRequired",
                        "An application for attachment goes with the Superintendent of Police's approval (reference and date).",
                        RuleKind.Unprocessable, "spApprovalReference");
                }

                if (applicationDate is null || orderDate is null)
                {
                    throw new DomainException("AccountStatus.OrderRequired", "Give the date of the application and of the court's order.",
                        RuleKind.Unprocessable, applicationDate is null ? "applicationDate" : "orderDate");
                }

                if (applicationDate < spApprovedOn || orderDate < applicationDate)
                {
                    throw new DomainException("AccountStatus.OutOfOrder", "The SP approves, then the application is made, then the court orders.",
                        RuleKind.Unprocessable, applicationDate < spApprovedOn ? "applicationDate" : "orderDate");
                }

                RequireAmount(amount, currency);
                break;
        }

        if (last is not null && at < last.At)
        {
            throw new DomainException("AccountStatus.OutOfOrder", "A status is not dated before the account's last one.", RuleKind.Unprocessable, "at");
        }

        return new AccountStatusEvent
        {
            Id = id,
            StationId = stationId,
            FirId = firId,
            AccountId = accountId,
            Sequence = history.Count + 1,
            Kind = kind,
            At = Precision.ToStoredPrecision(at),
            Addressee = addressee,
            Reference = reference,
            Amount = amount,
            Currency = amount is null ? null : currency,
            SpApprovalReference = kind == AccountStatusKind.AttachedByCourt ? spApprovalReference : null,
            SpApprovedOn = kind == AccountStatusKind.AttachedByCourt ? spApprovedOn : null,
            ApplicationDate = kind == AccountStatusKind.AttachedByCourt ? applicationDate : null,
            OrderDate = kind == AccountStatusKind.AttachedByCourt ? orderDate : null,
            Notes = notes,
            RecordedBy = recordedBy,
            RecordedAt = Precision.ToStoredPrecision(recordedAt),
        };
    }

    private static void RequireAmount(decimal? amount, string? currency)
    {
        if (amount is not { } value || currency is null)
        {
            throw new DomainException("AccountStatus.AmountRequired", "Give the amount held and its currency.", RuleKind.Unprocessable, "amount");
        }

        Money.Currency.CheckAmount(value, currency, "amount", allowZero: true);
    }
}
