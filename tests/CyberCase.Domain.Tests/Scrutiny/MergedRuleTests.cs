using CyberCase.Domain.Accused;
using CyberCase.Domain.Clocks;
using CyberCase.Domain.Scrutiny;
using CyberCase.Domain.Scrutiny.Rules;

namespace CyberCase.Domain.Tests.Scrutiny;

public sealed class ReasonsForArrestRuleTests
{
    [Test]
    public void Reasons_recorded_are_clean() => Assert.That(RuleCheck.Of<ReasonsForArrestRule>(new ScrutinyCase()), Is.Empty);

    [Test]
    public void An_arrest_for_offences_of_seven_years_or_less_without_reasons_is_blocking()
    {
        var old = RuleCheck.Of<ReasonsForArrestRule>(new ScrutinyCase { ReasonsForArrest = null }).Single();
        Assert.That((old.Code, old.Provision), Is.EqualTo(("Arrest.ReasonsNotRecorded", "CrPC 41(1)(b)(ii)")));
        Assert.That(old.Problem, Does.Contain("CrPC 41A"));
        Assert.That(RuleCheck.Of<ReasonsForArrestRule>(new ScrutinyCase { NewRegime = true, ReasonsForArrest = " " }).Single().Provision,
            Is.EqualTo("BNSS 35(1)(b)(ii)"));
    }
}

public sealed class WomanArrestSafeguardsTests
{
    [Test]
    public void A_night_arrest_of_a_woman_with_the_safeguards_recorded_is_clean() =>
        Assert.That(RuleCheck.Of<WomanArrestedAtNightRule>(new ScrutinyCase { Gender = Gender.Female, ArrestTime = (19, 35), WomanSafeguards = true }), Is.Empty);

    [Test]
    public void Without_them_it_is_blocking() =>
        Assert.That(RuleCheck.Of<WomanArrestedAtNightRule>(new ScrutinyCase { Gender = Gender.Female, ArrestTime = (19, 35) }).Single().Code,
            Is.EqualTo("Arrest.WomanAtNight"));
}

public sealed class ProductionJourneyTimeTests
{
    [Test]
    public void The_journey_recorded_is_excluded_from_the_24_hours() =>
        Assert.That(RuleCheck.Of<ProductionWithin24HoursRule>(new ScrutinyCase { ProducedAfter = TimeSpan.FromHours(25), JourneyMinutes = 90 }), Is.Empty);

    [Test]
    public void A_production_late_even_without_the_journey_is_blocking() =>
        Assert.That(RuleCheck.Of<ProductionWithin24HoursRule>(new ScrutinyCase { ProducedAfter = TimeSpan.FromHours(27), JourneyMinutes = 90 }).Single().Problem,
            Does.Contain("even without the 90 minutes' journey"));
}

public sealed class ChargeSheetForwardedTests
{
    [Test]
    public void A_charge_sheet_forwarded_in_time_answers_the_clock() =>
        Assert.That(RuleCheck.Of<ChargeSheetDueRule>(new ScrutinyCase { NowAfterArrest = TimeSpan.FromDays(400), ChargeSheetForwardedAfter = TimeSpan.FromDays(55) }), Is.Empty);

    [Test]
    public void One_forwarded_after_the_due_date_does_not() =>
        Assert.That(RuleCheck.Of<ChargeSheetDueRule>(new ScrutinyCase { NowAfterArrest = TimeSpan.FromDays(400), ChargeSheetForwardedAfter = TimeSpan.FromDays(70) }).Single().Code,
            Is.EqualTo("Deadline.ChargeSheetOverdue"));
}

public sealed class VictimInformedOfProgressRuleTests
{
    private static ScrutinyCase With(bool newRegime, TimeSpan dueFromArrest, DateTimeOffset? told = null)
    {
        var c = new ScrutinyCase { NewRegime = newRegime };
        c.ProgressClocks = [new ProgressClock(Guid.NewGuid(), "14/2025", Guid.NewGuid(), "Shabir Ahmad Lone", c.ArrestedAt + dueFromArrest, told)];
        return c;
    }

    [Test]
    public void A_victim_told_in_time_or_a_crpc_case_is_clean()
    {
        var c = With(true, TimeSpan.FromDays(5));
        c.ProgressClocks = [c.ProgressClocks[0] with { ToldAt = c.ArrestedAt.AddDays(1) }];
        Assert.That(RuleCheck.Of<VictimInformedOfProgressRule>(c), Is.Empty);
        Assert.That(RuleCheck.Of<VictimInformedOfProgressRule>(With(false, TimeSpan.FromDays(5))), Is.Empty, "no such duty under the CrPC");
    }

    [Test]
    public void Not_told_after_90_days_is_blocking_and_close_a_warning()
    {
        var overdue = RuleCheck.Of<VictimInformedOfProgressRule>(With(true, TimeSpan.FromDays(5))).Single();
        Assert.That((overdue.Code, overdue.Severity, overdue.Provision), Is.EqualTo(("Victim.NotInformed", Severity.Blocking, "BNSS 193(3)(ii)")));
        Assert.That(RuleCheck.Of<VictimInformedOfProgressRule>(With(true, TimeSpan.FromDays(20))).Single().Code, Is.EqualTo("Victim.UpdateDue"));
    }
}

public sealed class OverlapExplainedTests
{
    [Test]
    public void An_overlap_recorded_with_a_reason_is_a_warning()
    {
        var findings = RuleCheck.Of<OfficerInOverlappingRaidsRule>(new ScrutinyCase { OtherRaidOfIo = (12, 16), OverlapReason = "Supervising both sites" });
        Assert.That(findings.Single(f => f.Problem.Contains("Insp. Mehvish Jan")).Severity, Is.EqualTo(Severity.Warning));
        Assert.That(findings.Single(f => f.Problem.Contains("Insp. Mehvish Jan")).Code, Is.EqualTo("Raid.OverlapExplained"));
    }
}
