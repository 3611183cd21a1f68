using System.Net;
using System.Security.Cryptography;
using CyberCase.Api.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static CyberCase.Api.Tests.Evidence.EvidenceUploads;

namespace CyberCase.Api.Tests.Evidence;

public sealed class EvidenceUploadTests
{
    private CyberCaseApp _app = null!;

    [OneTimeSetUp]
    public void Start() => _app = new CyberCaseApp();

    [OneTimeTearDown]
    public void Stop() => _app.Dispose();

    private Task<int> RecordCount() => _app.WithDb(db => db.EvidenceFiles.CountAsync());

    [Test]
    public async Task An_upload_is_hashed_on_the_server_and_downloads_byte_for_byte()
    {
        var io = await _app.ClientFor(Demo.IoKashmir);
        var bytes = Png(3 * 1024 * 1024 + 17);   // several buffers' worth
        var expected = Convert.ToHexStringLower(SHA256.HashData(bytes));

        var response = await io.Upload(Demo.FoundingFirId, bytes, "search-photo.png", "Photo of the search at Natipora");
        var created = await response.ShouldBe(HttpStatusCode.Created);
        Assert.That(created.GetProperty("sha256").GetString(), Is.EqualTo(expected));
        Assert.That(created.GetProperty("size").GetInt64(), Is.EqualTo(bytes.Length));
        Assert.That(created.GetProperty("mediaType").GetString(), Is.EqualTo("image/png"), "detected, not the claimed octet-stream");
        Assert.That(created.GetProperty("fileName").GetString(), Is.EqualTo("search-photo.png"));
        Assert.That(created.GetProperty("ownerType").GetString(), Is.EqualTo("Fir"));
        Assert.That(created.GetProperty("ownerId").GetGuid(), Is.EqualTo(Demo.FoundingFirId));
        Assert.That(created.GetProperty("firId").GetGuid(), Is.EqualTo(Demo.FoundingFirId));
        Assert.That(created.GetProperty("description").GetString(), Is.EqualTo("Photo of the search at Natipora"));
        Assert.That(created.GetProperty("uploadedBy").GetProperty("id").GetGuid(), Is.EqualTo(Demo.OfficerId(Demo.IoKashmir)));
        Assert.That(created.GetProperty("withdrawn").GetBoolean(), Is.False);
        Assert.That(response.Headers.Location?.ToString(), Is.EqualTo($"/api/evidence/{created.Id()}"));
        Assert.That(File.Exists(_app.StoredPath(expected)), Is.True, "stored under its hash");

        var record = await (await io.GetAsync(response.Headers.Location)).ShouldBe(HttpStatusCode.OK);
        Assert.That(record.GetProperty("sha256").GetString(), Is.EqualTo(expected));

        var prosecutor = await _app.ClientFor(Demo.ProsecutorKashmir);
        var download = await prosecutor.GetAsync($"/api/evidence/{created.Id()}/content");
        Assert.That(download.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(await download.Content.ReadAsByteArrayAsync(), Is.EqualTo(bytes));
        Assert.That(download.Content.Headers.ContentType?.MediaType, Is.EqualTo("image/png"));
        Assert.That(download.Content.Headers.ContentDisposition?.FileNameStar ?? download.Content.Headers.ContentDisposition?.FileName,
            Is.EqualTo("search-photo.png"));
        Assert.That(download.Headers.GetValues("Repr-Digest").Single(),
            Is.EqualTo($"sha-256=:{Convert.ToBase64String(SHA256.HashData(bytes))}:"));
    }

    [Test]
    public async Task The_media_type_comes_from_the_bytes_not_from_the_name_or_the_claimed_type()
    {
        var io = await _app.ClientFor(Demo.IoKashmir);
        var pdf = "%PDF-1.4\n% statement of the complainant\n"u8.ToArray().Concat(Guid.NewGuid().ToByteArray()).ToArray();
        var created = await (await io.PostAsync("/api/evidence",
            Form("Fir", Demo.FoundingFirId, Bytes(pdf, "image/jpeg"), "photo.jpg"))).ShouldBe(HttpStatusCode.Created);
        Assert.That(created.GetProperty("mediaType").GetString(), Is.EqualTo("application/pdf"));
    }

    [Test]
    public async Task Identical_content_is_stored_once_but_recorded_for_each_upload()
    {
        var io = await _app.ClientFor(Demo.IoKashmir);
        var bytes = Png();
        var first = await (await io.Upload(Demo.FoundingFirId, bytes, "a.png")).ShouldBe(HttpStatusCode.Created);
        var second = await (await io.Upload(Demo.FoundingFirId, bytes, "b.png")).ShouldBe(HttpStatusCode.Created);
        Assert.That(second.Id(), Is.Not.EqualTo(first.Id()));
        var sha = first.GetProperty("sha256").GetString()!;
        Assert.That(second.GetProperty("sha256").GetString(), Is.EqualTo(sha));
        Assert.That(_app.EvidenceFiles().Count(f => Path.GetFileName(f) == sha), Is.EqualTo(1));
    }

    [Test]
    public async Task The_upload_is_audited_with_who_and_the_hash()
    {
        var io = await _app.ClientFor(Demo.IoKashmir);
        var created = await (await io.Upload(Demo.FoundingFirId, Png())).ShouldBe(HttpStatusCode.Created);
        var id = created.Id().ToString();
        var audit = await _app.WithDb(db => db.AuditRecords.Where(a => a.EntityType == "EvidenceFile" && a.EntityId == id).ToListAsync());
        Assert.That(audit.Select(a => a.Action), Is.EqualTo(new[] { "UploadEvidence" }));
        Assert.That(audit[0].UserName, Is.EqualTo(Demo.IoKashmir));
        Assert.That(audit[0].Changes, Does.Contain(created.GetProperty("sha256").GetString()));
    }

    [TestCase(Demo.ProsecutorKashmir)]
    [TestCase(Demo.MalkhanaKashmir)]
    [TestCase(Demo.Admin)]
    public async Task Only_the_IO_and_the_SHO_attach_files_to_an_FIR(string user)
    {
        var before = _app.EvidenceFiles();
        var client = await _app.ClientFor(user);
        await (await client.Upload(Demo.FoundingFirId, Png())).ShouldBe(HttpStatusCode.Forbidden, "Access.Forbidden");
        Assert.That(_app.EvidenceFiles(), Is.EquivalentTo(before));
    }

    [Test]
    public async Task The_SHO_attaches_files_too()
    {
        var sho = await _app.ClientFor(Demo.ShoKashmir);
        await (await sho.Upload(Demo.FoundingFirId, Png())).ShouldBe(HttpStatusCode.Created);
    }

    [Test]
    public async Task Another_stations_FIR_answers_404_and_nothing_is_stored()
    {
        var before = _app.EvidenceFiles();
        var count = await RecordCount();
        var jammu = await _app.ClientFor(Demo.IoJammu);
        await (await jammu.Upload(Demo.FoundingFirId, Png())).ShouldBe(HttpStatusCode.NotFound, "Fir.NotFound");
        var kashmir = await _app.ClientFor(Demo.IoKashmir);
        await (await kashmir.Upload(Guid.NewGuid(), Png())).ShouldBe(HttpStatusCode.NotFound, "Fir.NotFound");
        Assert.That(_app.EvidenceFiles(), Is.EquivalentTo(before));
        Assert.That(await RecordCount(), Is.EqualTo(count));
    }

    [TestCase("Raid", "Raid.NotFound")]
    [TestCase("SeizureMemo", "SeizureMemo.NotFound")]
    [TestCase("Accused", "Accused.NotFound")]
    public async Task Owner_types_without_records_yet_answer_404(string ownerType, string code)
    {
        var io = await _app.ClientFor(Demo.IoKashmir);
        await (await io.PostAsync("/api/evidence", Form(ownerType, Guid.NewGuid(), Bytes(Png())))).ShouldBe(HttpStatusCode.NotFound, code);
    }

    [Test]
    public async Task Missing_or_invalid_fields_answer_400_with_the_fields_named()
    {
        var io = await _app.ClientFor(Demo.IoKashmir);
        var before = _app.EvidenceFiles();

        var problem = await (await io.PostAsync("/api/evidence", Form(null, null, Bytes(Png()))))
            .ShouldBe(HttpStatusCode.BadRequest, "Validation.Failed");
        Assert.That(problem.FieldErrors(), Is.EquivalentTo(new[] { "ownerType", "ownerId" }));

        problem = await (await io.PostAsync("/api/evidence", Form("Car", "not-an-id", Bytes(Png()))))
            .ShouldBe(HttpStatusCode.BadRequest, "Validation.Failed");
        Assert.That(problem.FieldErrors(), Is.EquivalentTo(new[] { "ownerType", "ownerId" }));

        problem = await (await io.PostAsync("/api/evidence", Form("1", Guid.Empty, Bytes(Png()))))
            .ShouldBe(HttpStatusCode.BadRequest, "Validation.Failed");
        Assert.That(problem.FieldErrors(), Is.EquivalentTo(new[] { "ownerType", "ownerId" }));

        problem = await (await io.PostAsync("/api/evidence", Form("Fir", Demo.FoundingFirId, null, description: "no file")))
            .ShouldBe(HttpStatusCode.BadRequest, "Validation.Failed");
        Assert.That(problem.FieldErrors(), Is.EquivalentTo(new[] { "file" }));

        problem = await (await io.PostAsync("/api/evidence", Form("Fir", Demo.FoundingFirId, Bytes([]))))
            .ShouldBe(HttpStatusCode.BadRequest, "Validation.Failed");
        Assert.That(problem.FieldErrors(), Is.EquivalentTo(new[] { "file" }), "an empty file");

        problem = await (await io.PostAsync("/api/evidence", Form("Fir", Demo.FoundingFirId, Bytes(Png()), description: new string('x', 2001))))
            .ShouldBe(HttpStatusCode.BadRequest, "Validation.Failed");
        Assert.That(problem.FieldErrors(), Is.EquivalentTo(new[] { "description" }));

        Assert.That(_app.EvidenceFiles(), Is.EquivalentTo(before));
    }

    [Test]
    public async Task Fields_sent_after_the_file_are_not_read_and_the_answer_says_so()
    {
        var io = await _app.ClientFor(Demo.IoKashmir);
        var form = new MultipartFormDataContent
        {
            { Bytes(Png()), "file", "photo.png" },
            { new StringContent("Fir"), "ownerType" },
            { new StringContent(Demo.FoundingFirId.ToString()), "ownerId" },
        };
        var problem = await (await io.PostAsync("/api/evidence", form)).ShouldBe(HttpStatusCode.BadRequest, "Validation.Failed");
        Assert.That(problem.FieldErrors(), Is.EquivalentTo(new[] { "ownerType", "ownerId" }));
        Assert.That(problem.GetProperty("errors").GetProperty("ownerType")[0].GetString(), Does.Contain("before the file"));
    }

    [Test]
    public async Task A_body_that_is_not_multipart_is_refused()
    {
        var io = await _app.ClientFor(Demo.IoKashmir);
        var response = await io.PostAsync("/api/evidence", Bytes(Png(), "image/png"));
        await response.ShouldBe(HttpStatusCode.UnsupportedMediaType);
    }

    [TestCase(new byte[] { 0x7F, (byte)'E', (byte)'L', (byte)'F', 2, 1, 1, 0 }, "tool.png", TestName = "An ELF executable named .png")]
    [TestCase(new byte[] { (byte)'M', (byte)'Z', 0x90, 0, 3, 0, 0, 0 }, "report.pdf", TestName = "A Windows executable named .pdf")]
    [TestCase(new byte[] { 0x00, 0x13, 0x37, 0xC0, 0xFF, 0xEE, 0x01, 0x02 }, "capture.mp4", TestName = "Random bytes named .mp4")]
    public async Task Content_of_a_type_not_on_the_allow_list_answers_415_and_leaves_nothing(byte[] head, string name)
    {
        var io = await _app.ClientFor(Demo.IoKashmir);
        var before = _app.EvidenceFiles();
        var count = await RecordCount();
        var bytes = new byte[50_000];
        Random.Shared.NextBytes(bytes);
        head.CopyTo(bytes, 0);
        await (await io.PostAsync("/api/evidence", Form("Fir", Demo.FoundingFirId, Bytes(bytes, "image/png"), name)))
            .ShouldBe(HttpStatusCode.UnsupportedMediaType, "Evidence.UnsupportedMediaType");
        Assert.That(_app.EvidenceFiles(), Is.EquivalentTo(before));
        Assert.That(await RecordCount(), Is.EqualTo(count));
    }

    [Test]
    public async Task An_upload_that_breaks_off_halfway_leaves_no_file_and_no_record()
    {
        var io = await _app.ClientFor(Demo.IoKashmir);
        var before = _app.EvidenceFiles();
        var count = await RecordCount();

        var file = new StreamContent(new BreaksOffStream(Png(3 * 1024 * 1024), breakAfter: 2 * 1024 * 1024));
        file.Headers.ContentType = new("image/png");
        HttpResponseMessage? response = null;
        try
        {
            response = await io.PostAsync("/api/evidence", Form("Fir", Demo.FoundingFirId, file));
        }
        catch (HttpRequestException)
        {
            // The client side may see the failure of its own stream instead of an answer; both are fine.
        }
        catch (IOException)
        {
        }

        if (response is not null)
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest), await response.Content.ReadAsStringAsync());
        }

        // The server may finish cleaning up just after the client gave up.
        for (var i = 0; i < 50 && !_app.EvidenceFiles().SetEquals(before); i++)
        {
            await Task.Delay(100);
        }

        Assert.That(_app.EvidenceFiles(), Is.EquivalentTo(before), "no partial file, in staging or in the store");
        Assert.That(await RecordCount(), Is.EqualTo(count));
    }

    [Test]
    public async Task Everything_needs_a_signed_in_officer()
    {
        var anonymous = _app.CreateClient();
        await (await anonymous.Upload(Demo.FoundingFirId, Png())).ShouldBe(HttpStatusCode.Unauthorized, "Auth.Required");
        await (await anonymous.GetAsync($"/api/evidence/{Guid.NewGuid()}/content")).ShouldBe(HttpStatusCode.Unauthorized);
    }

    /// <summary>Yields its bytes up to a point, then fails as a dropped connection would.</summary>
    private sealed class BreaksOffStream(byte[] bytes, int breakAfter) : MemoryStream(bytes)
    {
        public override int Read(byte[] buffer, int offset, int count) => Position >= breakAfter
            ? throw new IOException("The connection was reset.")
            : base.Read(buffer, offset, (int)Math.Min(count, breakAfter - Position));

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            Task.FromResult(Read(buffer, offset, count));

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            var array = new byte[buffer.Length];
            var n = Read(array, 0, array.Length);
            array.AsSpan(0, n).CopyTo(buffer.Span);
            return ValueTask.FromResult(n);
        }

        public override Task CopyToAsync(Stream destination, int bufferSize, CancellationToken cancellationToken) =>
            CopyInChunks(destination, cancellationToken);

        private async Task CopyInChunks(Stream destination, CancellationToken ct)
        {
            var buffer = new byte[64 * 1024];
            int n;
            while ((n = Read(buffer, 0, buffer.Length)) > 0)
            {
                await destination.WriteAsync(buffer.AsMemory(0, n), ct);
                await destination.FlushAsync(ct);
            }
        }
    }
}
