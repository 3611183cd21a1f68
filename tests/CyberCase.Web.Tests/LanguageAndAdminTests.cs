using System.Text.RegularExpressions;
using CyberCase.Web.Tests.Infrastructure;
using Microsoft.Playwright;

namespace CyberCase.Web.Tests;

public sealed partial class LanguageAndAdminTests : BrowserTest
{
    private static ILocatorAssertions Expect(ILocator locator) => Assertions.Expect(locator);

    [GeneratedRegex(@"^\d{2}/\d{2}/\d{4}$")]
    private static partial Regex Date();

    [GeneratedRegex(@"[\u0900-\u097F]")]
    private static partial Regex Devanagari();

    [GeneratedRegex(@"\d{2}/\d{2}/\d{4} \d{2}:\d{2}")]
    private static partial Regex DateTime24();

    /// <summary>Signs in by the fields' ids, whatever the language of the page.</summary>
    private static async Task SignInAnyLanguage(IPage page, string userName)
    {
        await page.GotoAsync("/signin");
        await page.Locator("#username").FillAsync(userName);
        await page.Locator("#password").FillAsync(WebApp.Password);
        await page.Locator("main form button[type=submit]").ClickAsync();
        await page.WaitForLoadStateAsync(LoadState.DOMContentLoaded);
    }

    [Test]
    public async Task An_officer_switches_to_hindi_and_keeps_it_after_signing_out_and_in_on_any_browser()
    {
        await SignIn("io.kashmir");
        await Visit("/cases");
        await Expect(Page.Locator("h1")).ToHaveTextAsync("My cases");
        await Page.GetByLabel("Language").SelectOptionAsync("hi-IN");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Change" }).ClickAsync();

        await Expect(Page.Locator("h1")).ToHaveTextAsync("मेरे मामले");
        await Expect(Page.Locator("html")).ToHaveAttributeAsync("lang", "hi");
        await Expect(Page.GetByRole(AriaRole.Link, new() { Name = "एफ़आईआर दर्ज करें" })).ToBeVisibleAsync();
        await CheckPage(Page);
        await Screenshot(Page, "hindi-my-cases");
        // Dates stay IST, DD/MM/YYYY and 24-hour in Hindi.
        var registered = await Page.Locator("section[aria-labelledby=firs] tbody td:nth-child(2)").AllInnerTextsAsync();
        Assert.That(registered, Is.Not.Empty);
        Assert.That(registered, Has.All.Match(Date().ToString()));
        // A status is a label too.
        Assert.That(await Page.Locator("section[aria-labelledby=firs] tbody td:nth-child(3)").AllInnerTextsAsync(),
            Has.All.Match(Devanagari().ToString()));

        await Page.GetByRole(AriaRole.Link, new() { Name = "02/2021" }).First.ClickAsync();
        await Expect(Page.Locator("h1")).ToHaveTextAsync(new Regex("^एफ़आईआर 02/2021"));
        Assert.That(await Page.Locator("hgroup p").InnerTextAsync(), Does.Match(DateTime24().ToString()));
        await CheckPage(Page);

        // Sign out and in on the same browser: still Hindi.
        await Page.GetByRole(AriaRole.Button, new() { Name = "साइन आउट करें" }).ClickAsync();
        await Expect(Page.Locator("h1")).ToHaveTextAsync("साइन इन करें");
        await SignInAnyLanguage(Page, "io.kashmir");
        await Expect(Page.Locator("h1")).ToHaveTextAsync("मेरे मामले");

        // Another browser (no cookie of this one): the choice is the officer's, so it is Hindi after the sign-in.
        await using var other = await NewContext();
        var elsewhere = await other.NewPageAsync();
        await elsewhere.GotoAsync("/signin");
        await Expect(elsewhere.Locator("h1")).ToHaveTextAsync("Sign in");
        await SignInAnyLanguage(elsewhere, "io.kashmir");
        await Expect(elsewhere.Locator("h1")).ToHaveTextAsync("मेरे मामले");

        // And back to English, kept the same way.
        await elsewhere.GetByLabel("भाषा").SelectOptionAsync("en-IN");
        await elsewhere.GetByRole(AriaRole.Button, new() { Name = "बदलें" }).ClickAsync();
        await Expect(elsewhere.Locator("h1")).ToHaveTextAsync("My cases");
        await Page.GetByRole(AriaRole.Button, new() { Name = "साइन आउट करें" }).ClickAsync();
        await SignInAnyLanguage(Page, "io.kashmir");
        await Expect(Page.Locator("h1")).ToHaveTextAsync("My cases");
    }

