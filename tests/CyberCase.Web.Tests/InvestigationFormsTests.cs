using System.Net.Http.Json;
using System.Text.Json;
using CyberCase.Web.Tests.Infrastructure;
using Microsoft.Playwright;

namespace CyberCase.Web.Tests;

/// <summary>
/// The IO's forms beyond the FIR and the seizure: the memorandum of arrest, the custody hand-over of an exhibit and the
/// statement of a person examined. Each is refused with the server's field errors beside the fields and what was typed
/// kept, then recorded; another station's record by its address is the not-found page.
/// </summary>
public sealed class InvestigationFormsTests : BrowserTest
{
    private static ILocatorAssertions Expect(ILocator locator) => Assertions.Expect(locator);

    private async Task<string> Id(string sql) => (string)(await App.ScalarAsync(sql))!;

    [Test]
    public async Task The_io_records_an_arrest_memo_a_refused_field_is_shown_beside_it_and_the_urdu_name_is_kept()
    {
        var fir = await FirId("CPS-KZ", "14/2025");
        await SignIn("io2.kashmir");
        await Visit($"/cases/{fir}");
        await Page.GetByRole(AriaRole.Link, new() { Name = "Record the arrest A1" }).ClickAsync();
        await CheckPage(Page);
        Assert.That(new Uri(Page.Url).AbsolutePath, Does.EndWith("/arrest"));

        await Page.GetByLabel("Arrested at (IST)").FillAsync("2025-03-28T11:00");
        // The place is left out, and a witness is given only in Urdu script: both refused by the command's validator.
        await Page.Locator("#attestingWitness-nameInScript").FillAsync("بشیر احمد ڈار");
        await Page.Locator("#attestingWitness-address").FillAsync("Natipora, Srinagar");
        await Page.GetByLabel("Grounds of arrest as told to the arrestee").FillAsync("Cheating by personation over the phone (BNS 319) as told in the FIR.");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Record the arrest" }).ClickAsync();

        await Expect(Page.Locator("#err-place")).ToBeVisibleAsync();
        await Expect(Page.Locator("#err-attestingWitness-name")).ToContainTextAsync("Name the attesting witness");
        Assert.That(await Page.Locator("#place").GetAttributeAsync("aria-invalid"), Is.EqualTo("true"));
        Assert.That(await Page.Locator("#attestingWitness-nameInScript").InputValueAsync(), Is.EqualTo("بشیر احمد ڈار"), "what was typed is kept");
        Assert.That(await Page.Locator("#attestingWitness-nameInScript").GetAttributeAsync("lang"), Is.EqualTo("ur"));
        Assert.That(await Page.GetByLabel("Grounds of arrest as told to the arrestee").InputValueAsync(), Does.StartWith("Cheating by personation"));
        await CheckPage(Page);

        await Page.Locator("#place").FillAsync("Ground floor, the caller's house, Natipora, Srinagar");
        await Page.Locator("#attestingWitness-name").FillAsync("Bashir Ahmad Dar");
        await Page.GetByLabel("Countersigned by the arrestee").CheckAsync();
        await Page.Locator("#relativeInformed-name").FillAsync("Ghulam Rasool Hajam");
        await Page.Locator("#relativeInformed-relation").FillAsync("Father");
        await Page.GetByLabel("How").SelectOptionAsync("Phone");
        await Page.GetByLabel("Informed at (IST)", new() { Exact = true }).FillAsync("2025-03-28T11:20");
        await Screenshot(Page, "io-arrest-memo");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Record the arrest" }).ClickAsync();

        await Expect(Page.Locator("p[role=status]")).ToContainTextAsync("The arrest is recorded.");
        await Expect(Page.Locator("#accused-status")).ToHaveTextAsync("Arrested");
        await Expect(Page.Locator("#arrest-recorded")).ToContainTextAsync("28/03/2025 11:00");
        await Expect(Page.Locator("#arrest-recorded")).ToContainTextAsync("Bashir Ahmad Dar");
        Assert.That(await Page.Locator("#arrest-form").CountAsync(), Is.Zero, "an arrested accused is not arrested again");
        await CheckPage(Page);
    }

