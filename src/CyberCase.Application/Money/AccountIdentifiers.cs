using System.Diagnostics.CodeAnalysis;
using System.Text.RegularExpressions;
using CyberCase.Application.Common;
using CyberCase.Domain.Money;

namespace CyberCase.Application.Money;

/// <summary>
/// Account identifiers as written on bank replies and NCRP complaints ("5010 0234 5678 90", "hdfc0001234", "Name@OkAxis"),
/// checked and brought to one canonical form so the same account is the same string in every FIR.
/// </summary>
public static partial class AccountIdentifiers
{
    /// <summary>Indian bank account numbers run from 9 to 18 digits; spaces and hyphens are ignored.</summary>
    public static bool TryNormaliseAccountNumber(string? input, [NotNullWhen(true)] out string? digits)
    {
        digits = input?.Trim().Replace(" ", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal);
        if (digits is not { Length: >= 9 and <= 18 } || !digits.All(char.IsAsciiDigit))
        {
            digits = null;
            return false;
        }

        return true;
    }

    /// <summary>IFSC (RBI): four letters of the bank, a zero, six characters of the branch.</summary>
    public static bool TryNormaliseIfsc(string? input, [NotNullWhen(true)] out string? ifsc)
    {
        ifsc = input?.Trim().ToUpperInvariant();
        if (ifsc is null || !IfscPattern().IsMatch(ifsc))
        {
            ifsc = null;
            return false;
        }

        return true;
    }

    /// <summary>A UPI id (virtual payment address): handle@provider, compared in lower case.</summary>
    public static bool TryNormaliseUpi(string? input, [NotNullWhen(true)] out string? upi)
    {
        upi = input?.Trim().ToLowerInvariant();
        if (upi is null || upi.Length > CaseAccount.NumberMaxLength || !UpiPattern().IsMatch(upi))
        {
            upi = null;
            return false;
        }

        return true;
    }

    /// <summary>A wallet is usually opened on a mobile number (kept in E.164); otherwise its id in lower case.</summary>
    public static bool TryNormaliseWallet(string? input, [NotNullWhen(true)] out string? wallet)
    {
        if (IndianPhone.TryNormalise(input, out var e164))
        {
            wallet = e164;
            return true;
        }

        wallet = input?.Trim().ToLowerInvariant();
        if (wallet is null || wallet.Length > CaseAccount.NumberMaxLength || !WalletPattern().IsMatch(wallet))
        {
            wallet = null;
            return false;
        }

        return true;
    }

    /// <summary>
    /// A card number as a bank reply prints it, masked: at most the first six and the last four digits shown (PCI DSS),
    /// the rest as X or *; kept as "411111XXXXXX1234". A full card number is refused: it is never stored.
    /// </summary>
    public static bool TryNormaliseMaskedCard(string? input, [NotNullWhen(true)] out string? card)
    {
        card = null;
        var text = input?.Trim().Replace(" ", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal)
            .Replace('*', 'X').Replace('x', 'X');
        if (text is not { Length: >= 13 and <= 19 } || !text.All(c => char.IsAsciiDigit(c) || c == 'X') || !text.Contains('X', StringComparison.Ordinal))
        {
            return false;
        }

        var last4 = text[^4..];
        var head = text[..^4];
        var shownHead = head.TakeWhile(char.IsAsciiDigit).Count();
        if (!last4.All(char.IsAsciiDigit) || shownHead > 6 || head[shownHead..].Any(char.IsAsciiDigit))
        {
            return false;
        }

        card = text;
        return true;
    }

    /// <summary>A crypto-asset address: hex (0x...) and bech32 (bc1...) in lower case; base58 kept as written (case matters).</summary>
    public static bool TryNormaliseCrypto(string? input, [NotNullWhen(true)] out string? address)
    {
        address = input?.Trim();
        if (address is null || !CryptoPattern().IsMatch(address))
        {
            address = null;
            return false;
        }

        if (address.StartsWith("0x", StringComparison.OrdinalIgnoreCase) || Bech32Prefix().IsMatch(address))
        {
            address = address.ToLowerInvariant();
        }

        return true;
    }

    public static bool IsValidMaskedCard(string? input) => TryNormaliseMaskedCard(input, out _);

    public static bool IsValidCrypto(string? input) => TryNormaliseCrypto(input, out _);

    /// <summary>The account number of a kind in canonical form (without the IFSC).</summary>
    public static bool TryNormaliseNumber(AccountKind kind, string? input, [NotNullWhen(true)] out string? number) => kind switch
    {
        AccountKind.BankAccount => TryNormaliseAccountNumber(input, out number),
        AccountKind.Upi => TryNormaliseUpi(input, out number),
        AccountKind.Card => TryNormaliseMaskedCard(input, out number),
        AccountKind.Crypto => TryNormaliseCrypto(input, out number),
        _ => TryNormaliseWallet(input, out number),
    };

    /// <summary>
    /// What an officer types to look an account up: "digits", "digits/IFSC" (or a space or colon between), a UPI id, or a
    /// wallet number. Answers the numbers to compare with <see cref="CaseAccount.Number"/> and the IFSC when one was given.
    /// </summary>
    public static bool TryParseLookup(string? input, out IReadOnlyList<string> numbers, out string? ifsc)
    {
        numbers = [];
        ifsc = null;
        if (string.IsNullOrWhiteSpace(input))
        {
            return false;
        }

        var text = input.Trim();
        if (text.Contains('@', StringComparison.Ordinal))
        {
            var found = new List<string>();
            if (TryNormaliseUpi(text, out var upi))
            {
                found.Add(upi);
            }

            if (TryNormaliseWallet(text, out var wallet) && wallet != upi)
            {
                found.Add(wallet);
            }

            numbers = found;
            return found.Count > 0;
        }

        var split = text.Split(['/', ':', ' '], 2, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (split.Length == 2 && TryNormaliseIfsc(split[1], out var code) && TryNormaliseAccountNumber(split[0], out var bankNumber))
        {
            numbers = [bankNumber];
            ifsc = code;
            return true;
        }

        var candidates = new List<string>();
        if (TryNormaliseAccountNumber(text, out var digits))
        {
            candidates.Add(digits);
        }

        if (TryNormaliseWallet(text, out var walletId) && !candidates.Contains(walletId))
        {
            candidates.Add(walletId);
        }

        numbers = candidates;
        return candidates.Count > 0;
    }

    public static bool IsValidAccountNumber(string? input) => TryNormaliseAccountNumber(input, out _);

    public static bool IsValidIfsc(string? input) => TryNormaliseIfsc(input, out _);

    public static bool IsValidUpi(string? input) => TryNormaliseUpi(input, out _);

    public static bool IsValidWallet(string? input) => TryNormaliseWallet(input, out _);

    [GeneratedRegex("^[A-Za-z0-9]{20,100}$")]
    private static partial Regex CryptoPattern();

    [GeneratedRegex("^(bc1|ltc1|tb1)", RegexOptions.IgnoreCase)]
    private static partial Regex Bech32Prefix();

    [GeneratedRegex("^[A-Z]{4}0[A-Z0-9]{6}$")]
    private static partial Regex IfscPattern();

    [GeneratedRegex("^[a-z0-9][a-z0-9._-]{1,63}@[a-z][a-z0-9]{1,63}$")]
    private static partial Regex UpiPattern();

    [GeneratedRegex("^[a-z0-9][a-z0-9._@-]{2,79}$")]
    private static partial Regex WalletPattern();
}