    [Test]
    public async Task The_admin_lists_stations_and_adds_one_with_the_errors_beside_the_fields()
    {
        await SignInWithSecondFactor("admin");
        await Visit("/admin");
        await Page.GetByRole(AriaRole.Link, new() { Name = "Stations" }).ClickAsync();
        await CheckPage(Page);
        await Expect(Page.Locator("#stations")).ToContainTextAsync("CPS-KZ");
        await Expect(Page.Locator("#stations")).ToContainTextAsync("Cyber Police Station Jammu Zone");

        await Page.GetByLabel("Code (e.g. CPS-LZ)").FillAsync("cps lz");
        await Page.GetByLabel("Name", new() { Exact = true }).FillAsync("Cyber Police Station Ladakh Zone");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Add the station" }).ClickAsync();
        await Expect(Page.Locator("#err-code")).ToBeVisibleAsync();
        await Expect(Page.Locator("#err-district")).ToBeVisibleAsync();
        await Expect(Page.GetByLabel("Name", new() { Exact = true })).ToHaveValueAsync("Cyber Police Station Ladakh Zone");
        await CheckPage(Page);

        await Page.GetByLabel("Code (e.g. CPS-LZ)").FillAsync("CPS-LZ");
        await Page.GetByLabel("District").FillAsync("Leh");
        await Page.GetByLabel("State").FillAsync("Ladakh");
        await Screenshot(Page, "admin-stations");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Add the station" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Status)).ToContainTextAsync("Station added: CPS-LZ");
        await Expect(Page.Locator("#stations")).ToContainTextAsync("Cyber Police Station Ladakh Zone");
        Assert.That(await Page.Locator(".field-error").CountAsync(), Is.Zero);

        // The same code again is refused, beside the code.
        await Page.GetByLabel("Code (e.g. CPS-LZ)").FillAsync("CPS-LZ");
        await Page.GetByLabel("Name", new() { Exact = true }).FillAsync("Another");
        await Page.GetByLabel("District").FillAsync("Kargil");
        await Page.GetByLabel("State").FillAsync("Ladakh");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Add the station" }).ClickAsync();
        await Expect(Page.Locator(".refusal")).ToContainTextAsync("CPS-LZ");
    }

    [Test]
    public async Task The_admin_reads_the_acts_and_sections_and_cannot_edit_them()
    {
        await SignInWithSecondFactor("admin");
        await Visit("/admin/reference");
        var cheating = Page.GetByRole(AriaRole.Row, new() { Name = "IPC 420 Cheating and dishonestly inducing delivery of property" });
        await Expect(cheating).ToContainTextAsync("7 years");
        await Expect(cheating).ToContainTextAsync("BNS 318(4)");
        await Expect(Page.Locator("main")).ToContainTextAsync("read-only");
        Assert.That(await Page.Locator("main form, main input, main textarea").CountAsync(), Is.Zero, "nothing to edit");
        await Screenshot(Page, "admin-reference");
    }

    [Test]
    public async Task The_admin_adds_an_officer_who_replaces_the_initial_password_then_enrols_a_second_factor()
    {
        await SignInWithSecondFactor("admin");
        await Visit("/admin");
        var add = Page.Locator("form[aria-labelledby=h-add]");
        await Page.GetByLabel("Username (e.g. io3.kashmir)").FillAsync("SHO Leh");
        await Page.GetByLabel("Full name").FillAsync("Insp. Stanzin Dorjay");
        await Page.GetByLabel("Rank").SelectOptionAsync("Inspector");
        await Page.GetByLabel("Initial password").FillAsync("short");
        await add.GetByRole(AriaRole.Button, new() { Name = "Add the officer" }).ClickAsync();
        // Refused beside the fields, with what was typed kept (the password is typed again).
        await Expect(Page.Locator("#err-userName")).ToBeVisibleAsync();
        await Expect(Page.Locator("#err-new-roles")).ToBeVisibleAsync();
        await Expect(Page.GetByLabel("Full name")).ToHaveValueAsync("Insp. Stanzin Dorjay");
        await CheckPage(Page);

        await Page.GetByLabel("Username (e.g. io3.kashmir)").FillAsync("sho2.kashmir");
        await add.GetByLabel("Station house officer", new() { Exact = true }).CheckAsync();
        await add.GetByLabel("Investigating officer", new() { Exact = true }).CheckAsync();
        await Page.GetByLabel("Initial password").FillAsync("short");
        await add.GetByRole(AriaRole.Button, new() { Name = "Add the officer" }).ClickAsync();
        await Expect(Page.Locator("#err-password")).ToBeVisibleAsync();
        await Expect(add.GetByLabel("Station house officer", new() { Exact = true })).ToBeCheckedAsync();

        await Page.GetByLabel("Initial password").FillAsync("Leh-Station#2026");
        await Screenshot(Page, "admin-add-officer");
        await add.GetByRole(AriaRole.Button, new() { Name = "Add the officer" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Status)).ToContainTextAsync("Officer added: sho2.kashmir");
        await Expect(Page.Locator("#officers")).ToContainTextAsync("Insp. Stanzin Dorjay");
        await CheckPage(Page);

        // The new officer: the initial password first, then the second factor an SHO must have.
        await using var other = await NewContext();
        var officer = await other.NewPageAsync();
        await SignIn("sho2.kashmir", officer, "Leh-Station#2026");
        Assert.That(new Uri(officer.Url).AbsolutePath, Is.EqualTo("/account/password"));
        await officer.GotoAsync("/cases");
        Assert.That(new Uri(officer.Url).AbsolutePath, Is.EqualTo("/account/password"), "nothing else until it is replaced");
        await Expect(officer.GetByRole(AriaRole.Status)).ToContainTextAsync("set by an administrator");
        await CheckPage(officer);
        await officer.GetByLabel("Current password").FillAsync("Leh-Station#2026");
        await officer.GetByLabel("New password").FillAsync("Leh-Station#2026");
        await officer.GetByRole(AriaRole.Button, new() { Name = "Change the password" }).ClickAsync();
        await Expect(officer.Locator("#err-newPassword")).ToContainTextAsync("differ");
        await officer.GetByLabel("Current password").FillAsync("Leh-Station#2026");
        await officer.GetByLabel("New password").FillAsync("Dorjay-Own#Choice7");
        await officer.GetByRole(AriaRole.Button, new() { Name = "Change the password" }).ClickAsync();
        await Expect(officer.GetByRole(AriaRole.Status)).ToContainTextAsync("Your password is changed");

        await SignIn("sho2.kashmir", officer, "Leh-Station#2026");
        Assert.That(new Uri(officer.Url).AbsolutePath, Is.EqualTo("/signin"), "the initial password no longer signs in");
        await SignIn("sho2.kashmir", officer, "Dorjay-Own#Choice7");
        Assert.That(new Uri(officer.Url).AbsolutePath, Is.EqualTo("/account/two-factor"), "an SHO enrols a second factor next");
        await CheckPage(officer);
    }

