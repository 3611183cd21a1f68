using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CyberCase.Api.Tests.Infrastructure;

namespace CyberCase.Api.Tests.Audit;

public sealed class AuditTrailTests : ApiTest
{
    [Test]
    public async Task Registering_and_assigning_are_recorded_with_who_station_action_and_old_and_new_values()
    {
        var io = await App.ClientFor(Demo.IoKashmir);
        var fir = await (await io.PostAsJsonAsync("/api/firs", Demo.NewFirBody())).ShouldBe(HttpStatusCode.Created);
        var id = fir.GetProperty("id").GetString();
        var sho = await App.ClientFor(Demo.ShoKashmir);
        await (await sho.PostAsJsonAsync($"/api/firs/{id}/assignment",
            new { officerId = Demo.OfficerId(Demo.Io2Kashmir), version = fir.GetProperty("version").GetGuid() })).ShouldBe(HttpStatusCode.OK);

        var trail = await (await sho.GetAsync($"/api/audit?entityType=Fir&entityId={id}")).ShouldBe(HttpStatusCode.OK);
        var records = trail.GetProperty("items").EnumerateArray().ToList();
        Assert.That(records.Select(r => r.GetProperty("action").GetString()), Is.EqualTo(new[] { "AssignFir", "RegisterFir" }));

        var assign = records[0];
        Assert.That(assign.GetProperty("userName").GetString(), Is.EqualTo(Demo.ShoKashmir));
        Assert.That(assign.GetProperty("stationId").GetGuid(), Is.EqualTo(fir.GetProperty("station").GetProperty("id").GetGuid()));
        var changes = JsonDocument.Parse(assign.GetProperty("changes").GetString()!).RootElement;
        Assert.That(changes.GetProperty("AssignedOfficerId").GetProperty("new").GetGuid(), Is.EqualTo(Demo.OfficerId(Demo.Io2Kashmir)));
        Assert.That(changes.GetProperty("AssignedOfficerId").GetProperty("old").ValueKind, Is.EqualTo(JsonValueKind.Null));
        Assert.That(records[1].GetProperty("userName").GetString(), Is.EqualTo(Demo.IoKashmir));
    }

    [Test]
    public async Task The_chain_verifies_and_a_record_altered_in_the_database_is_caught()
    {
        var admin = await App.ClientFor(Demo.Admin);
        var io = await App.ClientFor(Demo.IoKashmir);
        await (await io.PostAsJsonAsync("/api/firs", Demo.NewFirBody())).ShouldBe(HttpStatusCode.Created);

        var good = await (await admin.GetAsync("/api/audit/verify")).ShouldBe(HttpStatusCode.OK);
        Assert.That(good.GetProperty("valid").GetBoolean(), Is.True);
        var count = good.GetProperty("records").GetInt64();
        Assert.That(count, Is.GreaterThan(5));

        // An insider edits who did something, straight in the database file.
        await App.ExecuteRawSqlAsync("UPDATE AuditRecords SET UserName = 'someone.else' WHERE Sequence = 3");
        var bad = await (await admin.GetAsync("/api/audit/verify")).ShouldBe(HttpStatusCode.OK);
        Assert.That(bad.GetProperty("valid").GetBoolean(), Is.False);
        Assert.That(bad.GetProperty("firstBrokenId").GetInt64(), Is.EqualTo(3));
    }

    [Test]
    public async Task A_removed_record_is_caught()
    {
        using var app = new CyberCaseApp();
        var admin = await app.ClientFor(Demo.Admin);
        await app.ExecuteRawSqlAsync("DELETE FROM AuditRecords WHERE Sequence = 5");
        var bad = await (await admin.GetAsync("/api/audit/verify")).ShouldBe(HttpStatusCode.OK);
        Assert.That(bad.GetProperty("valid").GetBoolean(), Is.False);
        Assert.That(bad.GetProperty("firstBrokenId").GetInt64(), Is.EqualTo(6));
    }

    [Test]
    public async Task Only_admins_verify_and_IOs_do_not_read_the_trail()
    {
        await (await (await App.ClientFor(Demo.ShoKashmir)).GetAsync("/api/audit/verify")).ShouldBe(HttpStatusCode.Forbidden);
        await (await (await App.ClientFor(Demo.IoKashmir)).GetAsync("/api/audit")).ShouldBe(HttpStatusCode.Forbidden);
        await (await App.CreateClient().GetAsync("/api/audit")).ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Test]
    public async Task An_SHO_sees_only_the_records_of_their_station()
    {
        var jammu = await App.ClientFor(Demo.ShoJammu);
        var kashmirStation = (await App.WithDb(async db => await Task.FromResult(db.Stations.Single(s => s.Code == "CPS-KZ").Id)));
        var trail = await (await jammu.GetAsync("/api/audit?pageSize=200")).ShouldBe(HttpStatusCode.OK);
        Assert.That(trail.GetProperty("items").EnumerateArray()
            .Any(r => r.GetProperty("stationId").ValueKind == JsonValueKind.String && r.GetProperty("stationId").GetGuid() == kashmirStation), Is.False);
        await (await jammu.GetAsync("/api/audit?page=0")).ShouldBe(HttpStatusCode.BadRequest);
    }
}
