using System.Globalization;
using System.Resources;
using System.Text.RegularExpressions;
using CyberCase.Api.Tests.Platform;
using CyberCase.Domain.Officers;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace CyberCase.Api.Tests.Web;

/// <summary>
/// Every label of the pages has its Hindi (Resources/Labels.hi.resx): each literal key the pages and their models pass
/// to the localizer, each value of the enumerations they show (Labels.Enums) and each role. The pages may only pass
/// literal keys (a computed key could not be checked here), except through Labels' own helpers.
/// </summary>
public sealed partial class LabelsTests
{
    private static readonly CultureInfo Hindi = new("hi-IN");

    [GeneratedRegex("""\b[lL]\["((?:[^"\\]|\\.)*)"[,\]]""")]
    private static partial Regex LiteralKey();

    [GeneratedRegex("""\b[lL]\[(?!")""")]
    private static partial Regex ComputedKey();

    [GeneratedRegex(@"\{\d+\}")]
    private static partial Regex Placeholder();

    private static readonly ResourceManager Resources = new("CyberCase.Api.Resources.Labels", typeof(CyberCase.Api.Labels).Assembly);

    private static IEnumerable<string> Sources()
    {
        var api = Path.Combine(DatabaseScriptsTests.RepositoryRoot(), "src", "CyberCase.Api");
        return Directory.EnumerateFiles(Path.Combine(api, "Pages"), "*.cshtml", SearchOption.AllDirectories)
            .Concat(Directory.EnumerateFiles(Path.Combine(api, "Pages"), "*.cs", SearchOption.AllDirectories))
            .Concat(Directory.EnumerateFiles(Path.Combine(api, "Web"), "*.cs").Where(f => Path.GetFileName(f) != "Labels.cs"));
    }

    private static IEnumerable<string> KeysUsed() =>
        Sources().SelectMany(f => LiteralKey().Matches(File.ReadAllText(f)).Select(m => Regex.Unescape(m.Groups[1].Value)))
            .Concat(CyberCase.Api.Labels.Enums.SelectMany(Enum.GetNames))
            .Concat(Roles.All)
            .Distinct(StringComparer.Ordinal);

    /// <summary>The keys without a Hindi entry, or whose Hindi lost or added a {0} placeholder.</summary>
    private static List<string> Untranslated(IEnumerable<string> keys)
    {
        var hindi = Resources.GetResourceSet(Hindi, createIfNotExists: true, tryParents: true)
            ?? throw new AssertionException("No Hindi resources are embedded.");
        return keys.Where(k => hindi.GetString(k, ignoreCase: false) is not { Length: > 0 } value
                || !Placeholder().Matches(value).Select(m => m.Value).Order().SequenceEqual(Placeholder().Matches(k).Select(m => m.Value).Order()))
            .ToList();
    }

    [Test]
    public void Every_label_the_pages_use_has_its_hindi()
    {
        var keys = KeysUsed().ToList();
        Assert.That(keys, Has.Count.GreaterThan(250), "the scan found the pages' labels");
        Assert.That(keys, Does.Contain("Sign in").And.Contain("UnderInvestigation").And.Contain(Roles.StationHouseOfficer));
        Assert.That(Untranslated(keys), Is.Empty);
        // The resource compiler keeps one of two names that differ only in case: "Witness" and "witness" cannot both be keys.
        Assert.That(keys.GroupBy(k => k, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1).Select(g => string.Join(" / ", g)),
            Is.Empty);
    }

    [Test]
    public void A_label_without_hindi_is_reported()
    {
        Assert.That(Untranslated(["Sign in", "A label nobody has translated"]), Is.EqualTo(new[] { "A label nobody has translated" }));
        // The Hindi of "{0} years" keeps its placeholder; a key whose translation dropped it would be reported.
        Assert.That(Untranslated(["{0} years"]), Is.Empty);
        Assert.That(Untranslated(["{0} years {1}"]), Is.Not.Empty);
    }

    [Test]
    public void The_pages_pass_the_localizer_only_literal_keys()
    {
        var computed = Sources()
            .SelectMany(f => File.ReadAllLines(f).Select((line, i) => (f, i, line)))
            .Where(x => ComputedKey().IsMatch(x.line))
            .Select(x => $"{Path.GetFileName(x.f)}:{x.i + 1}: {x.line.Trim()}")
            .ToList();
        Assert.That(computed, Is.Empty, "use L.Of(enum value) or L.Role(role), whose values are checked");
    }

    [Test]
    public void An_enum_the_labels_do_not_list_is_refused()
    {
        var labels = new StringLocalizer<CyberCase.Api.Labels>(new ResourceManagerStringLocalizerFactory(
            Options.Create(new LocalizationOptions { ResourcesPath = "Resources" }), NullLoggerFactory.Instance));
        var before = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = Hindi;
            Assert.That(labels["Sign in"].Value, Is.EqualTo("साइन इन करें"), "the host's localizer finds the Hindi");
            Assert.That(CyberCase.Api.LabelsExtensions.Of(labels, CyberCase.Domain.Firs.FirStatus.UnderInvestigation), Is.EqualTo("अन्वेषणाधीन"));
            Assert.Throws<InvalidOperationException>(() => CyberCase.Api.LabelsExtensions.Of(labels, DayOfWeek.Monday));
        }
        finally
        {
            CultureInfo.CurrentUICulture = before;
        }
    }
}
