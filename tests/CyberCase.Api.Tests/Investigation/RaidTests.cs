using System.Net;
using System.Net.Http.Json;
using CyberCase.Api.Tests.Infrastructure;

namespace CyberCase.Api.Tests.Investigation;

public sealed class RaidTests
{
    private CyberCaseApp _app = null!;

    [OneTimeSetUp]
    // The tests move the clock by hours; tokens must outlive that.
    public void Start() => _app = new CyberCaseApp(new() { ["Jwt:LifetimeMinutes"] = "4320" });

    [OneTimeTearDown]
    public void Stop() => _app.Dispose();

    [Test]
    public async Task The_SHO_plans_a_raid_with_a_mixed_team_and_the_premises_is_linked_to_the_case()
    {
        var (firId, premisesId, raid) = await _app.PlannedRaid();
        Assert.That(raid.GetProperty("status").GetString(), Is.EqualTo("Planned"));
        Assert.That(raid.GetProperty("reasonsRecorded").GetString(), Does.Contain("Source information"));
        var team = raid.GetProperty("team");
        Assert.That(team.GetProperty("lead").Id(), Is.EqualTo(Demo.OfficerId(Demo.IoKashmir)));
        var members = team.GetProperty("members").EnumerateArray().ToList();
        Assert.That(members[0].GetProperty("officerId").GetGuid(), Is.EqualTo(Demo.OfficerId(Demo.Io2Kashmir)));
        Assert.That(members[1].GetProperty("unit").GetString(), Is.EqualTo("Police Station Parimpora, District Police Srinagar"));
        Assert.That(members[1].GetProperty("rank").GetString(), Is.EqualTo("SubInspector"));

        var io = await _app.ClientFor(Demo.IoKashmir);
        var list = await (await io.GetAsync($"/api/firs/{firId}/raids")).ShouldBe(HttpStatusCode.OK);
        Assert.That(list.EnumerateArray().Select(r => r.Id()), Is.EqualTo(new[] { raid.Id() }));
        var premises = await (await io.GetAsync($"/api/premises/{premisesId}")).ShouldBe(HttpStatusCode.OK);
        Assert.That(premises.GetProperty("firs").EnumerateArray().Select(f => f.Id()), Is.EqualTo(new[] { firId }));
    }

    [Test]
    public async Task Start_then_complete_with_two_witnesses_and_the_recording_forwarded()
    {
        var (_, _, raid) = await _app.PlannedRaid();
        var started = await _app.StartedRaid(raid);
        Assert.That(started.GetProperty("status").GetString(), Is.EqualTo("InProgress"));

        var io2 = await _app.ClientFor(Demo.Io2Kashmir);
        var onlyOne = await (await io2.PostAsJsonAsync($"/api/raids/{raid.Id()}/complete", new
        {
            endedAt = _app.Clock.GetUtcNow(),
            witnesses = new[] { Investigation.TwoWitnesses[0] },
            audioVideoRecorded = true,
            version = started.Version(),
        })).ShouldBe(HttpStatusCode.UnprocessableEntity, "Raid.WitnessesRequired");
        Assert.That(onlyOne.FieldErrors(), Is.EqualTo(new[] { "witnesses" }));

        _app.Clock.Advance(TimeSpan.FromHours(3));
        var completed = await (await io2.PostAsJsonAsync($"/api/raids/{raid.Id()}/complete", new
        {
            endedAt = _app.Clock.GetUtcNow(),
            witnesses = Investigation.TwoWitnesses,
            audioVideoRecorded = true,
            recordingForwardedAt = _app.Clock.GetUtcNow(),
            outcomeNotes = "Two arrested.",
            version = started.Version(),
        })).ShouldBe(HttpStatusCode.OK);
        Assert.That(completed.GetProperty("status").GetString(), Is.EqualTo("Completed"));
        Assert.That(completed.GetProperty("witnesses").EnumerateArray().Select(w => w.GetProperty("parentage").GetString()),
            Is.EqualTo(new[] { "S/o Mohammad Akbar Parray", "S/o Ghulam Hassan Sofi" }));
        Assert.That(completed.GetProperty("recordingForwardedToMagistrateAt").ValueKind, Is.Not.EqualTo(System.Text.Json.JsonValueKind.Null));
    }

