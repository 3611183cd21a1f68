using System.Net;
using System.Security.Cryptography;
using System.Net.Http.Headers;
using CyberCase.Api.Tests.Infrastructure;
using CyberCase.Api.Tests.Investigation;
using CyberCase.Application.Evidence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static CyberCase.Api.Tests.Evidence.EvidenceUploads;

namespace CyberCase.Api.Tests.Evidence;

public sealed class EvidenceUploadTests : ApiTest
{
    private Task<int> RecordCount() => App.WithDb(db => db.EvidenceFiles.CountAsync());

    [Test]
    public async Task An_upload_is_hashed_on_the_server_and_downloads_byte_for_byte()
    {
        var io = await App.ClientFor(Demo.IoKashmir);
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
        Assert.That(File.Exists(App.StoredPath(expected)), Is.True, "stored under its hash");

        var record = await (await io.GetAsync(response.Headers.Location)).ShouldBe(HttpStatusCode.OK);
        Assert.That(record.GetProperty("sha256").GetString(), Is.EqualTo(expected));

        var prosecutor = await App.ClientFor(Demo.ProsecutorKashmir);
        var download = await prosecutor.GetAsync($"/api/evidence/{created.Id()}/content");
        Assert.That(download.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(await download.Content.ReadAsByteArrayAsync(), Is.EqualTo(bytes));
        Assert.That(download.Content.Headers.ContentType?.MediaType, Is.EqualTo("image/png"));
        Assert.That(download.Content.Headers.ContentDisposition?.FileNameStar ?? download.Content.Headers.ContentDisposition?.FileName,
            Is.EqualTo("search-photo.png"));
        Assert.That(download.Headers.GetValues("Repr-Digest").Single(),
            Is.EqualTo($"sha-256=:{Convert.ToBase64String(SHA256.HashData(bytes))}:"));

        // Every copy served is on the record: who took it, and which bytes.
        var sho = await App.ClientFor(Demo.ShoKashmir);
        var trail = await (await sho.GetAsync($"/api/audit?entityType=EvidenceFile&entityId={created.Id()}")).ShouldBe(HttpStatusCode.OK);
        var downloads = trail.GetProperty("items").EnumerateArray().Where(r => r.GetProperty("action").GetString() == "DownloadEvidence").ToList();
        Assert.That(downloads, Has.Count.EqualTo(1));
        Assert.That(downloads[0].GetProperty("userName").GetString(), Is.EqualTo(Demo.ProsecutorKashmir));
        Assert.That(downloads[0].ToString(), Does.Contain(expected));
    }

    [Test]
    public async Task The_same_bytes_uploaded_twice_make_two_records_and_one_stored_file()
    {
        // Content-addressed: the second upload is received, hashed and recorded like the first, and its staged copy
        // is dropped (after the database transaction) instead of moved into place.
        var io = await App.ClientFor(Demo.IoKashmir);
        var bytes = Png((2 * 1024 * 1024) + 5);
        var hash = Convert.ToHexStringLower(SHA256.HashData(bytes));
        var first = await (await io.Upload(Demo.FoundingFirId, bytes, "first.png", "First copy")).ShouldBe(HttpStatusCode.Created);
        var second = await (await io.Upload(Demo.FoundingFirId, bytes, "second.png", "Second copy")).ShouldBe(HttpStatusCode.Created);

        Assert.That(second.Id(), Is.Not.EqualTo(first.Id()));
        Assert.That(second.GetProperty("sha256").GetString(), Is.EqualTo(hash));
        Assert.That(Directory.GetFiles(Path.GetDirectoryName(App.StoredPath(hash))!), Is.EqualTo(new[] { App.StoredPath(hash) }));
        Assert.That(Directory.GetFiles(Path.Combine(App.DataDirectory, "evidence", ".staging"), "*.part", SearchOption.AllDirectories), Is.Empty, "the second staged copy is gone");
        foreach (var file in new[] { first, second })
        {
            Assert.That(await io.GetByteArrayAsync($"/api/evidence/{file.Id()}/content"), Is.EqualTo(bytes));
        }
    }

    [Test]
    public async Task A_download_waits_for_the_writer_to_record_it_and_is_then_served()
    {
        // The record of a download is a write like any other: while another writer (here: another process's connection)
        // holds the database's write lock, the download waits, and the file is served only once its record is kept.
        var io = await App.ClientFor(Demo.IoKashmir);
        var bytes = Png(64 * 1024);
        var created = await (await io.Upload(Demo.FoundingFirId, bytes, "queued.png", "Download while the writer is busy"))
            .ShouldBe(HttpStatusCode.Created);
        Task<HttpResponseMessage> download;
        await using (await App.HoldWriteLockAsync())
        {
            download = io.GetAsync($"/api/evidence/{created.Id()}/content");
            await Task.Delay(300);
            Assert.That(download.IsCompleted, Is.False, "the download waits for its audit record to be written");
        }

        var response = await download;
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(await response.Content.ReadAsByteArrayAsync(), Is.EqualTo(bytes));
        Assert.That(await App.WithDb(db => db.AuditRecords.CountAsync(r => r.Action == "DownloadEvidence" && r.EntityId == created.Id().ToString())),
            Is.EqualTo(1));
    }

    [Test]
    public async Task The_media_type_comes_from_the_bytes_not_from_the_name_or_the_claimed_type()
    {
        var io = await App.ClientFor(Demo.IoKashmir);
        var pdf = "%PDF-1.4\n% statement of the complainant\n"u8.ToArray().Concat(Guid.NewGuid().ToByteArray()).ToArray();
        var created = await (await io.PostAsync("/api/evidence",
            Form("Fir", Demo.FoundingFirId, Bytes(pdf, "image/jpeg"), "photo.jpg"))).ShouldBe(HttpStatusCode.Created);
        Assert.That(created.GetProperty("mediaType").GetString(), Is.EqualTo("application/pdf"));
    }

    [Test]
    public async Task Identical_content_is_stored_once_but_recorded_for_each_upload()
    {
        var io = await App.ClientFor(Demo.IoKashmir);
        var bytes = Png();
        var first = await (await io.Upload(Demo.FoundingFirId, bytes, "a.png")).ShouldBe(HttpStatusCode.Created);
        var second = await (await io.Upload(Demo.FoundingFirId, bytes, "b.png")).ShouldBe(HttpStatusCode.Created);
        Assert.That(second.Id(), Is.Not.EqualTo(first.Id()));
        var sha = first.GetProperty("sha256").GetString()!;
        Assert.That(second.GetProperty("sha256").GetString(), Is.EqualTo(sha));
        Assert.That(App.EvidenceFiles().Count(f => Path.GetFileName(f) == sha), Is.EqualTo(1));
    }

    [Test]
    public async Task The_upload_is_audited_with_who_and_the_hash()
    {
        var io = await App.ClientFor(Demo.IoKashmir);
        var created = await (await io.Upload(Demo.FoundingFirId, Png())).ShouldBe(HttpStatusCode.Created);
        var id = created.Id().ToString();
        var audit = await App.WithDb(db => db.AuditRecords.Where(a => a.EntityType == "EvidenceFile" && a.EntityId == id).ToListAsync());
        Assert.That(audit.Select(a => a.Action), Is.EqualTo(new[] { "UploadEvidence" }));
        Assert.That(audit[0].UserName, Is.EqualTo(Demo.IoKashmir));
        Assert.That(audit[0].Changes, Does.Contain(created.GetProperty("sha256").GetString()));
    }

    [TestCase(Demo.ProsecutorKashmir)]
    [TestCase(Demo.MalkhanaKashmir)]
    [TestCase(Demo.Admin)]
    public async Task Only_the_IO_and_the_SHO_attach_files_to_an_FIR(string user)
    {
        var before = App.EvidenceFiles();
        var client = await App.ClientFor(user);
        await (await client.Upload(Demo.FoundingFirId, Png())).ShouldBe(HttpStatusCode.Forbidden, "Access.Forbidden");
        Assert.That(App.EvidenceFiles(), Is.EquivalentTo(before));
    }

    [Test]
    public async Task The_SHO_attaches_files_too()
    {
        var sho = await App.ClientFor(Demo.ShoKashmir);
        await (await sho.Upload(Demo.FoundingFirId, Png())).ShouldBe(HttpStatusCode.Created);
    }

    [Test]
    public async Task Another_stations_FIR_answers_404_and_nothing_is_stored()
    {
        var before = App.EvidenceFiles();
        var count = await RecordCount();
        var jammu = await App.ClientFor(Demo.IoJammu);
        await (await jammu.Upload(Demo.FoundingFirId, Png())).ShouldBe(HttpStatusCode.NotFound, "Fir.NotFound");
        var kashmir = await App.ClientFor(Demo.IoKashmir);
        await (await kashmir.Upload(Guid.NewGuid(), Png())).ShouldBe(HttpStatusCode.NotFound, "Fir.NotFound");
        Assert.That(App.EvidenceFiles(), Is.EquivalentTo(before));
        Assert.That(await RecordCount(), Is.EqualTo(count));
    }

    [TestCase("Raid", "Raid.NotFound")]
    [TestCase("SeizureMemo", "SeizureMemo.NotFound")]
    [TestCase("Accused", "Accused.NotFound")]
    public async Task Owner_types_without_records_yet_answer_404(string ownerType, string code)
    {
        var io = await App.ClientFor(Demo.IoKashmir);
        await (await io.PostAsync("/api/evidence", Form(ownerType, Guid.NewGuid(), Bytes(Png())))).ShouldBe(HttpStatusCode.NotFound, code);
    }

    [Test]
    public async Task Missing_or_invalid_fields_answer_400_with_the_fields_named()
    {
        var io = await App.ClientFor(Demo.IoKashmir);
        var before = App.EvidenceFiles();

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

        Assert.That(App.EvidenceFiles(), Is.EquivalentTo(before));
    }

    [Test]
    public async Task Fields_sent_after_the_file_are_not_read_and_the_answer_says_so()
    {
        var io = await App.ClientFor(Demo.IoKashmir);
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
        var io = await App.ClientFor(Demo.IoKashmir);
        var response = await io.PostAsync("/api/evidence", Bytes(Png(), "image/png"));
        await response.ShouldBe(HttpStatusCode.UnsupportedMediaType);
    }

    [TestCase(new byte[] { 0x7F, (byte)'E', (byte)'L', (byte)'F', 2, 1, 1, 0 }, "tool.png", TestName = "An ELF executable named .png")]
    [TestCase(new byte[] { (byte)'M', (byte)'Z', 0x90, 0, 3, 0, 0, 0 }, "report.pdf", TestName = "A Windows executable named .pdf")]
    [TestCase(new byte[] { 0x00, 0x13, 0x37, 0xC0, 0xFF, 0xEE, 0x01, 0x02 }, "capture.mp4", TestName = "Random bytes named .mp4")]
    public async Task Content_of_a_type_not_on_the_allow_list_answers_415_and_leaves_nothing(byte[] head, string name)
    {
        var io = await App.ClientFor(Demo.IoKashmir);
        var before = App.EvidenceFiles();
        var count = await RecordCount();
        var bytes = new byte[50_000];
        Random.Shared.NextBytes(bytes);
        head.CopyTo(bytes, 0);
        await (await io.PostAsync("/api/evidence", Form("Fir", Demo.FoundingFirId, Bytes(bytes, "image/png"), name)))
            .ShouldBe(HttpStatusCode.UnsupportedMediaType, "Evidence.UnsupportedMediaType");
        Assert.That(App.EvidenceFiles(), Is.EquivalentTo(before));
        Assert.That(await RecordCount(), Is.EqualTo(count));
    }

    [Test]
    public async Task An_upload_that_breaks_off_halfway_leaves_no_file_and_no_record()
    {
        var io = await App.ClientFor(Demo.IoKashmir);
        var before = App.EvidenceFiles();
        var count = await RecordCount();

        // What the server sees when the client's connection drops: the body ends in the middle of the file part,
        // 2 MB in, without the closing boundary.
        const string boundary = "cybercase-test-boundary";
        var head = System.Text.Encoding.ASCII.GetBytes(
            $"--{boundary}\r\nContent-Disposition: form-data; name=ownerType\r\n\r\nFir\r\n" +
            $"--{boundary}\r\nContent-Disposition: form-data; name=ownerId\r\n\r\n{Demo.FoundingFirId}\r\n" +
            $"--{boundary}\r\nContent-Disposition: form-data; name=file; filename=search-video.png\r\n" +
            "Content-Type: image/png\r\n\r\n");
        var body = new ByteArrayContent(head.Concat(Png(2 * 1024 * 1024)).ToArray());
        body.Headers.ContentType = MediaTypeHeaderValue.Parse($"multipart/form-data; boundary={boundary}");

        var problem = await (await io.PostAsync("/api/evidence", body)).ShouldBe(HttpStatusCode.BadRequest, "Evidence.UploadIncomplete");
        Assert.That(problem.FieldErrors(), Is.EqualTo(new[] { "file" }));
        Assert.That(App.EvidenceFiles(), Is.EquivalentTo(before), "no partial file, in staging or in the store");
        Assert.That(await RecordCount(), Is.EqualTo(count));
    }

    [Test]
    public async Task A_content_stream_that_fails_halfway_leaves_nothing_in_the_store()
    {
        var store = App.Services.GetRequiredService<IEvidenceStore>();
        var before = App.EvidenceFiles();
        var content = new FailsHalfwayStream(Png(3 * 1024 * 1024), failAt: 2 * 1024 * 1024);
        var e = Assert.ThrowsAsync<EvidenceUploadIncompleteException>(() => store.StageAsync(content, long.MaxValue, CancellationToken.None));
        Assert.That(e!.InnerException, Is.TypeOf<IOException>());
        Assert.That(content.Position, Is.GreaterThanOrEqualTo(2 * 1024 * 1024), "the store had written part of the file");
        Assert.That(App.EvidenceFiles(), Is.EquivalentTo(before));
    }

    /// <summary>Yields its bytes up to a point, then fails as a dropped connection would.</summary>
    private sealed class FailsHalfwayStream(byte[] bytes, int failAt) : MemoryStream(bytes)
    {
        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            Position >= failAt
                ? throw new IOException("The connection was reset.")
                : base.ReadAsync(buffer[..(int)Math.Min(buffer.Length, failAt - Position)], cancellationToken);
    }

    [Test]
    public async Task Everything_needs_a_signed_in_officer()
    {
        var anonymous = App.CreateClient();
        await (await anonymous.Upload(Demo.FoundingFirId, Png())).ShouldBe(HttpStatusCode.Unauthorized, "Auth.Required");
        await (await anonymous.GetAsync($"/api/evidence/{Guid.NewGuid()}/content")).ShouldBe(HttpStatusCode.Unauthorized);
    }
}

/// <summary>
/// A staged upload is released (for a duplicate: its copy deleted, which takes a while for a large file) only once the
/// unit of work has ended, never while it holds the database's write lock.
/// </summary>
public sealed class StagedUploadReleaseTests
{
    [Test]
    public async Task A_staged_upload_is_released_after_the_write_transaction_not_inside_it()
    {
        var observed = new List<bool>();
        CyberCaseApp? host = null;
        using var app = host = new CyberCaseApp(services: s =>
        {
            var inner = s.Single(d => d.ServiceType == typeof(IEvidenceStore));
            s.Remove(inner);
            s.AddSingleton<IEvidenceStore>(sp => new WatchingStore((IEvidenceStore)inner.ImplementationFactory!(sp), observed,
                host!.DatabasePath));
        });
        var io = await app.ClientFor(Demo.IoKashmir);
        // The demo's own evidence is stored by the seeding at start-up, inside its one transaction: not a use case.
        observed.Clear();
        var bytes = Png(50_000);
        await (await io.Upload(Demo.FoundingFirId, bytes, "first.png")).ShouldBe(HttpStatusCode.Created);
        await (await io.Upload(Demo.FoundingFirId, bytes, "duplicate.png")).ShouldBe(HttpStatusCode.Created);

        Assert.That(observed, Has.Count.EqualTo(2));
        Assert.That(observed, Is.All.True, "the write lock was free when each staged upload was released");
    }

