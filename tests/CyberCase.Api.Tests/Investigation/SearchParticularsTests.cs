using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json;
using CyberCase.Api.Tests.Evidence;
using CyberCase.Api.Tests.Exhibits;
using CyberCase.Api.Tests.Infrastructure;
using CyberCase.Domain.Common;

namespace CyberCase.Api.Tests.Investigation;

/// <summary>
/// Issue 11, search and seizure: the reasons recorded in the case diary before the search, the occupant, the
/// audio-video recordings and their forwarding, the memo's copy receipt, specimen seal and report to the Magistrate.
/// Each rule is shown refused (422, the field named) and accepted, and read back through the API.
/// </summary>
public sealed class SearchParticularsTests : ApiTest
{
    protected override Dictionary<string, string?> Settings => new() { ["Jwt:LifetimeMinutes"] = "200000" };

    /// <summary>A raid in progress whose FIR is assigned to io.kashmir; the clock at noon IST, half an hour after the FIR.</summary>
    private async Task<(Guid FirId, JsonElement Raid)> CaseWithRaid(Guid? reasonsEntry = null)
    {
        var now = App.Clock.GetUtcNow().ToIst();
        var noon = new DateTimeOffset(now.Date.AddHours(12), Ist.Offset);
        App.Clock.Advance((noon > now ? noon : noon.AddDays(1)) - now);
        var fir = await App.NewFir(Demo.ShoKashmir);
        var sho = await App.ClientFor(Demo.ShoKashmir);
        await (await sho.PostAsJsonAsync($"/api/firs/{fir.Id()}/assignment", new { officerId = Demo.OfficerId(Demo.IoKashmir), version = fir.Version() }))
            .ShouldBe(HttpStatusCode.OK);
        App.Clock.Advance(TimeSpan.FromMinutes(30));
        var premises = await App.NewPremises();
        var raid = await (await sho.PostAsJsonAsync($"/api/firs/{fir.Id()}/raids", Investigation.RaidBody(premises.Id(), Investigation.NextFreeSlot(App))))
            .ShouldBe(HttpStatusCode.Created);
        return (fir.Id(), raid);
    }

    private async Task<JsonElement> DiaryEntry(Guid firId)
    {
        var io = await App.ClientFor(Demo.IoKashmir);
        var now = App.Clock.GetUtcNow();
        return await (await io.PostAsJsonAsync($"/api/firs/{firId}/diary", new
        {
            day = DateOnly.FromDateTime(now.ToIst().DateTime),
            investigationBeganAt = now.AddMinutes(-10),
            investigationClosedAt = now.AddMinutes(-5),
            placesVisited = new[] { "Bemina, Srinagar" },
            findings = "Reasons for searching the premises without delay recorded: the computers can be wiped within minutes.",
        })).ShouldBe(HttpStatusCode.Created);
    }

    private async Task<HttpResponseMessage> Particulars(JsonElement raid, object body) =>
        await (await App.ClientFor(Demo.IoKashmir)).PutAsJsonAsync($"/api/raids/{raid.Id()}/search-particulars", body);

    [Test]
    public async Task The_reasons_are_a_diary_entry_written_before_the_search_began()
    {
        var (firId, raid) = await CaseWithRaid();
        var before = await DiaryEntry(firId);
        var planned = await (await Particulars(raid, new { reasonsDiaryEntryId = before.Id(), version = raid.Version() })).ShouldBe(HttpStatusCode.OK);
        var particulars = planned.GetProperty("particulars");
        Assert.That(particulars.GetProperty("reasonsDiaryEntryId").GetGuid(), Is.EqualTo(before.Id()));
        Assert.That(particulars.GetProperty("reasonsRecordedAt").GetDateTimeOffset(), Is.EqualTo(before.GetProperty("writtenAt").GetDateTimeOffset()));

        // The search begins a minute after the entry: accepted. An entry written after that cannot be its reasons.
        App.Clock.Advance(TimeSpan.FromMinutes(1));
        var started = await App.StartedRaid(planned);
        App.Clock.Advance(TimeSpan.FromMinutes(1));
        var after = await DiaryEntry(firId);
        var refused = await (await Particulars(started, new { reasonsDiaryEntryId = after.Id(), version = started.Version() }))
            .ShouldBe(HttpStatusCode.UnprocessableEntity, "Raid.ReasonsAfterSearch");
        Assert.That(refused.FieldErrors(), Is.EqualTo(new[] { "reasonsDiaryEntryId" }));

        var unknown = await (await Particulars(started, new { reasonsDiaryEntryId = Guid.NewGuid(), version = started.Version() }))
            .ShouldBe(HttpStatusCode.UnprocessableEntity, "Raid.UnknownDiaryEntry");
        Assert.That(unknown.FieldErrors(), Is.EqualTo(new[] { "reasonsDiaryEntryId" }));
    }