    [Test]
    public async Task The_io_hands_an_exhibit_to_the_laboratory_a_stale_version_shows_what_changed_and_sending_again_records_it()
    {
        var fir = await FirId("CPS-KZ", "02/2021");
        await SignIn("io.kashmir");
        await Visit($"/cases/{fir}");
        await Page.Locator("#exhibits tbody tr").Filter(new() { HasText = "Malkhana" }).First
            .GetByRole(AriaRole.Link, new() { Name = "Hand over" }).ClickAsync();
        await CheckPage(Page);
        var exhibit = new Uri(Page.Url).AbsolutePath.Split('/')[2];

        // To the laboratory without naming it: refused beside the field, the rest kept.
        await Page.GetByLabel("To", new() { Exact = true }).SelectOptionAsync("ForensicLab");
        await Page.GetByLabel("Purpose").FillAsync("For examination, FSL request 4/2021");
        await Page.GetByLabel("FSL docket number (to the laboratory)").FillAsync("FSL/CY/12/2021");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Record the hand-over" }).ClickAsync();
        await Expect(Page.Locator("#err-to-name")).ToContainTextAsync("Name the laboratory, court or owner.");
        Assert.That(await Page.GetByLabel("Purpose").InputValueAsync(), Is.EqualTo("For examination, FSL request 4/2021"));
        Assert.That(await Page.GetByLabel("FSL docket number (to the laboratory)").InputValueAsync(), Is.EqualTo("FSL/CY/12/2021"));
        await CheckPage(Page);

        // Meanwhile the malkhana in-charge releases the exhibit to this IO through the API (only they can).
        using (var io = await Api("io.kashmir"))
        using (var malkhana = await Api("malkhana.kashmir"))
        {
            var me = (await io.GetFromJsonAsync<JsonElement>("/api/me")).GetProperty("id").GetGuid();
            var log = await malkhana.GetFromJsonAsync<JsonElement>($"/api/exhibits/{exhibit}/custody");
            using var sent = await malkhana.PostAsJsonAsync($"/api/exhibits/{exhibit}/custody", new
            {
                to = new { kind = "Officer", officerId = me },
                at = TimeProvider.System.GetUtcNow().AddMinutes(-30),
                purpose = "Released to the IO for the laboratory",
                sealIntact = true,
                version = log.GetProperty("version").GetGuid(),
            });
            Assert.That(sent.IsSuccessStatusCode, Is.True, await sent.Content.ReadAsStringAsync());
        }

        // The IO names the laboratory and sends the form read before that release: refused as stale, with what changed.
        await Page.GetByLabel("Name of the laboratory, court or owner").FillAsync("FSL Srinagar");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Record the hand-over" }).ClickAsync();

        var alert = Page.GetByRole(AriaRole.Alert);
        await Expect(alert).ToContainTextAsync("Check it, then send again");
        var changes = alert.Locator("table.changes");
        await Expect(changes.Locator("tr").Filter(new() { HasText = "Held by" })).ToContainTextAsync("Officer Mehvish Jan");
        await Expect(changes).ToContainTextAsync("Released to the IO for the laboratory");
        Assert.That(await Page.GetByLabel("Name of the laboratory, court or owner").InputValueAsync(), Is.EqualTo("FSL Srinagar"), "what was typed is kept");
        await CheckPage(Page);

        await Page.GetByRole(AriaRole.Button, new() { Name = "Record the hand-over" }).ClickAsync();
        await Expect(Page.Locator("#holder")).ToContainTextAsync("Forensic lab FSL Srinagar");
        await Expect(Page.Locator("#custody tbody tr").Last).ToContainTextAsync("For examination, FSL request 4/2021");
    }

