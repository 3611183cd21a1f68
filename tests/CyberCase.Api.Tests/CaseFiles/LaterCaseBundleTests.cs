using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using CyberCase.Api.Tests.Infrastructure;
using CyberCase.Api.Tests.Investigation;
using CyberCase.Infrastructure.Seeding.Demo;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Outline;

namespace CyberCase.Api.Tests.CaseFiles;

/// <summary>
/// The BNS-era FIR 14/2025 exports in the new regime: its search cites the BNSS with the audio-video recordings and
/// their SHA-256 and forwarding, its custody is the sequence of BNSS 193(3)(i) (the SIM box, kind Other with two
/// IMEIs, included), and each electronic record relied on has the BSA Schedule certificate with Part A and Part B.
/// Read back with PdfPig, field by field.
/// </summary>
public sealed partial class LaterCaseBundleTests
{
    private CyberCaseApp _app = null!;
    private List<string> _pages = null!;
    private List<(string Title, int Page)> _bookmarks = null!;

    [OneTimeSetUp]
    public async Task Export()
    {
        _app = new CyberCaseApp();
        var prosecutor = await _app.ClientFor(Demo.ProsecutorKashmir);
        var record = await (await prosecutor.PostAsJsonAsync($"/api/firs/{DemoLaterSearch.FirId}/case-bundle", Acknowledged)).ShouldBe(HttpStatusCode.Created);
        var pdf = await (await prosecutor.GetAsync($"/api/case-bundles/{record.GetProperty("id").GetGuid()}/content")).Content.ReadAsByteArrayAsync();
        using var document = PdfDocument.Open(pdf);
        _pages = document.GetPages().Select(p => p.Text).ToList();
        Assert.That(document.TryGetBookmarks(out var bookmarks), Is.True);
        _bookmarks = PdfTools.IndexRowBookmarks(bookmarks!);
    }

    /// <summary>
    /// The demo case still has findings of the scrutiny outside these pages (the productions after 24 hours); the export
    /// acknowledges them, as a prosecutor would, so that these tests read the documents.
    /// </summary>
    private static readonly object Acknowledged = new { acknowledgeBlockingFindings = true, reason = "Read back in the bundle tests." };

    [OneTimeTearDown]
    public void Stop() => _app.Dispose();


    [GeneratedRegex(@"\s+")]
    private static partial Regex WhiteSpace();

    private string Text(string titleStart)
    {
        var i = _bookmarks.FindIndex(b => b.Title.StartsWith(titleStart, StringComparison.Ordinal));
        Assert.That(i, Is.GreaterThanOrEqualTo(0), $"a bookmark '{titleStart}'");
        var last = i + 1 < _bookmarks.Count ? _bookmarks[i + 1].Page - 1 : _pages.Count;
        return PdfTools.Squeeze(string.Concat(_pages.Skip(_bookmarks[i].Page - 1).Take(last - _bookmarks[i].Page + 1)));
    }

    private async Task<(string Search, string Signing)> RecordingHashes()
    {
        var io = await _app.ClientFor(Demo.IoKashmir);
        var raid = await (await io.GetAsync($"/api/raids/{DemoLaterSearch.RaidId}")).ShouldBe(HttpStatusCode.OK);
        var recordings = raid.GetProperty("recordings").EnumerateArray().ToList();
        return (recordings[0].GetProperty("sha256").GetString()!, recordings[1].GetProperty("sha256").GetString()!);
    }

