using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CyberCase.Api.Tests.Infrastructure;

namespace CyberCase.Api.Tests.Firs;

public sealed class FirWorkflowTests : ApiTest
{
    private async Task<JsonElement> NewFir()
    {
        var io = await App.ClientFor(Demo.IoKashmir);
        return await (await io.PostAsJsonAsync("/api/firs", Demo.NewFirBody())).ShouldBe(HttpStatusCode.Created);
    }

    private static Guid Version(JsonElement fir) => fir.GetProperty("version").GetGuid();

    [Test]
    public async Task The_SHO_assigns_an_IO_of_the_station()
    {
        var fir = await NewFir();
        var sho = await App.ClientFor(Demo.ShoKashmir);
        var assigned = await (await sho.PostAsJsonAsync($"/api/firs/{fir.GetProperty("id")}/assignment",
            new { officerId = Demo.OfficerId(Demo.Io2Kashmir), version = Version(fir) })).ShouldBe(HttpStatusCode.OK);
        Assert.That(assigned.GetProperty("assignedOfficer").GetProperty("id").GetGuid(), Is.EqualTo(Demo.OfficerId(Demo.Io2Kashmir)));
        Assert.That(Version(assigned), Is.Not.EqualTo(Version(fir)), "every save renews the concurrency token");
    }

    [Test]
    public async Task Assigning_to_an_officer_of_another_station_or_a_non_IO_is_refused()
    {
        var fir = await NewFir();
        var sho = await App.ClientFor(Demo.ShoKashmir);
        foreach (var officer in new[] { Demo.IoJammu, Demo.ProsecutorKashmir })
        {
            var problem = await (await sho.PostAsJsonAsync($"/api/firs/{fir.GetProperty("id")}/assignment",
                    new { officerId = Demo.OfficerId(officer), version = Version(fir) }))
                .ShouldBe(HttpStatusCode.UnprocessableEntity, "Fir.AssigneeNotInvestigatingOfficer");
            Assert.That(problem.FieldErrors(), Does.Contain("officerId"));
        }
    }

    [Test]
    public async Task Only_the_SHO_assigns()
    {
        var fir = await NewFir();
        var io = await App.ClientFor(Demo.IoKashmir);
        await (await io.PostAsJsonAsync($"/api/firs/{fir.GetProperty("id")}/assignment",
            new { officerId = Demo.OfficerId(Demo.IoKashmir), version = Version(fir) })).ShouldBe(HttpStatusCode.Forbidden);
    }

    [Test]
    public async Task A_stale_version_answers_409_and_does_not_overwrite()
    {
        var fir = await NewFir();
        var id = fir.GetProperty("id").GetGuid();
        var sho = await App.ClientFor(Demo.ShoKashmir);
        await (await sho.PostAsJsonAsync($"/api/firs/{id}/assignment",
            new { officerId = Demo.OfficerId(Demo.Io2Kashmir), version = Version(fir) })).ShouldBe(HttpStatusCode.OK);

        // A second SHO screen still holds the first version.
        await (await sho.PostAsJsonAsync($"/api/firs/{id}/assignment",
            new { officerId = Demo.OfficerId(Demo.IoKashmir), version = Version(fir) })).ShouldBe(HttpStatusCode.Conflict, "Concurrency.Conflict");
        var io = await App.ClientFor(Demo.IoKashmir);
        await (await io.PostAsJsonAsync($"/api/firs/{id}/status",
            new { status = "UnderInvestigation", version = Version(fir) })).ShouldBe(HttpStatusCode.Conflict, "Concurrency.Conflict");

        var now = await (await sho.GetAsync($"/api/firs/{id}")).ShouldBe(HttpStatusCode.OK);
        Assert.That(now.GetProperty("assignedOfficer").GetProperty("id").GetGuid(), Is.EqualTo(Demo.OfficerId(Demo.Io2Kashmir)));
        Assert.That(now.GetProperty("status").GetString(), Is.EqualTo("Registered"));
    }

    [Test]
    public async Task Concurrent_status_changes_with_the_same_version_let_exactly_one_through()
    {
        var fir = await NewFir();
        var id = fir.GetProperty("id").GetGuid();
        var io = await App.ClientFor(Demo.IoKashmir);
        var io2 = await App.ClientFor(Demo.Io2Kashmir);
        var results = await Task.WhenAll(
            io.PostAsJsonAsync($"/api/firs/{id}/status", new { status = "UnderInvestigation", version = Version(fir) }),
            io2.PostAsJsonAsync($"/api/firs/{id}/status", new { status = "UnderInvestigation", version = Version(fir) }));
        Assert.That(results.Count(r => r.StatusCode == HttpStatusCode.OK), Is.EqualTo(1));
        Assert.That(results.Count(r => r.StatusCode == HttpStatusCode.Conflict), Is.EqualTo(1));
    }

