using CyberCase.Domain.Common;
using CyberCase.Domain.Firs;
using CyberCase.Domain.Statutes;

namespace CyberCase.Domain.Tests.Firs;

public sealed class FirRulesTests
{
    private static readonly TimeSpan Ist = TimeSpan.FromHours(5.5);

    private static Fir Register(DateTimeOffset occurred, params FirSection[] sections) =>
        Fir.Register(Guid.NewGuid(), Guid.NewGuid(), 1, occurred.AddDays(1), Guid.NewGuid(), null, occurred, occurred,
            "Srinagar", InformationType.Written, new Informant { Name = "X" }, sections, "narrative");

    private static string CodeOf(Action act) => Assert.Throws<DomainException>(act)!.Code;

    [Test]
    public void The_last_minute_before_1_July_2024_IST_is_still_IPC()
    {
        var lastMinute = new DateTimeOffset(2024, 6, 30, 23, 59, 0, Ist);
        Assert.That(Register(lastMinute, new FirSection(Act.IPC, "420")).Sections, Has.Count.EqualTo(1));
        Assert.That(CodeOf(() => Register(lastMinute, new FirSection(Act.BNS, "318(4)"))), Is.EqualTo("Fir.BnsBeforeCommencement"));
    }

    [Test]
    public void Midnight_1_July_2024_IST_is_BNS_even_when_UTC_still_reads_30_June()
    {
        var midnight = new DateTimeOffset(2024, 6, 30, 18, 30, 0, TimeSpan.Zero);
        Assert.That(Register(midnight, new FirSection(Act.BNS, "318(4)")).Sections, Has.Count.EqualTo(1));
        Assert.That(CodeOf(() => Register(midnight, new FirSection(Act.IPC, "420"))), Is.EqualTo("Fir.IpcAfterRepeal"));
    }

    [Test]
    public void The_IT_Act_applies_on_both_sides_of_the_commencement()
    {
        Assert.DoesNotThrow(() => Register(new DateTimeOffset(2021, 1, 1, 0, 0, 0, Ist), new FirSection(Act.ITAct, "66D")));
        Assert.DoesNotThrow(() => Register(new DateTimeOffset(2025, 1, 1, 0, 0, 0, Ist), new FirSection(Act.ITAct, "66D")));
    }

    [Test]
    public void An_FIR_needs_a_section_and_an_occurrence_not_after_registration()
    {
        Assert.That(CodeOf(() => Register(new DateTimeOffset(2025, 1, 1, 0, 0, 0, Ist))), Is.EqualTo("Fir.NoOffenceSections"));
        var at = new DateTimeOffset(2025, 1, 1, 12, 0, 0, Ist);
        Assert.That(CodeOf(() => Fir.Register(Guid.NewGuid(), Guid.NewGuid(), 1, at, Guid.NewGuid(), null, at.AddMinutes(1), at.AddMinutes(2),
            "p", InformationType.Oral, new Informant { Name = "X" }, [new(Act.ITAct, "66")], "n")), Is.EqualTo("Fir.OccurrenceAfterRegistration"));
    }

    [Test]
    public void The_number_is_the_serial_and_the_IST_year_of_registration()
    {
        // 31 December 2024, 20:00 UTC is already 1 January 2025 in India.
        var at = new DateTimeOffset(2024, 12, 31, 20, 0, 0, TimeSpan.Zero);
        var fir = Fir.Register(Guid.NewGuid(), Guid.NewGuid(), 2, at, Guid.NewGuid(), null, at.AddDays(-1), at.AddDays(-1), "p",
            InformationType.Oral, new Informant { Name = "X" }, [new(Act.ITAct, "66")], "n");
        Assert.That(fir.Number, Is.EqualTo("02/2025"));
    }

    [TestCase(FirStatus.Registered, FirStatus.UnderInvestigation, true)]
    [TestCase(FirStatus.Registered, FirStatus.ChargeSheeted, false)]
    [TestCase(FirStatus.UnderInvestigation, FirStatus.FinalReport, false)]
    [TestCase(FirStatus.UnderInvestigation, FirStatus.ChargeSheeted, false)]
    [TestCase(FirStatus.UnderInvestigation, FirStatus.Registered, false)]
    public void Status_moves(FirStatus from, FirStatus to, bool allowed)
    {
        var fir = Register(new DateTimeOffset(2025, 1, 1, 0, 0, 0, Ist), new FirSection(Act.ITAct, "66"));
        if (from == FirStatus.UnderInvestigation)
        {
            fir.MoveTo(FirStatus.UnderInvestigation);
        }

        if (allowed)
        {
            fir.MoveTo(to);
            Assert.That(fir.Status, Is.EqualTo(to));
        }
        else
        {
            // Charge-sheeted or closed only by forwarding the police report.
            Assert.That(CodeOf(() => fir.MoveTo(to)),
                Is.EqualTo(to is FirStatus.ChargeSheeted or FirStatus.FinalReport ? "Fir.ClosedByPoliceReport" : "Fir.IllegalStatusChange"));
        }
    }

    [Test]
    public void Forwarding_closes_the_FIR_and_only_a_court_permission_reopens_it()
    {
        var fir = Register(new DateTimeOffset(2025, 1, 1, 0, 0, 0, Ist), new FirSection(Act.ITAct, "66"));
        Assert.That(CodeOf(fir.ReopenForFurtherInvestigation), Is.EqualTo("FurtherInvestigation.NotClosed"));
        fir.CloseByPoliceReport(chargeSheet: true);
        Assert.That(fir.IsInvestigationClosed, Is.True);
        Assert.That(CodeOf(() => fir.CloseByPoliceReport(chargeSheet: false)), Is.EqualTo("Fir.IllegalStatusChange"));
        fir.ReopenForFurtherInvestigation();
        Assert.That(fir.Status, Is.EqualTo(FirStatus.UnderInvestigation));
        fir.CloseByPoliceReport(chargeSheet: false);
        Assert.That(fir.Status, Is.EqualTo(FirStatus.FinalReport));
    }

    [Test]
    public void Grave_offences_are_death_life_or_ten_years_and_more()
    {
        static OffenceSection S(PunishmentKind kind, decimal? years) => new(Act.BNS, "x", "t", kind, years, null, null, null, null);
        Assert.That(S(PunishmentKind.Years, 10).IsGrave, Is.True);
        Assert.That(S(PunishmentKind.Years, 7).IsGrave, Is.False);
        Assert.That(S(PunishmentKind.Life, null).IsGrave, Is.True);
        Assert.That(S(PunishmentKind.Death, null).IsGrave, Is.True);
        Assert.That(S(PunishmentKind.AsOffence, null).IsGrave, Is.False);
    }
}
