using System.Net.Http.Json;
using System.Text.Json;
using CyberCase.Web.Tests.Infrastructure;
using Microsoft.Playwright;

namespace CyberCase.Web.Tests;

/// <summary>
/// The IO's pages for the accused beyond the arrest: adding an accused to the case, and the custody after the arrest
/// (production, remand, bail). Refusals are shown beside their fields with what was typed kept; another station's case
/// or accused by its address is the not-found page, and a role the commands do not allow is refused the pages.
/// </summary>
public sealed class AccusedPagesTests : BrowserTest
{
    private static ILocatorAssertions Expect(ILocator locator) => Assertions.Expect(locator);

    private async Task<string> Id(string sql) => (string)(await App.ScalarAsync(sql))!;

    [Test]
    public async Task The_io_adds_an_accused_in_hindi_and_urdu_a_refused_phone_is_shown_beside_its_box_and_the_correction_is_listed()
    {
        var fir = await FirId("CPS-KZ", "14/2025");
        await SignIn("io2.kashmir");
        await Visit($"/cases/{fir}");
        await Page.GetByRole(AriaRole.Link, new() { Name = "Add an accused" }).ClickAsync();
        await CheckPage(Page);
        Assert.That(new Uri(Page.Url).AbsolutePath, Is.EqualTo($"/cases/{fir}/accused/new").IgnoreCase);

        await Page.Locator("#name-language").SelectOptionAsync("hi");
        await Page.GetByLabel("Name", new() { Exact = true }).FillAsync("रफ़ीक़ अहमद वानी");
        Assert.That(await Page.GetByLabel("Name", new() { Exact = true }).GetAttributeAsync("lang"), Is.EqualTo("hi"));
        await Page.GetByLabel("Aliases (one a line)").FillAsync("Rafi");
        await Page.GetByLabel("Parentage").SelectOptionAsync("SonOf");
        await Page.Locator("#parentage-name-language").SelectOptionAsync("ur");
        await Page.GetByLabel("Name of the father, mother or husband").FillAsync("غلام محمد وانی");
        await Page.GetByLabel("Gender").SelectOptionAsync("Male");
        await Page.GetByLabel("Age (years, when the date of birth is not known)").FillAsync("29");
        await Page.GetByLabel("Address", new() { Exact = true }).FillAsync("Bemina, Srinagar");
        // The second number is refused by the command's validator: it comes back as line 2 of the box.
        await Page.GetByLabel("Phone numbers (one a line)").FillAsync("9419012345\n12345");
        await Page.GetByLabel("Role", new() { Exact = true }).SelectOptionAsync("Caller");
        await Page.GetByLabel("Note on the role").FillAsync("Made the calls to the victim in the United Kingdom");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Add the accused" }).ClickAsync();

        await Expect(Page.Locator("#err-phoneNumbers")).ToHaveTextAsync("Line 2: Not a valid phone number.");
        Assert.That(await Page.Locator("#phoneNumbers").GetAttributeAsync("aria-invalid"), Is.EqualTo("true"));
        Assert.That(await Page.Locator("#phoneNumbers").InputValueAsync(), Is.EqualTo("9419012345\n12345"), "what was typed is kept");
        Assert.That(await Page.Locator("#name").InputValueAsync(), Is.EqualTo("रफ़ीक़ अहमद वानी"));
        Assert.That(await Page.Locator("#name").GetAttributeAsync("lang"), Is.EqualTo("hi"), "the Hindi field stays Hindi");
        Assert.That(await Page.Locator("#parentage-name").GetAttributeAsync("lang"), Is.EqualTo("ur"));
        Assert.That(await Page.Locator("#parentage-name").InputValueAsync(), Is.EqualTo("غلام محمد وانی"));
        Assert.That(await Page.GetByLabel("Note on the role").InputValueAsync(), Does.StartWith("Made the calls"));
        Assert.That(await Page.Locator("#err-name").CountAsync(), Is.Zero, "only the refused field is marked");
        await CheckPage(Page);

        await Page.GetByLabel("Phone numbers (one a line)").FillAsync("9419012345\n+91 70060 12345");
        await Screenshot(Page, "io-add-accused");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Add the accused" }).ClickAsync();

        Assert.That(new Uri(Page.Url).AbsolutePath, Is.EqualTo($"/cases/{fir}").IgnoreCase);
        var row = Page.Locator("#accused tbody tr").Filter(new() { HasText = "रफ़ीक़ अहमद वानी" });
        await Expect(row).ToContainTextAsync("A2");
        await Expect(row).ToContainTextAsync("Caller");
        await Expect(row).ToContainTextAsync("Suspect");
        await CheckPage(Page);
    }

