using CyberCase.Domain.Statutes;

namespace CyberCase.Domain.Tests.Law;

/// <summary>When the reasons for an arrest must be recorded (offences of seven years or less) and when bail is a right.</summary>
public sealed class ChargedOffencesTests
{
    private static OffenceSection Years(string section, decimal years, bool bailable) =>
        new(Act.IPC, section, "t", PunishmentKind.Years, years, true, bailable, null, null);

    private static readonly OffenceSection Conspiracy = new(Act.IPC, "120-B", "t", PunishmentKind.AsOffence, null, null, null, null, null);

    [Test]
    public void Offences_of_seven_years_or_less_need_recorded_reasons_and_a_conspiracy_adds_nothing()
    {
        Assert.That(ChargedOffences.PunishableWithSevenYearsOrLess([Years("419", 3, true), Years("420", 7, false), Conspiracy]), Is.True);
    }

    [Test]
    public void An_offence_over_seven_years_or_for_life_does_not()
    {
        Assert.That(ChargedOffences.PunishableWithSevenYearsOrLess([Years("419", 3, true), Years("467", 10, false)]), Is.False);
        Assert.That(ChargedOffences.PunishableWithSevenYearsOrLess(
            [new OffenceSection(Act.IPC, "302", "t", PunishmentKind.Death, null, true, false, null, null)]), Is.False);
        Assert.That(ChargedOffences.PunishableWithSevenYearsOrLess([Conspiracy]), Is.False, "nothing known to be seven years or less");
    }

    [Test]
    public void Bail_is_a_right_only_when_every_offence_that_says_so_is_bailable()
    {
        Assert.That(ChargedOffences.AllBailable([Years("419", 3, true), Conspiracy]), Is.True);
        Assert.That(ChargedOffences.AllBailable([Years("419", 3, true), Years("420", 7, false)]), Is.False);
    }
}
