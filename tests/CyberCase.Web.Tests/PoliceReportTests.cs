using System.Net.Http.Json;
using System.Text.Json;
using CyberCase.Web.Tests.Infrastructure;
using Microsoft.Playwright;

namespace CyberCase.Web.Tests;

/// <summary>
/// The police report in the browser (docs/police-report.md): the IO of the case drafts, edits and submits it, the SHO
/// approves and forwards it, each step offered only to the role the command allows. And the export of a case with
/// open blocking scrutiny findings, refused until they are acknowledged with a reason.
/// </summary>
public sealed class PoliceReportTests : BrowserTest
{
    private static ILocatorAssertions Expect(ILocator locator) => Assertions.Expect(locator);

    [Test]
    public async Task The_io_drafts_edits_and_submits_the_report_and_the_sho_approves_and_forwards_it()
    {
        // The founding case, open again for further investigation: its supplementary report.
        var fir = await FirId("CPS-KZ", "02/2021");
        await SignIn("io.kashmir");
        await Visit($"/cases/{fir}");
        await Page.GetByRole(AriaRole.Link, new() { Name = "Draft the police report" }).ClickAsync();
        await CheckPage(Page);

        await Page.GetByRole(AriaRole.Button, new() { Name = "Draft the report" }).ClickAsync();
        await Expect(Page.Locator("#err-court")).ToBeVisibleAsync();
        await Page.GetByLabel("Court").FillAsync("Court of the Chief Judicial Magistrate, Srinagar");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Draft the report" }).ClickAsync();

        await Expect(Page.Locator("p[role=status]")).ToContainTextAsync("The report is drafted.");
        await Expect(Page.Locator("#report-status")).ToHaveTextAsync("Draft");
        var report = new Uri(Page.Url).AbsolutePath.Split('/')[2];
        Assert.That(await Page.GetByRole(AriaRole.Button, new() { Name = "Approve the report" }).CountAsync(), Is.Zero, "the IO does not approve");
        await CheckPage(Page);

        // A line without charges is refused beside it; the conclusion typed is kept.
        await Page.GetByLabel("Conclusion of the investigation").FillAsync("The money trail of the four victims' payments was traced to the accounts of A1 and A3.");
        await Page.GetByLabel("Charges A1", new() { Exact = false }).First.FillAsync("");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Save the draft" }).ClickAsync();
        await Expect(Page.Locator("#err-accused-0--charges")).ToBeVisibleAsync();
        Assert.That(await Page.GetByLabel("Conclusion of the investigation").InputValueAsync(), Does.StartWith("The money trail"));
        await CheckPage(Page);

        // Meanwhile the same IO changes the court in another window (the API): this form's version is stale.
        using (var api = await Api("io.kashmir"))
        {
            var read = await api.GetFromJsonAsync<JsonElement>($"/api/police-reports/{report}");
            using var edited = await api.PutAsJsonAsync($"/api/police-reports/{report}", new
            {
                kind = "ChargeSheet",
                court = "Court of the Additional Chief Judicial Magistrate, Srinagar",
                conclusion = "",
                accused = read.GetProperty("accused").EnumerateArray().Select(a => new
                {
                    caseAccusedId = a.GetProperty("caseAccusedId").GetGuid(),
                    sentUp = true,
                    charges = a.GetProperty("charges").GetString(),
                }).ToList(),
                version = read.GetProperty("version").GetGuid(),
            });
            Assert.That(edited.IsSuccessStatusCode, Is.True, await edited.Content.ReadAsStringAsync());
        }

        await Page.GetByLabel("Charges A1", new() { Exact = false }).First.FillAsync("IPC 420, 120-B; IT Act 66D");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Save the draft" }).ClickAsync();
        var changes = Page.GetByRole(AriaRole.Alert).Locator("table.changes");
        await Expect(changes.Locator("tr").Filter(new() { HasText = "Court" })).ToContainTextAsync("Additional Chief Judicial Magistrate");
        Assert.That(await Page.GetByLabel("Conclusion of the investigation").InputValueAsync(), Does.StartWith("The money trail"), "what was typed is kept");
        await CheckPage(Page);

        await Page.GetByRole(AriaRole.Button, new() { Name = "Save the draft" }).ClickAsync();
        await Expect(Page.Locator("p[role=status]")).ToContainTextAsync("The report is edited.");
        await Expect(Page.Locator("#report-conclusion")).ToContainTextAsync("The money trail");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Submit to the SHO" }).ClickAsync();
        await Expect(Page.Locator("#report-status")).ToHaveTextAsync("Submitted");

        // The IO's role may not approve, whatever the page offers: a hand-made post is refused as the API refuses it.
        var forged = await Page.EvaluateAsync<int>(@"async () => {
            const token = document.querySelector('input[name=__RequestVerificationToken]').value;
            const body = new URLSearchParams({ __RequestVerificationToken: token, version: document.querySelector('input[name=version]')?.value ?? '' });
            const r = await fetch(location.pathname + '?handler=approve', { method: 'POST', body });
            return r.status; }");
        Assert.That(forged, Is.EqualTo(403));

        await using var sho = await NewContext();
        var page = await sho.NewPageAsync();
        await SignInWithSecondFactor("sho.kashmir", page);
        await Visit($"/police-reports/{report}", page: page);
        await Screenshot(page, "sho-police-report");
        Assert.That(await page.GetByRole(AriaRole.Button, new() { Name = "Save the draft" }).CountAsync(), Is.Zero, "only the IO edits");
        await page.GetByRole(AriaRole.Button, new() { Name = "Approve the report" }).ClickAsync();
        await Expect(page.Locator("#report-status")).ToHaveTextAsync("Approved");
        await CheckPage(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Forward to the court" }).ClickAsync();
        await Expect(page.Locator("#report-status")).ToHaveTextAsync("Forwarded", new() { Timeout = 60_000 });
        await Expect(page.Locator("p[role=status]")).ToContainTextAsync("The report is forwarded.");
    }

    [Test]
    public async Task Another_stations_report_and_case_by_url_are_the_not_found_page()
    {
        var fir = await FirId("CPS-KZ", "02/2021");
        var report = (string)(await App.ScalarAsync($"SELECT Id FROM PoliceReports WHERE FirId = '{fir}' LIMIT 1"))!;
        await SignIn("io.jammu");

        await Visit($"/police-reports/{report}", status: 404);
        await Expect(Page.Locator("h1")).ToHaveTextAsync("Not found");
        await Visit($"/cases/{fir}/police-reports/new", status: 404);
        Assert.That((await Page.GotoAsync($"/police-reports/{Guid.NewGuid()}"))!.Status, Is.EqualTo(404), "exactly as one that does not exist");
    }

    [Test]
    public async Task A_case_with_blocking_scrutiny_findings_is_exported_only_with_their_acknowledgement_and_a_reason()
    {
        // The BNS-era FIR 14/2025 has open blocking findings in the demo.
        var fir = await FirId("CPS-KZ", "14/2025");
        await SignIn("io2.kashmir");
        await Visit($"/cases/{fir}");
        var export = Page.Locator("#export-form");

        await export.GetByRole(AriaRole.Button, new() { Name = "Export the court bundle" }).ClickAsync();
        await Expect(Page.Locator("#export-form [role=alert]")).ToContainTextAsync("open blocking finding", new() { Timeout = 60_000 });
        Assert.That(await Page.Locator("#bundle-sha").CountAsync(), Is.Zero, "no bundle without the acknowledgement");
        await CheckPage(Page);

        // Acknowledged without a reason: refused beside the reason field.
        await Page.Locator("#export-form").GetByLabel("Export despite open blocking scrutiny findings").CheckAsync();
        await Page.Locator("#export-form").GetByRole(AriaRole.Button, new() { Name = "Export the court bundle" }).ClickAsync();
        await Expect(Page.Locator("#err-acknowledgementReason")).ToBeVisibleAsync();
        Assert.That(await Page.Locator("#bundle-sha").CountAsync(), Is.Zero);

        Assert.That(await Page.Locator("#export-form").GetByLabel("Export despite open blocking scrutiny findings").IsCheckedAsync(), Is.True, "kept");
        await Page.GetByLabel("Reason (recorded in the audit trail)").FillAsync("The court asked for the bundle as it stands for the bail hearing.");
        await Page.Locator("#export-form").GetByRole(AriaRole.Button, new() { Name = "Export the court bundle" }).ClickAsync();
        await Expect(Page.Locator("#bundle-sha")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("^[0-9a-f]{64}$", System.Text.RegularExpressions.RegexOptions.IgnoreCase), new() { Timeout = 60_000 });
        await CheckPage(Page);
    }
}