    [Test]
    public async Task The_io_records_a_statement_in_urdu_a_refused_field_is_shown_beside_it_and_what_was_typed_is_kept()
    {
        var fir = await FirId("CPS-KZ", "02/2021");
        await SignIn("io.kashmir");
        await Visit($"/cases/{fir}");
        await Page.GetByRole(AriaRole.Link, new() { Name = "Record a statement" }).ClickAsync();
        await CheckPage(Page);

        await Page.GetByLabel("Name", new() { Exact = true }).FillAsync("Mushtaq Ahmad Bhat");
        await Page.GetByLabel("Role").SelectOptionAsync("Witness");
        await Page.Locator("#nameInScript").FillAsync("مشتاق احمد بٹ");
        await Page.GetByLabel("Phone").FillAsync("12345");
        await Page.GetByLabel("Place", new() { Exact = true }).FillAsync("Cyber Police Station Kashmir Zone, Srinagar");
        await Page.GetByLabel("Language spoken").FillAsync("Urdu");
        await Page.GetByLabel("Speaks to (for the list of witnesses)").FillAsync("The call centre at Natipora running at night in January 2021");
        await Page.Locator("#text-language").SelectOptionAsync("ur");
        await Page.GetByLabel("The statement as recorded").FillAsync("میں نے جنوری 2021 میں رات کو نٹی پورہ کی عمارت میں بہت سے لڑکوں کو فون پر انگریزی بولتے دیکھا۔");
        Assert.That(await Page.GetByLabel("The statement as recorded").GetAttributeAsync("lang"), Is.EqualTo("ur"));
        await Page.GetByRole(AriaRole.Button, new() { Name = "Record the statement" }).ClickAsync();

        await Expect(Page.Locator("#err-phone")).ToContainTextAsync("Not a valid phone number.");
        Assert.That(await Page.Locator("#nameInScript").InputValueAsync(), Is.EqualTo("مشتاق احمد بٹ"));
        Assert.That(await Page.GetByLabel("The statement as recorded").InputValueAsync(), Does.StartWith("میں نے جنوری"));
        await CheckPage(Page);

        await Page.GetByLabel("Phone").FillAsync("9419012345");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Record the statement" }).ClickAsync();

        Assert.That(new Uri(Page.Url).AbsolutePath, Is.EqualTo($"/cases/{fir}").IgnoreCase);
        await Expect(Page.Locator("#statements")).ToContainTextAsync("مشتاق احمد بٹ");
        await Expect(Page.Locator("#statements")).ToContainTextAsync("The call centre at Natipora");
    }

    [Test]
    public async Task An_io_who_is_not_the_cases_io_is_told_before_typing_that_only_its_io_or_the_sho_records_its_statements()
    {
        var fir = await FirId("CPS-KZ", "02/2021");
        await SignIn("io2.kashmir");
        await Visit($"/cases/{fir}/statements/new");

        await Expect(Page.GetByRole(AriaRole.Status)).ToContainTextAsync("Only the investigating officer of the case or the SHO");
        Assert.That(await Page.Locator("#statement-form").CountAsync(), Is.Zero);
    }

    [Test]
    public async Task Another_stations_accused_exhibit_and_case_by_the_forms_urls_are_the_not_found_page()
    {
        // The Kashmir station's records, reached by a Jammu officer.
        var fir = await FirId("CPS-KZ", "02/2021");
        var exhibit = await Id("SELECT e.Id FROM Exhibits e JOIN Stations s ON s.Id = e.StationId WHERE s.Code = 'CPS-KZ' LIMIT 1");
        var accused = await Id("SELECT a.Id FROM CaseAccused a JOIN Stations s ON s.Id = a.StationId WHERE s.Code = 'CPS-KZ' LIMIT 1");
        await SignIn("io.jammu");

        await Visit($"/accused/{accused}/arrest", status: 404);
        await Expect(Page.Locator("h1")).ToHaveTextAsync("Not found");
        await Visit($"/exhibits/{exhibit}", status: 404);
        await Visit($"/cases/{fir}/statements/new", status: 404);
        Assert.That((await Page.GotoAsync($"/accused/{Guid.NewGuid()}/arrest"))!.Status, Is.EqualTo(404), "exactly as one that does not exist");
    }
}
