using CyberCase.Domain.Common;

namespace CyberCase.Domain.Money;

/// <summary>How money moved in one transaction.</summary>
public enum PaymentChannel
{
    Upi,
    Imps,
    Neft,
    Rtgs,
    Card,
    Wallet,
    GiftCard,
    Crypto,
    Wire,
}

/// <summary>
/// One movement of money in the case: from a victim (the first layer) or from an account of the trail, to an account
/// of the trail. Which account received from which is what makes the layers (the CFCFRMS flow, layer by layer); the
/// trail is read from these rows, never stored twice. Never edited: a wrong row is answered by the bank's reply.
/// </summary>
public sealed class MoneyTransaction
{
    public const int ReferenceMaxLength = 64;
    public const int NotesMaxLength = 1000;

    private MoneyTransaction() { }

    public Guid Id { get; private set; }
    public Guid StationId { get; private set; }
    public Guid FirId { get; private set; }
    public DateTimeOffset OccurredAt { get; private set; }
    public decimal Amount { get; private set; }
    public string Currency { get; private set; } = "";
    public PaymentChannel Channel { get; private set; }
    /// <summary>UTR (NEFT/RTGS/IMPS), RRN (card, UPI), gift-card number masked, transaction hash, SWIFT reference.</summary>
    public string? Reference { get; private set; }
    /// <summary>The victim who paid (a first-layer transaction), when the money came from a victim.</summary>
    public Guid? VictimId { get; private set; }
    /// <summary>The account of the trail it left; null for a victim's payment whose own account is not on the record.</summary>
    public Guid? FromAccountId { get; private set; }
    public Guid ToAccountId { get; private set; }
    public string? Notes { get; private set; }
    public Guid RecordedBy { get; private set; }
    public DateTimeOffset RecordedAt { get; private set; }

    public static MoneyTransaction Record(Guid id, Guid stationId, Guid firId, DateTimeOffset occurredAt, decimal amount,
        string currency, PaymentChannel channel, string? reference, Guid? victimId, Guid? fromAccountId, Guid toAccountId,
        string? notes, Guid recordedBy, DateTimeOffset recordedAt)
    {
        Money.Currency.CheckAmount(amount, currency, "amount");
        if (fromAccountId == toAccountId)
        {
            throw new DomainException("Transaction.ToItself", "Money does not move from an account to itself.",
                RuleKind.Unprocessable, "toAccountId");
        }

        if (victimId is null && fromAccountId is null)
        {
            throw new DomainException("Transaction.NoSource", "Say where the money came from: a victim or an account of the trail.",
                RuleKind.Unprocessable, "fromAccountId");
        }

        EventTimes.NotInFuture(occurredAt, recordedAt, "Transaction.InFuture", "occurredAt", "A transaction cannot be in the future.");
        return new MoneyTransaction
        {
            Id = id,
            StationId = stationId,
            FirId = firId,
            OccurredAt = Precision.ToStoredPrecision(occurredAt),
            Amount = amount,
            Currency = currency,
            Channel = channel,
            Reference = reference,
            VictimId = victimId,
            FromAccountId = fromAccountId,
            ToAccountId = toAccountId,
            Notes = notes,
            RecordedBy = recordedBy,
            RecordedAt = Precision.ToStoredPrecision(recordedAt),
        };
    }
}
