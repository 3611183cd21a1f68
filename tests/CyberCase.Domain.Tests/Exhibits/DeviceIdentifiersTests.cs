using CyberCase.Domain.Exhibits;

namespace CyberCase.Domain.Tests.Exhibits;

public sealed class DeviceIdentifiersTests
{
    [TestCase("490154203237518", "490154203237518")]
    [TestCase("356938035643809", "356938035643809")]
    [TestCase(" 35-693803-564380-9 ", "356938035643809")]
    [TestCase("49-015420-323751/8", "490154203237518")]
    public void A_valid_IMEI_is_accepted_and_normalised_to_15_digits(string input, string expected)
    {
        Assert.That(DeviceIdentifiers.TryNormaliseImei(input, out var imei), Is.True);
        Assert.That(imei, Is.EqualTo(expected));
    }

    [TestCase("490154203237517", Description = "wrong check digit")]
    [TestCase("356938035643800", Description = "wrong check digit")]
    [TestCase("490154203237581", Description = "two digits swapped")]
    [TestCase("49015420323751", Description = "14 digits: the check digit is missing")]
    [TestCase("4901542032375180", Description = "16 digits (an IMEISV is not an IMEI)")]
    [TestCase("49015420323751A")]
    [TestCase("")]
    [TestCase(null)]
    public void An_IMEI_with_a_wrong_check_digit_or_length_is_refused(string? input)
    {
        Assert.That(DeviceIdentifiers.TryNormaliseImei(input, out var imei), Is.False);
        Assert.That(imei, Is.Null);
        Assert.That(DeviceIdentifiers.IsValidImei(input), Is.False);
    }

    [TestCase("00:1a:2B:3c:4D:5e")]
    [TestCase("00-1A-2B-3C-4D-5E")]
    [TestCase("001a.2b3c.4d5e")]
    [TestCase("001A2B3C4D5E")]
    [TestCase(" 00:1A:2B:3C:4D:5E ")]
    public void A_MAC_address_in_any_common_notation_is_normalised_to_upper_case_with_colons(string input)
    {
        Assert.That(DeviceIdentifiers.TryNormaliseMac(input, out var mac), Is.True);
        Assert.That(mac, Is.EqualTo("00:1A:2B:3C:4D:5E"));
    }

    [TestCase("00:1A:2B:3C:4D")]
    [TestCase("00:1A:2B:3C:4D:5E:6F")]
    [TestCase("00:1A:2B:3C:4D:5G")]
    [TestCase("00:1A-2B:3C-4D:5E", Description = "mixed separators")]
    [TestCase("001:A2B:3C4:D5E")]
    [TestCase("")]
    [TestCase(null)]
    public void A_malformed_MAC_address_is_refused(string? input) =>
        Assert.That(DeviceIdentifiers.TryNormaliseMac(input, out _), Is.False);

    [TestCase("8991101200003204514")]
    [TestCase("89918600441234567896")]
    [TestCase("8991 1012 0000 3204 514")]
    public void A_valid_ICCID_is_accepted(string input)
    {
        Assert.That(DeviceIdentifiers.TryNormaliseIccid(input, out var iccid), Is.True);
        Assert.That(iccid, Does.StartWith("89").And.Length.InRange(19, 20).And.Not.Contain(" "));
    }

    [TestCase("8991101200003204515", Description = "wrong check digit")]
    [TestCase("7991101200003204515", Description = "not the telecom prefix 89")]
    [TestCase("899110120000320451", Description = "18 digits")]
    [TestCase("899186004412345678961", Description = "21 digits")]
    [TestCase("89911012000032045X4")]
    [TestCase(null)]
    public void A_malformed_ICCID_is_refused(string? input) =>
        Assert.That(DeviceIdentifiers.IsValidIccid(input), Is.False);

    [Test]
    public void The_Luhn_check_catches_every_single_digit_error_in_an_IMEI()
    {
        const string valid = "490154203237518";
        for (var position = 0; position < valid.Length; position++)
        {
            for (var digit = '0'; digit <= '9'; digit++)
            {
                if (digit == valid[position])
                {
                    continue;
                }

                var typo = valid[..position] + digit + valid[(position + 1)..];
                Assert.That(DeviceIdentifiers.IsValidImei(typo), Is.False, typo);
            }
        }
    }
}