    /// <summary>Records, when a staged upload is disposed, whether another connection could take the write lock at once.</summary>
    private sealed class WatchingStore(IEvidenceStore inner, List<bool> observed, string databasePath) : IEvidenceStore
    {
        public async Task<IStagedEvidence> StageAsync(Stream content, long maxBytes, CancellationToken ct) =>
            new Watched(await inner.StageAsync(content, maxBytes, ct), observed, databasePath);

        public Task<Stream?> OpenReadAsync(string storageKey, CancellationToken ct) => inner.OpenReadAsync(storageKey, ct);

        private sealed class Watched(IStagedEvidence staged, List<bool> observed, string databasePath) : IStagedEvidence
        {
            public string Sha256 => staged.Sha256;
            public long Size => staged.Size;
            public ReadOnlyMemory<byte> Head => staged.Head;
            public string StorageKey => staged.StorageKey;

            public Task CommitAsync(CancellationToken ct) => staged.CommitAsync(ct);

            public async ValueTask DisposeAsync()
            {
                await using (var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={databasePath};Pooling=False;Default Timeout=1"))
                {
                    await connection.OpenAsync();
                    await using var pragma = connection.CreateCommand();
                    pragma.CommandText = "PRAGMA busy_timeout = 0;";
                    await pragma.ExecuteNonQueryAsync();
                    try
                    {
                        await using var transaction = connection.BeginTransaction(deferred: false);
                        observed.Add(true);
                    }
                    catch (Microsoft.Data.Sqlite.SqliteException)
                    {
                        observed.Add(false);
                    }
                }

                await staged.DisposeAsync();
            }
        }
    }
}
