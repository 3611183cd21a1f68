using System.Net;
using System.Net.Http.Json;
using CyberCase.Api.Tests.Evidence;
using CyberCase.Api.Tests.Infrastructure;
using CyberCase.Api.Tests.Investigation;
using CyberCase.Api.Tests.Scrutiny;
using CyberCase.Infrastructure.Seeding.Demo;
using Microsoft.EntityFrameworkCore;

namespace CyberCase.Api.Tests.ForensicVisits;

/// <summary>A forensic expert's visit to a scene (BNSS 176(3)) through the real API, and the scrutiny rule it answers.</summary>
public sealed class ForensicVisitTests : ApiTest
{
    private DateTimeOffset Now => App.Clock.GetUtcNow();

    private static Dictionary<string, object?> Body(DateTimeOffset visitedAt, Guid? raidId = null, bool videoRecorded = true, Guid? videoFileId = null) => new()
    {
        ["place"] = "Bluewave Infotech, Iqbal Market, Bemina",
        ["raidId"] = raidId,
        ["expertName"] = "Dr. Shabnam Akhter",
        ["designation"] = "Scientific Officer (Cyber)",
        ["laboratory"] = "Forensic Science Laboratory, Srinagar",
        ["visitedAt"] = visitedAt,
        ["findings"] = "Photographed the calling floor and the server rack; collected the router's configuration and the CCTV recorder.",
        ["videoRecorded"] = videoRecorded,
        ["videoFileId"] = videoFileId,
    };

    [Test]
    public async Task A_visit_at_a_search_is_read_back_audited_and_cures_the_scrutiny_finding()
    {
        var (firId, raidId, _, _) = await App.CleanCase(forensicVisit: false);
        var io = await App.ClientFor(Demo.IoKashmir);
        var missing = (await App.Report(firId)).Findings().Single();
        Assert.That((missing.GetProperty("code").GetString(), missing.GetProperty("severity").GetString(), missing.GetProperty("provision").GetString()),
            Is.EqualTo(("Investigation.NoForensicExpertVisit", "blocking", "BNSS 176(3)")), "BNS 318(4) carries seven years");

        var video = (await (await io.Upload(firId, EvidenceUploads.Mp4(), "fsl-visit.mp4")).ShouldBe(HttpStatusCode.Created)).Id();
        var created = await (await io.PostAsJsonAsync($"/api/firs/{firId}/forensic-visits", Body(Now, raidId, videoFileId: video)))
            .ShouldBe(HttpStatusCode.Created);
        var read = await (await io.GetAsync($"/api/forensic-visits/{created.Id()}")).ShouldBe(HttpStatusCode.OK);
        Assert.Multiple(() =>
        {
            Assert.That(read.GetRawText(), Is.EqualTo(created.GetRawText()), "the 201 answers the visit as read back");
            Assert.That(read.GetProperty("provision").GetString(), Is.EqualTo("BNSS 176(3)"));
            Assert.That(read.GetProperty("raidId").GetGuid(), Is.EqualTo(raidId));
            Assert.That(read.GetProperty("premisesId").ValueKind, Is.EqualTo(System.Text.Json.JsonValueKind.String), "the search's premises");
            Assert.That(read.GetProperty("laboratory").GetString(), Is.EqualTo("Forensic Science Laboratory, Srinagar"));
            Assert.That(read.GetProperty("videoFileId").GetGuid(), Is.EqualTo(video));
            Assert.That(read.GetProperty("recordedBy").GetProperty("id").GetGuid(), Is.EqualTo(Demo.OfficerId(Demo.IoKashmir)));
        });
        var audited = await App.WithDb(db => db.AuditRecords.CountAsync(a => a.EntityType == "ForensicVisit" && a.EntityId == created.Id().ToString()));
        Assert.That(audited, Is.EqualTo(1));
        Assert.That((await App.Report(firId)).Findings(), Is.Empty);
    }

    [Test]
    public async Task A_visit_not_video_graphed_leaves_a_warning()
    {
        var (firId, _, _, _) = await App.CleanCase(forensicVisit: false);
        var io = await App.ClientFor(Demo.IoKashmir);
        var created = await (await io.PostAsJsonAsync($"/api/firs/{firId}/forensic-visits", Body(Now, videoRecorded: false)))
            .ShouldBe(HttpStatusCode.Created);
        var finding = (await App.Report(firId)).Findings().Single();
        Assert.That((finding.GetProperty("code").GetString(), finding.GetProperty("severity").GetString()),
            Is.EqualTo(("Investigation.ForensicVisitNotVideoRecorded", "warning")));
        Assert.That(finding.GetProperty("record").GetProperty("path").GetString(), Is.EqualTo($"/api/forensic-visits/{created.Id()}"));
    }