    [Test]
    public async Task The_search_cites_the_BNSS_and_prints_each_recording_with_its_hash_and_forwarding()
    {
        var (search, signing) = await RecordingHashes();
        var raid = Text("Raid R-1");
        Assert.That(raid, Does.Contain(PdfTools.Squeeze("(BNSS 185, BNSS 103(4)-(7), BNSS 105)")));
        Assert.That(raid, Does.Contain(PdfTools.Squeeze("Case diary entry No. 1 of 27/03/2025, written 27/03/2025 20:40 IST")));
        Assert.That(raid, Does.Contain(PdfTools.Squeeze("Aqib Hussain Hajam, present at the search")));
        Assert.That(raid, Does.Contain(PdfTools.Squeeze("Audio-video recordings (BNSS 105)")));
        Assert.That(raid, Does.Contain(search).And.Contain(signing));
        Assert.That(raid, Does.Contain(PdfTools.Squeeze(DemoLaterSearch.SearchVideo)).And.Contain(PdfTools.Squeeze("2 h 5 min 00 s")));
        Assert.That(raid, Does.Contain(PdfTools.Squeeze("Diary No. 412/CJM/2025")).And.Contain(PdfTools.Squeeze("28/03/2025 16:00 IST")));
        Assert.That(raid, Does.Contain(PdfTools.Squeeze($"Recorded by {DemoOfficers.IoKashmir.FullName}")));

        var memo = Text($"Seizure memo {DemoLaterSearch.MemoNumber}");
        Assert.That(memo, Does.Contain(PdfTools.Squeeze("List of things seized (BNSS 103(4)-(7))")));
        Assert.That(memo, Does.Contain(PdfTools.Squeeze("Recording of the list being signed (BNSS 105)")).And.Contain(signing));
        Assert.That(memo, Does.Not.Contain(search), "the memo prints the recording of its own signing");
        Assert.That(memo, Does.Contain(PdfTools.Squeeze("Report of the seizure to the Magistrate (BNSS 106(3))")).And.Contain(PdfTools.Squeeze(DemoLaterSearch.Magistrate)));
        Assert.That(memo, Does.Contain(PdfTools.Squeeze("Store room, first floor, on the shelf behind the water tank")));
        foreach (var title in new[] { "Raid R-1", $"Seizure memo {DemoLaterSearch.MemoNumber}" })
        {
            Assert.That(Text(title), Does.Not.Contain("CrPC"), title);
        }
    }

    [Test]
    public async Task The_sequence_of_custody_includes_the_SIM_box_with_its_register_and_docket_numbers()
    {
        var io = await _app.ClientFor(Demo.IoKashmir);
        var exhibits = (await (await io.GetAsync($"/api/exhibits?firId={DemoLaterSearch.FirId}")).ShouldBe(HttpStatusCode.OK))
            .GetProperty("items").EnumerateArray().ToList();
        var simBox = exhibits.Single(e => e.GetProperty("kind").GetString() == "Other");
        Assert.That(simBox.GetProperty("isElectronic").GetBoolean(), Is.True);
        Assert.That(simBox.GetProperty("imeis").GetArrayLength(), Is.EqualTo(2));

        var custody = Text("Sequence of custody");
        Assert.That(custody, Does.Contain(PdfTools.Squeeze("SEQUENCE OF CUSTODY (section 193(3)(i) BNSS)")));
        foreach (var e in exhibits)
        {
            Assert.That(custody, Does.Contain(e.GetProperty("number").GetString() + ":"), e.GetProperty("kind").GetString());
        }

        Assert.That(custody, Does.Contain(PdfTools.Squeeze("Malkhana register entry No. Register 4, entry 62/2025")), "the SIM box's deposit");
        Assert.That(custody, Does.Contain(PdfTools.Squeeze("FSL docket No. FSL/CY/33/2025")));
    }

