using System.Net.Http.Json;
using System.Text.Json;
using CyberCase.Web.Tests.Infrastructure;
using Microsoft.Playwright;

namespace CyberCase.Web.Tests;

public sealed class RoleJourneyTests : BrowserTest
{
    private static ILocatorAssertions Expect(ILocator locator) => Assertions.Expect(locator);

    [Test]
    public async Task The_sho_sees_the_dashboard_assigns_an_io_and_plans_a_raid_with_a_team_from_another_unit()
    {
        // An FIR nobody is assigned to yet (registered through the API by the IO).
        using var api = new HttpClient { BaseAddress = App.BaseAddress };
        using var login = await api.PostAsJsonAsync("/api/auth/login", new { username = "io.kashmir", password = WebApp.Password });
        api.DefaultRequestHeaders.Authorization = new("Bearer", (await login.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString());
        using var registered = await api.PostAsJsonAsync("/api/firs", new
        {
            occurredFrom = "2025-10-01T10:00:00+05:30",
            occurredTo = "2025-10-02T18:00:00+05:30",
            placeOfOccurrence = "Online",
            informationType = "Written",
            informant = new { name = "Shabir Ahmad" },
            sections = new[] { new { act = "BNS", section = "318(4)" } },
            narrative = "A fake customer-care number took the complainant's money.",
        });
        var fir = await registered.Content.ReadFromJsonAsync<JsonElement>();
        var number = fir.GetProperty("number").GetString()!;

        await SignInWithSecondFactor("sho.kashmir");
        await Visit("/station");
        await Screenshot(Page, "sho-dashboard");
        var choice = Page.GetByLabel("Investigating officer for " + number);
        await choice.SelectOptionAsync(new SelectOptionValue { Index = 1 });
        var io = (await choice.Locator("option:checked").InnerTextAsync()).Split(' ', 2)[1];
        await Page.GetByRole(AriaRole.Button, new() { Name = "Assign " + number }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Status)).ToContainTextAsync("Assigned: FIR " + number);
        await CheckPage(Page);

        await Page.GotoAsync($"/cases/{fir.GetProperty("id").GetString()}");
        await Expect(Page.Locator("#overview")).ToContainTextAsync(io);
        await Page.GetByRole(AriaRole.Link, new() { Name = "Plan a raid" }).ClickAsync();
        await CheckPage(Page);
        await Page.GetByLabel("Premises").SelectOptionAsync(new SelectOptionValue { Index = 1 });
        var when = TimeProvider.System.GetUtcNow().ToOffset(TimeSpan.FromHours(5.5)).Date.AddDays(2).AddHours(6);
        await Page.GetByLabel("When (IST)").FillAsync(when.ToString("yyyy-MM-dd'T'HH:mm", System.Globalization.CultureInfo.InvariantCulture));
        await Page.GetByLabel("Lead").SelectOptionAsync(new SelectOptionValue { Index = 1 });
        await Page.GetByLabel("Name 1").FillAsync("Tariq Mir");
        await Page.GetByLabel("Rank 1").SelectOptionAsync("HeadConstable");
        await Page.GetByLabel("Unit 1").FillAsync("Special Operations Group, Srinagar");
        await Page.GetByLabel("Purpose").FillAsync("Search the call centre and seize the phones used");
        await Page.GetByLabel("Reasons recorded before the search").FillAsync("The informant's calls trace to these premises; delay would let the devices be wiped.");
        await Screenshot(Page, "sho-plan-raid");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Plan the raid" }).ClickAsync();

        Assert.That(await Page.Locator(".refusal, .field-error").AllInnerTextsAsync(), Is.Empty);
        await Expect(Page.Locator("#raids")).ToContainTextAsync(when.ToString("dd/MM/yyyy HH:mm", System.Globalization.CultureInfo.InvariantCulture));
    }

    [Test]
    public async Task The_prosecutor_exports_the_court_bundle_and_downloads_it_with_its_sha256()
    {
        await SignInWithSecondFactor("prosecutor.kashmir");
        await Visit("/prosecution");
        await Page.GetByRole(AriaRole.Link, new() { Name = "02/2021" }).First.ClickAsync();
        await CheckPage(Page);
        Assert.That(await Page.GetByRole(AriaRole.Button, new() { Name = "Add the statement" }).CountAsync(), Is.Zero, "read-only for the prosecutor");

        // The founding case has no open blocking finding of the scrutiny: it exports at once, no acknowledgement asked.
        await Page.GetByRole(AriaRole.Button, new() { Name = "Export the court bundle" }).ClickAsync();
        Assert.That(await Page.Locator(".refusal").AllInnerTextsAsync(), Is.Empty);
        var sha = await Page.Locator("#bundle-sha").InnerTextAsync();
        await Screenshot(Page, "prosecutor-bundle");
        var download = await Page.RunAndWaitForDownloadAsync(() => Page.GetByRole(AriaRole.Link, new() { Name = "Download the bundle" }).ClickAsync());
        var path = await download.PathAsync();

        Assert.That(Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(await File.ReadAllBytesAsync(path))),
            Is.EqualTo(sha).IgnoreCase, "the downloaded file is the bundle whose SHA-256 the page shows");
    }

    [Test]
    public async Task The_admin_unlocks_a_locked_officer_who_can_then_sign_in()
    {
        // Five wrong passwords lock the account (for 15 minutes; the right password is refused meanwhile).
        using var api = new HttpClient { BaseAddress = App.BaseAddress };
        for (var i = 0; i < 5; i++)
        {
            using var _ = await api.PostAsJsonAsync("/api/auth/login", new { username = "io2.kashmir", password = "not-the-password" });
        }

        await using var other = await NewContext();
        var io2 = await other.NewPageAsync();
        await SignIn("io2.kashmir", io2);
        Assert.That(new Uri(io2.Url).AbsolutePath, Is.EqualTo("/signin"), "locked");

        await SignInWithSecondFactor("admin");
        await Visit("/admin");
        await Screenshot(Page, "admin-officers");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Unlock io2.kashmir" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Status)).ToContainTextAsync("Unlocked.");

        await SignIn("io2.kashmir", io2);
        Assert.That(new Uri(io2.Url).AbsolutePath, Is.EqualTo("/cases"));
    }
}
