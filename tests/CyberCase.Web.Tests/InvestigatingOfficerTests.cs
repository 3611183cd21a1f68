using CyberCase.Web.Tests.Infrastructure;
using Microsoft.Playwright;

namespace CyberCase.Web.Tests;

public sealed class InvestigatingOfficerTests : BrowserTest
{
    private static ILocatorAssertions Expect(ILocator locator) => Assertions.Expect(locator);

    [Test]
    public async Task The_io_registers_an_FIR_a_refused_field_is_shown_beside_it_and_what_was_typed_is_kept()
    {
        await SignIn("io.kashmir");
        await Visit("/cases");
        await Screenshot(Page, "io-my-cases");
        await Page.GetByRole(AriaRole.Link, new() { Name = "Register an FIR" }).ClickAsync();
        await CheckPage(Page);

        await Page.GetByLabel("From (IST)").FillAsync("2025-10-01T10:00");
        await Page.GetByLabel("To (IST)").FillAsync("2025-10-02T18:00");
        await Page.GetByLabel("Place of occurrence").FillAsync("Online; complainant at Lal Chowk, Srinagar");
        await Page.GetByLabel("Information received").SelectOptionAsync("Written");
        await Page.GetByLabel("Name", new() { Exact = true }).FillAsync("Mohammad Yousuf");
        await Page.GetByLabel("Act 1").SelectOptionAsync("BNS");
        await Page.GetByLabel("Section 1").FillAsync("318(4)");
        await Page.GetByLabel("Act 2").SelectOptionAsync("ITAct");
        await Page.GetByLabel("Section 2").FillAsync("sixty-six D");
        await Page.GetByLabel("Written in").SelectOptionAsync("hi");
        await Page.GetByLabel("What the informant reported").FillAsync("शिकायतकर्ता को एक फर्जी तकनीकी सहायता कॉल आया।");
        Assert.That(await Page.GetByLabel("What the informant reported").GetAttributeAsync("lang"), Is.EqualTo("hi"));
        await Screenshot(Page, "io-register-fir");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Register the FIR" }).ClickAsync();

        // The server's validator refused the second section: its message is beside that field, the rest is kept.
        await Expect(Page.Locator("#err-sections-1--section")).ToContainTextAsync("Write the section as the act prints it");
        Assert.That(await Page.GetByLabel("Section 2").GetAttributeAsync("aria-invalid"), Is.EqualTo("true"));
        Assert.That(await Page.GetByLabel("Place of occurrence").InputValueAsync(), Is.EqualTo("Online; complainant at Lal Chowk, Srinagar"));
        Assert.That(await Page.GetByLabel("What the informant reported").InputValueAsync(), Does.StartWith("शिकायतकर्ता"));
        await CheckPage(Page);

        await Page.GetByLabel("Section 2").FillAsync("66D");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Register the FIR" }).ClickAsync();

        Assert.That(await Page.Locator(".refusal, .field-error").AllInnerTextsAsync(), Is.Empty);
        await Expect(Page.Locator("p[role=status]")).ToContainTextAsync("The FIR is registered.");
        Assert.That(await Page.Locator("h1").InnerTextAsync(), Does.Match(@"^FIR \d\d/\d{4}$"), "numbered in the year of registration");
        await CheckPage(Page);
    }

    [Test]
    public async Task The_io_records_a_seizure_an_imei_is_checked_as_typed_and_again_by_the_server()
    {
        await SignIn("io.kashmir");
        await Page.GotoAsync("/cases");
        await Page.GetByRole(AriaRole.Link, new() { Name = "02/2021" }).First.ClickAsync();
        await CheckPage(Page);
        await Screenshot(Page, "io-case-page");
        await Page.GetByRole(AriaRole.Link, new() { Name = "Record a seizure" }).First.ClickAsync();
        await CheckPage(Page);

        await Page.GetByLabel("Memo number").FillAsync("SM-WEB-1/2021");
        await Page.GetByLabel("Drawn up at (IST)").FillAsync("2021-01-13T23:30");
        await Page.GetByLabel("Name (witness 1)").FillAsync("Ghulam Nabi");
        await Page.GetByLabel("Address (witness 1)").FillAsync("Rajbagh, Srinagar");
        await Page.GetByLabel("Name (witness 2)").FillAsync("Abdul Rashid");
        await Page.GetByLabel("Address (witness 2)").FillAsync("Jawahar Nagar, Srinagar");
        var item = Page.Locator("fieldset").Filter(new() { HasText = "Item 1" });
        await item.GetByLabel("Kind").SelectOptionAsync("MobilePhone");
        await item.GetByLabel("Description").FillAsync("Android phone, black");
        await item.GetByLabel("IMEI").FillAsync("490154203237519");   // one digit wrong
        await item.GetByLabel("Found at").FillAsync("Desk 4, first floor");

        // The page's script says it at once, with the server's wording.
        await Expect(Page.Locator("#items-0-imei-check")).ToContainTextAsync("Not a valid IMEI");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Record the seizure memo" }).ClickAsync();
        // The server refuses it too (the script does not stop the form).
        await Expect(Page.Locator("#err-items-0--imeis-0-")).ToContainTextAsync("Not a valid IMEI");
        Assert.That(await Page.GetByLabel("Memo number").InputValueAsync(), Is.EqualTo("SM-WEB-1/2021"));
        await CheckPage(Page);

        await Page.Locator("fieldset").Filter(new() { HasText = "Item 1" }).GetByLabel("IMEI").FillAsync("490154203237518");
        await Expect(Page.Locator("#items-0-imei-check")).ToBeEmptyAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "Record the seizure memo" }).ClickAsync();

        Assert.That(new Uri(Page.Url).AbsolutePath, Does.StartWith("/cases/"));
        await Expect(Page.Locator("#exhibits")).ToContainTextAsync("490154203237518");
    }

    [Test]
    public async Task The_io_uploads_an_evidence_file_resumably_and_sees_the_sha256_the_server_computed()
    {
        var bytes = System.Text.Encoding.ASCII.GetBytes(string.Concat(Enumerable.Range(0, 12_000).Select(i => $"{i},490154203237518,+919419{i:000000}\n")));
        await SignIn("io.kashmir");
        await Page.GotoAsync("/cases");
        await Page.GetByRole(AriaRole.Link, new() { Name = "02/2021" }).First.ClickAsync();

        await Page.GetByLabel("File", new() { Exact = true }).SetInputFilesAsync(new FilePayload { Name = "call-log.csv", MimeType = "text/plain", Buffer = bytes });
        await Page.GetByRole(AriaRole.Button, new() { Name = "Upload", Exact = true }).ClickAsync();

        var sha = Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(bytes));
        await Expect(Page.Locator("output[data-upload-status]")).ToContainTextAsync(sha, new() { IgnoreCase = true, Timeout = 30_000 });
        Assert.That(new Uri(Page.Url).AbsolutePath, Does.StartWith("/cases/"), "the page stayed: the upload went over tus, not the plain form");
        await CheckPage(Page);
    }

    [Test]
    public async Task Another_stations_case_by_its_url_is_the_not_found_page()
    {
        var jammu = await FirId("CPS-JZ", "05/2025");
        await SignIn("io.kashmir");

        await Visit($"/cases/{jammu}", status: 404);

        await Expect(Page.Locator("h1")).ToHaveTextAsync("Not found");
        var missing = await Page.GotoAsync($"/cases/{Guid.NewGuid()}");
        Assert.That(missing!.Status, Is.EqualTo(404), "exactly as a case that does not exist");
    }
}