    [Test]
    public async Task Status_moves_forward_only()
    {
        var fir = await NewFir();
        var id = fir.GetProperty("id").GetGuid();
        var io = await App.ClientFor(Demo.IoKashmir);

        await (await io.PostAsJsonAsync($"/api/firs/{id}/status", new { status = "Registered", version = Version(fir) }))
            .ShouldBe(HttpStatusCode.Conflict, "Fir.IllegalStatusChange");
        var investigating = await (await io.PostAsJsonAsync($"/api/firs/{id}/status",
            new { status = "UnderInvestigation", version = Version(fir) })).ShouldBe(HttpStatusCode.OK);
        Assert.That(investigating.GetProperty("status").GetString(), Is.EqualTo("UnderInvestigation"));
        await (await io.PostAsJsonAsync($"/api/firs/{id}/status", new { status = "Registered", version = Version(investigating) }))
            .ShouldBe(HttpStatusCode.Conflict, "Fir.IllegalStatusChange");
        // Charge-sheeted or closed only by forwarding the police report (PoliceReportTests).
        await (await io.PostAsJsonAsync($"/api/firs/{id}/status", new { status = "ChargeSheeted", version = Version(investigating) }))
            .ShouldBe(HttpStatusCode.Conflict, "Fir.ClosedByPoliceReport");
    }

    [Test]
    public async Task A_status_change_needs_a_status_and_a_version()
    {
        var fir = await NewFir();
        var io = await App.ClientFor(Demo.IoKashmir);
        var problem = await (await io.PostAsJsonAsync($"/api/firs/{fir.GetProperty("id")}/status", new { }))
            .ShouldBe(HttpStatusCode.BadRequest, "Validation.Failed");
        Assert.That(problem.FieldErrors(), Is.EquivalentTo(new[] { "status", "version" }));
    }

    [Test]
    public async Task Supplementary_statements_are_appended_with_who_and_when_and_the_FIR_text_is_untouched()
    {
        var fir = await NewFir();
        var id = fir.GetProperty("id").GetGuid();
        var io = await App.ClientFor(Demo.IoKashmir);
        var after = await (await io.PostAsJsonAsync($"/api/firs/{id}/supplementary-statements",
            new { text = "The complainant later identified a second UPI handle." })).ShouldBe(HttpStatusCode.Created);

        var statement = after.GetProperty("supplementaryStatements").EnumerateArray().Single();
        Assert.That(statement.GetProperty("recordedBy").GetProperty("id").GetGuid(), Is.EqualTo(Demo.OfficerId(Demo.IoKashmir)));
        Assert.That(after.GetProperty("narrative").GetString(), Is.EqualTo(fir.GetProperty("narrative").GetString()));
        await (await io.PostAsJsonAsync($"/api/firs/{id}/supplementary-statements", new { text = "" }))
            .ShouldBe(HttpStatusCode.BadRequest, "Validation.Failed");
    }

    [Test]
    public async Task Every_FIR_endpoint_answers_404_for_another_stations_FIR()
    {
        var jammu = Demo.JammuFirId;
        var io = await App.ClientFor(Demo.IoKashmir);
        var sho = await App.ClientFor(Demo.ShoKashmir);
        var version = Guid.NewGuid();
        await (await io.GetAsync($"/api/firs/{jammu}")).ShouldBe(HttpStatusCode.NotFound, "Fir.NotFound");
        await (await sho.PostAsJsonAsync($"/api/firs/{jammu}/assignment", new { officerId = Demo.OfficerId(Demo.IoKashmir), version }))
            .ShouldBe(HttpStatusCode.NotFound, "Fir.NotFound");
        await (await io.PostAsJsonAsync($"/api/firs/{jammu}/status", new { status = "UnderInvestigation", version }))
            .ShouldBe(HttpStatusCode.NotFound, "Fir.NotFound");
        await (await io.PostAsJsonAsync($"/api/firs/{jammu}/supplementary-statements", new { text = "x" }))
            .ShouldBe(HttpStatusCode.NotFound, "Fir.NotFound");
        // ...exactly like an id that does not exist at all.
        await (await io.GetAsync($"/api/firs/{Guid.NewGuid()}")).ShouldBe(HttpStatusCode.NotFound, "Fir.NotFound");
    }
}
