using System.Net.Http.Json;
using System.Text.Json;
using CyberCase.Web.Tests.Infrastructure;
using Microsoft.Playwright;

namespace CyberCase.Web.Tests;

public sealed class MalkhanaTests : BrowserTest
{
    private async Task SendToLaboratory(string exhibit)
    {
        using var api = await Api("malkhana.kashmir");
        var log = await api.GetFromJsonAsync<JsonElement>($"/api/exhibits/{exhibit}/custody");
        using var sent = await api.PostAsJsonAsync($"/api/exhibits/{exhibit}/custody", new
        {
            to = new { kind = "ForensicLab", name = "FSL Srinagar" },
            at = TimeProvider.System.GetUtcNow().AddMinutes(-30),
            purpose = "Examination",
            sealIntact = true,
            version = log.GetProperty("version").GetGuid(),
        });
        Assert.That(sent.IsSuccessStatusCode, Is.True, await sent.Content.ReadAsStringAsync());
    }

    private static ILocatorAssertions Expect(ILocator locator) => Assertions.Expect(locator);

    [Test]
    public async Task The_malkhana_in_charge_scans_a_label_signs_in_lands_on_the_exhibit_and_receives_it_retrying_after_a_stale_version()
    {
        // An exhibit of the founding case comes back from the laboratory (released to it through the API by the malkhana in-charge).
        var exhibit = (string)(await App.ScalarAsync(
            "SELECT e.Id FROM Exhibits e JOIN Stations s ON s.Id = e.StationId WHERE s.Code = 'CPS-KZ' ORDER BY e.Number LIMIT 1"))!;
        await SendToLaboratory(exhibit);
        await SignIn("malkhana.kashmir");
        await Visit("/malkhana");
        await Screenshot(Page, "malkhana-register");
        await Visit($"/exhibits/{exhibit}/label");
        await Screenshot(Page, "exhibit-label");
        await Expect(Page.GetByAltText("QR code of the exhibit's address")).ToBeVisibleAsync();
        var url = await Page.Locator("#exhibit-url").InnerTextAsync();

        // A phone opens the code's address: not signed in there, so the sign-in page first, then the exhibit.
        await using var phone = await NewContext();
        var scan = await phone.NewPageAsync();
        await scan.GotoAsync(url);
        Assert.That(new Uri(scan.Url).AbsolutePath, Is.EqualTo("/signin"));
        await scan.GetByLabel("Username").FillAsync("malkhana.kashmir");
        await scan.GetByLabel("Password").FillAsync(WebApp.Password);
        await scan.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        Assert.That(scan.Url, Is.EqualTo(url), "the label's exhibit, after sign-in");
        await CheckPage(scan);

        await scan.GetByLabel("To", new() { Exact = true }).SelectOptionAsync("Malkhana");
        await scan.GetByLabel("Purpose").FillAsync("Received for safe keeping");
        // Someone else recorded a hand-over since this page was read: the version the form carries is stale.
        await scan.Locator("input[name=version]").EvaluateAsync("e => e.value = '" + Guid.NewGuid() + "'");
        await scan.GetByRole(AriaRole.Button, new() { Name = "Record the hand-over" }).ClickAsync();
        await Expect(scan.GetByRole(AriaRole.Alert)).ToContainTextAsync("Check it, then send again");
        Assert.That(await scan.GetByLabel("Purpose").InputValueAsync(), Is.EqualTo("Received for safe keeping"), "what was typed is kept");
        await CheckPage(scan);

        await scan.GetByRole(AriaRole.Button, new() { Name = "Record the hand-over" }).ClickAsync();

        await Expect(scan.Locator("#holder")).ToContainTextAsync("Malkhana");
        await Expect(scan.Locator("#custody tbody tr").Last).ToContainTextAsync("Received for safe keeping");
        await Screenshot(scan, "exhibit-custody");
    }
}
