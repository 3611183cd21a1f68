using CyberCase.Domain.Accused;
using CyberCase.Domain.Clocks;
using CyberCase.Domain.Common;
using CyberCase.Domain.Firs;
using CyberCase.Domain.Statutes;
using Microsoft.Extensions.Time.Testing;

namespace CyberCase.Domain.Tests.Clocks;

public sealed class StatutoryClocksTests
{
    private static readonly DateTimeOffset Arrested = new(2021, 1, 13, 10, 30, 0, Ist.Offset);

    private static readonly OffenceSection Cheating = new(Act.IPC, "420", "Cheating", PunishmentKind.Years, 7m, true, false, Act.BNS, "318(4)");
    private static readonly OffenceSection Personation = new(Act.ITAct, "66D", "Personation", PunishmentKind.Years, 3m, true, true, null, null);
    private static readonly OffenceSection Conspiracy = new(Act.IPC, "120-B", "Conspiracy", PunishmentKind.AsOffence, null, null, null, Act.BNS, "61(2)");
    private static readonly OffenceSection TenYears = new(Act.BNS, "999", "Ten years", PunishmentKind.Years, 10m, true, false, null, null);
    private static readonly OffenceSection NineYears = new(Act.BNS, "998", "Nine and a half", PunishmentKind.Years, 9.5m, true, false, null, null);
    private static readonly OffenceSection Life = new(Act.IPC, "467", "Forgery of valuable security", PunishmentKind.Life, null, true, false, Act.BNS, "338");
    private static readonly OffenceSection Death = new(Act.BNS, "997", "Capital", PunishmentKind.Death, null, true, false, null, null);

    private static readonly FirClockFacts Fir = new(Guid.NewGuid(), "02/2021", new(2021, 1, 12, 19, 40, 0, Ist.Offset), FirStatus.UnderInvestigation);

    private static AccusedClockFacts Accused(AccusedStatus status, DateTimeOffset? arrested = null, DateTimeOffset? produced = null) =>
        new(Guid.NewGuid(), "A1", "Test Person", status, arrested, arrested, produced);

    [Test]
    public void Production_is_due_24_hours_after_the_arrest_and_overdue_only_after_that()
    {
        var clock = new FakeTimeProvider(Arrested);
        var deadline = StatutoryClocks.ForAccused(Fir, Accused(AccusedStatus.Arrested, Arrested), [Cheating])
            .Single(d => d.Kind == DeadlineKind.ProductionBeforeMagistrate);
        Assert.That(deadline.DueAt, Is.EqualTo(Arrested.AddHours(24)));

        clock.Advance(TimeSpan.FromHours(23));
        Assert.That(deadline.IsOverdueAt(clock.GetUtcNow()), Is.False, "the hour before");
        clock.Advance(TimeSpan.FromHours(1));
        Assert.That(deadline.IsOverdueAt(clock.GetUtcNow()), Is.False, "at the 24th hour it is due, not yet overdue");
        clock.Advance(TimeSpan.FromHours(1));
        Assert.That(deadline.IsOverdueAt(clock.GetUtcNow()), Is.True, "the hour after");
    }

    [Test]
    public void Production_is_no_longer_due_once_produced_or_remanded()
    {
        Assert.That(StatutoryClocks.ForAccused(Fir, Accused(AccusedStatus.Arrested, Arrested, Arrested.AddHours(20)), [Cheating])
            .Select(d => d.Kind), Does.Not.Contain(DeadlineKind.ProductionBeforeMagistrate));
        Assert.That(StatutoryClocks.ForAccused(Fir, Accused(AccusedStatus.JudicialCustody, Arrested, Arrested.AddHours(20)), [Cheating])
            .Select(d => d.Kind), Does.Not.Contain(DeadlineKind.ProductionBeforeMagistrate));
        Assert.That(StatutoryClocks.ForAccused(Fir, Accused(AccusedStatus.Suspect), [Cheating]), Is.Empty);
    }

    [Test]
    public void The_charge_sheet_is_due_60_days_after_the_first_arrest_for_offences_under_ten_years()
    {
        var due = StatutoryClocks.ChargeSheetDue(Arrested, [Cheating, Personation, Conspiracy]);
        Assert.That(due, Is.EqualTo(Arrested.AddDays(60)));
        Assert.That(StatutoryClocks.ChargeSheetPeriodDays([NineYears]), Is.EqualTo(60), "9.5 years is below the line");
    }

    [TestCase("ten years")]
    [TestCase("life")]
    [TestCase("death")]
    public void Any_grave_offence_switches_the_charge_sheet_period_to_90_days(string which)
    {
        var grave = which switch { "ten years" => TenYears, "life" => Life, _ => Death };
        Assert.That(StatutoryClocks.ChargeSheetPeriodDays([Cheating, grave]), Is.EqualTo(90));
        Assert.That(StatutoryClocks.ChargeSheetDue(Arrested, [Cheating, grave]), Is.EqualTo(Arrested.AddDays(90)));
    }

    [Test]
    public void The_FIR_charge_sheet_clock_runs_from_the_earliest_arrest_of_any_accused()
    {
        var later = Accused(AccusedStatus.JudicialCustody, Arrested.AddDays(5), Arrested.AddDays(5));
        var first = Accused(AccusedStatus.Bailed, Arrested, Arrested);
        var deadlines = StatutoryClocks.ForFir(Fir, [later, first, Accused(AccusedStatus.Suspect)], [Cheating]);
        Assert.That(deadlines.Single(d => d.Kind == DeadlineKind.ChargeSheet).DueAt, Is.EqualTo(Arrested.AddDays(60)));
    }

