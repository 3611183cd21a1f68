using CyberCase.Domain.Accused;
using CyberCase.Domain.Scrutiny;
using CyberCase.Domain.Scrutiny.Rules;

namespace CyberCase.Domain.Tests.Scrutiny;

public sealed class ProductionWithin24HoursRuleTests
{
    [Test]
    public void A_production_within_24_hours_is_clean() =>
        Assert.That(RuleCheck.Of<ProductionWithin24HoursRule>(new ScrutinyCase { ProducedAfter = TimeSpan.FromHours(24) }), Is.Empty);

    [Test]
    public void A_production_after_24_hours_is_blocking_with_the_regime_s_section()
    {
        var old = RuleCheck.Of<ProductionWithin24HoursRule>(new ScrutinyCase { ProducedAfter = TimeSpan.FromHours(24.5) }).Single();
        Assert.That((old.Code, old.Severity, old.Provision), Is.EqualTo(("Production.After24Hours", Severity.Blocking, "CrPC 57")));
        Assert.That(old.Problem, Does.Contain("24 h 30 min"));
        var @new = RuleCheck.Of<ProductionWithin24HoursRule>(new ScrutinyCase { NewRegime = true, ProducedAfter = TimeSpan.FromHours(30) }).Single();
        Assert.That(@new.Provision, Is.EqualTo("BNSS 58"));
    }

    [Test]
    public void An_arrested_person_not_yet_produced_shows_the_deadline_then_blocks_once_it_passed()
    {
        var due = RuleCheck.Of<ProductionWithin24HoursRule>(new ScrutinyCase { Produced = false, NowAfterArrest = TimeSpan.FromHours(20) }).Single();
        Assert.That((due.Code, due.Severity), Is.EqualTo(("Production.Due", Severity.Warning)));
        Assert.That(due.DueAt, Is.Not.Null);
        var overdue = RuleCheck.Of<ProductionWithin24HoursRule>(new ScrutinyCase { Produced = false, NowAfterArrest = TimeSpan.FromHours(25) }).Single();
        Assert.That((overdue.Code, overdue.Severity), Is.EqualTo(("Production.Overdue", Severity.Blocking)));
    }
}

public sealed class WomanArrestedAtNightRuleTests
{
    [Test]
    public void A_woman_arrested_by_day_or_a_man_at_night_is_clean()
    {
        Assert.That(RuleCheck.Of<WomanArrestedAtNightRule>(new ScrutinyCase { Gender = Gender.Female, ArrestTime = (16, 45) }), Is.Empty);
        Assert.That(RuleCheck.Of<WomanArrestedAtNightRule>(new ScrutinyCase { Gender = Gender.Male, ArrestTime = (19, 35) }), Is.Empty);
    }

    [Test]
    public void A_woman_arrested_after_sunset_at_the_place_is_blocking()
    {
        // Rangreth, Srinagar, 13 January 2021: the sun sets at about 17:43 IST.
        var finding = RuleCheck.Of<WomanArrestedAtNightRule>(new ScrutinyCase { Gender = Gender.Female, ArrestTime = (17, 55) }).Single();
        Assert.That((finding.Code, finding.Severity, finding.Provision), Is.EqualTo(("Arrest.WomanAtNight", Severity.Blocking, "CrPC 46(4)")));
        Assert.That(finding.Problem, Does.Contain("sunset 17:4"));
        Assert.That(RuleCheck.Of<WomanArrestedAtNightRule>(new ScrutinyCase { NewRegime = true, Gender = Gender.Female, ArrestTime = (6, 30) })
            .Single().Provision, Is.EqualTo("BNSS 43(5)"), "before sunrise too, under the new regime's section");
    }
}

public sealed class ArrestMemoAttestedRuleTests
{
    [Test]
    public void An_attested_memo_is_clean() => Assert.That(RuleCheck.Of<ArrestMemoAttestedRule>(new ScrutinyCase()), Is.Empty);

    [Test]
    public void A_memo_without_its_attesting_witness_is_blocking() =>
        Assert.That(RuleCheck.Of<ArrestMemoAttestedRule>(new ScrutinyCase { AttestingWitness = " " }).Single(),
            Has.Property(nameof(Finding.Code)).EqualTo("ArrestMemo.NoAttestingWitness").And.Property(nameof(Finding.Provision)).EqualTo("CrPC 41B"));
}

public sealed class ArrestMemoCountersignedRuleTests
{
    [Test]
    public void A_countersigned_memo_is_clean() => Assert.That(RuleCheck.Of<ArrestMemoCountersignedRule>(new ScrutinyCase()), Is.Empty);

    [Test]
    public void A_memo_not_countersigned_is_blocking() =>
        Assert.That(RuleCheck.Of<ArrestMemoCountersignedRule>(new ScrutinyCase { NewRegime = true, Countersigned = false }).Single(),
            Has.Property(nameof(Finding.Code)).EqualTo("ArrestMemo.NotCountersigned").And.Property(nameof(Finding.Provision)).EqualTo("BNSS 36"));
}

public sealed class NominatedPersonInformedRuleTests
{
    [Test]
    public void A_relative_informed_is_clean() => Assert.That(RuleCheck.Of<NominatedPersonInformedRule>(new ScrutinyCase()), Is.Empty);

    [Test]
    public void Nobody_informed_is_blocking() =>
        Assert.That(RuleCheck.Of<NominatedPersonInformedRule>(new ScrutinyCase { RelativeInformed = false }).Single(),
            Has.Property(nameof(Finding.Code)).EqualTo("ArrestMemo.NominatedPersonNotInformed").And.Property(nameof(Finding.Provision)).EqualTo("CrPC 50A"));
}

public sealed class MedicalExaminationRuleTests
{
    [Test]
    public void An_examined_arrestee_is_clean() => Assert.That(RuleCheck.Of<MedicalExaminationRule>(new ScrutinyCase()), Is.Empty);

    [Test]
    public void No_examination_is_blocking() =>
        Assert.That(RuleCheck.Of<MedicalExaminationRule>(new ScrutinyCase { NewRegime = true, MedicallyExamined = false }).Single(),
            Has.Property(nameof(Finding.Code)).EqualTo("ArrestMemo.NoMedicalExamination").And.Property(nameof(Finding.Provision)).EqualTo("BNSS 53"));
}

public sealed class AccusedUnder18RuleTests
{
    [Test]
    public void An_adult_is_clean() => Assert.That(RuleCheck.Of<AccusedUnder18Rule>(new ScrutinyCase { Age = 18 }), Is.Empty);

    [Test]
    public void A_seventeen_year_old_is_blocking_under_the_jj_act() =>
        Assert.That(RuleCheck.Of<AccusedUnder18Rule>(new ScrutinyCase { Age = 17 }).Single(),
            Has.Property(nameof(Finding.Code)).EqualTo("Accused.UnderEighteen").And.Property(nameof(Finding.Provision)).EqualTo("JJ Act 10"));
}
