using CyberCase.Domain.Scrutiny;
using CyberCase.Domain.Scrutiny.Rules;

namespace CyberCase.Domain.Tests.Scrutiny;

public sealed class CustodyContinuousRuleTests
{
    [Test]
    public void An_unbroken_log_is_clean() => Assert.That(RuleCheck.Of<CustodyContinuousRule>(new ScrutinyCase()), Is.Empty);

    [Test]
    public void A_log_whose_entry_was_altered_is_blocking()
    {
        var records = new ScrutinyCase().Build();
        var deposit = records.Exhibits[0].Custody[1];
        typeof(Domain.Exhibits.CustodyEvent).GetProperty(nameof(Domain.Exhibits.CustodyEvent.Sequence))!.SetValue(deposit, 3);
        var finding = new CustodyContinuousRule().Check(records).Single();
        Assert.That((finding.Code, finding.Provision), Is.EqualTo(("Custody.Gap", "CrPC 102(3)")));
        Assert.That(finding.Problem, Does.Contain("missing"));
    }
}

public sealed class CustodyHolderElsewhereRuleTests
{
    [Test]
    public void A_holder_who_deposited_before_the_next_search_is_clean() =>
        Assert.That(RuleCheck.Of<CustodyHolderElsewhereRule>(new ScrutinyCase { OtherRaidOfIo = (16, 19) }), Is.Empty);

    [Test]
    public void A_holder_in_another_search_while_holding_the_exhibit_is_blocking()
    {
        var finding = RuleCheck.Of<CustodyHolderElsewhereRule>(new ScrutinyCase { Deposited = false, OtherRaidOfIo = (16, 19) }).Single();
        Assert.That((finding.Code, finding.RecordKind), Is.EqualTo(("Custody.HolderElsewhere", RecordKind.Exhibit)));
        Assert.That(RuleCheck.Of<CustodyHolderElsewhereRule>(new ScrutinyCase { NewRegime = true, Deposited = false, OtherRaidOfIo = (16, 19) })
            .Single().Provision, Is.EqualTo("BNSS 193(3)(i)"));
    }
}

public sealed class OfficerInOverlappingRaidsRuleTests
{
    [Test]
    public void Searches_one_after_the_other_are_clean() =>
        Assert.That(RuleCheck.Of<OfficerInOverlappingRaidsRule>(new ScrutinyCase { OtherRaidOfIo = (14, 18) }), Is.Empty, "touching ends do not overlap");

    [Test]
    public void An_officer_in_two_searches_at_once_is_blocking()
    {
        // Both officers of the team (the IO leads one and is in the other, the SI the other way round): one finding each.
        var findings = RuleCheck.Of<OfficerInOverlappingRaidsRule>(new ScrutinyCase { OtherRaidOfIo = (12, 16) });
        Assert.That(findings.Select(f => (f.Code, f.Severity)), Is.EqualTo(new[] { ("Raid.OfficerInOverlappingRaids", Severity.Blocking), ("Raid.OfficerInOverlappingRaids", Severity.Blocking) }));
        Assert.That(findings[0].Problem, Does.Contain("Insp. Mehvish Jan"));
    }
}

public sealed class SeizureAfterMemoRuleTests
{
    [Test]
    public void Items_seized_when_the_memo_is_drawn_up_are_clean() => Assert.That(RuleCheck.Of<SeizureAfterMemoRule>(new ScrutinyCase()), Is.Empty);

    [Test]
    public void An_item_seized_after_the_memo_is_blocking() =>
        Assert.That(RuleCheck.Of<SeizureAfterMemoRule>(new ScrutinyCase { SeizedAfterMemo = TimeSpan.FromMinutes(40) }).Single().Code,
            Is.EqualTo("Order.SeizureAfterMemo"));
}

public sealed class CustodyBeforeSeizureRuleTests
{
    [Test]
    public void Custody_after_the_seizure_is_clean() => Assert.That(RuleCheck.Of<CustodyBeforeSeizureRule>(new ScrutinyCase()), Is.Empty);

    [Test]
    public void Custody_dated_before_the_seizure_is_blocking()
    {
        var records = new ScrutinyCase().Build();
        var exhibit = records.Exhibits[0];
        typeof(Domain.Exhibits.Exhibit).GetProperty(nameof(Domain.Exhibits.Exhibit.SeizedAt))!.SetValue(exhibit, exhibit.Custody[1].At.AddHours(1));
        Assert.That(new CustodyBeforeSeizureRule().Check(records).Single().Code, Is.EqualTo("Order.CustodyBeforeSeizure"));
    }
}

