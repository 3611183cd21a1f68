using System.Net;
using System.Net.Http.Json;
using CyberCase.Api.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CyberCase.Api.Tests.Investigation;

public sealed class AccusedTests : ApiTest
{
    [Test]
    public async Task Accused_get_the_next_code_with_phones_in_E164_and_only_the_last_four_Aadhaar_digits()
    {
        var fir = await App.NewFir();
        var io = await App.ClientFor(Demo.IoKashmir);
        var a1 = await (await io.PostAsJsonAsync($"/api/firs/{fir.Id()}/accused",
            Investigation.AccusedBody("Aadhaar Masked Person", aadhaar: "2345 6789 0124"))).ShouldBe(HttpStatusCode.Created);
        var a2 = await App.NewAccused(fir.Id(), "Second Accused");
        Assert.That(a1.GetProperty("code").GetString(), Is.EqualTo("A1"));
        Assert.That(a2.GetProperty("code").GetString(), Is.EqualTo("A2"));
        var person = a1.GetProperty("person");
        Assert.That(person.GetProperty("phoneNumbers").EnumerateArray().Select(p => p.GetString()), Is.EqualTo(new[] { "+919419055501" }));
        Assert.That(person.GetProperty("aadhaar").GetString(), Is.EqualTo("XXXX XXXX 0124"));
        Assert.That(person.GetProperty("parentage").GetProperty("display").GetString(), Is.EqualTo("S/o Ghulam Nabi Dar"));

        var stored = await App.WithDb(db => db.AccusedPersons.Where(p => p.Name == "Aadhaar Masked Person").Select(p => p.AadhaarLast4).SingleAsync());
        Assert.That(stored, Is.EqualTo("0124"));
        var audit = await App.WithDb(db => db.AuditRecords.Select(r => r.Changes).ToListAsync());
        Assert.That(audit.Any(c => c.Contains("234567890124", StringComparison.Ordinal) || c.Contains("2345 6789", StringComparison.Ordinal)), Is.False);

        var list = await (await io.GetAsync($"/api/firs/{fir.Id()}/accused")).ShouldBe(HttpStatusCode.OK);
        Assert.That(list.EnumerateArray().Select(a => (a.GetProperty("code").GetString(), a.GetProperty("name").GetString(), a.GetProperty("status").GetString())),
            Is.EqualTo(new[] { ("A1", "Aadhaar Masked Person", "Suspect"), ("A2", "Second Accused", "Suspect") }));
        Assert.That(list.EnumerateArray().First().Id(), Is.EqualTo(a1.Id()));
    }

    [Test]
    public async Task The_same_person_is_linked_to_a_second_FIR_and_shows_both()
    {
        var first = await App.NewFir();
        var second = await App.NewFir();
        var a = await App.NewAccused(first.Id(), "Linked Twice");
        var personId = a.GetProperty("person").Id();
        var io = await App.ClientFor(Demo.IoKashmir);
        var again = await (await io.PostAsJsonAsync($"/api/firs/{second.Id()}/accused", new { personId, role = "Manager" })).ShouldBe(HttpStatusCode.Created);
        Assert.That(again.GetProperty("person").Id(), Is.EqualTo(personId));
        Assert.That(again.GetProperty("firs").EnumerateArray().Select(f => f.GetProperty("firId").GetGuid()), Is.EquivalentTo(new[] { first.Id(), second.Id() }));
        await (await io.PostAsJsonAsync($"/api/firs/{second.Id()}/accused", new { personId, role = "Manager" }))
            .ShouldBe(HttpStatusCode.Conflict, "Accused.AlreadyInCase");
    }

    [Test]
    public async Task An_Aadhaar_number_with_a_wrong_check_digit_is_refused_without_echoing_it()
    {
        var fir = await App.NewFir();
        var io = await App.ClientFor(Demo.IoKashmir);
        var problem = await (await io.PostAsJsonAsync($"/api/firs/{fir.Id()}/accused",
            Investigation.AccusedBody("Mistyped Aadhaar", aadhaar: "2345 6789 0123"))).ShouldBe(HttpStatusCode.BadRequest, "Validation.Failed");
        Assert.That(problem.FieldErrors(), Is.EqualTo(new[] { "aadhaar" }));
        Assert.That(problem.ToString(), Does.Not.Contain("6789"));
        Assert.That(await App.WithDb(db => db.AccusedPersons.CountAsync(p => p.Name == "Mistyped Aadhaar")), Is.Zero);
    }

