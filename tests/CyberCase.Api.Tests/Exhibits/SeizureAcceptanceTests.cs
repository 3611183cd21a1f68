using System.Net;
using System.Net.Http.Json;
using CyberCase.Api.Tests.Infrastructure;
using CyberCase.Api.Tests.Investigation;

namespace CyberCase.Api.Tests.Exhibits;

/// <summary>Issue 4's acceptance story over HTTP, from the seizure memo to a tampered video caught at download.</summary>
public sealed class SeizureAcceptanceTests
{
    private CyberCaseApp _app = null!;

    [OneTimeSetUp]
    public void Start() => _app = new CyberCaseApp(new() { ["Jwt:LifetimeMinutes"] = "4320" });

    [OneTimeTearDown]
    public void Stop() => _app.Dispose();

    [Test]
    public async Task Seize_a_phone_and_a_laptop_upload_the_video_move_the_phone_to_the_FSL_and_catch_a_tampered_video()
    {
        var (firId, _, raid) = await _app.RaidInProgress();
        var io = await _app.ClientFor(Demo.IoKashmir);
        var malkhana = await _app.ClientFor(Demo.MalkhanaKashmir);

        // 1. The seizure memo: a phone with a valid IMEI and a laptop.
        _app.Clock.Advance(TimeSpan.FromHours(2));
        var imei = Seizures.NewImei();
        var memo = await (await io.PostAsJsonAsync($"/api/raids/{raid.Id()}/seizure-memos",
            Seizures.MemoBody(_app.Clock.GetUtcNow(), [Seizures.Phone(imei), Seizures.Laptop("10:7b:44:aa:01:02")]))).ShouldBe(HttpStatusCode.Created);
        var phoneId = memo.Items().First().Id();

        // 2. The search video, attached to the raid.
        var video = new byte[300_000];
        Random.Shared.NextBytes(video);
        "\0\0\0\u0018ftypmp42"u8.CopyTo(video);
        var upload = await (await io.PostAsync("/api/evidence", Evidence.EvidenceUploads.Form("Raid", raid.Id(), Evidence.EvidenceUploads.Bytes(video, "video/mp4"),
            "search-video.mp4", "Video of the search and of the seizure memo being prepared"))).ShouldBe(HttpStatusCode.Created);
        Assert.That(upload.GetProperty("mediaType").GetString(), Is.EqualTo("video/mp4"));
        Assert.That(upload.GetProperty("firId").GetGuid(), Is.EqualTo(firId));
        var sha = upload.GetProperty("sha256").GetString()!;
        Assert.That(sha, Is.EqualTo(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(video))));

        // 3. The phone to the malkhana (IO), then on to the FSL (malkhana in-charge).
        _app.Clock.Advance(TimeSpan.FromHours(3));
        var phone = await _app.GetExhibit(phoneId);
        var deposited = await (await io.Transfer(phoneId, Seizures.ToMalkhana, phone.Version(), _app.Clock.GetUtcNow(), "Deposited under seal"))
            .ShouldBe(HttpStatusCode.OK);
        _app.Clock.Advance(TimeSpan.FromDays(2));
        await (await malkhana.Transfer(phoneId, Seizures.ToFsl, deposited.Version(), _app.Clock.GetUtcNow(), "Forwarded for examination"))
            .ShouldBe(HttpStatusCode.OK);

        // 4. The sequence of custody reads back and verifies.
        var custody = await (await io.GetAsync($"/api/exhibits/{phoneId}/custody")).ShouldBe(HttpStatusCode.OK);
        Assert.That(custody.GetProperty("events").EnumerateArray().Select(e => e.GetProperty("to").GetProperty("kind").GetString()),
            Is.EqualTo(new[] { "Officer", "Malkhana", "ForensicLab" }));
        Assert.That(custody.GetProperty("events").EnumerateArray().Select(e => e.GetProperty("sequence").GetInt32()), Is.EqualTo(new[] { 1, 2, 3 }));
        Assert.That(custody.GetProperty("verified").GetBoolean(), Is.True);
        var found = await (await io.GetAsync($"/api/exhibits?q={imei}")).ShouldBe(HttpStatusCode.OK);
        Assert.That(found.GetProperty("items")[0].GetProperty("holder").GetProperty("kind").GetString(), Is.EqualTo("ForensicLab"));

        // 5. The video downloads intact; one flipped byte on disk makes the download answer 409.
        var intact = await io.GetAsync($"/api/evidence/{upload.Id()}/content");
        Assert.That(intact.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(await intact.Content.ReadAsByteArrayAsync(), Is.EqualTo(video));

        var path = Evidence.EvidenceUploads.StoredPath(_app, sha);
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }

        await using (var file = new FileStream(path, FileMode.Open, FileAccess.ReadWrite))
        {
            file.Position = 123_456;
            var b = file.ReadByte();
            file.Position = 123_456;
            file.WriteByte((byte)(b ^ 0xFF));
        }

        await (await io.GetAsync($"/api/evidence/{upload.Id()}/content")).ShouldBe(HttpStatusCode.Conflict, "Evidence.IntegrityFailure");
    }
}