public sealed class RaidBeforeFirRuleTests
{
    [Test]
    public void A_search_after_the_fir_is_clean() => Assert.That(RuleCheck.Of<RaidBeforeFirRule>(new ScrutinyCase()), Is.Empty);

    [Test]
    public void A_search_before_the_fir_is_blocking()
    {
        var records = new ScrutinyCase().Build();
        typeof(Domain.Raids.Raid).GetProperty(nameof(Domain.Raids.Raid.StartedAt))!.SetValue(records.Raids[0], records.Fir.RegisteredAt.AddDays(-30));
        Assert.That(new RaidBeforeFirRule().Check(records).Single(),
            Has.Property(nameof(Finding.Code)).EqualTo("Order.RaidBeforeFir").And.Property(nameof(Finding.Provision)).EqualTo("CrPC 154"));
    }
}

public sealed class ArrestOutsideRaidRuleTests
{
    [Test]
    public void An_arrest_during_its_raid_is_clean() => Assert.That(RuleCheck.Of<ArrestOutsideRaidRule>(new ScrutinyCase()), Is.Empty);

    [Test]
    public void An_arrest_before_its_raid_is_blocking()
    {
        var records = new ScrutinyCase().Build();
        typeof(Domain.Raids.Raid).GetProperty(nameof(Domain.Raids.Raid.StartedAt))!.SetValue(records.Raids[0], records.Accused[0].Arrest!.ArrestedAt.AddDays(5));
        Assert.That(new ArrestOutsideRaidRule().Check(records).Single().Code, Is.EqualTo("Order.ArrestOutsideRaid"));
    }
}

public sealed class EventInFutureRuleTests
{
    [Test]
    public void The_past_is_clean() => Assert.That(RuleCheck.Of<EventInFutureRule>(new ScrutinyCase()), Is.Empty);

    [Test]
    public void A_memo_dated_after_now_is_blocking()
    {
        var records = new ScrutinyCase().Build();
        typeof(Domain.Exhibits.SeizureMemo).GetProperty(nameof(Domain.Exhibits.SeizureMemo.DrawnUpAt))!.SetValue(records.Memos[0], records.Now.AddDays(2));
        Assert.That(new EventInFutureRule().Check(records).Single().Code, Is.EqualTo("Order.InFuture"));
    }
}

public sealed class PlaceholderDocumentRuleTests
{
    [Test]
    public void A_real_scan_is_clean() => Assert.That(RuleCheck.Of<PlaceholderDocumentRule>(new ScrutinyCase()), Is.Empty);

    [TestCase("demo-memo.pdf", "Seizure memo")]
    [TestCase("memo.pdf", "Placeholder until the scan arrives")]
    [TestCase("sample_memo.pdf", "Seizure memo")]
    public void A_demo_placeholder_or_sample_is_blocking(string name, string description) =>
        Assert.That(RuleCheck.Of<PlaceholderDocumentRule>(new ScrutinyCase { FileName = name, FileDescription = description }).Single().Code,
            Is.EqualTo("Document.Placeholder"));
}

public sealed class SignedOriginalWithoutDetailsRuleTests
{
    [TestCase("Scan of seizure memo SM-1, signed by Mohammad Ramzan Dar and Abdul Hamid Wani on the day")]
    [TestCase("Transcript of seizure memo SM-1 (typed copy of the memo the witnesses signed)")]
    [TestCase("Photograph of the workstations")]
    public void Signers_named_a_transcript_or_no_claim_is_clean(string description) =>
        Assert.That(RuleCheck.Of<SignedOriginalWithoutDetailsRule>(new ScrutinyCase { FileDescription = description }), Is.Empty);

    [TestCase("Seizure memo (panchnama), scanned copy signed by the witnesses")]
    [TestCase("Original arrest memo")]
    public void A_signed_original_naming_nobody_is_blocking(string description) =>
        Assert.That(RuleCheck.Of<SignedOriginalWithoutDetailsRule>(new ScrutinyCase { FileDescription = description }).Single().Code,
            Is.EqualTo("Document.SignedOriginalWithoutDetails"));
}