    [Test]
    public async Task A_visit_in_the_future_before_the_FIR_or_before_its_search_is_422_naming_the_field()
    {
        var (firId, raidId, _, _) = await App.CleanCase(forensicVisit: false);
        var io = await App.ClientFor(Demo.IoKashmir);
        var future = await (await io.PostAsJsonAsync($"/api/firs/{firId}/forensic-visits", Body(Now.AddHours(1))))
            .ShouldBe(HttpStatusCode.UnprocessableEntity, "ForensicVisit.InFuture");
        Assert.That(future.FieldErrors(), Is.EquivalentTo(new[] { "visitedAt" }));
        await (await io.PostAsJsonAsync($"/api/firs/{firId}/forensic-visits", Body(Now.AddDays(-2))))
            .ShouldBe(HttpStatusCode.UnprocessableEntity, "ForensicVisit.BeforeFir");
        var started = (await (await io.GetAsync($"/api/raids/{raidId}")).ShouldBe(HttpStatusCode.OK)).GetProperty("startedAt").GetDateTimeOffset();
        await (await io.PostAsJsonAsync($"/api/firs/{firId}/forensic-visits", Body(started.AddSeconds(-30), raidId)))
            .ShouldBe(HttpStatusCode.UnprocessableEntity, "ForensicVisit.BeforeSearch");
        await (await io.PostAsJsonAsync($"/api/firs/{firId}/forensic-visits", Body(Now, Guid.NewGuid())))
            .ShouldBe(HttpStatusCode.UnprocessableEntity, "ForensicVisit.RaidNotOfCase");
        var photo = (await (await io.Upload(firId, EvidenceUploads.Png(), "photo.png")).ShouldBe(HttpStatusCode.Created)).Id();
        await (await io.PostAsJsonAsync($"/api/firs/{firId}/forensic-visits", Body(Now, videoFileId: photo)))
            .ShouldBe(HttpStatusCode.UnprocessableEntity, "ForensicVisit.VideoNotOfCase");
        await (await io.PostAsJsonAsync($"/api/firs/{firId}/forensic-visits", Body(Now, videoRecorded: false,
                videoFileId: (await (await io.Upload(firId, EvidenceUploads.Mp4(), "v.mp4")).ShouldBe(HttpStatusCode.Created)).Id())))
            .ShouldBe(HttpStatusCode.UnprocessableEntity, "ForensicVisit.VideoFileWithoutVideography");

        var body = Body(Now);
        body["expertName"] = "";
        body["laboratory"] = null;
        body["videoRecorded"] = null;
        var problem = await (await io.PostAsJsonAsync($"/api/firs/{firId}/forensic-visits", body)).ShouldBe(HttpStatusCode.BadRequest);
        Assert.That(problem.FieldErrors(), Is.SupersetOf(new[] { "expertName", "laboratory", "videoRecorded" }));
        await (await io.PostAsJsonAsync($"/api/firs/{firId}/forensic-visits", Body(Now.AddMinutes(2)))).ShouldBe(HttpStatusCode.Created);
    }

    [Test]
    public async Task Another_stations_FIR_and_visit_answer_404_and_only_the_IO_or_SHO_records()
    {
        var jammu = await App.ClientFor(Demo.ShoJammu);
        await (await jammu.GetAsync($"/api/forensic-visits/{DemoLaterSearch.ForensicVisitId}")).ShouldBe(HttpStatusCode.NotFound, "ForensicVisit.NotFound");
        await (await jammu.PostAsJsonAsync($"/api/firs/{DemoLaterSearch.FirId}/forensic-visits", Body(Now))).ShouldBe(HttpStatusCode.NotFound, "Fir.NotFound");
        var prosecutor = await App.ClientFor(Demo.ProsecutorKashmir);
        var demo = await (await prosecutor.GetAsync($"/api/forensic-visits/{DemoLaterSearch.ForensicVisitId}")).ShouldBe(HttpStatusCode.OK);
        Assert.That(demo.GetProperty("provision").GetString(), Is.EqualTo("BNSS 176(3)"));
        await (await prosecutor.PostAsJsonAsync($"/api/firs/{DemoLaterSearch.FirId}/forensic-visits", Body(Now))).ShouldBe(HttpStatusCode.Forbidden);
        var notItsIo = await App.ClientFor(Demo.IoKashmir); // FIR 14/2025 is io2.kashmir's
        await (await notItsIo.PostAsJsonAsync($"/api/firs/{DemoLaterSearch.FirId}/forensic-visits", Body(Now)))
            .ShouldBe(HttpStatusCode.Forbidden, "Access.Forbidden");
    }
}
