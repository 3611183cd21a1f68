using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json;
using CyberCase.Api.Tests.Infrastructure;
using CyberCase.Api.Tests.Investigation;
using Microsoft.EntityFrameworkCore;
using UglyToad.PdfPig;
using static CyberCase.Api.Tests.Evidence.EvidenceUploads;

namespace CyberCase.Api.Tests.Evidence;

public sealed class EvidenceIntegrityTests : ApiTest
{
    /// <summary>What someone with access to the disk could do: flip one bit of the stored file.</summary>
    private void FlipOneByte(string sha256, long position)
    {
        var path = App.StoredPath(sha256);
        if (!OperatingSystem.IsWindows())
        {
            // The store keeps evidence read-only; an attacker with the disk changes that first.
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }

        using var file = new FileStream(path, FileMode.Open, FileAccess.ReadWrite);
        file.Position = position;
        var b = file.ReadByte();
        file.Position = position;
        file.WriteByte((byte)(b ^ 0x01));
    }

    private Task<List<Domain.Audit.AuditRecord>> IntegrityAlarms(Guid evidenceId)
    {
        var id = evidenceId.ToString();
        return App.WithDb(db => db.AuditRecords
            .Where(a => a.Action == "Evidence.IntegrityFailure" && a.EntityId == id).OrderBy(a => a.Sequence).ToListAsync());
    }

    [Test]
    public async Task A_tampered_file_answers_409_at_download_is_reported_by_verify_and_is_audited()
    {
        var firId = await App.NewFir();
        var io = await App.ClientFor(Demo.IoKashmir);
        var sho = await App.ClientFor(Demo.ShoKashmir);
        var video = new byte[200_000];
        Random.Shared.NextBytes(video);
        "\0\0\0\u0020ftypisom"u8.CopyTo(video);
        var good = await (await io.Upload(firId, Png(), "seal.png")).ShouldBe(HttpStatusCode.Created);
        var tampered = await (await io.Upload(firId, video, "search-video.mp4")).ShouldBe(HttpStatusCode.Created);
        var sha = tampered.GetProperty("sha256").GetString()!;
        Assert.That(tampered.GetProperty("mediaType").GetString(), Is.EqualTo("video/mp4"));

        FlipOneByte(sha, 150_000);

        var download = await io.GetAsync($"/api/evidence/{tampered.Id()}/content");
        var problem = await download.ShouldBe(HttpStatusCode.Conflict, "Evidence.IntegrityFailure");
        Assert.That(download.Headers.Contains("Repr-Digest"), Is.False);
        Assert.That(problem.GetProperty("detail").GetString(), Does.Contain("no longer matches"));
        var alarms = await IntegrityAlarms(tampered.Id());
        Assert.That(alarms, Has.Count.EqualTo(1), "the refusal is audited even though the request failed");
        Assert.That(alarms[0].UserName, Is.EqualTo(Demo.IoKashmir));
        var details = JsonDocument.Parse(alarms[0].Changes).RootElement;
        Assert.That(details.GetProperty("expected").GetString(), Is.EqualTo(sha));
        Assert.That(details.GetProperty("actual").GetString(), Is.Not.EqualTo(sha).And.Length.EqualTo(64));
        Assert.That(details.GetProperty("detectedBy").GetString(), Is.EqualTo("Download"));

        // The untouched file of the same case still downloads.
        Assert.That((await io.GetAsync($"/api/evidence/{good.Id()}/content")).StatusCode, Is.EqualTo(HttpStatusCode.OK));

        var report = await (await sho.PostAsJsonAsync("/api/evidence/verify", new { firId })).ShouldBe(HttpStatusCode.OK);
        Assert.That(report.GetProperty("total").GetInt32(), Is.EqualTo(2));
        Assert.That(report.GetProperty("passed").GetInt32(), Is.EqualTo(1));
        Assert.That(report.GetProperty("failed").GetInt32(), Is.EqualTo(1));
        Assert.That(report.GetProperty("ok").GetBoolean(), Is.False);
        var files = report.GetProperty("files").EnumerateArray().ToDictionary(f => f.Id());
        var bad = files[tampered.Id()];
        Assert.That(bad.GetProperty("ok").GetBoolean(), Is.False);
        Assert.That(bad.GetProperty("fileName").GetString(), Is.EqualTo("search-video.mp4"));
        Assert.That(bad.GetProperty("expected").GetString(), Is.EqualTo(sha));
        Assert.That(bad.GetProperty("actual").GetString(), Is.EqualTo(details.GetProperty("actual").GetString()));
        Assert.That(files[good.Id()].GetProperty("ok").GetBoolean(), Is.True);
        alarms = await IntegrityAlarms(tampered.Id());
        Assert.That(alarms.Select(a => JsonDocument.Parse(a.Changes).RootElement.GetProperty("detectedBy").GetString()),
            Is.EqualTo(new[] { "Download", "Verification" }));

        // The audit chain still verifies with the alarms in it.
        var admin = await App.ClientFor(Demo.Admin);
        var chain = await (await admin.GetAsync("/api/audit/verify")).ShouldBe(HttpStatusCode.OK);
        Assert.That(chain.GetProperty("valid").GetBoolean(), Is.True);
    }

