using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CyberCase.Api.Tests.Infrastructure;
using CyberCase.Api.Tests.Investigation;
using CyberCase.Infrastructure.Seeding.Demo;
using UglyToad.PdfPig;

namespace CyberCase.Api.Tests.CaseFiles;

/// <summary>
/// The case diary in the court bundle (issue 12): once the SHO shares the diary, the bundle is the court's copy with
/// the diary's closed pages at its end under a restriction notice; before that, or when an accused's copy is asked
/// for, it has none. The accused's copy keeps every page number of the court's, and the disclosure log refuses the
/// court's copy as what an accused was given (CrPC 172(3) / BNSS 192(5)).
/// </summary>
public sealed class CaseDiaryExtractTests
{
    private CyberCaseApp _app = null!;

    [OneTimeSetUp]
    public void Start() => _app = new CyberCaseApp();

    [OneTimeTearDown]
    public void Stop() => _app.Dispose();

    private static readonly object Acknowledged = new { acknowledgeBlockingFindings = true, reason = "Read back in the diary extract tests." };

    [Test]
    public async Task The_founding_case_carries_its_diary_only_once_shared_and_the_accused_copy_keeps_the_same_pages()
    {
        var prosecutor = await _app.ClientFor(Demo.ProsecutorKashmir);
        var url = $"/api/firs/{Demo.FoundingFirId}/case-bundle";

        // Not shared: no extract, and asking for one is refused with the reason.
        var before = await (await prosecutor.PostAsync(url, null)).ShouldBe(HttpStatusCode.Created);
        Assert.That(before.GetProperty("carriesCaseDiary").GetBoolean(), Is.False);
        var beforePdf = await Content(prosecutor, before);
        Assert.That(AllText(beforePdf), Does.Not.Contain("CASE DIARY EXTRACT"));
        await (await prosecutor.PostAsJsonAsync(url, new { includeCaseDiary = true }))
            .ShouldBe(HttpStatusCode.UnprocessableEntity, "CaseBundle.CaseDiaryNotShared");

        await (await (await _app.ClientFor(Demo.ShoKashmir)).PostAsync($"/api/firs/{Demo.FoundingFirId}/diary/share", null))
            .ShouldBe(HttpStatusCode.OK);

        // Shared: the court's copy ends with the diary's three closed pages, after the annexures.
        var court = await (await prosecutor.PostAsync(url, null)).ShouldBe(HttpStatusCode.Created);
        Assert.That(court.GetProperty("carriesCaseDiary").GetBoolean(), Is.True);
        var courtPdf = await Content(prosecutor, court);
        using (var document = PdfDocument.Open(courtPdf))
        {
            var pages = document.GetPages().Select(p => p.Text).ToList();
            var rows = PdfTools.IndexRowBookmarks(document.TryGetBookmarks(out var b) ? b : throw new AssertionException("no bookmarks"));
            var extract = rows[^1];
            Assert.That(extract.Title, Is.EqualTo("Case diary extract (restricted), diary pages 1-3"));
            Assert.That(rows.Where(r => r.Title.StartsWith("Annexure", StringComparison.Ordinal)).Max(r => r.Page), Is.LessThan(extract.Page),
                "the extract comes after every annexure");
            var notice = PdfTools.Squeeze(pages[extract.Page - 1]);
            Assert.That(notice, Does.Contain("CASEDIARYEXTRACT").And.Contain("RESTRICTED").And.Contain("CrPC172(2)").And.Contain("CrPC172(3)")
                .And.Contain("CrPC207"));
            Assert.That(notice, Does.Not.Contain("BNSS"), "a 2021 case cites the CrPC only");
            Assert.That(notice, Does.Contain("Sharedwiththeprosecutionby"));
            for (var page = 1; page <= 3; page++)
            {
                Assert.That(pages[extract.Page - 1 + page], Does.Contain($"CASE DIARY, PAGE {page}"), "each diary page on a sheet of its own, numbered as in the diary");
            }

            Assert.That(pages, Has.Count.EqualTo(extract.Page + 3));
            var report = rows[0];
            Assert.That(report.Title, Does.Contain("police report under section 173(2) CrPC"), "the police report is the first document");
            var reportText = string.Concat(pages.Skip(report.Page - 1).Take(rows[1].Page - report.Page));
            Assert.That(reportText, Does.Contain("Annexure A-1"), "the report lists the annexures it relies on");
            Assert.That(reportText, Does.Not.Contain("Case diary extract"), "the police report lists the documents relied on; the diary is not one");

            // The accused's copy, asked for explicitly, has every row of the court's at the same page, and no extract.
            var accused = await (await prosecutor.PostAsJsonAsync(url, new { includeCaseDiary = false })).ShouldBe(HttpStatusCode.Created);
            Assert.That(accused.GetProperty("carriesCaseDiary").GetBoolean(), Is.False);
            using var accusedDocument = PdfDocument.Open(await Content(prosecutor, accused));
            var accusedRows = PdfTools.IndexRowBookmarks(accusedDocument.TryGetBookmarks(out var ab) ? ab : throw new AssertionException("no bookmarks"));
            Assert.That(accusedRows, Is.EqualTo(rows.SkipLast(1)));
            Assert.That(string.Concat(accusedDocument.GetPages().Select(p => p.Text)), Does.Not.Contain("CASE DIARY EXTRACT"));

            // The disclosure log takes the accused's copy and refuses the court's.
            var disclosures = $"/api/firs/{Demo.FoundingFirId}/disclosures";
            var io = await _app.ClientFor(Demo.IoKashmir);
            await (await io.PostAsJsonAsync(disclosures, Disclosure(court))).ShouldBe(HttpStatusCode.UnprocessableEntity, "Disclosure.CaseDiaryRestricted");
            await (await io.PostAsJsonAsync(disclosures, Disclosure(accused))).ShouldBe(HttpStatusCode.Created);
        }
    }