    [Test]
    public async Task Illegal_moves_answer_409_with_a_code()
    {
        var (_, _, raid) = await _app.PlannedRaid();
        var io = await _app.ClientFor(Demo.IoKashmir);
        await (await io.PostAsJsonAsync($"/api/raids/{raid.Id()}/complete", new
        {
            endedAt = _app.Clock.GetUtcNow(),
            witnesses = Investigation.TwoWitnesses,
            audioVideoRecorded = false,
            version = raid.Version(),
        })).ShouldBe(HttpStatusCode.Conflict, "Raid.IllegalStatusChange");

        var sho = await _app.ClientFor(Demo.ShoKashmir);
        var calledOff = await (await sho.PostAsJsonAsync($"/api/raids/{raid.Id()}/call-off", new { reason = "Premises found locked and abandoned.", version = raid.Version() }))
            .ShouldBe(HttpStatusCode.OK);
        Assert.That(calledOff.GetProperty("status").GetString(), Is.EqualTo("CalledOff"));
        await (await io.PostAsJsonAsync($"/api/raids/{raid.Id()}/start", new { startedAt = _app.Clock.GetUtcNow(), version = calledOff.Version() }))
            .ShouldBe(HttpStatusCode.Conflict, "Raid.IllegalStatusChange");
        await (await sho.PostAsJsonAsync($"/api/raids/{raid.Id()}/call-off", new { reason = "again", version = calledOff.Version() }))
            .ShouldBe(HttpStatusCode.Conflict, "Raid.IllegalStatusChange");
    }

    [Test]
    public async Task A_stale_version_answers_409_and_concurrent_starts_let_one_through()
    {
        var (_, _, raid) = await _app.PlannedRaid();
        var io = await _app.ClientFor(Demo.IoKashmir);
        var io2 = await _app.ClientFor(Demo.Io2Kashmir);
        var results = await Task.WhenAll(
            io.PostAsJsonAsync($"/api/raids/{raid.Id()}/start", new { startedAt = _app.Clock.GetUtcNow(), version = raid.Version() }),
            io2.PostAsJsonAsync($"/api/raids/{raid.Id()}/start", new { startedAt = _app.Clock.GetUtcNow(), version = raid.Version() }));
        Assert.That(results.Count(r => r.StatusCode == HttpStatusCode.OK), Is.EqualTo(1));
        Assert.That(results.Count(r => r.StatusCode == HttpStatusCode.Conflict), Is.EqualTo(1));

        var sho = await _app.ClientFor(Demo.ShoKashmir);
        await (await sho.PostAsJsonAsync($"/api/raids/{raid.Id()}/call-off", new { reason = "x", version = raid.Version() }))
            .ShouldBe(HttpStatusCode.Conflict, "Concurrency.Conflict");
    }

    [Test]
    public async Task Only_the_SHO_plans_and_calls_off_and_only_the_team_records_execution()
    {
        var fir = await _app.NewFir();
        var premises = await _app.NewPremises();
        var io = await _app.ClientFor(Demo.IoKashmir);
        await (await io.PostAsJsonAsync($"/api/firs/{fir.Id()}/raids", Investigation.RaidBody(premises.Id(), _app.Clock.GetUtcNow())))
            .ShouldBe(HttpStatusCode.Forbidden, "Access.Forbidden");

        var (_, _, raid) = await _app.PlannedRaid();
        await (await io.PostAsJsonAsync($"/api/raids/{raid.Id()}/call-off", new { reason = "x", version = raid.Version() }))
            .ShouldBe(HttpStatusCode.Forbidden, "Access.Forbidden");
        var malkhana = await _app.ClientFor(Demo.MalkhanaKashmir);
        await (await malkhana.PostAsJsonAsync($"/api/raids/{raid.Id()}/start", new { startedAt = _app.Clock.GetUtcNow(), version = raid.Version() }))
            .ShouldBe(HttpStatusCode.Forbidden, "Access.Forbidden");
        // The SHO holds the IO role too, but is not in this raid's team.
        var sho = await _app.ClientFor(Demo.ShoKashmir);
        await (await sho.PostAsJsonAsync($"/api/raids/{raid.Id()}/start", new { startedAt = _app.Clock.GetUtcNow(), version = raid.Version() }))
            .ShouldBe(HttpStatusCode.Forbidden, "Access.Forbidden");
    }

