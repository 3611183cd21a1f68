using System.Net;
using CyberCase.Api.Tests.Infrastructure;

namespace CyberCase.Api.Tests.Auth;

public sealed class OfficerTests : ApiTest
{
    [Test]
    public async Task An_officer_finds_themselves()
    {
        var me = await (await (await App.ClientFor(Demo.ShoKashmir)).GetAsync("/api/me")).ShouldBe(HttpStatusCode.OK);
        Assert.That(me.GetProperty("id").GetGuid(), Is.EqualTo(Demo.OfficerId(Demo.ShoKashmir)));
        Assert.That(me.GetProperty("userName").GetString(), Is.EqualTo(Demo.ShoKashmir));
        Assert.That(me.GetProperty("name").GetString(), Is.EqualTo("Tariq Ahmad Mir"));
        Assert.That(me.GetProperty("rank").GetString(), Is.EqualTo("Inspector"));
        Assert.That(me.GetProperty("station").GetProperty("code").GetString(), Is.EqualTo("CPS-KZ"));
        Assert.That(me.GetProperty("roles").EnumerateArray().Select(r => r.GetString()),
            Is.EquivalentTo(new[] { "StationHouseOfficer", "InvestigatingOfficer" }));
    }

    [Test]
    public async Task An_officer_lists_the_officers_of_their_station_and_only_theirs()
    {
        var io = await App.ClientFor(Demo.IoKashmir);
        var station = (await (await io.GetAsync("/api/me")).ShouldBe(HttpStatusCode.OK)).GetProperty("station").GetProperty("id").GetGuid();
        var officers = await (await io.GetAsync($"/api/stations/{station}/officers")).ShouldBe(HttpStatusCode.OK);
        var names = officers.EnumerateArray().Select(o => o.GetProperty("userName").GetString()).ToList();
        Assert.That(names, Is.EquivalentTo(new[] { Demo.ShoKashmir, Demo.IoKashmir, Demo.Io2Kashmir, Demo.ProsecutorKashmir, Demo.MalkhanaKashmir, Demo.Admin }));
        var io2 = officers.EnumerateArray().Single(o => o.GetProperty("userName").GetString() == Demo.Io2Kashmir);
        Assert.That(io2.GetProperty("roles").EnumerateArray().Select(r => r.GetString()), Is.EqualTo(new[] { "InvestigatingOfficer" }));
        Assert.That(io2.GetProperty("rank").GetString(), Is.EqualTo("SubInspector"));

        var jammu = (await (await (await App.ClientFor(Demo.IoJammu)).GetAsync("/api/me")).ShouldBe(HttpStatusCode.OK))
            .GetProperty("station").GetProperty("id").GetGuid();
        await (await io.GetAsync($"/api/stations/{jammu}/officers")).ShouldBe(HttpStatusCode.NotFound, "Station.NotFound");
        await (await io.GetAsync($"/api/stations/{Guid.NewGuid()}/officers")).ShouldBe(HttpStatusCode.NotFound, "Station.NotFound");
    }

    [Test]
    public async Task An_SHO_cannot_lock_another_stations_officer_an_administrator_or_themselves()
    {
        var sho = await App.ClientFor(Demo.ShoKashmir);
        await (await sho.PostAsync($"/api/officers/{Demo.OfficerId(Demo.IoJammu)}/lock", null)).ShouldBe(HttpStatusCode.NotFound, "Officer.NotFound");
        await (await sho.PostAsync($"/api/officers/{Demo.OfficerId(Demo.Admin)}/lock", null)).ShouldBe(HttpStatusCode.Forbidden, "Access.Forbidden");
        await (await sho.PostAsync($"/api/officers/{Demo.OfficerId(Demo.ShoKashmir)}/lock", null)).ShouldBe(HttpStatusCode.UnprocessableEntity, "Officer.OwnAccount");
        await (await sho.PostAsync($"/api/officers/{Demo.OfficerId(Demo.IoKashmir)}/disable", null)).ShouldBe(HttpStatusCode.Forbidden, "Access.Forbidden");
        var io = await App.ClientFor(Demo.IoKashmir);
        await (await io.PostAsync($"/api/officers/{Demo.OfficerId(Demo.Io2Kashmir)}/lock", null)).ShouldBe(HttpStatusCode.Forbidden, "Access.Forbidden");
    }
}