    [Test]
    public async Task A_new_regime_case_cites_the_BNSS_in_its_extract()
    {
        var io = await _app.ClientFor(Demo.Io2Kashmir);
        var firId = DemoLaterSearch.FirId;
        await (await io.PostAsync($"/api/firs/{firId}/diary/days/2025-03-27/close", null)).ShouldBe(HttpStatusCode.OK);
        await (await (await _app.ClientFor(Demo.ShoKashmir)).PostAsync($"/api/firs/{firId}/diary/share", null)).ShouldBe(HttpStatusCode.OK);

        var prosecutor = await _app.ClientFor(Demo.ProsecutorKashmir);
        var bundle = await (await prosecutor.PostAsJsonAsync($"/api/firs/{firId}/case-bundle", Acknowledged)).ShouldBe(HttpStatusCode.Created);
        Assert.That(bundle.GetProperty("carriesCaseDiary").GetBoolean(), Is.True);
        using var document = PdfDocument.Open(await Content(prosecutor, bundle));
        var pages = document.GetPages().Select(p => p.Text).ToList();
        var notice = PdfTools.Squeeze(pages[^2]);
        Assert.That(notice, Does.Contain("CASEDIARYEXTRACT").And.Contain("BNSS192(4)").And.Contain("BNSS192(5)").And.Contain("BNSS230"));
        Assert.That(notice, Does.Not.Contain("CrPC"));
        Assert.That(pages[^1], Does.Contain("CASE DIARY, PAGE 1").And.Contain("section 192 BNSS"));
    }

    private object Disclosure(JsonElement bundle) => new
    {
        caseAccusedId = DemoInvestigation.AccusedId(2),
        recipient = "Counsel",
        receivedBy = "Adv. Shafat Ahmad",
        suppliedAt = _app.Clock.GetUtcNow(),
        mode = "ThroughCourt",
        documents = "Charge-sheet with the documents relied upon",
        caseBundleId = bundle.Id(),
        sha256 = bundle.GetProperty("sha256").GetString(),
    };

    private static async Task<byte[]> Content(HttpClient client, JsonElement bundle)
    {
        var response = await client.GetAsync($"/api/case-bundles/{bundle.Id()}/content");
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        return await response.Content.ReadAsByteArrayAsync();
    }

    private static string AllText(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return string.Concat(document.GetPages().Select(p => p.Text));
    }
}