    [Test]
    public async Task Bad_accused_input_answers_400_with_fields_and_never_echoes_the_Aadhaar_number()
    {
        var fir = await App.NewFir();
        var io = await App.ClientFor(Demo.IoKashmir);
        var response = await io.PostAsJsonAsync($"/api/firs/{fir.Id()}/accused", new
        {
            name = "",
            gender = "Male",
            address = "Srinagar",
            phoneNumbers = new[] { "12345" },
            aadhaar = "1234 5678 901",
            role = "Caller",
            age = 3,
        });
        var problem = await response.ShouldBe(HttpStatusCode.BadRequest, "Validation.Failed");
        Assert.That(problem.FieldErrors(), Is.EquivalentTo(new[] { "name", "phoneNumbers[0]", "aadhaar", "age" }));
        Assert.That(problem.ToString(), Does.Not.Contain("5678"));
        var both = await (await io.PostAsJsonAsync($"/api/firs/{fir.Id()}/accused", new { personId = Guid.NewGuid(), name = "X", role = "Caller" }))
            .ShouldBe(HttpStatusCode.BadRequest, "Validation.Failed");
        Assert.That(both.FieldErrors(), Is.EqualTo(new[] { "name" }));
        await (await io.PostAsJsonAsync($"/api/firs/{fir.Id()}/accused", new { personId = Guid.NewGuid(), role = "Caller" }))
            .ShouldBe(HttpStatusCode.UnprocessableEntity, "Accused.UnknownPerson");
    }

    [Test]
    public async Task Arrest_then_custody_moves_the_status_and_illegal_moves_answer_409()
    {
        var fir = await App.NewFir();
        var a = await App.NewAccused(fir.Id(), "Custody Walk");
        var io = await App.ClientFor(Demo.IoKashmir);
        var now = App.Clock.GetUtcNow();
        await (await io.PostAsJsonAsync($"/api/accused/{a.Id()}/custody", new { @event = "JudicialCustody", at = now, court = "CJM Srinagar", version = a.Version() }))
            .ShouldBe(HttpStatusCode.Conflict, "Accused.IllegalStatusChange");

        var arrested = await (await io.PostAsJsonAsync($"/api/accused/{a.Id()}/arrest", Investigation.ArrestBody(a.Version(), now.AddHours(-1))))
            .ShouldBe(HttpStatusCode.OK);
        Assert.That(arrested.GetProperty("status").GetString(), Is.EqualTo("Arrested"));
        var memo = arrested.GetProperty("arrest");
        Assert.That(memo.GetProperty("countersignedByArrestee").GetBoolean(), Is.True);
        Assert.That(memo.GetProperty("relativeInformed").GetProperty("how").GetString(), Is.EqualTo("Phone"));
        Assert.That(memo.GetProperty("arrestingOfficer").Id(), Is.EqualTo(Demo.OfficerId(Demo.IoKashmir)));
        await (await io.PostAsJsonAsync($"/api/accused/{a.Id()}/arrest", Investigation.ArrestBody(arrested.Version(), now)))
            .ShouldBe(HttpStatusCode.Conflict, "Accused.IllegalStatusChange");

        var remanded = await (await io.PostAsJsonAsync($"/api/accused/{a.Id()}/custody",
            new { @event = "JudicialCustody", at = now, court = "CJM Srinagar", orderReference = "Remand 3/2025", until = "2025-12-01", version = arrested.Version() }))
            .ShouldBe(HttpStatusCode.OK);
        Assert.That(remanded.GetProperty("status").GetString(), Is.EqualTo("JudicialCustody"));
        Assert.That(remanded.GetProperty("producedAt").GetDateTimeOffset(), Is.EqualTo(now).Within(TimeSpan.FromMilliseconds(1)));
        var bailed = await (await io.PostAsJsonAsync($"/api/accused/{a.Id()}/custody", new { @event = "Bailed", at = now, version = remanded.Version() }))
            .ShouldBe(HttpStatusCode.OK);
        Assert.That(bailed.GetProperty("custody").EnumerateArray().Select(c => c.GetProperty("kind").GetString()), Is.EqualTo(new[] { "JudicialCustody", "Bailed" }));
        await (await io.PostAsJsonAsync($"/api/accused/{a.Id()}/custody", new { @event = "ProducedBeforeMagistrate", at = now, court = "CJM", version = bailed.Version() }))
            .ShouldBe(HttpStatusCode.Conflict, "Accused.IllegalStatusChange");
    }

