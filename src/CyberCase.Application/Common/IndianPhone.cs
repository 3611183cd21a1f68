using PhoneNumbers;

namespace CyberCase.Application.Common;

/// <summary>
/// Phone numbers as written on Indian forms ("94190 12345", "09419012345", "+91-9419012345"), validated and
/// normalised to E.164 so that the same number is the same string everywhere (shared numbers link accused).
/// A number without a country code is read as Indian.
/// </summary>
public static class IndianPhone
{
    private static readonly PhoneNumberUtil Util = PhoneNumberUtil.GetInstance();

    public static bool TryNormalise(string? input, out string e164)
    {
        e164 = "";
        if (string.IsNullOrWhiteSpace(input) || input.Length > 32)
        {
            return false;
        }

        try
        {
            var number = Util.Parse(input, "IN");
            if (!Util.IsValidNumber(number))
            {
                return false;
            }

            e164 = Util.Format(number, PhoneNumberFormat.E164);
            return true;
        }
        catch (NumberParseException)
        {
            return false;
        }
    }

    public static bool IsValid(string? input) => TryNormalise(input, out _);

    public static string Normalise(string input) =>
        TryNormalise(input, out var e164) ? e164 : throw new ArgumentException($"Not a valid phone number: {input}", nameof(input));
}
