using System.Net;
using CyberCase.Api.Tests.Infrastructure;
using UglyToad.PdfPig;

namespace CyberCase.Api.Tests.CaseFiles;

public sealed class CaseBundleApiTests : ApiTest
{
    private async Task<System.Text.Json.JsonElement> Export(string user = Demo.ProsecutorKashmir)
    {
        var client = await App.ClientFor(user);
        return await (await client.PostAsync($"/api/firs/{Demo.FoundingFirId}/case-bundle", null)).ShouldBe(HttpStatusCode.Created);
    }

    [Test]
    public async Task The_prosecutor_exports_the_founding_case_and_downloads_it()
    {
        var bundle = await Export();
        var id = bundle.GetProperty("id").GetGuid();
        var sha = bundle.GetProperty("sha256").GetString()!;
        Assert.That(bundle.GetProperty("firNumber").GetString(), Is.EqualTo("02/2021"));
        Assert.That(sha, Does.Match("^[0-9a-f]{64}$"));
        Assert.That(bundle.GetProperty("volumes").GetInt32(), Is.EqualTo(1));
        Assert.That(bundle.GetProperty("createdBy").GetProperty("id").GetGuid(), Is.EqualTo(Demo.OfficerId(Demo.ProsecutorKashmir)));

        var client = await App.ClientFor(Demo.ProsecutorKashmir);
        var response = await client.GetAsync($"/api/case-bundles/{id}/content");
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/pdf"));
        Assert.That(response.Content.Headers.ContentDisposition?.FileName?.Trim('"'), Is.EqualTo("FIR-02-2021-Cyber-PS-Kashmir-Zone.pdf"));
        var pdf = await response.Content.ReadAsByteArrayAsync();
        Assert.That(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(pdf)), Is.EqualTo(sha));
        Assert.That(pdf.LongLength, Is.EqualTo(bundle.GetProperty("sizeBytes").GetInt64()));
        Assert.That(File.Exists(Path.Combine(App.DataDirectory, "bundles", sha + ".pdf")), Is.True, "kept under the data directory");

        using var document = PdfDocument.Open(pdf);
        Assert.That(document.NumberOfPages, Is.EqualTo(bundle.GetProperty("pages").GetInt32()));
        var text = string.Concat(document.GetPages().Select(p => p.Text));
        Assert.That(text, Does.Contain("FIR No. 02/2021").And.Contain("FIRST INFORMATION REPORT").And.Contain("Adv. Nighat Shafi"));
        Assert.That(text, Does.Contain($"Page {document.NumberOfPages} of {document.NumberOfPages}"));

