using CyberCase.Application.Firs.RegisterFir;
using CyberCase.Domain.Firs;
using CyberCase.Domain.Statutes;

namespace CyberCase.Application.Tests;

public sealed class ValidatorTests
{
    private static RegisterFirCommand Valid() => new(
        new DateTimeOffset(2025, 10, 1, 10, 0, 0, TimeSpan.FromHours(5.5)),
        new DateTimeOffset(2025, 10, 2, 10, 0, 0, TimeSpan.FromHours(5.5)),
        "Online", InformationType.Written, new InformantInput("A. Person", null, "Indian", null, null, "+919419012345"),
        [new SectionInput(Act.BNS, "318(4)")], "Narrative", null);

    [Test]
    public void A_complete_FIR_is_valid() =>
        Assert.That(new RegisterFirValidator().Validate(Valid()).IsValid, Is.True);

    [TestCase("420")]
    [TestCase("120-B")]
    [TestCase("318(4)")]
    [TestCase("66C")]
    [TestCase("354A")]
    [TestCase("3(5)")]
    public void Sections_as_the_law_prints_them_are_accepted(string section) =>
        Assert.That(new SectionInputValidator().Validate(new SectionInput(Act.IPC, section)).IsValid, Is.True);

    [TestCase("")]
    [TestCase("four-twenty")]
    [TestCase("420 IPC")]
    [TestCase("318(4")]
    public void Other_spellings_are_refused(string section) =>
        Assert.That(new SectionInputValidator().Validate(new SectionInput(Act.IPC, section)).IsValid, Is.False);

    [Test]
    public void An_occurrence_ending_before_it_begins_is_refused()
    {
        var command = Valid() with { OccurredTo = Valid().OccurredFrom!.Value.AddDays(-1) };
        var result = new RegisterFirValidator().Validate(command);
        Assert.That(result.Errors.Select(e => e.PropertyName), Is.EqualTo(new[] { "OccurredTo" }));
    }

    [Test]
    public void A_missing_informant_name_and_a_bad_phone_are_named()
    {
        var command = Valid() with { Informant = new InformantInput("", null, null, null, null, "call me") };
        var result = new RegisterFirValidator().Validate(command);
        Assert.That(result.Errors.Select(e => e.PropertyName), Is.EquivalentTo(new[] { "Informant.Name", "Informant.Phone" }));
    }

    [Test]
    public void A_narrative_longer_than_the_column_is_refused_before_the_database()
    {
        var command = Valid() with { Narrative = new string('x', Fir.NarrativeMaxLength + 1) };
        Assert.That(new RegisterFirValidator().Validate(command).Errors.Select(e => e.PropertyName), Is.EqualTo(new[] { "Narrative" }));
    }
}
