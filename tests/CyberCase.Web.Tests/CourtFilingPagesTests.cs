using System.Text.RegularExpressions;
using CyberCase.Web.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CyberCase.Web.Tests;

/// <summary>
/// What the prosecutor files from: the pre-filing scrutiny page, and a large case's export from the browser (it runs in
/// the background, the bundles page shows its progress and then the bundle in the case's history with its SHA-256, and
/// the file downloaded is that bundle). The threshold is lowered so that the founding case (170 pages) counts as large.
/// </summary>
public sealed class CourtFilingPagesTests : BrowserTest
{
    protected override WebApp CreateApp() => new(new Dictionary<string, string> { ["CaseBundles:BackgroundAbovePages"] = "10" });

    [Test]
    public async Task A_large_export_shows_its_progress_then_the_bundle_in_the_history_with_its_sha256()
    {
        await SignInWithSecondFactor("prosecutor.kashmir");
        await Visit("/prosecution");
        await Page.GetByRole(AriaRole.Link, new() { Name = "02/2021" }).First.ClickAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "Export the court bundle" }).ClickAsync();

        // The export was queued (202): the officer is taken to the case's bundles page, which follows it.
        await Expect(Page).ToHaveURLAsync(new Regex("/cases/[0-9a-f-]+/bundles$"));
        await CheckPage(Page);
        var row = Page.Locator("#bundle-progress table tbody tr");
        if (await row.CountAsync() == 0)
        {
            // Still queued or running when the page was drawn: its progress is shown.
            await Expect(Page.Locator("#bundle-progress progress")).ToHaveCountAsync(1);
        }

        // htmx refreshes the section every 2 s until the export is done; no reload by the officer.
        await Expect(row).ToHaveCountAsync(1, new() { Timeout = 120_000 });
        await Expect(Page.Locator("#bundle-progress article.export")).ToHaveCountAsync(0);
        await Screenshot(Page, "prosecutor-bundles");
        var sha = await row.Locator("code.hash").First.InnerTextAsync();
        Assert.That(sha, Does.Match("^[0-9a-f]{64}$"));

        var download = await Page.RunAndWaitForDownloadAsync(() => row.GetByRole(AriaRole.Link, new() { Name = "Download the bundle" }).ClickAsync());
        Assert.That(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(await File.ReadAllBytesAsync(await download.PathAsync()))),
            Is.EqualTo(sha), "the file downloaded is the bundle the history lists");
    }

    [Test]
    public async Task Another_stations_case_has_no_bundles_page()
    {
        var jammu = await FirId("CPS-JZ", "05/2025");
        await SignIn("io.kashmir");
        await Visit($"/cases/{jammu}/bundles", 404);
    }

    [Test]
    public async Task The_scrutiny_page_lists_each_blocking_finding_with_its_provision_and_the_founding_case_has_none()
    {
        var fir14 = await FirId("CPS-KZ", "14/2025");
        var founding = await FirId("CPS-KZ", "02/2021");
        // The IO reads the scrutiny too (the prosecutor's second factor is used by the export test of this fixture).
        await SignIn("io.kashmir");

        await Visit($"/cases/{fir14}/scrutiny");
        var blocking = Page.Locator("tr.finding.blocking");
        Assert.That(await blocking.CountAsync(), Is.EqualTo(int.Parse(await Page.Locator("#blocking-count").InnerTextAsync(), System.Globalization.CultureInfo.InvariantCulture)));
        Assert.That(await blocking.CountAsync(), Is.GreaterThan(0), "FIR 14/2025 is the demo case with open blocking findings");
        await Expect(Page.Locator("tr.finding[data-code='Investigation.ItActBelowInspector']")).ToContainTextAsync("IT Act 78");
        await Screenshot(Page, "prosecutor-scrutiny");

        await Visit($"/cases/{founding}/scrutiny");
        await Expect(Page.Locator("#blocking-count")).ToHaveTextAsync("0");
        Assert.That(await Page.Locator("tr.finding.blocking").CountAsync(), Is.Zero);

        var jammu = await FirId("CPS-JZ", "05/2025");
        await Visit($"/cases/{jammu}/scrutiny", 404);
    }
}
