using System.Net;
using System.Security.Cryptography;
using CyberCase.Api.Tests.Infrastructure;
using CyberCase.Infrastructure.Evidence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static CyberCase.Api.Tests.Evidence.EvidenceUploads;

namespace CyberCase.Api.Tests.Evidence;

/// <summary>
/// Resumable evidence uploads over tus 1.0.0 (core, creation, checksum, termination): the file is hashed as it
/// arrives, a broken chunk keeps what arrived, and the last chunk records the file exactly as the multipart upload does.
/// </summary>
public sealed class ResumableUploadTests : ApiTest
{
    protected override Dictionary<string, string?> Settings => new() { ["Evidence:MaxFileSizeBytes"] = (64L << 20).ToString() };

    private Task<int> RecordCount() => App.WithDb(db => db.EvidenceFiles.CountAsync());

    [Test]
    public async Task Chunks_sent_in_order_make_one_evidence_file_with_the_files_SHA256_recorded_and_audited_as_a_multipart_upload()
    {
        var io = await App.ClientFor(Demo.IoKashmir);
        var bytes = Png(3 * 1024 * 1024 + 17);
        var url = await io.Created(bytes.Length, fileName: "search-video.png");
        Assert.That(await io.Offset(url), Is.Zero);

        var offset = 0;
        HttpResponseMessage last = null!;
        foreach (var size in new[] { 1 << 20, 1 << 20, bytes.Length - (2 << 20) })
        {
            last = await io.Patch(url, offset, bytes[offset..(offset + size)], checksum: offset == 0);
            await last.ShouldBe(HttpStatusCode.NoContent);
            offset += size;
            Assert.That(last.Header("Upload-Offset"), Is.EqualTo(offset.ToString()));
            Assert.That(await io.Offset(url), Is.EqualTo(offset));
        }

        var sha256 = Convert.ToHexStringLower(SHA256.HashData(bytes));
        Assert.That(last.Header("Evidence-Sha256"), Is.EqualTo(sha256));
        var id = Guid.Parse(last.Header("Evidence-Id"));
        var record = await (await io.GetAsync($"/api/evidence/{id}")).ShouldBe(HttpStatusCode.OK);
        Assert.That(record.GetProperty("sha256").GetString(), Is.EqualTo(sha256));
        Assert.That(record.GetProperty("size").GetInt64(), Is.EqualTo(bytes.Length));
        Assert.That(record.GetProperty("mediaType").GetString(), Is.EqualTo("image/png"));
        Assert.That(record.GetProperty("fileName").GetString(), Is.EqualTo("search-video.png"));
        Assert.That(await (await io.GetAsync($"/api/evidence/{id}/content")).Content.ReadAsByteArrayAsync(), Is.EqualTo(bytes));
        Assert.That(File.Exists(App.StoredPath(sha256)), Is.True);

        // The same audit record as a multipart upload: the use case's name, who, the hash.
        var audit = await App.WithDb(db => db.AuditRecords.Where(a => a.EntityType == "EvidenceFile" && a.EntityId == id.ToString()).ToListAsync());
        var upload = audit.Single(a => a.Action == "UploadEvidence");
        Assert.That(upload.UserName, Is.EqualTo(Demo.IoKashmir));
        Assert.That(upload.Changes, Does.Contain(sha256));

        // Finished: HEAD still answers where it stands and which evidence it became (a client whose last answer was lost).
        var head = await io.Head(url);
        Assert.That(head.Header("Upload-Offset"), Is.EqualTo(bytes.Length.ToString()));
        Assert.That(head.Header("Evidence-Id"), Is.EqualTo(id.ToString()));
        await (await io.Patch(url, bytes.Length, new byte[1])).ShouldBe(HttpStatusCode.Conflict, "Upload.OffsetMismatch");
        Assert.That(File.Exists(Path.Combine(UploadsRoot(), url.Split('/').Last(), "data")), Is.False, "the bytes moved into the store");
    }