    [Test]
    public async Task Bad_raid_input_answers_400_or_422_with_the_fields()
    {
        var fir = await _app.NewFir();
        var premises = await _app.NewPremises();
        var sho = await _app.ClientFor(Demo.ShoKashmir);
        var problem = await (await sho.PostAsJsonAsync($"/api/firs/{fir.Id()}/raids", new
        {
            premisesId = premises.Id(),
            members = new object[] { new { name = "SI Someone" } },
            purpose = "Search",
        })).ShouldBe(HttpStatusCode.BadRequest, "Validation.Failed");
        Assert.That(problem.FieldErrors(), Is.EquivalentTo(new[] { "scheduledAt", "leadOfficerId", "members[0].rank", "members[0].unit", "reasons" }));

        var jammuLead = await (await sho.PostAsJsonAsync($"/api/firs/{fir.Id()}/raids",
                Investigation.RaidBody(premises.Id(), _app.Clock.GetUtcNow(), lead: Demo.IoJammu)))
            .ShouldBe(HttpStatusCode.UnprocessableEntity, "Raid.LeadNotOfStation");
        Assert.That(jammuLead.FieldErrors(), Is.EqualTo(new[] { "leadOfficerId" }));

        var (_, _, raid) = await _app.PlannedRaid();
        var io = await _app.ClientFor(Demo.IoKashmir);
        await (await io.PostAsJsonAsync($"/api/raids/{raid.Id()}/start", new { })).ShouldBe(HttpStatusCode.BadRequest, "Validation.Failed");
        var future = await (await io.PostAsJsonAsync($"/api/raids/{raid.Id()}/start",
            new { startedAt = _app.Clock.GetUtcNow().AddHours(2), version = raid.Version() })).ShouldBe(HttpStatusCode.UnprocessableEntity, "Raid.TimeInFuture");
        Assert.That(future.FieldErrors(), Is.EqualTo(new[] { "startedAt" }));
        var witnessProblem = await (await io.PostAsJsonAsync($"/api/raids/{raid.Id()}/complete", new
        {
            endedAt = _app.Clock.GetUtcNow(),
            witnesses = new[] { new { name = "A", parentage = "", address = "B" } },
            version = raid.Version(),
        })).ShouldBe(HttpStatusCode.BadRequest, "Validation.Failed");
        Assert.That(witnessProblem.FieldErrors(), Is.EquivalentTo(new[] { "witnesses[0].parentage", "audioVideoRecorded" }));
        await (await io.GetAsync("/api/raids?status=Sleeping")).ShouldBe(HttpStatusCode.BadRequest);
        await (await io.GetAsync("/api/raids?from=2021-02-01T00:00:00Z&to=2021-01-01T00:00:00Z")).ShouldBe(HttpStatusCode.BadRequest, "Validation.Failed");
    }

    [Test]
    public async Task The_raid_board_filters_by_status_and_time()
    {
        var io = await _app.ClientFor(Demo.IoKashmir);
        var day = await (await io.GetAsync("/api/raids?status=Completed&from=2021-01-13T00:00:00%2B05:30&to=2021-01-14T00:00:00%2B05:30"))
            .ShouldBe(HttpStatusCode.OK);
        Assert.That(day.EnumerateArray().Select(r => r.Id()),
            Is.EquivalentTo(new[] { Seeding.RaidId(1), Seeding.RaidId(2), Seeding.RaidId(3), Seeding.RaidId(4) }));
        var planned = await (await io.GetAsync("/api/raids?status=Planned&to=2021-01-14T00:00:00Z")).ShouldBe(HttpStatusCode.OK);
        Assert.That(planned.GetArrayLength(), Is.Zero);
    }