    [Test]
    public async Task Concurrent_arrests_with_one_version_let_exactly_one_through_and_a_stale_custody_write_is_refused()
    {
        var fir = await App.NewFir();
        var a = await App.NewAccused(fir.Id(), "Race Arrest");
        var io = await App.ClientFor(Demo.IoKashmir);
        var io2 = await App.ClientFor(Demo.Io2Kashmir);
        var at = App.Clock.GetUtcNow().AddMinutes(-10);
        var results = await Task.WhenAll(
            io.PostAsJsonAsync($"/api/accused/{a.Id()}/arrest", Investigation.ArrestBody(a.Version(), at)),
            io2.PostAsJsonAsync($"/api/accused/{a.Id()}/arrest", Investigation.ArrestBody(a.Version(), at, arrestingOfficer: Demo.Io2Kashmir)));
        Assert.That(results.Count(r => r.StatusCode == HttpStatusCode.OK), Is.EqualTo(1));
        Assert.That(results.Count(r => r.StatusCode == HttpStatusCode.Conflict), Is.EqualTo(1));
        await (await io.PostAsJsonAsync($"/api/accused/{a.Id()}/custody",
                new { @event = "ProducedBeforeMagistrate", at = App.Clock.GetUtcNow(), court = "CJM", version = a.Version() }))
            .ShouldBe(HttpStatusCode.Conflict, "Concurrency.Conflict");
    }

    [Test]
    public async Task Bad_arrest_and_custody_input_answers_400_or_422()
    {
        var fir = await App.NewFir();
        var a = await App.NewAccused(fir.Id(), "Bad Arrest");
        var io = await App.ClientFor(Demo.IoKashmir);
        var problem = await (await io.PostAsJsonAsync($"/api/accused/{a.Id()}/arrest", new { place = "x", relativeInformed = new { name = "Y" }, version = a.Version() }))
            .ShouldBe(HttpStatusCode.BadRequest, "Validation.Failed");
        // Only when, where and by whom are required: the witness, grounds, countersignature and the rest print blank to be completed.
        Assert.That(problem.FieldErrors(), Is.EquivalentTo(new[] { "arrestedAt", "arrestingOfficerId" }));
        var future = await (await io.PostAsJsonAsync($"/api/accused/{a.Id()}/arrest", Investigation.ArrestBody(a.Version(), App.Clock.GetUtcNow().AddHours(1))))
            .ShouldBe(HttpStatusCode.UnprocessableEntity);
        Assert.That(future.GetProperty("code").GetString(), Is.AnyOf("Accused.ArrestInFuture"));
        await (await io.PostAsJsonAsync($"/api/accused/{a.Id()}/arrest", Investigation.ArrestBody(a.Version(), App.Clock.GetUtcNow(), arrestingOfficer: Demo.IoJammu)))
            .ShouldBe(HttpStatusCode.UnprocessableEntity, "Accused.ArrestingOfficerNotOfStation");
        await (await io.PostAsJsonAsync($"/api/accused/{a.Id()}/arrest", Investigation.ArrestBody(a.Version(), App.Clock.GetUtcNow(), raidId: Seeding.RaidId(1))))
            .ShouldBe(HttpStatusCode.UnprocessableEntity, "Accused.RaidOfAnotherCase");
        var custody = await (await io.PostAsJsonAsync($"/api/accused/{a.Id()}/custody", new { @event = "PoliceCustody", version = a.Version() }))
            .ShouldBe(HttpStatusCode.BadRequest, "Validation.Failed");
        Assert.That(custody.FieldErrors(), Is.EquivalentTo(new[] { "at", "court" }));
    }

    [Test]
    public async Task Only_IOs_and_the_SHO_add_arrest_and_record_custody()
    {
        var prosecutor = await App.ClientFor(Demo.ProsecutorKashmir);
        var a1 = Seeding.AccusedId(1);
        await (await prosecutor.PostAsJsonAsync($"/api/firs/{Demo.FoundingFirId}/accused", Investigation.AccusedBody())).ShouldBe(HttpStatusCode.Forbidden, "Access.Forbidden");
        await (await prosecutor.PostAsJsonAsync($"/api/accused/{a1}/arrest", Investigation.ArrestBody(Guid.NewGuid(), App.Clock.GetUtcNow())))
            .ShouldBe(HttpStatusCode.Forbidden, "Access.Forbidden");
        await (await prosecutor.PostAsJsonAsync($"/api/accused/{a1}/custody", new { @event = "Bailed", at = App.Clock.GetUtcNow(), version = Guid.NewGuid() }))
            .ShouldBe(HttpStatusCode.Forbidden, "Access.Forbidden");
        await (await prosecutor.GetAsync($"/api/accused/{a1}")).ShouldBe(HttpStatusCode.OK);
    }

