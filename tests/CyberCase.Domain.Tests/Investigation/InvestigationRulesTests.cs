using CyberCase.Domain.Accused;
using CyberCase.Domain.Common;
using CyberCase.Domain.Raids;

namespace CyberCase.Domain.Tests.Investigation;

public sealed class InvestigationRulesTests
{
    private static readonly DateTimeOffset Now = new(2021, 1, 13, 18, 0, 0, Ist.Offset);

    private static Raid NewRaid() => Raid.Plan(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Now.AddHours(-8),
        Guid.NewGuid(), [], "Search the call centre", "Source information recorded in the case diary", Now.AddDays(-1), Guid.NewGuid(), Now.AddDays(-2));

    private static RaidWitness Witness(string name) => new() { Name = name, Parentage = "S/o X", Address = "Rangreth" };

    [Test]
    public void A_raid_completes_only_in_progress_and_with_two_witnesses()
    {
        var raid = NewRaid();
        var ex = Assert.Throws<DomainException>(() => raid.Complete(Now, Guid.NewGuid(), [Witness("a"), Witness("b")], true, null, null, Now));
        Assert.That(ex!.Code, Is.EqualTo("Raid.IllegalStatusChange"));

        raid.Start(Now.AddHours(-6), Guid.NewGuid(), [Witness("a")], Now.AddDays(-2), Now);
        ex = Assert.Throws<DomainException>(() => raid.Complete(Now, Guid.NewGuid(), [Witness("A")], true, null, null, Now));
        Assert.That(ex!.Code, Is.EqualTo("Raid.WitnessesRequired"), "the same witness twice is still one witness");

        raid.Complete(Now, Guid.NewGuid(), [Witness("b")], true, Now, "4 arrested", Now);
        Assert.That(raid.Status, Is.EqualTo(RaidStatus.Completed));
        Assert.That(raid.Witnesses, Has.Count.EqualTo(2));
        Assert.That(Assert.Throws<DomainException>(() => raid.CallOff("x", Guid.NewGuid(), Now))!.Code, Is.EqualTo("Raid.IllegalStatusChange"));
    }

    [Test]
    public void The_Aadhaar_number_is_kept_as_its_last_four_digits_only()
    {
        Assert.That(AccusedPerson.MaskAadhaar("2345 6789 0124"), Is.EqualTo("0124"));
        Assert.That(AccusedPerson.MaskAadhaar(null), Is.Null);
        Assert.That(Assert.Throws<DomainException>(() => AccusedPerson.MaskAadhaar("12345"))!.Code, Is.EqualTo("Accused.InvalidAadhaar"));
        Assert.That(Assert.Throws<DomainException>(() => AccusedPerson.MaskAadhaar("2345 6789 0123"))!.Code, Is.EqualTo("Accused.InvalidAadhaar"));
    }

    [TestCase("2345 6789 0124", true)]
    [TestCase("234567890124", true)]
    [TestCase("236711084823", true)]
    [TestCase("4991 1866 5246", true)]
    [TestCase("2345 6789 0123", false)] // wrong check digit
    [TestCase("2345 6789 0142", false)] // the last two digits swapped
    [TestCase("2345 6798 0124", false)] // two neighbouring digits swapped
    [TestCase("2345 6789 1124", false)] // one digit mistyped
    [TestCase("1345 6789 0124", false)] // starts with 1
    [TestCase("0000 0000 0000", false)]
    [TestCase("2345-6789-0124", false)]
    [TestCase("2345 6789 012", false)]
    [TestCase("", false)]
    public void An_Aadhaar_number_needs_its_Verhoeff_check_digit(string aadhaar, bool valid) =>
        Assert.That(AccusedPerson.IsValidAadhaar(aadhaar), Is.EqualTo(valid));

    [Test]
    public void An_accused_moves_through_arrest_remand_and_bail_and_cannot_skip_back()
    {
        var accused = CaseAccused.Add(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), 1, AccusedRole.Caller, null, null, Now, Guid.NewGuid());
        Assert.That(Assert.Throws<DomainException>(() => accused.RecordCustody(Guid.NewGuid(), CustodyRecordKind.JudicialCustody,
            Now, null, null, null, null, Guid.NewGuid(), Now))!.Code, Is.EqualTo("Accused.IllegalStatusChange"));

        var arrestedAt = Now.AddHours(-5);
        accused.RecordArrest(new ArrestMemo(Guid.NewGuid(), accused.Id, arrestedAt, "Rangreth", Guid.NewGuid(), null, "Cheating",
            "Witness", null, true, null, null, null, null, null, null, Guid.NewGuid(), Now), Now);
        Assert.That(accused.Status, Is.EqualTo(AccusedStatus.Arrested));
        Assert.That(accused.ProducedAt, Is.Null);

        accused.RecordCustody(Guid.NewGuid(), CustodyRecordKind.JudicialCustody, Now, "CJM Srinagar", "Remand 4/2021", null, null, Guid.NewGuid(), Now);
        Assert.That(accused.Status, Is.EqualTo(AccusedStatus.JudicialCustody));
        Assert.That(accused.ProducedAt, Is.EqualTo(Now), "a remand order means the accused was produced");
        Assert.That(accused.FirstArrestedAt, Is.EqualTo(arrestedAt));
        Assert.That(Assert.Throws<DomainException>(() => accused.RecordCustody(Guid.NewGuid(), CustodyRecordKind.Absconding,
            Now, null, null, null, null, Guid.NewGuid(), Now))!.Code, Is.EqualTo("Accused.IllegalStatusChange"));
    }
}
