using System.Net;
using CyberCase.Api.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CyberCase.Api.Tests.Auth;

/// <summary>Refused access lands in the audit trail, and a flood of it adds a bounded number of records.</summary>
public sealed class SecurityEventTests : ApiTest
{
    private Task<List<(string? User, string? EntityId, string Changes)>> Records(string action) => App.WithDb(async db =>
        (await db.AuditRecords.Where(a => a.Action == action).OrderBy(a => a.Sequence)
            .Select(a => new { a.UserName, a.EntityId, a.Changes }).ToListAsync())
        .Select(a => (a.UserName, a.EntityId, a.Changes)).ToList());

    [Test]
    public async Task A_wrong_role_is_recorded_with_who_and_what()
    {
        var prosecutor = await App.ClientFor(Demo.ProsecutorKashmir);
        await (await prosecutor.PostAsync($"/api/officers/{Demo.OfficerId(Demo.IoKashmir)}/lock", null)).ShouldBe(HttpStatusCode.Forbidden);
        var records = await Records("Security.Forbidden");
        Assert.That(records.Any(r => r.User == Demo.ProsecutorKashmir && r.EntityId == $"POST /api/officers/{Demo.OfficerId(Demo.IoKashmir)}/lock"),
            string.Join("\n", records));
    }

    [Test]
    public async Task Another_stations_record_reached_by_id_is_recorded()
    {
        var jammu = await App.ClientFor(Demo.IoJammu);
        await (await jammu.GetAsync($"/api/firs/{Demo.FoundingFirId}")).ShouldBe(HttpStatusCode.NotFound);
        var records = await Records("Security.NotFound");
        Assert.That(records.Any(r => r.User == Demo.IoJammu && r.EntityId == $"GET /api/firs/{Demo.FoundingFirId}"), string.Join("\n", records));
    }

    [Test]
    public async Task A_rejected_token_is_recorded_and_a_missing_one_is_not()
    {
        await (await App.CreateClient().GetAsync("/api/firs")).ShouldBe(HttpStatusCode.Unauthorized);
        Assert.That(await Records("Security.TokenRejected"), Is.Empty, "no token is not an attack");

        var forged = App.CreateClient();
        forged.DefaultRequestHeaders.Authorization = new("Bearer", "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl");
        await (await forged.GetAsync("/api/firs")).ShouldBe(HttpStatusCode.Unauthorized, "Auth.Required");
        var records = await Records("Security.TokenRejected");
        Assert.That(records, Has.Count.EqualTo(1));
        Assert.That(records[0].EntityId, Is.EqualTo("GET /api/firs"));
        Assert.That(records[0].Changes, Does.Contain("address"));
    }

    [Test]
    public async Task A_flood_of_refusals_adds_one_record_an_interval_with_the_count_left_out()
    {
        var jammu = await App.ClientFor(Demo.ShoJammu);
        for (var i = 0; i < 30; i++)
        {
            await (await jammu.GetAsync($"/api/firs/{Guid.NewGuid()}")).ShouldBe(HttpStatusCode.NotFound);
        }

        var mine = (await Records("Security.NotFound")).Where(r => r.User == Demo.ShoJammu).ToList();
        Assert.That(mine, Has.Count.EqualTo(1));

        App.Clock.Advance(TimeSpan.FromMinutes(1));
        await (await jammu.GetAsync($"/api/firs/{Guid.NewGuid()}")).ShouldBe(HttpStatusCode.NotFound);
        mine = (await Records("Security.NotFound")).Where(r => r.User == Demo.ShoJammu).ToList();
        Assert.That(mine, Has.Count.EqualTo(2));
        Assert.That(mine[1].Changes, Does.Contain("\"suppressedSinceLastRecord\":29"));

        var verify = await (await (await App.ClientFor(Demo.Admin)).GetAsync("/api/audit/verify")).ShouldBe(HttpStatusCode.OK);
        Assert.That(verify.GetProperty("valid").GetBoolean(), Is.True, "the chain still verifies");
    }
}
