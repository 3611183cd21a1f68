using System.Net;
using System.Net.Http.Json;
using System.Text;
using CyberCase.Api.Tests.Infrastructure;
using CyberCase.Application.Firs.RegisterFir;
using CyberCase.Domain.Firs;
using CyberCase.Domain.Statutes;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CyberCase.Api.Tests.Firs;

public sealed class RegisterFirTests : ApiTest
{
    [Test]
    public async Task An_IO_registers_an_FIR_reads_it_back_and_sees_it_listed()
    {
        var io = await App.ClientFor(Demo.IoKashmir);
        var response = await io.PostAsJsonAsync("/api/firs", Demo.NewFirBody(informant: "Registered Readback"));
        var fir = await response.ShouldBe(HttpStatusCode.Created);

        var id = fir.GetProperty("id").GetGuid();
        Assert.That(response.Headers.Location?.ToString(), Is.EqualTo($"/api/firs/{id}"));
        var year = App.Clock.GetUtcNow().ToOffset(TimeSpan.FromHours(5.5)).Year;
        Assert.That(fir.GetProperty("number").GetString(), Does.Match($@"^\d{{2,}}/{year}$"));
        Assert.That(fir.GetProperty("status").GetString(), Is.EqualTo("Registered"));
        Assert.That(fir.GetProperty("station").GetProperty("code").GetString(), Is.EqualTo("CPS-KZ"));

        var read = await (await io.GetAsync($"/api/firs/{id}")).ShouldBe(HttpStatusCode.OK);
        Assert.That(read.ToString(), Is.EqualTo(fir.ToString()), "the 201 body is the FIR exactly as a later read gives it");
        Assert.That(read.GetProperty("informant").GetProperty("name").GetString(), Is.EqualTo("Registered Readback"));
        Assert.That(read.GetProperty("sections").EnumerateArray().Select(s => s.GetProperty("display").GetString()),
            Is.EquivalentTo(new[] { "BNS 318(4)", "IT Act 66D" }));

        var list = await (await io.GetAsync("/api/firs?pageSize=200")).ShouldBe(HttpStatusCode.OK);
        Assert.That(list.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetGuid()), Does.Contain(id));
    }

    [Test]
    public async Task The_founding_FIR_shows_the_BNS_equivalent_of_each_IPC_section()
    {
        var io = await App.ClientFor(Demo.IoKashmir);
        var fir = await (await io.GetAsync($"/api/firs/{Demo.FoundingFirId}")).ShouldBe(HttpStatusCode.OK);
        Assert.That(fir.GetProperty("number").GetString(), Is.EqualTo("02/2021"));
        Assert.That(fir.GetProperty("informationType").GetString(), Is.EqualTo("SuoMotu"));
        Assert.That(fir.GetProperty("assignedOfficer").GetProperty("id").GetGuid(), Is.EqualTo(Demo.OfficerId(Demo.IoKashmir)));
        var equivalents = fir.GetProperty("sections").EnumerateArray()
            .Where(s => s.GetProperty("act").GetString() == "IPC")
            .ToDictionary(s => s.GetProperty("section").GetString()!, s => s.GetProperty("bnsEquivalent").GetProperty("display").GetString());
        Assert.That(equivalents, Is.EqualTo(new Dictionary<string, string> { ["419"] = "BNS 319(2)", ["420"] = "BNS 318(4)", ["120-B"] = "BNS 61(2)" }));
    }

    [Test]
    public async Task An_officer_of_another_station_gets_404_for_the_FIR_and_does_not_see_it_listed()
    {
        var io = await App.ClientFor(Demo.IoKashmir);
        var created = await (await io.PostAsJsonAsync("/api/firs", Demo.NewFirBody(informant: "Kashmir Only"))).ShouldBe(HttpStatusCode.Created);
        var id = created.GetProperty("id").GetGuid();

        var jammu = await App.ClientFor(Demo.IoJammu);
        await (await jammu.GetAsync($"/api/firs/{id}")).ShouldBe(HttpStatusCode.NotFound, "Fir.NotFound");
        var list = await (await jammu.GetAsync("/api/firs?pageSize=200")).ShouldBe(HttpStatusCode.OK);
        Assert.That(list.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetGuid()), Does.Not.Contain(id));
        var search = await (await jammu.GetAsync("/api/firs?q=Kashmir%20Only")).ShouldBe(HttpStatusCode.OK);
        Assert.That(search.GetProperty("total").GetInt32(), Is.Zero);
    }

    [Test]
    public async Task A_prosecutor_cannot_register_an_FIR()
    {
        var prosecutor = await App.ClientFor(Demo.ProsecutorKashmir);
        await (await prosecutor.PostAsJsonAsync("/api/firs", Demo.NewFirBody())).ShouldBe(HttpStatusCode.Forbidden, "Access.Forbidden");
    }

    [Test]
    public async Task Without_a_token_the_register_answers_401()
    {
        var anonymous = App.CreateClient();
        await (await anonymous.PostAsJsonAsync("/api/firs", Demo.NewFirBody())).ShouldBe(HttpStatusCode.Unauthorized, "Auth.Required");
        await (await anonymous.GetAsync("/api/firs")).ShouldBe(HttpStatusCode.Unauthorized, "Auth.Required");
    }

    [Test]
    public async Task An_empty_body_answers_400_naming_every_missing_field()
    {
        var io = await App.ClientFor(Demo.IoKashmir);
        var problem = await (await io.PostAsJsonAsync("/api/firs", new { })).ShouldBe(HttpStatusCode.BadRequest, "Validation.Failed");
        Assert.That(problem.FieldErrors(), Is.SupersetOf(new[]
            { "occurredFrom", "occurredTo", "placeOfOccurrence", "informationType", "informant", "sections", "narrative" }));
    }

    [TestCase("""{"occurredFrom": "yesterday"}""", "occurredFrom")]
    [TestCase("""{"informationType": "Telepathy"}""", "informationType")]
    [TestCase("""{"sections": [{"act": "CrPC", "section": "154"}]}""", "sections[0].act")]
    [TestCase("""{"sections": "420"}""", "sections")]
    [TestCase("""{"narrative": """, "narrative")]
    [TestCase("""[1, 2, 3]""", "body")]
    public async Task Malformed_json_answers_400_with_the_field_named(string json, string field)
    {
        var io = await App.ClientFor(Demo.IoKashmir);
        var response = await io.PostAsync("/api/firs", new StringContent(json, Encoding.UTF8, "application/json"));
        var problem = await response.ShouldBe(HttpStatusCode.BadRequest, "Request.Malformed");
        Assert.That(problem.FieldErrors(), Does.Contain(field));
    }

    [Test]
    public async Task A_section_written_wrongly_answers_400_for_that_section()
    {
        var io = await App.ClientFor(Demo.IoKashmir);
        var body = Demo.NewFirBody();
        var json = System.Text.Json.JsonSerializer.Serialize(body).Replace("318(4)", "three-eighteen", StringComparison.Ordinal);
        var problem = await (await io.PostAsync("/api/firs", new StringContent(json, Encoding.UTF8, "application/json")))
            .ShouldBe(HttpStatusCode.BadRequest, "Validation.Failed");
        Assert.That(problem.FieldErrors(), Does.Contain("sections[0].section"));
    }

    [Test]
    public async Task A_section_missing_from_the_reference_data_answers_422()
    {
        var io = await App.ClientFor(Demo.IoKashmir);
        var body = With(Demo.NewFirBody(), sections: [new { act = "BNS", section = "999" }]);
        var problem = await (await io.PostAsJsonAsync("/api/firs", body)).ShouldBe(HttpStatusCode.UnprocessableEntity, "Fir.UnknownSection");
        Assert.That(problem.FieldErrors(), Does.Contain("sections[0].section"));
    }

    [Test]
    public async Task IPC_sections_are_refused_for_an_offence_after_1_July_2024()
    {
        var io = await App.ClientFor(Demo.IoKashmir);
        var body = With(Demo.NewFirBody(), sections: [new { act = "IPC", section = "420" }]);
        await (await io.PostAsJsonAsync("/api/firs", body)).ShouldBe(HttpStatusCode.UnprocessableEntity, "Fir.IpcAfterRepeal");
    }

    [Test]
    public async Task BNS_sections_are_refused_for_an_offence_before_1_July_2024()
    {
        var io = await App.ClientFor(Demo.IoKashmir);
        var body = With(Demo.NewFirBody(), sections: [new { act = "BNS", section = "318(4)" }],
            from: "2024-06-30T23:59:00+05:30", to: "2024-06-30T23:59:30+05:30");
        await (await io.PostAsJsonAsync("/api/firs", body)).ShouldBe(HttpStatusCode.UnprocessableEntity, "Fir.BnsBeforeCommencement");
    }

    [Test]
    public async Task An_occurrence_after_registration_is_refused()
    {
        var io = await App.ClientFor(Demo.IoKashmir);
        var future = App.Clock.GetUtcNow().AddDays(2);
        var body = With(Demo.NewFirBody(), from: future.ToString("O"), to: future.AddHours(1).ToString("O"));
        var problem = await (await io.PostAsJsonAsync("/api/firs", body))
            .ShouldBe(HttpStatusCode.UnprocessableEntity, "Fir.OccurrenceAfterRegistration");
        Assert.That(problem.FieldErrors(), Does.Contain("occurredFrom"));
    }

    [Test]
    public async Task A_refused_registration_writes_nothing()
    {
        var io = await App.ClientFor(Demo.IoKashmir);
        var before = await Snapshot();
        var body = With(Demo.NewFirBody(), sections: [new { act = "BNS", section = "318(4)" }, new { act = "BNS", section = "999" }]);
        await (await io.PostAsJsonAsync("/api/firs", body)).ShouldBe(HttpStatusCode.UnprocessableEntity);
        Assert.That(await Snapshot(), Is.EqualTo(before));
    }

    [Test]
    public async Task Parallel_registrations_never_share_a_number()
    {
        var clients = new[] { await App.ClientFor(Demo.IoKashmir), await App.ClientFor(Demo.Io2Kashmir), await App.ClientFor(Demo.ShoKashmir) };
        var responses = await Task.WhenAll(Enumerable.Range(0, 24).Select(i =>
            clients[i % clients.Length].PostAsJsonAsync("/api/firs", Demo.NewFirBody(informant: $"Parallel {i}"))));
        var numbers = new List<string>();
        foreach (var response in responses)
        {
            numbers.Add((await response.ShouldBe(HttpStatusCode.Created)).GetProperty("number").GetString()!);
        }

        Assert.That(numbers, Is.Unique);
        // Registrations are written together by whichever request holds the writer: each FIR still names its own officer.
        var officers = new[] { Demo.IoKashmir, Demo.Io2Kashmir, Demo.ShoKashmir }.Select(Demo.OfficerId).ToArray();
        var registeredBy = await App.WithDb(db => db.Firs.Where(f => f.Informant.Name.StartsWith("Parallel "))
            .ToDictionaryAsync(f => f.Informant.Name, f => f.RegisteredBy));
        Assert.That(registeredBy, Has.Count.EqualTo(24));
        for (var i = 0; i < 24; i++)
        {
            Assert.That(registeredBy[$"Parallel {i}"], Is.EqualTo(officers[i % officers.Length]), $"FIR of Parallel {i}");
        }

        var serials = numbers.Select(n => int.Parse(n.Split('/')[0], System.Globalization.CultureInfo.InvariantCulture)).Order().ToList();
        Assert.That(serials.Last() - serials.First(), Is.EqualTo(23), "the 24 numbers are consecutive, no gaps");
    }

    [Test]
    public async Task A_registration_refused_among_parallel_ones_fails_alone_and_uses_up_no_number()
    {
        // The refused ones (BNS for a 2023 offence, a rule checked as the FIR is built inside the write transaction,
        // after its serial was taken) must fail on their own and leave no gap in the numbers: their transaction rolls back.
        var clients = new[] { await App.ClientFor(Demo.IoKashmir), await App.ClientFor(Demo.Io2Kashmir), await App.ClientFor(Demo.ShoKashmir) };
        var before = await Snapshot();
        var refused = With(Demo.NewFirBody(informant: "Refused"), sections: [new { act = "BNS", section = "318(4)" }],
            from: "2023-03-01T10:00:00+05:30", to: "2023-03-01T11:00:00+05:30");
        var responses = await Task.WhenAll(Enumerable.Range(0, 30).Select(i =>
            clients[i % clients.Length].PostAsJsonAsync("/api/firs", i % 5 == 2 ? refused : Demo.NewFirBody(informant: $"Together {i}"))));

        var serials = new List<int>();
        for (var i = 0; i < responses.Length; i++)
        {
            if (i % 5 == 2)
            {
                await responses[i].ShouldBe(HttpStatusCode.UnprocessableEntity, "Fir.BnsBeforeCommencement");
                continue;
            }

            var number = (await responses[i].ShouldBe(HttpStatusCode.Created)).GetProperty("number").GetString()!;
            serials.Add(int.Parse(number.Split('/')[0], System.Globalization.CultureInfo.InvariantCulture));
        }

        serials.Sort();
        Assert.That(serials, Is.EqualTo(Enumerable.Range(serials[0], 24)), "24 consecutive numbers, none skipped for the refused");
        var after = await Snapshot();
        Assert.That(after.Firs - before.Firs, Is.EqualTo(24));
        Assert.That(after.Serials - before.Serials, Is.EqualTo(24));
        var admin = await App.ClientFor(Demo.Admin);
        var verify = await (await admin.GetAsync("/api/audit/verify")).ShouldBe(HttpStatusCode.OK);
        Assert.That(verify.GetProperty("valid").GetBoolean(), Is.True);
    }

    private Task<(int Firs, int Audit, int Serials)> Snapshot() => App.WithDb(async db =>
        (await db.Firs.CountAsync(), await db.AuditRecords.CountAsync(), await db.StationCounters.SumAsync(s => s.Value)));

    private static System.Text.Json.Nodes.JsonObject With(object body, object[]? sections = null, string? from = null, string? to = null)
    {
        var json = System.Text.Json.JsonSerializer.SerializeToNode(body)!.AsObject();
        if (sections is not null)
        {
            json["sections"] = System.Text.Json.JsonSerializer.SerializeToNode(sections);
        }

        if (from is not null)
        {
            json["occurredFrom"] = from;
        }

        if (to is not null)
        {
            json["occurredTo"] = to;
        }

        return json;
    }
}
