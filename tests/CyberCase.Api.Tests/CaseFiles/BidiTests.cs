using CyberCase.Infrastructure.CaseFiles.Layout;

namespace CyberCase.Api.Tests.CaseFiles;

/// <summary>
/// The bidi algorithm against cases written by hand in the manner of the Unicode BidiCharacterTest.txt: the text,
/// the paragraph direction (null = auto, P2/P3), the resolved levels and the visual order. Hebrew letters stand for
/// R (the uppercase of UAX #9's examples), Arabic ones for AL.
/// </summary>
public sealed class BidiTests
{
    private static IEnumerable<TestCaseData> Cases()
    {
        yield return new TestCaseData("abc", null, 0, new byte[] { 0, 0, 0 }, new[] { 0, 1, 2 }).SetName("Latin stays left to right");
        yield return new TestCaseData("אבג", null, 1, new byte[] { 1, 1, 1 }, new[] { 2, 1, 0 }).SetName("P2 P3: a paragraph starting with R is right to left");
        yield return new TestCaseData("ab אב", 0, 0, new byte[] { 0, 0, 0, 1, 1 }, new[] { 0, 1, 2, 4, 3 }).SetName("N1: a space between L and R takes the embedding direction");
        yield return new TestCaseData("ا1", null, 1, new byte[] { 1, 2 }, new[] { 1, 0 }).SetName("W2: a digit after an Arabic letter is an Arabic number");
        yield return new TestCaseData("א 12", null, 1, new byte[] { 1, 1, 2, 2 }, new[] { 2, 3, 1, 0 }).SetName("I1: digits in a right-to-left line keep their order");
        yield return new TestCaseData("א1,2", null, 1, new byte[] { 1, 2, 2, 2 }, new[] { 1, 2, 3, 0 }).SetName("W4: a comma between digits joins them");
        yield return new TestCaseData("א$12", null, 1, new byte[] { 1, 2, 2, 2 }, new[] { 1, 2, 3, 0 }).SetName("W5: a currency sign before digits goes with them");
        yield return new TestCaseData("a ١٢", 0, 0, new byte[] { 0, 0, 2, 2 }, new[] { 0, 1, 2, 3 }).SetName("I2: Arabic-Indic digits in a left-to-right line");
        yield return new TestCaseData("אב(גד[&ef]!)gh", 1, 1, new byte[] { 1, 1, 1, 1, 1, 1, 1, 2, 2, 1, 1, 1, 2, 2 },
            new[] { 12, 13, 11, 10, 9, 7, 8, 6, 5, 4, 3, 2, 1, 0 }).SetName("N0: nested brackets, the example of UAX #9");
        yield return new TestCaseData("אב (גד) ef", 0, 0, new byte[] { 1, 1, 1, 1, 1, 1, 1, 0, 0, 0 }, new[] { 6, 5, 4, 3, 2, 1, 0, 7, 8, 9 })
            .SetName("N0: brackets around R after R are R even in a left-to-right paragraph");
        yield return new TestCaseData("राम", null, 0, new byte[] { 0, 0, 0 }, new[] { 0, 1, 2 }).SetName("Devanagari is L");
    }

    [TestCaseSource(nameof(Cases))]
    public void Levels_and_visual_order(string text, int? direction, int paragraphLevel, byte[] levels, int[] order)
    {
        var (resolved, level) = Bidi.Resolve(text, direction);
        Assert.That(level, Is.EqualTo(paragraphLevel), "paragraph level");
        Assert.That(resolved, Is.EqualTo(levels), "levels");
        Assert.That(Bidi.VisualOrder(text, resolved, level, 0, text.Length), Is.EqualTo(order), "visual order");
    }

    [Test]
    public void Without_N0_the_closing_bracket_would_fall_back_to_the_paragraph_direction()
    {
        // The same line as the N0 case above with the brackets replaced by neutrals that do not pair: the second
        // neutral sits between R and L and takes the paragraph's direction, which N0 prevents for a bracket.
        var (levels, _) = Bidi.Resolve("אב *גד* ef", 0);
        Assert.That(levels[6], Is.EqualTo(0));
        Assert.That(Bidi.Resolve("אב (גד) ef", 0).Levels[6], Is.EqualTo(1));
    }

    [Test]
    public void L1_a_tab_goes_back_to_the_paragraph_level()
    {
        var text = "ab\tcd";
        var (levels, level) = Bidi.Resolve(text, 1);
        Assert.That(levels, Is.EqualTo(new byte[] { 2, 2, 2, 2, 2 }), "before L1 the tab is between two L");
        Assert.That(Bidi.LineLevels(text, levels, level, 0, text.Length), Is.EqualTo(new byte[] { 2, 2, 1, 2, 2 }));
        Assert.That(Bidi.VisualOrder(text, levels, level, 0, text.Length), Is.EqualTo(new[] { 3, 4, 2, 0, 1 }));
    }

    [Test]
    public void L4_brackets_at_an_odd_level_are_mirrored_in_the_visual_string()
    {
        Assert.That(Bidi.ToVisual("אב (גד) ef", 0), Is.EqualTo("(דג) בא ef"));
        Assert.That(Bidi.ToVisual("ab (cd) ef", 0), Is.EqualTo("ab (cd) ef"), "left to right: nothing moves or mirrors");
        Assert.That(Bidi.Mirror('('), Is.EqualTo(')'));
        Assert.That(Bidi.Mirror('a'), Is.EqualTo('a'));
    }

    [Test]
    public void Mixed_Latin_and_Urdu_with_brackets()
    {
        // "Accused (محمد یوسف) A23": the Urdu name reads right to left inside brackets that stay where they are.
        const string line = "Accused (محمد یوسف) A23";
        var visual = Bidi.ToVisual(line);
        Assert.That(visual, Does.StartWith("Accused ("));
        Assert.That(visual, Does.EndWith(") A23"));
        Assert.That(visual[9..^5], Is.EqualTo(new string("محمد یوسف".Reverse().ToArray())));
        // An Urdu paragraph with a code in brackets: right to left, the code inside left to right, brackets mirrored.
        Assert.That(Bidi.ToVisual("محمد یوسف (A23)"), Is.EqualTo("(A23) " + new string("محمد یوسف".Reverse().ToArray())));
    }

    [TestCase('a', "L")]
    [TestCase('ا', "AL")]
    [TestCase('א', "R")]
    [TestCase('5', "EN")]
    [TestCase('٥', "AN")]
    [TestCase('۵', "EN")]
    [TestCase('+', "ES")]
    [TestCase('%', "ET")]
    [TestCase(',', "CS")]
    [TestCase('\u064E', "NSM")]
    [TestCase(' ', "WS")]
    [TestCase('\t', "S")]
    [TestCase('(', "ON")]
    [TestCase('\u200D', "BN")]
    [TestCase('क', "L")]
    public void Bidi_classes(char c, string expected) => Assert.That(Bidi.Classify(c).ToString(), Is.EqualTo(expected));
}
