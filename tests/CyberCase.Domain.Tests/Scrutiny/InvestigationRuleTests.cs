using CyberCase.Domain.Scrutiny;
using CyberCase.Domain.Scrutiny.Rules;

namespace CyberCase.Domain.Tests.Scrutiny;

public sealed class ItActInvestigatorRankRuleTests
{
    [Test]
    public void An_inspector_investigating_is_clean() => Assert.That(RuleCheck.Of<ItActInvestigatorRankRule>(new ScrutinyCase()), Is.Empty);

    [Test]
    public void A_sub_inspector_investigating_an_it_act_offence_is_blocking()
    {
        var finding = RuleCheck.Of<ItActInvestigatorRankRule>(new ScrutinyCase { Io = ScrutinyCase.SubInspector }).Single();
        Assert.That((finding.Code, finding.Severity, finding.Provision, finding.RecordKind),
            Is.EqualTo(("Investigation.ItActBelowInspector", Severity.Blocking, "IT Act 78", RecordKind.Fir)));
    }
}

public sealed class SearchWitnessesRuleTests
{
    [Test]
    public void Two_witnesses_are_clean() => Assert.That(RuleCheck.Of<SearchWitnessesRule>(new ScrutinyCase()), Is.Empty);

    [Test]
    public void A_search_with_one_witness_is_blocking()
    {
        // The entities refuse fewer than two at write time; a record from before that check (or the database) can still hold one.
        var records = new ScrutinyCase().Build();
        var raid = records.Raids[0];
        var witnesses = (List<Domain.Raids.RaidWitness>)typeof(Domain.Raids.Raid).GetField("_witnesses",
            System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Instance)!.GetValue(raid)!;
        witnesses.RemoveAt(1);
        var finding = new SearchWitnessesRule().Check(records).Single();
        Assert.That((finding.Code, finding.Provision), Is.EqualTo(("Search.TooFewWitnesses", "CrPC 100(4)-(7)")));
    }
}

public sealed class OccupantCopyRuleTests
{
    [Test]
    public void A_copy_given_is_clean() => Assert.That(RuleCheck.Of<OccupantCopyRule>(new ScrutinyCase()), Is.Empty);

    [Test]
    public void No_occupant_copy_is_a_warning() =>
        Assert.That(RuleCheck.Of<OccupantCopyRule>(new ScrutinyCase { OccupantGivenCopy = null }).Single(),
            Has.Property(nameof(Finding.Code)).EqualTo("Search.NoOccupantCopy").And.Property(nameof(Finding.Severity)).EqualTo(Severity.Warning));
}

public sealed class SearchReasonsRecordedRuleTests
{
    [Test]
    public void Reasons_recorded_before_the_search_are_clean() => Assert.That(RuleCheck.Of<SearchReasonsRecordedRule>(new ScrutinyCase()), Is.Empty);

    [Test]
    public void Reasons_recorded_after_the_search_began_are_blocking()
    {
        var records = new ScrutinyCase().Build();
        typeof(Domain.Raids.Raid).GetProperty(nameof(Domain.Raids.Raid.ReasonsRecordedAt))!.SetValue(records.Raids[0], records.Raids[0].StartedAt!.Value.AddHours(1));
        Assert.That(new SearchReasonsRecordedRule().Check(records).Single().Code, Is.EqualTo("Search.ReasonsNotRecordedBefore"));
    }
}

public sealed class SearchVideoRecordingRuleTests
{
    [Test]
    public void An_unrecorded_search_under_the_crpc_is_clean() =>
        Assert.That(RuleCheck.Of<SearchVideoRecordingRule>(new ScrutinyCase { AudioVideoRecorded = false }), Is.Empty, "CrPC has no section 105");

    [Test]
    public void An_unrecorded_search_under_the_bnss_is_blocking() =>
        Assert.That(RuleCheck.Of<SearchVideoRecordingRule>(new ScrutinyCase { NewRegime = true, AudioVideoRecorded = false }).Single(),
            Has.Property(nameof(Finding.Code)).EqualTo("Search.NotVideoRecorded").And.Property(nameof(Finding.Provision)).EqualTo("BNSS 105"));
}

public sealed class RecordingForwardedRuleTests
{
    [Test]
    public void A_forwarded_recording_is_clean() => Assert.That(RuleCheck.Of<RecordingForwardedRule>(new ScrutinyCase { NewRegime = true }), Is.Empty);

