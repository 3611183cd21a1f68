using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using CyberCase.Web.Tests.Infrastructure;
using Microsoft.Playwright;

namespace CyberCase.Web.Tests;

/// <summary>
/// The case diary (CrPC 172 / BNSS 192) and further investigation in the browser (issue 14): the IO of the case writes
/// an entry, corrects it with a new entry naming it, and closes the day, which numbers its pages; the SHO shares the
/// diary, and only then does the station's prosecutor read it; the SHO records the court's permission for further
/// investigation on a forwarded case. Each action is offered only to whom the command allows; another station's FIR
/// by its address is the not-found page.
/// </summary>
public sealed class CaseDiaryPagesTests : BrowserTest
{
    private static ILocatorAssertions Expect(ILocator locator) => Assertions.Expect(locator);

    private static readonly TimeSpan IstOffset = TimeSpan.FromHours(5.5);

    /// <summary>Now in IST, to the minute (a datetime-local value), never before today's midnight: a time of today's entry.</summary>
    private static (string Day, string Began, string Closed) TodaysTimes()
    {
        var now = TimeProvider.System.GetUtcNow().ToOffset(IstOffset);
        var midnight = new DateTimeOffset(now.Date, IstOffset);
        var began = now.AddMinutes(-30) < midnight ? midnight : now.AddMinutes(-30);
        var closed = now.AddMinutes(-1) < began ? began : now.AddMinutes(-1);
        const string minute = "yyyy-MM-dd'T'HH:mm";
        return (now.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), began.ToString(minute, CultureInfo.InvariantCulture),
            closed.ToString(minute, CultureInfo.InvariantCulture));
    }

    [Test]
    public async Task The_io_writes_an_entry_corrects_it_and_closes_the_day_whose_pages_are_then_numbered()
    {
        var fir = await FirId("CPS-KZ", "02/2021");
        await SignIn("io.kashmir");
        await Visit($"/cases/{fir}");
        await Page.GetByRole(AriaRole.Link, new() { Name = "Case diary", Exact = true }).ClickAsync();
        await CheckPage(Page);
        await Expect(Page.Locator("#diary-pages")).ToHaveTextAsync("3");
        await Expect(Page.Locator("#entry-3 .diary-page")).ToHaveTextAsync("Page 3");
        Assert.That(await Page.GetByRole(AriaRole.Button, new() { Name = "Share the diary with the prosecutors" }).CountAsync(), Is.Zero,
            "only the SHO shares the diary");

        await Page.GetByRole(AriaRole.Link, new() { Name = "Write a diary entry" }).ClickAsync();
        await CheckPage(Page);
        var (day, began, closed) = TodaysTimes();
        Assert.That(await Page.GetByLabel("Day of the diary").InputValueAsync(), Is.EqualTo(day), "today's page of the diary");
        await Page.GetByLabel("Investigation began (IST)").FillAsync(began);
        await Page.GetByLabel("Investigation closed (IST)").FillAsync(closed);
        await Page.GetByLabel("Places visited (one a line)").FillAsync("J&K Bank, Residency Road, Srinagar\nCyber Police Station Kashmir Zone");
        await Page.GetByLabel("Findings and steps taken").FillAsync("The bank's nodal officer gave the statements of the two receiving accounts of A1.");
        // The Hindi text without saying which language it is in: refused beside the language, the rest kept.
        const string hindi = "बैंक के नोडल अधिकारी ने ए1 के दोनों खातों के विवरण दिए।";
        await Page.GetByLabel("The entry in that language").FillAsync(hindi);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Write the entry" }).ClickAsync();

        await Expect(Page.Locator("#err-vernacularLanguage")).ToContainTextAsync("Say which language the vernacular text is in.");
        Assert.That(await Page.Locator("#vernacularLanguage").GetAttributeAsync("aria-invalid"), Is.EqualTo("true"));
        Assert.That(await Page.GetByLabel("The entry in that language").InputValueAsync(), Is.EqualTo(hindi), "what was typed is kept");
        Assert.That(await Page.GetByLabel("Findings and steps taken").InputValueAsync(), Does.StartWith("The bank's nodal officer"));
        Assert.That(await Page.GetByLabel("Investigation began (IST)").InputValueAsync(), Is.EqualTo(began));
        await CheckPage(Page);

        await Page.GetByLabel("Language of the entry").SelectOptionAsync("Hindi");
        Assert.That(await Page.GetByLabel("The entry in that language").GetAttributeAsync("lang"), Is.EqualTo("hi"));
        await Page.GetByRole(AriaRole.Button, new() { Name = "Write the entry" }).ClickAsync();

        await Expect(Page.Locator("p[role=status]")).ToContainTextAsync("The entry is written.");
        var entry = Page.Locator("#entry-4");
        await Expect(entry).ToContainTextAsync("The bank's nodal officer");
        await Expect(entry.Locator("p[lang=hi]")).ToHaveTextAsync(hindi);
        await Expect(entry).ToContainTextAsync("J&K Bank, Residency Road, Srinagar; Cyber Police Station Kashmir Zone");
        Assert.That(await entry.Locator(".diary-page").CountAsync(), Is.Zero, "an open day's entry has no page yet");
        await CheckPage(Page);

        // The diary is append-only: the correction is a new entry naming entry 4.
        await Page.GetByRole(AriaRole.Link, new() { Name = "Correct this entry 4" }).ClickAsync();
        await Expect(Page.Locator("#correctsEntryId option:checked")).ToContainTextAsync("Entry 4");
        await Page.GetByLabel("Investigation began (IST)").FillAsync(began);
        await Page.GetByLabel("Investigation closed (IST)").FillAsync(closed);
        await Page.GetByLabel("Findings and steps taken").FillAsync("Correction: the statements are of three receiving accounts of A1, not two.");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Write the entry" }).ClickAsync();

        await Expect(Page.Locator("#entry-5")).ToContainTextAsync("Corrects entry 4");
        await Expect(Page.Locator("#entry-4")).ToContainTextAsync("Corrected by entry 5");
        await Expect(Page.Locator("#entry-4")).ToContainTextAsync("The bank's nodal officer"); // kept as written

        await Page.GetByRole(AriaRole.Button, new() { Name = "Close the day and number its pages" }).ClickAsync();
        await Expect(Page.Locator("p[role=status]")).ToContainTextAsync("The day is closed and its pages are numbered.");
        await Expect(Page.Locator("#entry-4 .diary-page")).ToHaveTextAsync("Page 4");
        await Expect(Page.Locator("#entry-5 .diary-page")).ToHaveTextAsync("Page 5");
        await Expect(Page.Locator("#diary-pages")).ToHaveTextAsync("5");
        Assert.That(await Page.GetByRole(AriaRole.Button, new() { Name = "Close the day and number its pages" }).CountAsync(), Is.Zero);
        await CheckPage(Page);
        await Screenshot(Page, "io-case-diary");

        // A closed day takes no new entry: refused above the form, what was typed kept.
        await Visit($"/cases/{fir}/diary/new");
        await Page.GetByLabel("Investigation began (IST)").FillAsync(began);
        await Page.GetByLabel("Investigation closed (IST)").FillAsync(closed);
        await Page.GetByLabel("Findings and steps taken").FillAsync("A late note.");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Write the entry" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Alert)).ToContainTextAsync("That day of the diary is closed");
        Assert.That(await Page.GetByLabel("Findings and steps taken").InputValueAsync(), Is.EqualTo("A late note."));
        await CheckPage(Page);
    }

    [Test]
    public async Task The_prosecutor_reads_the_diary_only_once_the_sho_has_shared_it()
    {
        var fir = await FirId("CPS-KZ", "02/2021");
        await SignInWithSecondFactor("prosecutor.kashmir");

        // Before the sharing: the page says so (the API's 403), and shows none of the diary.
        await Visit($"/cases/{fir}/diary", status: 403);
        await Expect(Page.Locator("#not-shared")).ToContainTextAsync("The SHO has not shared this case diary");
        Assert.That(await Page.Locator("article").CountAsync(), Is.Zero);
        Assert.That(await Page.GetByRole(AriaRole.Link, new() { Name = "Download the diary volume (PDF, closed pages)" }).CountAsync(), Is.Zero);
        Assert.That((await Page.APIRequest.GetAsync($"/api/firs/{fir}/diary.pdf")).Status, Is.EqualTo(403), "nor its volume");

        await using var sho = await NewContext();
        var page = await sho.NewPageAsync();
        await SignInWithSecondFactor("sho.kashmir", page);
        await Visit($"/cases/{fir}/diary", page: page);
        await Expect(page.Locator("#shared")).ToHaveTextAsync("Not shared with the prosecutors.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Share the diary with the prosecutors" }).ClickAsync();
        await Expect(page.Locator("p[role=status]")).ToContainTextAsync("The case diary is shared with the prosecutors.");
        var sharedAt = TimeProvider.System.GetUtcNow().ToOffset(IstOffset).ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);
        await Expect(page.Locator("#shared")).ToContainTextAsync("Shared with the prosecutors by");
        await Expect(page.Locator("#shared")).ToContainTextAsync(sharedAt);
        Assert.That(await page.GetByRole(AriaRole.Button, new() { Name = "Share the diary with the prosecutors" }).CountAsync(), Is.Zero,
            "shared once");
        await CheckPage(page);

        await Visit($"/cases/{fir}/diary");
        await Expect(Page.Locator("#entry-2")).ToContainTextAsync("Searches of the three calling floors");
        await Expect(Page.Locator("#shared")).ToContainTextAsync("Shared with the prosecutors by");
        Assert.That(await Page.GetByRole(AriaRole.Link, new() { Name = "Write a diary entry" }).CountAsync(), Is.Zero, "a prosecutor reads, never writes");
        Assert.That(await Page.GetByRole(AriaRole.Button, new() { Name = "Share the diary with the prosecutors" }).CountAsync(), Is.Zero);
        var href = await Page.GetByRole(AriaRole.Link, new() { Name = "Download the diary volume (PDF, closed pages)" }).GetAttributeAsync("href");
        var pdf = await Page.APIRequest.GetAsync(href!);
        Assert.That(pdf.Status, Is.EqualTo(200));
        Assert.That(pdf.Headers["content-type"], Is.EqualTo("application/pdf"));
    }

    [Test]
    public async Task The_sho_records_the_courts_permission_for_further_investigation_on_a_forwarded_case()
    {
        // The founding case is open for further investigation in the demo: its supplementary report is forwarded first,
        // the IO's steps through the API and the SHO's on the report page.
        var fir = await FirId("CPS-KZ", "02/2021");
        string report;
        using (var io = await Api("io.kashmir"))
        {
            using var drafted = await io.PostAsJsonAsync($"/api/firs/{fir}/police-reports",
                new { kind = "ChargeSheet", court = "Court of the Chief Judicial Magistrate, Srinagar" });
            Assert.That(drafted.IsSuccessStatusCode, Is.True, await drafted.Content.ReadAsStringAsync());
            var read = await drafted.Content.ReadFromJsonAsync<JsonElement>();
            report = read.GetProperty("id").GetString()!;
            using var edited = await io.PutAsJsonAsync($"/api/police-reports/{report}", new
            {
                kind = "ChargeSheet",
                court = "Court of the Chief Judicial Magistrate, Srinagar",
                conclusion = "The money trail of the four victims' payments was traced to the accounts of A1 and A3.",
                accused = read.GetProperty("accused").EnumerateArray().Select(a => new
                {
                    caseAccusedId = a.GetProperty("caseAccusedId").GetGuid(),
                    sentUp = true,
                    charges = a.GetProperty("charges").GetString(),
                }).ToList(),
                version = read.GetProperty("version").GetGuid(),
            });
            Assert.That(edited.IsSuccessStatusCode, Is.True, await edited.Content.ReadAsStringAsync());
            var version = (await edited.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("version").GetGuid();
            using var submitted = await io.PostAsJsonAsync($"/api/police-reports/{report}/submit", new { version });
            Assert.That(submitted.IsSuccessStatusCode, Is.True, await submitted.Content.ReadAsStringAsync());
        }

        await SignInWithSecondFactor("sho.kashmir");
        await Visit($"/cases/{fir}");
        Assert.That(await Page.GetByRole(AriaRole.Link, new() { Name = "Record the court's permission for further investigation" }).CountAsync(),
            Is.Zero, "not while the investigation is open");
        await Visit($"/cases/{fir}/further-investigation");
        await Expect(Page.GetByRole(AriaRole.Status)).ToContainTextAsync("The investigation of this FIR is open");
        Assert.That(await Page.Locator("#further-investigation-form").CountAsync(), Is.Zero);

        await Visit($"/police-reports/{report}");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Approve the report" }).ClickAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "Forward to the court" }).ClickAsync();
        await Expect(Page.Locator("#report-status")).ToHaveTextAsync("Forwarded", new() { Timeout = 60_000 });
        await Page.GetByRole(AriaRole.Link, new() { Name = "Record the court's permission for further investigation" }).ClickAsync();
        await CheckPage(Page);
        await Expect(Page.Locator("hgroup")).ToContainTextAsync("CrPC 173(8)"); // an FIR of 2021: the old regime's section

        // An order dated before the report was forwarded is refused beside its date; what was typed is kept.
        var today = TimeProvider.System.GetUtcNow().ToOffset(IstOffset);
        await Page.GetByLabel("Court", new() { Exact = true }).FillAsync("Court of the Chief Judicial Magistrate, Srinagar");
        await Page.GetByLabel("Date of the order").FillAsync(today.AddDays(-3).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await Page.GetByLabel("Order reference").FillAsync("Misc. application 31/2026");
        await Page.GetByLabel("What the court permits to be investigated further").FillAsync("Trace the crypto wallets the money reached after A3's account.");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Record the permission" }).ClickAsync();
        await Expect(Page.Locator("#err-orderDate")).ToContainTextAsync("after the police report was forwarded");
        Assert.That(await Page.GetByLabel("Order reference").InputValueAsync(), Is.EqualTo("Misc. application 31/2026"));
        Assert.That(await Page.GetByLabel("What the court permits to be investigated further").InputValueAsync(), Does.StartWith("Trace the crypto wallets"));
        await CheckPage(Page);

        await Page.GetByLabel("Date of the order").FillAsync(today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await Page.GetByRole(AriaRole.Button, new() { Name = "Record the permission" }).ClickAsync();
        await Expect(Page.Locator("#permission-recorded")).ToContainTextAsync("The court's permission is recorded");
        await Expect(Page.Locator("#permission-recorded")).ToContainTextAsync("Misc. application 31/2026");
        await Expect(Page.Locator("#fir-status")).ToHaveTextAsync("Under investigation");
        await CheckPage(Page);
    }

    [Test]
    public async Task An_io_who_is_not_the_cases_io_is_told_that_only_its_io_or_the_sho_writes_its_diary()
    {
        var fir = await FirId("CPS-KZ", "02/2021");
        await SignIn("io2.kashmir");
        await Visit($"/cases/{fir}/diary/new");
        await Expect(Page.GetByRole(AriaRole.Status)).ToContainTextAsync("Only the investigating officer of the case or the SHO writes its case diary.");
        Assert.That(await Page.Locator("#diary-entry-form").CountAsync(), Is.Zero);
    }

    [Test]
    public async Task Another_stations_diary_and_further_investigation_by_url_are_the_not_found_page()
    {
        var fir = await FirId("CPS-KZ", "02/2021");
        await SignIn("io.jammu");

        await Visit($"/cases/{fir}/diary", status: 404);
        await Expect(Page.Locator("h1")).ToHaveTextAsync("Not found");
        await Visit($"/cases/{fir}/diary/new", status: 404);
        await Visit($"/cases/{fir}/further-investigation", status: 404);
        Assert.That((await Page.GotoAsync($"/cases/{Guid.NewGuid()}/diary"))!.Status, Is.EqualTo(404), "exactly as one that does not exist");
    }
}