    [Test]
    public async Task A_stored_file_that_has_gone_missing_is_an_integrity_failure_too()
    {
        var firId = await App.NewFir();
        var io = await App.ClientFor(Demo.IoKashmir);
        var created = await (await io.Upload(firId, Png())).ShouldBe(HttpStatusCode.Created);
        var sha = created.GetProperty("sha256").GetString()!;
        File.Delete(App.StoredPath(sha));

        await (await io.GetAsync($"/api/evidence/{created.Id()}/content")).ShouldBe(HttpStatusCode.Conflict, "Evidence.IntegrityFailure");
        var admin = await App.ClientFor(Demo.Admin);
        var report = await (await admin.PostAsJsonAsync("/api/evidence/verify", new { firId })).ShouldBe(HttpStatusCode.OK);
        var file = report.GetProperty("files").EnumerateArray().Single();
        Assert.That(file.GetProperty("ok").GetBoolean(), Is.False);
        Assert.That(file.GetProperty("actual").ValueKind, Is.EqualTo(JsonValueKind.Null));
    }

    [Test]
    public async Task Verify_reports_every_file_of_a_clean_case_as_good_and_records_that_it_ran()
    {
        var firId = await App.NewFir();
        var io = await App.ClientFor(Demo.IoKashmir);
        var first = Png();
        await (await io.Upload(firId, first)).ShouldBe(HttpStatusCode.Created);
        App.Clock.Advance(TimeSpan.FromSeconds(1));
        await (await io.Upload(firId, Png())).ShouldBe(HttpStatusCode.Created);

        var sho = await App.ClientFor(Demo.ShoKashmir);
        var report = await (await sho.PostAsJsonAsync("/api/evidence/verify", new { firId })).ShouldBe(HttpStatusCode.OK);
        Assert.That(report.GetProperty("firId").GetGuid(), Is.EqualTo(firId));
        Assert.That(report.GetProperty("total").GetInt32(), Is.EqualTo(2));
        Assert.That(report.GetProperty("failed").GetInt32(), Is.Zero);
        Assert.That(report.GetProperty("ok").GetBoolean(), Is.True);
        var firstResult = report.GetProperty("files")[0];
        Assert.That(firstResult.GetProperty("expected").GetString(), Is.EqualTo(Convert.ToHexStringLower(SHA256.HashData(first))));
        Assert.That(firstResult.GetProperty("actual").GetString(), Is.EqualTo(firstResult.GetProperty("expected").GetString()));

        var id = firId.ToString();
        var ran = await App.WithDb(db => db.AuditRecords.CountAsync(a => a.Action == "Evidence.CaseVerified" && a.EntityId == id));
        Assert.That(ran, Is.EqualTo(1));
    }

    [Test]
    public async Task Verify_is_for_the_SHO_and_the_admin_of_the_station_and_needs_a_case()
    {
        var io = await App.ClientFor(Demo.IoKashmir);
        await (await io.PostAsJsonAsync("/api/evidence/verify", new { firId = Demo.FoundingFirId })).ShouldBe(HttpStatusCode.Forbidden);
        var prosecutor = await App.ClientFor(Demo.ProsecutorKashmir);
        await (await prosecutor.PostAsJsonAsync("/api/evidence/verify", new { firId = Demo.FoundingFirId })).ShouldBe(HttpStatusCode.Forbidden);

        var sho = await App.ClientFor(Demo.ShoKashmir);
        var problem = await (await sho.PostAsJsonAsync("/api/evidence/verify", new { })).ShouldBe(HttpStatusCode.BadRequest, "Validation.Failed");
        Assert.That(problem.FieldErrors(), Is.EqualTo(new[] { "firId" }));
        await (await sho.PostAsJsonAsync("/api/evidence/verify", new { firId = Demo.JammuFirId })).ShouldBe(HttpStatusCode.NotFound, "Fir.NotFound");
    }

    [Test]
    public async Task The_founding_case_has_its_seeded_memo_and_photo_with_real_hashes()
    {
        var prosecutor = await App.ClientFor(Demo.ProsecutorKashmir);
        var files = await (await prosecutor.GetAsync($"/api/firs/{Demo.FoundingFirId}/evidence")).ShouldBe(HttpStatusCode.OK);
        var demo = global::CyberCase.Infrastructure.Seeding.Demo.DemoEvidence.All();
        var seeded = files.EnumerateArray().Where(f => f.GetProperty("uploadedAt").GetDateTimeOffset().Year == 2021).ToList();
        Assert.That(seeded.Select(f => f.Id()), Is.EquivalentTo(demo.Select(d => d.Id)));
        Assert.That(seeded.Select(f => f.GetProperty("mediaType").GetString()).Distinct(), Is.EquivalentTo(new[] { "application/pdf", "image/png" }));
        // Scanned memos on the seizure memos, an FSL report and a seal photo on exhibits, a photo on a raid, two on the FIR.
        Assert.That(seeded.Select(f => f.GetProperty("ownerType").GetString()).Distinct(),
            Is.EquivalentTo(new[] { "Fir", "SeizureMemo", "Exhibit", "Raid" }));

        foreach (var file in seeded)
        {
            var bytes = await prosecutor.GetByteArrayAsync($"/api/evidence/{file.Id()}/content");
            Assert.That(Convert.ToHexStringLower(SHA256.HashData(bytes)), Is.EqualTo(file.GetProperty("sha256").GetString()));
            Assert.That(bytes.LongLength, Is.EqualTo(file.GetProperty("size").GetInt64()));
            // Deterministic: what was stored is what the generator makes on every run, under the same id.
            Assert.That(bytes, Is.EqualTo(global::CyberCase.Infrastructure.Seeding.Demo.DemoEvidence.All().Single(d => d.Id == file.Id()).Content));
            if (file.GetProperty("mediaType").GetString() == "application/pdf")
            {
                using var pdf = PdfDocument.Open(bytes);
                Assert.That(pdf.NumberOfPages, Is.EqualTo(1));
                Assert.That(pdf.GetPage(1).Text, Does.Contain("FIR 02/2021"));
            }
            else
            {
                Assert.That(bytes.Take(8), Is.EqualTo(PngSignature));
            }
        }

    }
}
