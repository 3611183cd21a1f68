using System.Diagnostics.CodeAnalysis;

namespace CyberCase.Domain.Exhibits;

/// <summary>
/// The identifiers that tie a seized device to the network records (CDRs, IPDRs, DHCP logs) of the case.
/// A mistyped IMEI on a seizure memo points the investigation at someone else's phone, so every identifier
/// is checked when it is recorded and stored in one canonical form, which is what searches compare.
/// </summary>
public static class DeviceIdentifiers
{
    /// <summary>An IMEI: 14 digits (TAC and serial) and a Luhn check digit (3GPP TS 23.003). Spaces, hyphens and slashes are ignored.</summary>
    public static bool TryNormaliseImei(string? input, [NotNullWhen(true)] out string? imei)
    {
        imei = null;
        var digits = DigitsOnly(input, " -/");
        if (digits is not { Length: 15 } || !LuhnValid(digits))
        {
            return false;
        }

        imei = digits;
        return true;
    }

    public static bool IsValidImei(string? input) => TryNormaliseImei(input, out _);

    /// <summary>
    /// A SIM ICCID (ITU-T E.118): 19 or 20 digits starting with the telecom industry prefix 89, ending in a Luhn check digit.
    /// </summary>
    public static bool TryNormaliseIccid(string? input, [NotNullWhen(true)] out string? iccid)
    {
        iccid = null;
        var digits = DigitsOnly(input, " -");
        if (digits is not { Length: 19 or 20 } || !digits.StartsWith("89", StringComparison.Ordinal) || !LuhnValid(digits))
        {
            return false;
        }

        iccid = digits;
        return true;
    }

    public static bool IsValidIccid(string? input) => TryNormaliseIccid(input, out _);

    /// <summary>
    /// A 48-bit MAC address written as 'aa:bb:cc:dd:ee:ff', 'aa-bb-cc-dd-ee-ff', 'aabb.ccdd.eeff' or 'aabbccddeeff';
    /// normalised to upper case with colons ('AA:BB:CC:DD:EE:FF').
    /// </summary>
    public static bool TryNormaliseMac(string? input, [NotNullWhen(true)] out string? mac)
    {
        mac = null;
        if (input is null)
        {
            return false;
        }

        var text = input.Trim();
        string hex;
        if (text.Length == 17 && (IsGrouped(text, ':', 2) || IsGrouped(text, '-', 2)))
        {
            hex = text.Replace(":", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal);
        }
        else if (text.Length == 14 && IsGrouped(text, '.', 4))
        {
            hex = text.Replace(".", "", StringComparison.Ordinal);
        }
        else
        {
            hex = text;
        }

        if (hex.Length != 12 || !hex.All(char.IsAsciiHexDigit))
        {
            return false;
        }

        hex = hex.ToUpperInvariant();
        mac = string.Join(':', Enumerable.Range(0, 6).Select(i => hex.Substring(i * 2, 2)));
        return true;
    }

    public static bool IsValidMac(string? input) => TryNormaliseMac(input, out _);

    /// <summary>The Luhn (mod 10) check over a string of digits whose last digit is the check digit.</summary>
    public static bool LuhnValid(string digits)
    {
        if (digits.Length < 2 || !digits.All(char.IsAsciiDigit))
        {
            return false;
        }

        var sum = 0;
        for (var i = 0; i < digits.Length; i++)
        {
            var d = digits[digits.Length - 1 - i] - '0';
            if (i % 2 == 1)
            {
                d *= 2;
                if (d > 9)
                {
                    d -= 9;
                }
            }

            sum += d;
        }

        return sum % 10 == 0;
    }

    private static string? DigitsOnly(string? input, string separators)
    {
        if (input is null)
        {
            return null;
        }

        var kept = new System.Text.StringBuilder(input.Length);
        foreach (var c in input.Trim())
        {
            if (char.IsAsciiDigit(c))
            {
                kept.Append(c);
            }
            else if (!separators.Contains(c, StringComparison.Ordinal))
            {
                return null;
            }
        }

        return kept.ToString();
    }

    /// <summary>Groups of <paramref name="width"/> characters separated by one kind of separator only.</summary>
    private static bool IsGrouped(string text, char separator, int width)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var isSeparatorPosition = (i + 1) % (width + 1) == 0;
            if (isSeparatorPosition != (text[i] == separator))
            {
                return false;
            }
        }

        return true;
    }
}
