using CyberCase.Domain.Common;

using System.Collections.Frozen;

namespace CyberCase.Domain.Money;

/// <summary>
/// The currencies money in a case is recorded in, with the number of decimals each allows (ISO 4217 minor units; the
/// common crypto assets by their usual display precision). An amount is never summed across currencies: a total is
/// always per currency, because no rate of exchange is on the record.
/// </summary>
public static class Currency
{
    public const int CodeMaxLength = 4;

    private static readonly FrozenDictionary<string, int> Decimals = new Dictionary<string, int>
    {
        ["INR"] = 2,
        ["USD"] = 2,
        ["GBP"] = 2,
        ["CAD"] = 2,
        ["AUD"] = 2,
        ["EUR"] = 2,
        ["NZD"] = 2,
        ["SGD"] = 2,
        ["AED"] = 2,
        ["SAR"] = 2,
        ["QAR"] = 2,
        ["CHF"] = 2,
        ["HKD"] = 2,
        ["ZAR"] = 2,
        ["MYR"] = 2,
        ["THB"] = 2,
        ["NPR"] = 2,
        ["BDT"] = 2,
        ["LKR"] = 2,
        ["PKR"] = 2,
        ["CNY"] = 2,
        ["SEK"] = 2,
        ["NOK"] = 2,
        ["DKK"] = 2,
        ["JPY"] = 0,
        ["KRW"] = 0,
        ["VND"] = 0,
        ["IDR"] = 2,
        ["KWD"] = 3,
        ["BHD"] = 3,
        ["OMR"] = 3,
        ["JOD"] = 3,
        ["BTC"] = 8,
        ["ETH"] = 8,
        ["USDT"] = 6,
        ["USDC"] = 6,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>The decimals the currency allows, or null for a code we do not know.</summary>
    public static int? DecimalsOf(string? code) => code is not null && Decimals.TryGetValue(code, out var d) ? d : null;

    public static bool IsKnown(string? code) => DecimalsOf(code) is not null;

    /// <summary>How many decimals an amount is written with (1.50 has two: the scale of the decimal as given).</summary>
    public static int ScaleOf(decimal amount) => amount.Scale;

    /// <summary>Whether the amount has no more decimals than the currency allows (trailing zeros do not count).</summary>
    public static bool FitsDecimals(decimal amount, string currency) =>
        DecimalsOf(currency) is { } allowed && decimal.Round(amount, allowed) == amount;

    /// <summary>Refuses (422, the field named) a negative or zero amount, or one with more decimals than its currency allows.</summary>
    public static void CheckAmount(decimal amount, string currency, string field, bool allowZero = false)
    {
        if (amount < 0 || (!allowZero && amount == 0))
        {
            throw new DomainException("Money.AmountNotPositive", "An amount is more than zero.", RuleKind.Unprocessable, field);
        }

        if (!IsKnown(currency))
        {
            throw new DomainException("Money.UnknownCurrency", $"{currency} is not a currency code we know (ISO 4217).",
                RuleKind.Unprocessable, field.Replace("amount", "currency", StringComparison.OrdinalIgnoreCase));
        }

        if (!FitsDecimals(amount, currency))
        {
            throw new DomainException("Money.TooManyDecimals", $"{currency} amounts have at most {DecimalsOf(currency)} decimals.",
                RuleKind.Unprocessable, field);
        }
    }
}

/// <summary>An exact amount in one currency.</summary>
public readonly record struct MoneyAmount(decimal Amount, string Currency);