    [Test]
    public async Task Each_electronic_record_has_the_BSA_certificate_with_Part_A_and_Part_B_and_a_device_has_none()
    {
        var io = await _app.ClientFor(Demo.IoKashmir);
        var exhibits = (await (await io.GetAsync($"/api/exhibits?firId={DemoLaterSearch.FirId}")).ShouldBe(HttpStatusCode.OK))
            .GetProperty("items").EnumerateArray().ToList();
        var image = exhibits.Single(e => e.GetProperty("kind").GetString() == "ForensicImage").GetProperty("number").GetString()!;
        var certificates = _bookmarks.Where(b => b.Title.StartsWith("Certificate", StringComparison.Ordinal)).Select(b => b.Title).ToList();
        Assert.That(certificates, Is.EqualTo(new[]
        {
            $"Certificate, section 63(4)(c) BSA: {image}", "Certificate, section 63(4)(c) BSA: R-1/V1", "Certificate, section 63(4)(c) BSA: R-1/V2",
        }), "the extraction and the two recordings; not the phone or the SIM box, which are produced in court");

        foreach (var title in certificates)
        {
            var text = Text(title);
            Assert.That(text, Does.Contain(PdfTools.Squeeze("CERTIFICATE UNDER SECTION 63(4)(c) OF THE BHARATIYA SAKSHYA ADHINIYAM, 2023")));
            Assert.That(text, Does.Contain(PdfTools.Squeeze("PART A (to be filled by the party)")).And.Contain(PdfTools.Squeeze("PART B (to be filled by the expert)")));
            Assert.That(text, Does.Not.Contain("65B").And.Not.Contain("EvidenceAct").And.Not.Contain("CrPC"));
        }

        // The extraction: Part A by the IO on 16/04/2025 11:00, Part B by the FSL examiner on 15/04/2025 12:00, with the tool and both hashes.
        var extraction = Text($"Certificate, section 63(4)(c) BSA: {image}");
        var partA = extraction[..extraction.IndexOf("PARTB", StringComparison.Ordinal)];
        var partB = extraction[extraction.IndexOf("PARTB", StringComparison.Ordinal)..];
        Assert.That(partA, Does.Contain(PdfTools.Squeeze($"I, {DemoOfficers.Io2Kashmir.FullName}")).And.Contain("16/04/2025").And.Contain("11:00"));
        Assert.That(partA, Does.Contain("[X]Mobile").And.Contain("GalaxyA14"));
        Assert.That(partB, Does.Contain(PdfTools.Squeeze($"I, {DemoLaterSearch.Examiner}")).And.Contain("15/04/2025").And.Contain("12:00"));
        Assert.That(partB, Does.Contain(PdfTools.Squeeze("Cellebrite UFED 4PC 7.71")).And.Contain("Hashvalueoftheoriginal"));

        // A recording: Part A by the officer who recorded it, with its SHA-256; Part B by the expert who computed it.
        var (search, _) = await RecordingHashes();
        var video = Text("Certificate, section 63(4)(c) BSA: R-1/V1");
        Assert.That(video, Does.Contain(search).And.Contain(PdfTools.Squeeze($"I, {DemoOfficers.IoKashmir.FullName}")).And.Contain("28/03/2025").And.Contain("15:00"));
        Assert.That(video, Does.Contain(PdfTools.Squeeze($"I, {DemoLaterSearch.Expert}")).And.Contain("02/04/2025").And.Contain("11:30"));
    }

    /// <summary>The search, its recordings, the seizure, the custody and the certificates of FIR 14/2025 give the scrutiny nothing to report.</summary>
    [Test]
    public async Task The_scrutiny_finds_nothing_missing_in_the_search_custody_and_certificates([Values] bool founding)
    {
        var io = await _app.ClientFor(Demo.IoKashmir);
        var firId = founding ? Demo.FoundingFirId : DemoLaterSearch.FirId;
        var report = await (await io.GetAsync($"/api/firs/{firId}/scrutiny")).ShouldBe(HttpStatusCode.OK);
        var mine = report.GetProperty("findings").EnumerateArray()
            .Select(f => f.GetProperty("code").GetString()! + ": " + f.GetProperty("problem").GetString())
            .Where(c => c.StartsWith("Search", StringComparison.Ordinal) || c.StartsWith("Seizure", StringComparison.Ordinal)
                || c.StartsWith("Custody", StringComparison.Ordinal) || c.StartsWith("Certificate", StringComparison.Ordinal)
                || c.StartsWith("Evidence", StringComparison.Ordinal) || c.StartsWith("Recording", StringComparison.Ordinal))
            .ToList();
        Assert.That(mine, Is.Empty);
    }
}