    [Test]
    public async Task A_search_cannot_start_before_its_reasons_were_written()
    {
        var (firId, raid) = await CaseWithRaid();
        var entry = await DiaryEntry(firId);
        var named = await (await Particulars(raid, new { reasonsDiaryEntryId = entry.Id(), version = raid.Version() })).ShouldBe(HttpStatusCode.OK);
        var io = await App.ClientFor(Demo.IoKashmir);
        var refused = await (await io.PostAsJsonAsync($"/api/raids/{raid.Id()}/start",
            new { startedAt = App.Clock.GetUtcNow().AddMinutes(-30), version = named.Version() }))
            .ShouldBe(HttpStatusCode.UnprocessableEntity, "Raid.ReasonsAfterSearch");
        Assert.That(refused.FieldErrors(), Is.EqualTo(new[] { "startedAt" }));
    }

    [Test]
    public async Task The_occupant_is_recorded_by_name_present_or_why_not()
    {
        var (_, raid) = await CaseWithRaid();
        var contradictory = await (await Particulars(raid, new
        {
            occupant = new { name = "Imran Nabi Lone", present = true, absenceReason = "Away in Jammu" },
            version = raid.Version(),
        })).ShouldBe(HttpStatusCode.UnprocessableEntity, "Raid.OccupantPresentAndAbsent");
        Assert.That(contradictory.FieldErrors(), Is.EqualTo(new[] { "occupant.absenceReason" }));

        var absent = await (await Particulars(raid, new
        {
            occupant = new { name = "Imran Nabi Lone", present = false, absenceReason = "Away in Jammu; his brother was present" },
            version = raid.Version(),
        })).ShouldBe(HttpStatusCode.OK);
        var occupant = absent.GetProperty("particulars").GetProperty("occupant");
        Assert.That(occupant.GetProperty("name").GetString(), Is.EqualTo("Imran Nabi Lone"));
        Assert.That(occupant.GetProperty("present").GetBoolean(), Is.False);
        Assert.That(occupant.GetProperty("absenceReason").GetString(), Is.EqualTo("Away in Jammu; his brother was present"));
    }

    private static byte[] Mp4(string label) =>
        [0, 0, 0, 0x18, .. "ftypisom"u8, 0, 0, 2, 0, .. "isomiso2"u8, .. System.Text.Encoding.UTF8.GetBytes(label + Guid.NewGuid())];

    [Test]
    public async Task A_recording_of_the_search_is_a_video_of_the_raid_with_its_hash_and_is_forwarded_after_it_was_made()
    {
        var (_, raid) = await CaseWithRaid();
        var started = await App.StartedRaid(raid);
        var startedAt = started.GetProperty("startedAt").GetDateTimeOffset();
        var io = await App.ClientFor(Demo.IoKashmir);
        var video = Mp4("search");
        var upload = await (await io.PostAsync("/api/evidence", EvidenceUploads.Form("Raid", raid.Id(), EvidenceUploads.Bytes(video), "search.mp4")))
            .ShouldBe(HttpStatusCode.Created);
        var photo = await (await io.PostAsync("/api/evidence", EvidenceUploads.Form("Raid", raid.Id(), EvidenceUploads.Bytes(EvidenceUploads.Png()), "door.png")))
            .ShouldBe(HttpStatusCode.Created);
        App.Clock.Advance(TimeSpan.FromHours(2));

        object Body(Guid fileId, DateTimeOffset? forwardedAt, Guid version) => new
        {
            kind = "Search",
            evidenceFileId = fileId,
            recordedFrom = startedAt,
            durationSeconds = 3600,
            device = "Body-worn camera BWC-07",
            recordedByOfficerId = Demo.OfficerId(Demo.Io2Kashmir),
            forwarding = new { to = "Chief Judicial Magistrate, Srinagar", at = forwardedAt, how = "By hand, sealed pen drive", acknowledgement = "Diary No. 7" },
            version,
        };

        var early = await (await io.PostAsJsonAsync($"/api/raids/{raid.Id()}/recordings", Body(upload.Id(), startedAt.AddMinutes(30), started.Version())))
            .ShouldBe(HttpStatusCode.UnprocessableEntity, "Raid.ForwardedBeforeRecording");
        Assert.That(early.FieldErrors(), Is.EqualTo(new[] { "forwarding.at" }), "forwarded before the hour-long recording ended");
        var notVideo = await (await io.PostAsJsonAsync($"/api/raids/{raid.Id()}/recordings", Body(photo.Id(), null, started.Version())))
            .ShouldBe(HttpStatusCode.UnprocessableEntity, "Raid.RecordingNotVideo");
        Assert.That(notVideo.FieldErrors(), Is.EqualTo(new[] { "evidenceFileId" }));

        var added = await (await io.PostAsJsonAsync($"/api/raids/{raid.Id()}/recordings", Body(upload.Id(), startedAt.AddMinutes(90), started.Version())))
            .ShouldBe(HttpStatusCode.Created);
        var recording = added.GetProperty("recordings").EnumerateArray().Single();
        Assert.That(recording.GetProperty("sha256").GetString(), Is.EqualTo(Convert.ToHexStringLower(SHA256.HashData(video))));
        Assert.That(recording.GetProperty("sha256").GetString(), Is.EqualTo(upload.GetProperty("sha256").GetString()));
        Assert.That(recording.GetProperty("recordedBy").GetProperty("fullName").GetString(), Is.EqualTo("SI Aijaz Ahmad Bhat"));
        Assert.That(recording.GetProperty("forwarding").GetProperty("acknowledgement").GetString(), Is.EqualTo("Diary No. 7"));
        Assert.That(recording.GetProperty("certificateSignedAt").ValueKind, Is.EqualTo(JsonValueKind.Null), "not signed yet");

        // The certificate is signed later: its date is recorded, never before the recording.
        var attest = $"/api/raids/{raid.Id()}/recordings/1";
        var tooEarly = await (await io.PutAsJsonAsync(attest, new { certificateSignedAt = startedAt.AddMinutes(10), version = added.Version() }))
            .ShouldBe(HttpStatusCode.UnprocessableEntity, "Raid.CertificateBeforeRecording");
        Assert.That(tooEarly.FieldErrors(), Is.EqualTo(new[] { "certificateSignedAt" }));
        var signedAt = App.Clock.GetUtcNow();
        var signed = await (await io.PutAsJsonAsync(attest, new
        {
            forwarding = new { to = "Chief Judicial Magistrate, Srinagar", at = startedAt.AddMinutes(90), how = "By hand", acknowledgement = "Diary No. 7" },
            certificateSignedAt = signedAt,
            expert = new { name = "Mir Suhail Ahmad", designation = "Scientific Assistant", employedAt = "FSL Srinagar", signedAt },
            version = added.Version(),
        })).ShouldBe(HttpStatusCode.OK);
        var read = await (await io.GetAsync($"/api/raids/{raid.Id()}")).ShouldBe(HttpStatusCode.OK);
        var again = read.GetProperty("recordings")[0];
        Assert.That(again.GetProperty("certificateSignedAt").GetDateTimeOffset(), Is.EqualTo(Precision.ToStoredPrecision(signedAt)));
        Assert.That(again.GetProperty("expert").GetProperty("name").GetString(), Is.EqualTo("Mir Suhail Ahmad"));
        Assert.That(signed.Version(), Is.Not.EqualTo(added.Version()), "a change of a recording renews the raid's version");

        await (await io.PostAsJsonAsync($"/api/raids/{raid.Id()}/recordings", Body(upload.Id(), null, signed.Version())))
            .ShouldBe(HttpStatusCode.Conflict, "Raid.RecordingAlreadyAdded");
    }