    [Test]
    public async Task A_chunk_that_does_not_match_its_checksum_answers_460_and_is_discarded()
    {
        var io = await App.ClientFor(Demo.IoKashmir);
        var bytes = Png(300_000);
        var url = await io.Created(bytes.Length);
        await (await io.Patch(url, 0, bytes[..100_000], checksum: true)).ShouldBe(HttpStatusCode.NoContent);

        var wrong = "sha256 " + Convert.ToBase64String(SHA256.HashData(bytes[..5]));
        var response = await io.Patch(url, 100_000, new ByteArrayContent(bytes[100_000..200_000]), wrong);
        Assert.That((int)response.StatusCode, Is.EqualTo(460));
        Assert.That((await response.Json()).GetProperty("code").GetString(), Is.EqualTo("Upload.ChecksumMismatch"));
        Assert.That(await io.Offset(url), Is.EqualTo(100_000), "the offset did not move");

        // The hash carried on is the one before the bad chunk: the file still ends with the right SHA-256.
        await (await io.Patch(url, 100_000, bytes[100_000..], checksum: true)).ShouldBe(HttpStatusCode.NoContent);
        var done = await io.Head(url);
        Assert.That(done.Header("Evidence-Sha256"), Is.EqualTo(Convert.ToHexStringLower(SHA256.HashData(bytes))));

        var bad = io.Patch(url, 0, new ByteArrayContent([1]), "md5 AAAA");
        await (await bad).ShouldBe(HttpStatusCode.BadRequest, "Upload.InvalidHeader");
    }

    [Test]
    public async Task A_chunk_at_the_wrong_offset_answers_409_and_changes_nothing()
    {
        var io = await App.ClientFor(Demo.IoKashmir);
        var bytes = Png(50_000);
        var url = await io.Created(bytes.Length);
        await (await io.Patch(url, 0, bytes[..10_000])).ShouldBe(HttpStatusCode.NoContent);
        await (await io.Patch(url, 5_000, bytes[5_000..])).ShouldBe(HttpStatusCode.Conflict, "Upload.OffsetMismatch");
        await (await io.Patch(url, 20_000, bytes[20_000..])).ShouldBe(HttpStatusCode.Conflict, "Upload.OffsetMismatch");
        Assert.That(await io.Offset(url), Is.EqualTo(10_000));
        await (await io.Patch(url, 10_000, bytes[10_000..])).ShouldBe(HttpStatusCode.NoContent);
    }