    [Test]
    public async Task A_founding_raid_shows_its_team_witnesses_and_arrests()
    {
        var io = await _app.ClientFor(Demo.IoKashmir);
        var raid = await (await io.GetAsync($"/api/raids/{Seeding.RaidId(3)}")).ShouldBe(HttpStatusCode.OK);
        Assert.That(raid.GetProperty("premises").GetProperty("name").GetString(), Is.EqualTo("Quickfix Helpdesk"));
        Assert.That(raid.GetProperty("team").GetProperty("members").EnumerateArray()
            .All(m => m.GetProperty("unit").GetString()!.Contains("District Police Srinagar", StringComparison.Ordinal)), Is.True);
        Assert.That(raid.GetProperty("witnesses").GetArrayLength(), Is.EqualTo(2));
        Assert.That(raid.GetProperty("audioVideoRecorded").GetBoolean(), Is.False, "2021: no law asked for a recording, and none was made");
        Assert.That(raid.GetProperty("recordings").GetArrayLength(), Is.Zero);
        var particulars = raid.GetProperty("particulars");
        Assert.That(particulars.GetProperty("reasonsDiaryEntryId").GetGuid(), Is.EqualTo(CyberCase.Infrastructure.Seeding.Demo.DemoCaseDiary.EntryId(1)));
        Assert.That(particulars.GetProperty("reasonsRecordedAt").GetDateTimeOffset(), Is.LessThan(raid.GetProperty("startedAt").GetDateTimeOffset()),
            "the reasons were written in the diary before the search began");
        Assert.That(particulars.GetProperty("occupant").GetProperty("name").GetString(), Is.EqualTo("Junaid Ashraf Kawoosa (A16)"));
        Assert.That(raid.GetProperty("arrests").EnumerateArray().Select(a => a.GetProperty("code").GetString()),
            Is.EqualTo(new[] { "A16", "A17", "A18", "A19", "A20" }));
        Assert.That(raid.GetProperty("seizures").GetArrayLength(), Is.EqualTo(1), "one seizure memo per raid");
    }

    [Test]
    public async Task Another_stations_officers_get_404_on_every_raid_endpoint()
    {
        var raid = Seeding.RaidId(1);
        var version = Guid.NewGuid();
        var io = await _app.ClientFor(Demo.IoJammu);
        var sho = await _app.ClientFor(Demo.ShoJammu);
        await (await io.GetAsync($"/api/raids/{raid}")).ShouldBe(HttpStatusCode.NotFound, "Raid.NotFound");
        await (await io.GetAsync($"/api/firs/{Demo.FoundingFirId}/raids")).ShouldBe(HttpStatusCode.NotFound, "Fir.NotFound");
        await (await sho.PostAsJsonAsync($"/api/firs/{Demo.FoundingFirId}/raids", Investigation.RaidBody(Seeding.PremisesId(1), _app.Clock.GetUtcNow(), Demo.ShoJammu)))
            .ShouldBe(HttpStatusCode.NotFound, "Fir.NotFound");
        await (await sho.PostAsJsonAsync($"/api/raids/{raid}/start", new { startedAt = _app.Clock.GetUtcNow(), version }))
            .ShouldBe(HttpStatusCode.NotFound, "Raid.NotFound");
        await (await sho.PostAsJsonAsync($"/api/raids/{raid}/complete", new { endedAt = _app.Clock.GetUtcNow(), audioVideoRecorded = true, version }))
            .ShouldBe(HttpStatusCode.NotFound, "Raid.NotFound");
        await (await sho.PostAsJsonAsync($"/api/raids/{raid}/call-off", new { reason = "x", version }))
            .ShouldBe(HttpStatusCode.NotFound, "Raid.NotFound");
        var board = await (await io.GetAsync("/api/raids")).ShouldBe(HttpStatusCode.OK);
        Assert.That(board.EnumerateArray().Select(r => r.Id()), Does.Not.Contain(raid));
    }
}