    [Test]
    public async Task The_memo_records_the_copy_receipt_the_specimen_seal_and_the_report_to_the_Magistrate_after_the_seizure()
    {
        var iccid = Seizures.NewIccid();
        var memo = await App.NewMemo(Seizures.Phone(), new Dictionary<string, object?>
        {
            ["kind"] = "SimCard",
            ["description"] = "Loose SIM card",
            ["iccid"] = iccid,
            ["foundAt"] = "Desk drawer",
        });
        Assert.That(memo.Items().Select(i => i.GetProperty("iccid").GetString()), Does.Contain(iccid), "every identifier, ICCID included");
        Assert.That(memo.Items().Select(i => i.GetProperty("foundAt").GetString()), Is.EqualTo(new[] { "Floor manager's desk", "Desk drawer" }));

        var io = await App.ClientFor(Demo.IoKashmir);
        var drawnUpAt = memo.GetProperty("drawnUpAt").GetDateTimeOffset();
        object Body(DateTimeOffset at) => new
        {
            copyReceivedBy = "Manager of the premises",
            specimenSeal = new { number = "CPS-KZ/SEAL-9", impression = "CYBER PS KASHMIR ZONE", keptAt = "Malkhana, with the memo" },
            reportedToMagistrateAt = at,
            reportedToMagistrate = "Chief Judicial Magistrate, Srinagar",
            version = memo.Version(),
        };

        var early = await (await io.PutAsJsonAsync($"/api/seizure-memos/{memo.Id()}/particulars", Body(drawnUpAt.AddHours(-1))))
            .ShouldBe(HttpStatusCode.UnprocessableEntity, "SeizureMemo.ReportedBeforeSeizure");
        Assert.That(early.FieldErrors(), Is.EqualTo(new[] { "reportedToMagistrateAt" }));
        App.Clock.Advance(TimeSpan.FromHours(2));
        var reported = await (await io.PutAsJsonAsync($"/api/seizure-memos/{memo.Id()}/particulars", Body(App.Clock.GetUtcNow())))
            .ShouldBe(HttpStatusCode.OK);
        var read = await (await io.GetAsync($"/api/seizure-memos/{memo.Id()}")).ShouldBe(HttpStatusCode.OK);
        Assert.That(read.GetProperty("copyReceivedBy").GetString(), Is.EqualTo("Manager of the premises"));
        Assert.That(read.GetProperty("specimenSeal").GetProperty("impression").GetString(), Is.EqualTo("CYBER PS KASHMIR ZONE"));
        Assert.That(read.GetProperty("reportedToMagistrateAt").GetDateTimeOffset(), Is.EqualTo(reported.GetProperty("reportedToMagistrateAt").GetDateTimeOffset()));
    }
}