    [Test]
    public async Task Protocol_errors_are_answered_before_anything_is_written()
    {
        var io = await App.ClientFor(Demo.IoKashmir);
        var noVersion = new HttpRequestMessage(HttpMethod.Post, "/api/uploads");
        noVersion.Headers.Add("Upload-Length", "10");
        var refused = await io.SendAsync(noVersion);
        await refused.ShouldBe(HttpStatusCode.PreconditionFailed, "Upload.VersionUnsupported");
        Assert.That(refused.Header("Tus-Version"), Is.EqualTo("1.0.0"));

        var noLength = Tus.Request(HttpMethod.Post, "/api/uploads");
        await (await io.SendAsync(noLength)).ShouldBe(HttpStatusCode.BadRequest, "Upload.InvalidHeader");

        var url = await io.Created(1000);
        var wrongType = Tus.Request(HttpMethod.Patch, url);
        wrongType.Headers.Add("Upload-Offset", "0");
        wrongType.Content = new ByteArrayContent(Png(1000));
        await (await io.SendAsync(wrongType)).ShouldBe(HttpStatusCode.UnsupportedMediaType, "Upload.InvalidContentType");

        await (await io.Patch(url, 0, Png(1001))).ShouldBe(HttpStatusCode.RequestEntityTooLarge, "Upload.BeyondLength");
        Assert.That(await io.Offset(url), Is.Zero);

        var options = await io.SendAsync(new HttpRequestMessage(HttpMethod.Options, "/api/uploads"));
        Assert.That(options.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
        Assert.That(options.Header("Tus-Extension"), Does.Contain("creation").And.Contain("checksum").And.Contain("termination"));
        Assert.That(options.Header("Tus-Max-Size"), Is.EqualTo((64L << 20).ToString()));
        Assert.That(options.Header("Tus-Checksum-Algorithm"), Is.EqualTo("sha256"));
    }

    [Test]
    public async Task A_file_larger_than_the_evidence_limit_is_refused_at_creation_with_413()
    {
        var io = await App.ClientFor(Demo.IoKashmir);
        await (await io.Create((64L << 20) + 1)).ShouldBe(HttpStatusCode.RequestEntityTooLarge, "Evidence.TooLarge");
        await (await io.Create(64L << 20)).ShouldBe(HttpStatusCode.Created);
    }

    [Test]
    public async Task Creation_checks_the_role_the_fields_and_the_owner_as_the_multipart_upload_does()
    {
        var prosecutor = await App.ClientFor(Demo.ProsecutorKashmir);
        await (await prosecutor.Create(1000)).ShouldBe(HttpStatusCode.Forbidden, "Access.Forbidden");
        var jammu = await App.ClientFor(Demo.IoJammu);
        await (await jammu.Create(1000)).ShouldBe(HttpStatusCode.NotFound, "Fir.NotFound");
        var io = await App.ClientFor(Demo.IoKashmir);
        var problem = await (await io.Create(1000, ownerType: "Car")).ShouldBe(HttpStatusCode.BadRequest, "Validation.Failed");
        Assert.That(problem.FieldErrors(), Is.EqualTo(new[] { "ownerType" }));
        await (await io.Create(0)).ShouldBe(HttpStatusCode.BadRequest, "Validation.Failed");
    }

    [Test]
    public async Task Content_of_a_type_not_allowed_is_refused_with_415_at_its_first_bytes_and_the_upload_ends()
    {
        var io = await App.ClientFor(Demo.IoKashmir);
        var elf = new byte[200_000];
        Random.Shared.NextBytes(elf);
        new byte[] { 0x7F, (byte)'E', (byte)'L', (byte)'F' }.CopyTo(elf, 0);
        var url = await io.Created(elf.Length, fileName: "tool.png");
        await (await io.Patch(url, 0, elf[..8192])).ShouldBe(HttpStatusCode.UnsupportedMediaType, "Evidence.UnsupportedMediaType");
        Assert.That((await io.Head(url)).StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
    }

    [Test]
    public async Task Another_officer_or_station_gets_404_for_an_upload_and_cannot_touch_it()
    {
        var io = await App.ClientFor(Demo.IoKashmir);
        var bytes = Png(20_000);
        var url = await io.Created(bytes.Length);
        await (await io.Patch(url, 0, bytes[..5_000])).ShouldBe(HttpStatusCode.NoContent);

        foreach (var other in new[] { Demo.Io2Kashmir, Demo.ShoKashmir, Demo.IoJammu })
        {
            var client = await App.ClientFor(other);
            Assert.That((await client.Head(url)).StatusCode, Is.EqualTo(HttpStatusCode.NotFound), other);
            await (await client.Patch(url, 5_000, bytes[5_000..])).ShouldBe(HttpStatusCode.NotFound, "Upload.NotFound");
            await (await client.Delete(url)).ShouldBe(HttpStatusCode.NotFound, "Upload.NotFound");
        }

        Assert.That(await io.Offset(url), Is.EqualTo(5_000));
        await (await io.Patch(url, 5_000, bytes[5_000..])).ShouldBe(HttpStatusCode.NoContent);
    }

    [Test]
    public async Task Termination_removes_the_upload_and_its_bytes()
    {
        var io = await App.ClientFor(Demo.IoKashmir);
        var count = await RecordCount();
        var url = await io.Created(30_000);
        await (await io.Patch(url, 0, Png(10_000))).ShouldBe(HttpStatusCode.NoContent);
        var folder = Path.Combine(UploadsRoot(), url.Split('/').Last());
        Assert.That(Directory.Exists(folder), Is.True);

        await (await io.Delete(url)).ShouldBe(HttpStatusCode.NoContent);
        Assert.That(Directory.Exists(folder), Is.False);
        Assert.That((await io.Head(url)).StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        await (await io.Patch(url, 10_000, Png(100))).ShouldBe(HttpStatusCode.NotFound, "Upload.NotFound");
        Assert.That(await RecordCount(), Is.EqualTo(count));
    }

    [Test]
    public async Task An_officer_has_at_most_the_configured_number_of_unfinished_uploads_and_another_officer_is_not_affected()
    {
        using var app = new CyberCaseApp(new() { ["Evidence:MaxResumableUploadsPerOfficer"] = "2" });
        var sho = await app.ClientFor(Demo.ShoKashmir);
        var first = await sho.Created(1000);
        await sho.Created(1000);
        var third = await sho.Create(1000);
        await third.ShouldBe(HttpStatusCode.TooManyRequests, "Evidence.TooManyUploads");
        await (await (await app.ClientFor(Demo.IoKashmir)).Create(1000)).ShouldBe(HttpStatusCode.Created);

        // A finished or cancelled upload no longer counts.
        await (await sho.Delete(first)).ShouldBe(HttpStatusCode.NoContent);
        await (await sho.Create(1000)).ShouldBe(HttpStatusCode.Created);
    }

    [TestCase("/js/evidence-upload.js")]
    [TestCase("/lib/tus-js-client/tus.min.js")]
    public async Task The_page_scripts_are_served_without_a_sign_in(string path)
    {
        var response = await App.CreateClient().GetAsync(path);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("text/javascript"));
    }

    private string UploadsRoot() => Path.Combine(App.EvidenceRoot(), ".uploads");
}

/// <summary>Abandoned uploads go after <c>Evidence:ResumableUploadExpiryHours</c> (the clock moves; tokens live long enough).</summary>
public sealed class ResumableUploadExpiryTests : ApiTest
{
    protected override Dictionary<string, string?> Settings => new() { ["Jwt:LifetimeMinutes"] = "3000" };

    [Test]
    public async Task An_abandoned_upload_expires_after_the_configured_hours_and_is_swept_away()
    {
        var io = await App.ClientFor(Demo.IoKashmir);
        var url = await io.Created(30_000);
        await (await io.Patch(url, 0, Png(10_000))).ShouldBe(HttpStatusCode.NoContent);
        var folder = Path.Combine(UploadsRoot(), url.Split('/').Last());

        App.Clock.Advance(TimeSpan.FromHours(23));
        Assert.That(await io.Offset(url), Is.EqualTo(10_000), "a day has not passed since its last chunk");
        App.Clock.Advance(TimeSpan.FromHours(1));
        Assert.That((await io.Head(url)).StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(Directory.Exists(folder), Is.True, "not swept yet");
        // Swept when an upload is created (and at start-up).
        App.Clock.Advance(TimeSpan.FromMinutes(1));
        var fresh = await io.Created(1000);
        Assert.That(Directory.Exists(folder), Is.False);
        await io.Delete(fresh);
    }

    private string UploadsRoot() => Path.Combine(App.EvidenceRoot(), ".uploads");
}

/// <summary>Uploads cut off mid-chunk, over real connections (Kestrel), and across a restart of the process.</summary>
public sealed class ResumableUploadInterruptionTests
{
    [Test]
    public async Task A_200_MB_file_interrupted_ten_times_finishes_with_the_right_SHA256()
    {
        // 200 MB here; the 2 GB case runs as the tus-upload benchmark (it would take minutes on this machine).
        using var app = new CyberCaseApp(new() { ["Evidence:MinUploadBytesPerSecond"] = "0" }, kestrel: true);
        var io = await app.ClientFor(Demo.IoKashmir);
        var file = new GeneratedFile(200L << 20);
        var url = await io.Created(file.Length, fileName: "body-camera.png");

        long offset = 0;
        for (var drop = 1; drop <= 10; drop++)
        {
            // Each attempt announces the rest of the file and dies a tenth of the way further on.
            var target = file.Length * drop / 11;
            await using var content = file.OpenAt(offset);
            await Tus.PatchAndDrop(app, io, url, offset, content, file.Length - offset, target - offset);
            var now = await io.Offset(url);
            Assert.That(now, Is.InRange(offset, target), $"drop {drop}");
            offset = now;
        }

        Assert.That(offset, Is.GreaterThan(0), "the interrupted chunks kept what arrived");
        await using (var rest = file.OpenAt(offset))
        {
            var last = await io.Patch(url, offset, new StreamContent(rest, 1 << 20) { Headers = { ContentLength = file.Length - offset } });
            await last.ShouldBe(HttpStatusCode.NoContent);
            Assert.That(last.Header("Evidence-Sha256"), Is.EqualTo(file.Sha256()));
        }

        var uploads = app.Services.GetRequiredService<ResumableUploads>();
        Assert.That(uploads.BytesRehashed, Is.Zero, "within one process the hash state was carried, never rebuilt");
    }

    [Test]
    public async Task An_upload_resumes_after_the_server_restarts_and_finishes_with_the_right_SHA256()
    {
        // The folder's owner is never started: two hosts run on it one after the other, as a restarted process would.
        using var folder = new CyberCaseApp();
        var bytes = Png(12 << 20);
        const int firstPart = 5 << 20;
        string url;
        using (var first = new CyberCaseApp(sharedWith: folder))
        {
            var io = await first.ClientFor(Demo.IoKashmir);
            url = await io.Created(bytes.Length, fileName: "restart.png");
            await (await io.Patch(url, 0, bytes[..firstPart])).ShouldBe(HttpStatusCode.NoContent);
        }

        using var second = new CyberCaseApp(sharedWith: folder);
        var again = await second.ClientFor(Demo.IoKashmir);
        Assert.That(await again.Offset(url), Is.EqualTo(firstPart), "the upload survived the restart");
        var last = await again.Patch(url, firstPart, bytes[firstPart..]);
        await last.ShouldBe(HttpStatusCode.NoContent);
        Assert.That(last.Header("Evidence-Sha256"), Is.EqualTo(Convert.ToHexStringLower(SHA256.HashData(bytes))));
        Assert.That(second.Services.GetRequiredService<ResumableUploads>().BytesRehashed, Is.EqualTo(firstPart),
            "the new process hashed the stored prefix once, then the rest as it arrived");

        // The one-request staging is emptied at start-up; resumable uploads are not (only expired ones go).
        Assert.That(Directory.Exists(Path.Combine(second.EvidenceRoot(), ".uploads")), Is.True);
    }
}