    [Test]
    public async Task The_io_records_production_then_remand_a_production_before_the_arrest_is_refused_beside_its_field()
    {
        var fir = await FirId("CPS-KZ", "14/2025");
        var accused = await Id($"SELECT a.Id FROM CaseAccused a WHERE a.FirId = '{fir}' AND a.Code = 'A1'");
        using (var io = await Api("io2.kashmir"))
        {
            var me = (await io.GetFromJsonAsync<JsonElement>("/api/me")).GetProperty("id").GetGuid();
            var read = await io.GetFromJsonAsync<JsonElement>($"/api/accused/{accused}");
            using var arrested = await io.PostAsJsonAsync($"/api/accused/{accused}/arrest", new
            {
                arrestedAt = "2025-03-28T11:00:00+05:30",
                place = "Natipora, Srinagar",
                arrestingOfficerId = me,
                version = read.GetProperty("version").GetGuid(),
            });
            Assert.That(arrested.IsSuccessStatusCode, Is.True, await arrested.Content.ReadAsStringAsync());
        }

        await SignIn("io2.kashmir");
        await Visit($"/cases/{fir}");
        await Page.GetByRole(AriaRole.Link, new() { Name = "Custody A1", Exact = true }).ClickAsync();
        await CheckPage(Page);
        await Expect(Page.Locator("#accused-status")).ToHaveTextAsync("Arrested");

        // Produced "an hour before the arrest": the domain's time rule, answered on the field.
        await Page.GetByLabel("Event").SelectOptionAsync("ProducedBeforeMagistrate");
        await Page.GetByLabel("When (IST)").FillAsync("2025-03-28T10:00");
        await Page.GetByLabel("Court (production and remand)").FillAsync("Court of the Chief Judicial Magistrate, Srinagar");
        await Page.GetByLabel("Journey to the court (minutes, with the production)").FillAsync("20");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Record it" }).ClickAsync();

        await Expect(Page.Locator("#err-at")).ToHaveTextAsync("A custody event cannot precede the arrest.");
        Assert.That(await Page.Locator("#at").GetAttributeAsync("aria-invalid"), Is.EqualTo("true"));
        Assert.That(await Page.GetByLabel("Court (production and remand)").InputValueAsync(), Is.EqualTo("Court of the Chief Judicial Magistrate, Srinagar"));
        Assert.That(await Page.GetByLabel("Event").InputValueAsync(), Is.EqualTo("ProducedBeforeMagistrate"));
        Assert.That(await Page.Locator("#custody-history").CountAsync(), Is.Zero, "nothing was recorded");
        await CheckPage(Page);

        await Page.GetByLabel("When (IST)").FillAsync("2025-03-29T10:30");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Record it" }).ClickAsync();
        await Expect(Page.Locator("p[role=status]")).ToContainTextAsync("The custody record is added.");

        await Page.GetByLabel("Event").SelectOptionAsync("PoliceCustody");
        await Page.GetByLabel("When (IST)").FillAsync("2025-03-29T11:00");
        await Page.GetByLabel("Court (production and remand)").FillAsync("Court of the Chief Judicial Magistrate, Srinagar");
        await Page.GetByLabel("Order reference").FillAsync("Remand order 12/2025");
        await Page.GetByLabel("Remanded until").FillAsync("2025-04-02");
        await Screenshot(Page, "io-accused-custody");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Record it" }).ClickAsync();

        await Expect(Page.Locator("#accused-status")).ToHaveTextAsync("Police custody");
        var rows = Page.Locator("#custody-history tbody tr");
        await Expect(rows).ToHaveCountAsync(2);
        await Expect(rows.Nth(0)).ToContainTextAsync("29/03/2025 10:30");
        await Expect(rows.Nth(0)).ToContainTextAsync("Produced before magistrate");
        await Expect(rows.Nth(0)).ToContainTextAsync("20");
        await Expect(rows.Nth(1)).ToContainTextAsync("29/03/2025 11:00");
        await Expect(rows.Nth(1)).ToContainTextAsync("Police custody");
        await Expect(rows.Nth(1)).ToContainTextAsync("Remand order 12/2025");
        await Expect(rows.Nth(1)).ToContainTextAsync("02/04/2025");
        await CheckPage(Page);

        // Bail typed while another officer records the judicial remand through the API: stale, with what changed.
        await Page.GetByLabel("Event").SelectOptionAsync("Bailed");
        await Page.GetByLabel("When (IST)").FillAsync("2025-04-03T15:00");
        await Page.GetByLabel("Order reference").FillAsync("Bail order 3/2025");
        using (var other = await Api("io.kashmir"))
        {
            var read = await other.GetFromJsonAsync<JsonElement>($"/api/accused/{accused}");
            using var remanded = await other.PostAsJsonAsync($"/api/accused/{accused}/custody", new
            {
                @event = "JudicialCustody",
                at = "2025-04-02T12:00:00+05:30",
                court = "Court of the Chief Judicial Magistrate, Srinagar",
                version = read.GetProperty("version").GetGuid(),
            });
            Assert.That(remanded.IsSuccessStatusCode, Is.True, await remanded.Content.ReadAsStringAsync());
        }

        await Page.GetByRole(AriaRole.Button, new() { Name = "Record it" }).ClickAsync();
        var alert = Page.GetByRole(AriaRole.Alert);
        await Expect(alert).ToContainTextAsync("Check it, then send again");
        await Expect(alert.Locator("table.changes tr").Filter(new() { HasText = "Status" })).ToContainTextAsync("Judicial custody");
        Assert.That(await Page.GetByLabel("Order reference").InputValueAsync(), Is.EqualTo("Bail order 3/2025"), "what was typed is kept");
        await Expect(rows).ToHaveCountAsync(3);
        await CheckPage(Page);

        await Page.GetByRole(AriaRole.Button, new() { Name = "Record it" }).ClickAsync();
        await Expect(Page.Locator("#accused-status")).ToHaveTextAsync("Bailed");
        await Expect(rows.Last).ToContainTextAsync("Bail order 3/2025");
    }

