using System.Net;
using System.Net.Http.Json;
using CyberCase.Api.Tests.Infrastructure;

namespace CyberCase.Api.Tests.CaseFiles;

/// <summary>A case estimated above CaseBundles:BackgroundAbovePages (here 50 pages) is exported in the background.</summary>
public sealed class BackgroundBundleExportTests : ApiTest
{
    protected override Dictionary<string, string?>? Settings => new()
    {
        ["CaseBundles:BackgroundAbovePages"] = "50",
        ["CaseBundles:PollSeconds"] = "1",
        ["CaseBundles:ProgressIntervalSeconds"] = "1",
    };

    [Test]
    public async Task A_large_case_answers_202_with_a_status_that_ends_with_the_recorded_bundle()
    {
        var prosecutor = await App.ClientFor(Demo.ProsecutorKashmir);
        var response = await prosecutor.PostAsync($"/api/firs/{Demo.FoundingFirId}/case-bundle", null);
        var accepted = await response.ShouldBe(HttpStatusCode.Accepted);
        var location = response.Headers.Location!.ToString();
        Assert.That(location, Is.EqualTo($"/api/case-bundle-exports/{accepted.GetProperty("id").GetGuid()}"));
        Assert.That(accepted.GetProperty("state").GetString(), Is.EqualTo("Queued"));
        Assert.That(accepted.GetProperty("pagesExpected").GetInt32(), Is.GreaterThan(50), "the estimate that sent it to the background");

        var states = new List<string>();
        System.Text.Json.JsonElement status;
        // A bound on polling, not a timing assertion: 600 polls of 200 ms.
        var polls = 0;
        do
        {
            await Task.Delay(200);
            status = await (await prosecutor.GetAsync(location)).ShouldBe(HttpStatusCode.OK);
            states.Add(status.GetProperty("state").GetString()!);
        }
        while (status.GetProperty("state").GetString() is "Queued" or "Running" && ++polls < 600);

        Assert.That(states.Distinct(), Is.SubsetOf(new[] { "Queued", "Running", "Completed" }));
        Assert.That(states[^1], Is.EqualTo("Completed"), string.Join(", ", states));
        var bundleId = status.GetProperty("bundleId").GetGuid();
        var bundle = await (await prosecutor.GetAsync(status.GetProperty("bundleUrl").GetString())).ShouldBe(HttpStatusCode.OK);
        Assert.That(bundle.GetProperty("id").GetGuid(), Is.EqualTo(bundleId));
        Assert.That(status.GetProperty("sha256").GetString(), Is.EqualTo(bundle.GetProperty("sha256").GetString()));
        Assert.That(status.GetProperty("pagesDone").GetInt32(), Is.EqualTo(bundle.GetProperty("pages").GetInt32()));
        Assert.That(status.GetProperty("pagesExpected").GetInt32(), Is.EqualTo(bundle.GetProperty("pages").GetInt32()));
        var pdf = await (await prosecutor.GetAsync($"/api/case-bundles/{bundleId}/content")).Content.ReadAsByteArrayAsync();
        Assert.That(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(pdf)), Is.EqualTo(bundle.GetProperty("sha256").GetString()));

        // The case's history lists the bundle with its SHA-256, and no export still open.
        var history = await (await prosecutor.GetAsync($"/api/firs/{Demo.FoundingFirId}/case-bundles")).ShouldBe(HttpStatusCode.OK);
        Assert.That(history.GetProperty("bundles").EnumerateArray().Select(b => b.GetProperty("sha256").GetString()),
            Does.Contain(bundle.GetProperty("sha256").GetString()));
        Assert.That(history.GetProperty("exports").EnumerateArray().Select(e => e.GetProperty("id").GetGuid()),
            Does.Not.Contain(accepted.GetProperty("id").GetGuid()), "a completed export is the bundle in the list");

        // Another station's officer does not learn that the export exists, nor the case's bundles.
        var jammu = await App.ClientFor(Demo.ShoJammu);
        await (await jammu.GetAsync(location)).ShouldBe(HttpStatusCode.NotFound, "CaseBundleExport.NotFound");
        await (await jammu.GetAsync($"/api/firs/{Demo.FoundingFirId}/case-bundles")).ShouldBe(HttpStatusCode.NotFound, "Fir.NotFound");

    }

    [Test]
    public async Task A_small_case_still_answers_at_once_with_the_bundle()
    {
        var sho = await App.ClientFor(Demo.ShoJammu);
        // The scrutiny's findings on this case are not this test's subject: acknowledged, as an officer would.
        var bundle = await (await sho.PostAsJsonAsync($"/api/firs/{Demo.JammuFirId}/case-bundle",
            new { acknowledgeBlockingFindings = true, reason = "Exported to see it answer at once" })).ShouldBe(HttpStatusCode.Created);
        Assert.That(bundle.GetProperty("sha256").GetString(), Does.Match("^[0-9a-f]{64}$"));
    }

    [Test]
    public async Task An_unknown_export_answers_404()
    {
        var prosecutor = await App.ClientFor(Demo.ProsecutorKashmir);
        await (await prosecutor.GetAsync($"/api/case-bundle-exports/{Guid.NewGuid()}")).ShouldBe(HttpStatusCode.NotFound, "CaseBundleExport.NotFound");
    }

    [Test]
    public async Task A_background_export_keeps_the_copy_asked_for_the_court_or_for_an_accused()
    {
        await (await (await App.ClientFor(Demo.ShoKashmir)).PostAsync($"/api/firs/{Demo.FoundingFirId}/diary/share", null))
            .ShouldBe(HttpStatusCode.OK);
        var prosecutor = await App.ClientFor(Demo.ProsecutorKashmir);

        async Task<System.Text.Json.JsonElement> ExportAsync(object? body)
        {
            var response = await prosecutor.PostAsJsonAsync($"/api/firs/{Demo.FoundingFirId}/case-bundle", body);
            var location = response.Headers.Location!.ToString();
            await response.ShouldBe(HttpStatusCode.Accepted);
            System.Text.Json.JsonElement status;
            var polls = 0; // a bound on polling, not a timing assertion
            do
            {
                await Task.Delay(200);
                status = await (await prosecutor.GetAsync(location)).ShouldBe(HttpStatusCode.OK);
            }
            while (status.GetProperty("state").GetString() is "Queued" or "Running" && ++polls < 600);

            Assert.That(status.GetProperty("state").GetString(), Is.EqualTo("Completed"));
            return await (await prosecutor.GetAsync(status.GetProperty("bundleUrl").GetString())).ShouldBe(HttpStatusCode.OK);
        }

        var court = await ExportAsync(new { });
        var accused = await ExportAsync(new { includeCaseDiary = false });
        Assert.That(court.GetProperty("carriesCaseDiary").GetBoolean(), Is.True, "the diary is shared: the court's copy by default");
        Assert.That(accused.GetProperty("carriesCaseDiary").GetBoolean(), Is.False);
        Assert.That(court.GetProperty("pages").GetInt32(), Is.EqualTo(accused.GetProperty("pages").GetInt32() + 4),
            "the extract's notice and the diary's three closed pages");
    }
}