    [Test]
    public async Task The_admin_changes_an_officers_roles_and_the_officers_session_ends()
    {
        await using var other = await NewContext();
        var officer = await other.NewPageAsync();
        await SignIn("io2.kashmir", officer);
        await Visit("/cases", page: officer);

        await SignInWithSecondFactor("admin");
        await Visit("/admin");
        var row = Page.GetByRole(AriaRole.Row).Filter(new() { HasText = "io2.kashmir" });
        await row.Locator("summary").ClickAsync();
        await row.GetByLabel("Investigating officer", new() { Exact = true }).UncheckAsync();
        await row.GetByRole(AriaRole.Button, new() { Name = "Change roles io2.kashmir" }).ClickAsync();
        await Expect(Page.Locator("#err-roles")).ToBeVisibleAsync();
        await CheckPage(Page);

        row = Page.GetByRole(AriaRole.Row).Filter(new() { HasText = "io2.kashmir" });
        await row.GetByLabel("Investigating officer", new() { Exact = true }).CheckAsync();
        await row.GetByLabel("Malkhana in charge", new() { Exact = true }).CheckAsync();
        await Screenshot(Page, "admin-change-roles");
        await row.GetByRole(AriaRole.Button, new() { Name = "Change roles io2.kashmir" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Status)).ToContainTextAsync("Roles changed: io2.kashmir");
        await Expect(Page.GetByRole(AriaRole.Row).Filter(new() { HasText = "io2.kashmir" })).ToContainTextAsync("Malkhana in charge");
        await CheckPage(Page);
        // The administrator's own roles have no form.
        await Expect(Page.GetByRole(AriaRole.Row).Filter(new() { HasText = "Rohit Sharma" }).Locator("form[action*=roles]")).ToHaveCountAsync(0);

        // The officer's session carried the old roles: it has ended.
        await officer.GotoAsync("/cases");
        Assert.That(new Uri(officer.Url).AbsolutePath, Is.EqualTo("/signin"));
        await SignIn("io2.kashmir", officer);
        await officer.GotoAsync("/account");
        await Expect(officer.Locator("main")).ToContainTextAsync("Malkhana in charge");
    }

    [Test]
    public async Task Only_the_admin_reaches_the_administration_pages()
    {
        await SignIn("io.kashmir");
        await Visit("/admin", 403);
        await Visit("/admin/stations", 403);
        await Visit("/admin/reference", 403);
        // A post with a valid anti-forgery token (from a page this officer may open) is refused as the API refuses it.
        await Visit("/firs/new");
        var status = await Page.EvaluateAsync<int>("""
            async () => {
              const body = new URLSearchParams({ code: "CPS-XZ", name: "X", district: "X", state: "X",
                __RequestVerificationToken: document.querySelector("input[name=__RequestVerificationToken]").value });
              return (await fetch("/admin/stations", { method: "POST", body })).status;
            }
            """);
        Assert.That(status, Is.EqualTo(403));
    }
}