    [Test]
    public void A_recording_not_forwarded_is_blocking_only_in_the_new_regime()
    {
        Assert.That(RuleCheck.Of<RecordingForwardedRule>(new ScrutinyCase { NewRegime = true, RecordingForwarded = false }).Single().Code,
            Is.EqualTo("Search.RecordingNotForwarded"));
        Assert.That(RuleCheck.Of<RecordingForwardedRule>(new ScrutinyCase { RecordingForwarded = false }), Is.Empty);
    }
}

public sealed class ChargeSheetDueRuleTests
{
    [Test]
    public void Far_from_the_due_date_or_charge_sheeted_is_clean()
    {
        Assert.That(RuleCheck.Of<ChargeSheetDueRule>(new ScrutinyCase()), Is.Empty);
        Assert.That(RuleCheck.Of<ChargeSheetDueRule>(new ScrutinyCase { ChargeSheetForwardedAfter = TimeSpan.FromDays(50), NowAfterArrest = TimeSpan.FromDays(70) }), Is.Empty);
    }

    [Test]
    public void Close_is_a_warning_and_passed_is_blocking()
    {
        var close = RuleCheck.Of<ChargeSheetDueRule>(new ScrutinyCase { NowAfterArrest = TimeSpan.FromDays(50) }).Single();
        Assert.That((close.Code, close.Severity, close.Provision), Is.EqualTo(("Deadline.ChargeSheetDue", Severity.Warning, "CrPC 167")));
        var passed = RuleCheck.Of<ChargeSheetDueRule>(new ScrutinyCase { NewRegime = true, NowAfterArrest = TimeSpan.FromDays(61) }).Single();
        Assert.That((passed.Code, passed.Severity, passed.Provision), Is.EqualTo(("Deadline.ChargeSheetOverdue", Severity.Blocking, "BNSS 187")));
    }
}

public sealed class ForensicExpertVisitRuleTests
{
    [Test]
    public void A_visit_video_graphed_is_clean() =>
        Assert.That(RuleCheck.Of<ForensicExpertVisitRule>(new ScrutinyCase { NewRegime = true }), Is.Empty);

    [Test]
    public void No_visit_for_a_seven_year_offence_under_the_bnss_is_blocking() =>
        Assert.That(RuleCheck.Of<ForensicExpertVisitRule>(new ScrutinyCase { NewRegime = true, ForensicVisited = false }).Single(),
            Has.Property(nameof(Finding.Code)).EqualTo("Investigation.NoForensicExpertVisit")
                .And.Property(nameof(Finding.Severity)).EqualTo(Severity.Blocking)
                .And.Property(nameof(Finding.Provision)).EqualTo("BNSS 176(3)"));

    [Test]
    public void No_visit_under_the_crpc_is_clean() =>
        Assert.That(RuleCheck.Of<ForensicExpertVisitRule>(new ScrutinyCase { ForensicVisited = false }), Is.Empty, "the CrPC has no 176(3)");

    [Test]
    public void No_visit_for_offences_under_seven_years_is_clean()
    {
        var records = new ScrutinyCase { NewRegime = true, ForensicVisited = false }.Build();
        var lighter = new CaseRecords
        {
            Fir = records.Fir,
            StationDistrict = records.StationDistrict,
            Now = records.Now,
            ChargedSections = records.ChargedSections.Where(s => s.MaxPunishmentYears < 7).ToList(),
        };
        Assert.That(lighter.MaxPunishmentYears, Is.EqualTo(3m), "IT Act 66D alone");
        Assert.That(new ForensicExpertVisitRule().Check(lighter), Is.Empty);
    }

    [Test]
    public void A_visit_not_video_graphed_is_a_warning() =>
        Assert.That(RuleCheck.Of<ForensicExpertVisitRule>(new ScrutinyCase { NewRegime = true, VisitVideoRecorded = false }).Single(),
            Has.Property(nameof(Finding.Code)).EqualTo("Investigation.ForensicVisitNotVideoRecorded")
                .And.Property(nameof(Finding.Severity)).EqualTo(Severity.Warning)
                .And.Property(nameof(Finding.RecordKind)).EqualTo(RecordKind.ForensicVisit));
}