    [Test]
    public async Task Another_stations_case_and_accused_by_the_pages_urls_are_the_not_found_page()
    {
        var fir = await FirId("CPS-KZ", "02/2021");
        var accused = await Id("SELECT a.Id FROM CaseAccused a JOIN Stations s ON s.Id = a.StationId WHERE s.Code = 'CPS-KZ' LIMIT 1");
        await SignIn("io.jammu");

        await Visit($"/cases/{fir}/accused/new", status: 404);
        await Expect(Page.Locator("h1")).ToHaveTextAsync("Not found");
        await Visit($"/accused/{accused}/custody", status: 404);
        Assert.That((await Page.GotoAsync($"/accused/{Guid.NewGuid()}/custody"))!.Status, Is.EqualTo(404), "exactly as one that does not exist");

        // The Jammu station's own case opens its form: the 404 above is the station's boundary, not a broken page.
        var own = await Id("SELECT f.Id FROM Firs f JOIN Stations s ON s.Id = f.StationId WHERE s.Code = 'CPS-JZ' LIMIT 1");
        await Visit($"/cases/{own}/accused/new");
    }

    [Test]
    public async Task A_role_the_commands_do_not_allow_sees_no_links_and_is_refused_the_pages()
    {
        var fir = await FirId("CPS-KZ", "02/2021");
        var accused = await Id($"SELECT a.Id FROM CaseAccused a WHERE a.FirId = '{fir}' AND a.Code = 'A1'");
        await SignIn("malkhana.kashmir");
        await Visit($"/cases/{fir}");
        Assert.That(await Page.GetByRole(AriaRole.Link, new() { Name = "Add an accused" }).CountAsync(), Is.Zero);
        Assert.That(await Page.GetByRole(AriaRole.Link, new() { Name = "Custody A1", Exact = true }).CountAsync(), Is.Zero);

        Assert.That((await Page.GotoAsync($"/cases/{fir}/accused/new"))!.Status, Is.EqualTo(403));
        Assert.That((await Page.GotoAsync($"/accused/{accused}/custody"))!.Status, Is.EqualTo(403));

        // The IO of the same station, in another browser, has both links.
        await using var context = await NewContext();
        var io = await context.NewPageAsync();
        await SignIn("io.kashmir", io);
        await Visit($"/cases/{fir}", page: io);
        await Expect(io.GetByRole(AriaRole.Link, new() { Name = "Add an accused" })).ToBeVisibleAsync();
        await Expect(io.GetByRole(AriaRole.Link, new() { Name = "Custody A1", Exact = true })).ToBeVisibleAsync();
    }
}