        var record = await (await client.GetAsync($"/api/case-bundles/{id}")).ShouldBe(HttpStatusCode.OK);
        Assert.That(record.GetProperty("sha256").GetString(), Is.EqualTo(sha));
    }

    [Test]
    public async Task The_export_and_every_download_are_audited()
    {
        var bundle = await Export(Demo.ShoKashmir);
        var sho = await App.ClientFor(Demo.ShoKashmir);
        var trail = await (await sho.GetAsync($"/api/audit?entityType=CaseBundle&entityId={bundle.GetProperty("id").GetGuid()}"))
            .ShouldBe(HttpStatusCode.OK);
        Assert.That(trail.ToString(), Does.Contain("ExportCaseBundle").And.Contain(bundle.GetProperty("sha256").GetString()!));
        Assert.That(trail.ToString(), Does.Not.Contain("DownloadCaseBundle"));

        var prosecutor = await App.ClientFor(Demo.ProsecutorKashmir);
        var pdf = await prosecutor.GetAsync($"/api/case-bundles/{bundle.GetProperty("id").GetGuid()}/content");
        Assert.That(pdf.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        trail = await (await sho.GetAsync($"/api/audit?entityType=CaseBundle&entityId={bundle.GetProperty("id").GetGuid()}"))
            .ShouldBe(HttpStatusCode.OK);
        var downloads = trail.GetProperty("items").EnumerateArray().Where(r => r.GetProperty("action").GetString() == "DownloadCaseBundle").ToList();
        Assert.That(downloads, Has.Count.EqualTo(1), "the download is on the record");
        Assert.That(downloads[0].GetProperty("userName").GetString(), Is.EqualTo(Demo.ProsecutorKashmir));
    }

    [Test]
    public async Task Two_exports_of_an_unchanged_case_have_the_same_hash()
    {
        var first = await Export();
        var second = await Export();
        Assert.That(second.GetProperty("id").GetGuid(), Is.Not.EqualTo(first.GetProperty("id").GetGuid()), "each export is its own record");
        Assert.That(second.GetProperty("sha256").GetString(), Is.EqualTo(first.GetProperty("sha256").GetString()));
    }

    [Test]
    public async Task Another_station_gets_404_for_the_case_and_for_the_bundle()
    {
        var bundle = await Export();
        var io = await App.ClientFor(Demo.IoJammu);
        await (await io.PostAsync($"/api/firs/{Demo.FoundingFirId}/case-bundle", null)).ShouldBe(HttpStatusCode.NotFound, "Fir.NotFound");
        await (await io.GetAsync($"/api/case-bundles/{bundle.GetProperty("id").GetGuid()}/content")).ShouldBe(HttpStatusCode.NotFound, "CaseBundle.NotFound");
    }

    [Test]
    public async Task The_malkhana_in_charge_and_an_IO_of_another_case_may_not_export()
    {
        var malkhana = await App.ClientFor(Demo.MalkhanaKashmir);
        await (await malkhana.PostAsync($"/api/firs/{Demo.FoundingFirId}/case-bundle", null)).ShouldBe(HttpStatusCode.Forbidden);
        var otherIo = await App.ClientFor(Demo.Io2Kashmir);
        await (await otherIo.PostAsync($"/api/firs/{Demo.FoundingFirId}/case-bundle", null)).ShouldBe(HttpStatusCode.Forbidden);
        var io = await App.ClientFor(Demo.IoKashmir);
        await (await io.PostAsync($"/api/firs/{Demo.FoundingFirId}/case-bundle", null)).ShouldBe(HttpStatusCode.Created);
    }

    [Test]
    public async Task A_missing_volume_is_404_and_a_bad_volume_400()
    {
        var bundle = await Export();
        var client = await App.ClientFor(Demo.ProsecutorKashmir);
        var id = bundle.GetProperty("id").GetGuid();
        await (await client.GetAsync($"/api/case-bundles/{id}/content?volume=2")).ShouldBe(HttpStatusCode.NotFound);
        await (await client.GetAsync($"/api/case-bundles/{id}/content?volume=0")).ShouldBe(HttpStatusCode.BadRequest, "Validation.Failed");
        await (await client.GetAsync($"/api/case-bundles/{id}/content?volume=x")).ShouldBe(HttpStatusCode.BadRequest);
    }

    [Test]
    public async Task A_stored_bundle_that_was_altered_is_not_served()
    {
        var bundle = await Export(Demo.IoKashmir);
        var sha = bundle.GetProperty("sha256").GetString()!;
        var path = Path.Combine(App.DataDirectory, "bundles", sha + ".pdf");
        var original = await File.ReadAllBytesAsync(path);
        try
        {
            var altered = (byte[])original.Clone();
            altered[^10] ^= 0x20;
            await File.WriteAllBytesAsync(path, altered);
            var client = await App.ClientFor(Demo.IoKashmir);
            await (await client.GetAsync($"/api/case-bundles/{bundle.GetProperty("id").GetGuid()}/content"))
                .ShouldBe(HttpStatusCode.Conflict, "CaseBundle.FileIntegrityFailure");
        }
        finally
        {
            await File.WriteAllBytesAsync(path, original);
        }
    }
}