    [Test]
    public void The_charge_sheet_day_before_and_after()
    {
        var deadline = StatutoryClocks.ForAccused(Fir, Accused(AccusedStatus.JudicialCustody, Arrested, Arrested), [Cheating])
            .Single(d => d.Kind == DeadlineKind.ChargeSheet);
        Assert.That(deadline.IsOverdueAt(Arrested.AddDays(60).AddHours(-1)), Is.False);
        Assert.That(deadline.IsOverdueAt(Arrested.AddDays(60).AddHours(1)), Is.True);
    }

    [Test]
    public void No_charge_sheet_clock_for_a_bailed_accused_or_a_closed_investigation()
    {
        Assert.That(StatutoryClocks.ForAccused(Fir, Accused(AccusedStatus.Bailed, Arrested, Arrested), [Cheating]), Is.Empty);
        var closed = Fir with { Status = FirStatus.ChargeSheeted };
        Assert.That(StatutoryClocks.ForFir(closed, [Accused(AccusedStatus.JudicialCustody, Arrested, Arrested)], [Cheating]), Is.Empty);
        Assert.That(StatutoryClocks.ForAccused(closed, Accused(AccusedStatus.JudicialCustody, Arrested, Arrested), [Cheating]), Is.Empty);
    }

    private static readonly FirClockFacts BnssFir = new(Guid.NewGuid(), "14/2025", new(2025, 3, 18, 11, 5, 0, Ist.Offset), FirStatus.UnderInvestigation,
        "Shabir Ahmad Lone");

    [Test]
    public void The_informant_hears_of_progress_within_90_days_of_an_FIR_under_the_BNSS()
    {
        var deadlines = StatutoryClocks.ForFir(BnssFir, [], [Cheating]);
        Assert.That(deadlines.Select(d => d.Kind), Is.EqualTo(new[] { DeadlineKind.InformantProgress }), "no arrest, no charge-sheet clock");
        Assert.That(deadlines.Single().PersonName, Is.EqualTo("Shabir Ahmad Lone"));
        var due = deadlines.Single().DueAt;
        Assert.That(due, Is.EqualTo(BnssFir.RegisteredAt.AddDays(90)));
        Assert.That(StatutoryClocks.IsDueWithin(due, due.AddDays(-7), TimeSpan.FromDays(7)), Is.True);
        Assert.That(StatutoryClocks.IsDueWithin(due, due.AddDays(-7).AddHours(-1), TimeSpan.FromDays(7)), Is.False);
        Assert.That(StatutoryClocks.IsDueWithin(due, due.AddDays(30), TimeSpan.FromDays(7)), Is.True, "overdue stays on the board");
    }

    [Test]
    public void The_CrPC_had_no_progress_duty_so_an_FIR_before_1_July_2024_has_no_such_clock()
    {
        var old = Fir with { InformantName = "Someone" };
        Assert.That(StatutoryClocks.ForFir(old, [], [Cheating]), Is.Empty);
        Assert.That(StatutoryClocks.ProgressClocks(old, [new ProgressRecipient(null, "Someone", null)]), Is.Empty);
        var lastDay = old with { RegisteredAt = new DateTimeOffset(2024, 6, 30, 23, 59, 0, Ist.Offset) };
        Assert.That(StatutoryClocks.ForFir(lastDay, [], [Cheating]), Is.Empty);
        var firstDay = old with { RegisteredAt = new DateTimeOffset(2024, 7, 1, 0, 0, 0, Ist.Offset) };
        Assert.That(StatutoryClocks.ForFir(firstDay, [], [Cheating]).Select(d => d.Kind), Is.EqualTo(new[] { DeadlineKind.InformantProgress }));
    }

    [Test]
    public void Each_informant_and_victim_has_a_clock_and_telling_them_clears_it()
    {
        var victim = Guid.NewGuid();
        var told = BnssFir.RegisteredAt.AddDays(100);
        var clocks = StatutoryClocks.ProgressClocks(BnssFir,
            [new ProgressRecipient(null, "Shabir Ahmad Lone", BnssFir.RegisteredAt.AddDays(30)), new ProgressRecipient(victim, "A victim", told)]);
        Assert.That(clocks.Select(c => c.Cleared), Is.EqualTo(new[] { true, true }));
        Assert.That(clocks.Select(c => c.IsLateAt(told)), Is.EqualTo(new[] { false, true }), "told after the 90 days is late");
        var deadlines = StatutoryClocks.ForFir(BnssFir, [], [Cheating],
            [new ProgressRecipient(null, "Shabir Ahmad Lone", BnssFir.RegisteredAt.AddDays(30)), new ProgressRecipient(victim, "A victim", null)]);
        Assert.That(deadlines.Select(d => d.VictimId), Is.EqualTo(new Guid?[] { victim }), "only the one not yet told is owed");
        Assert.That(StatutoryClocks.ForFir(BnssFir with { InformantName = null }, [], [Cheating]), Is.Empty, "suo motu: the informant is the officer");
    }
}