    [Test]
    public async Task Another_stations_officers_get_404_on_every_accused_endpoint()
    {
        var a1 = Seeding.AccusedId(1);
        var io = await App.ClientFor(Demo.IoJammu);
        var version = Guid.NewGuid();
        await (await io.GetAsync($"/api/accused/{a1}")).ShouldBe(HttpStatusCode.NotFound, "Accused.NotFound");
        await (await io.GetAsync($"/api/firs/{Demo.FoundingFirId}/accused")).ShouldBe(HttpStatusCode.NotFound, "Fir.NotFound");
        await (await io.PostAsJsonAsync($"/api/firs/{Demo.FoundingFirId}/accused", Investigation.AccusedBody())).ShouldBe(HttpStatusCode.NotFound, "Fir.NotFound");
        await (await io.PostAsJsonAsync($"/api/accused/{a1}/arrest", Investigation.ArrestBody(version, App.Clock.GetUtcNow(), arrestingOfficer: Demo.IoJammu)))
            .ShouldBe(HttpStatusCode.NotFound, "Accused.NotFound");
        await (await io.PostAsJsonAsync($"/api/accused/{a1}/custody", new { @event = "Bailed", at = App.Clock.GetUtcNow(), version }))
            .ShouldBe(HttpStatusCode.NotFound, "Accused.NotFound");
        // A Kashmir person cannot be linked into a Jammu FIR either.
        await (await io.PostAsJsonAsync($"/api/firs/{Demo.JammuFirId}/accused", new { personId = Seeding.AccusedId(1), role = "Caller" }))
            .ShouldBe(HttpStatusCode.UnprocessableEntity, "Accused.UnknownPerson");
    }

    [Test]
    public async Task The_founding_case_has_23_accused_with_arrests_custody_and_shared_phones()
    {
        var io = await App.ClientFor(Demo.IoKashmir);
        var list = await (await io.GetAsync($"/api/firs/{Demo.FoundingFirId}/accused")).ShouldBe(HttpStatusCode.OK);
        Assert.That(list.EnumerateArray().Select(a => a.GetProperty("code").GetString()), Is.EqualTo(Enumerable.Range(1, 23).Select(n => $"A{n}")));
        var statuses = list.EnumerateArray().Select(a => a.GetProperty("status").GetString()).ToList();
        Assert.That(statuses.Count(s => s == "Bailed"), Is.EqualTo(5));
        Assert.That(statuses.Count(s => s == "JudicialCustody"), Is.EqualTo(18));

        var a1 = await (await io.GetAsync($"/api/accused/{Seeding.AccusedId(1)}")).ShouldBe(HttpStatusCode.OK);
        Assert.That(a1.GetProperty("role").GetString(), Is.EqualTo("Owner"));
        Assert.That(a1.GetProperty("person").GetProperty("aadhaar").GetString(), Is.EqualTo("XXXX XXXX 4823"));
        Assert.That(a1.GetProperty("arrest").GetProperty("raidId").GetGuid(), Is.EqualTo(Seeding.RaidId(1)));
        Assert.That(a1.GetProperty("custody").EnumerateArray().Select(c => c.GetProperty("kind").GetString()),
            Is.EqualTo(new[] { "ProducedBeforeMagistrate", "PoliceCustody", "JudicialCustody" }));
        Assert.That(a1.GetProperty("sharesPhoneWith").EnumerateArray().Select(s => s.GetProperty("code").GetString()), Is.EqualTo(new[] { "A21" }));
        var a13 = await (await io.GetAsync($"/api/accused/{Seeding.AccusedId(13)}")).ShouldBe(HttpStatusCode.OK);
        Assert.That(a13.GetProperty("sharesPhoneWith").EnumerateArray().Select(s => s.GetProperty("code").GetString()), Is.EquivalentTo(new[] { "A12", "A14" }));
    }
}
