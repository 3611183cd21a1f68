using CyberCase.Domain.Common;
using CyberCase.Domain.Money;

namespace CyberCase.Domain.Tests.Money;

public sealed class MoneyRulesTests
{
    private static readonly DateTimeOffset Now = new(2025, 10, 3, 12, 0, 0, Ist.Offset);

    private static AccountStatusEvent Step(IReadOnlyList<AccountStatusEvent> history, AccountStatusKind kind, DateTimeOffset at, decimal? amount = null) =>
        AccountStatusEvent.Append(history, Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), kind, at, "Nodal Officer", "REF/1", amount,
            amount is null ? null : "INR", null, null, null, null, null, Guid.NewGuid(), Now);

    [TestCase(10.00, "USD", true)]
    [TestCase(10.001, "USD", false)]
    [TestCase(1000, "JPY", true)]
    [TestCase(1000.5, "JPY", false)]
    [TestCase(1.125, "KWD", true)]
    [TestCase(0.00000001, "BTC", true)]
    public void An_amount_has_at_most_the_decimals_of_its_currency(decimal amount, string currency, bool fits) =>
        Assert.That(Currency.FitsDecimals(amount, currency), Is.EqualTo(fits));

    [Test]
    public void A_negative_amount_or_an_unknown_currency_is_refused_with_the_field_named()
    {
        var negative = Assert.Throws<DomainException>(() => Currency.CheckAmount(-1m, "INR", "amount"))!;
        Assert.That((negative.Code, negative.Field), Is.EqualTo(("Money.AmountNotPositive", "amount")));
        var unknown = Assert.Throws<DomainException>(() => Currency.CheckAmount(1m, "ABC", "amount"))!;
        Assert.That((unknown.Code, unknown.Field), Is.EqualTo(("Money.UnknownCurrency", "currency")));
        Assert.DoesNotThrow(() => Currency.CheckAmount(1m, "INR", "amount"));
    }

    [Test]
    public void A_transaction_from_an_account_to_itself_is_refused()
    {
        var account = Guid.NewGuid();
        var e = Assert.Throws<DomainException>(() => MoneyTransaction.Record(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Now, 5m, "INR",
            PaymentChannel.Upi, null, null, account, account, null, Guid.NewGuid(), Now))!;
        Assert.That((e.Code, e.Field), Is.EqualTo(("Transaction.ToItself", "toAccountId")));
        Assert.DoesNotThrow(() => MoneyTransaction.Record(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Now, 5m, "INR",
            PaymentChannel.Upi, null, null, account, Guid.NewGuid(), null, Guid.NewGuid(), Now));
    }

    [Test]
    public void A_confirmation_follows_its_request_and_a_release_its_hold()
    {
        var history = new List<AccountStatusEvent>();
        Assert.That(Assert.Throws<DomainException>(() => Step(history, AccountStatusKind.Confirmed, Now, 5m))!.Code, Is.EqualTo("AccountStatus.NotRequested"));
        Assert.That(Assert.Throws<DomainException>(() => Step(history, AccountStatusKind.Released, Now))!.Code, Is.EqualTo("AccountStatus.NothingToRelease"));
        history.Add(Step(history, AccountStatusKind.FreezeRequested, Now.AddDays(-2)));
        var early = Assert.Throws<DomainException>(() => Step(history, AccountStatusKind.Confirmed, Now.AddDays(-3), 5m))!;
        Assert.That((early.Code, early.Field), Is.EqualTo(("AccountStatus.ConfirmedBeforeRequested", "at")));
        history.Add(Step(history, AccountStatusKind.Confirmed, Now.AddDays(-1), 5m));
        history.Add(Step(history, AccountStatusKind.Released, Now));
        Assert.That(history.Select(h => h.Sequence), Is.EqualTo(new[] { 1, 2, 3 }));
    }
}
