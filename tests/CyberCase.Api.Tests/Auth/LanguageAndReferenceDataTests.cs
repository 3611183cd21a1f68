using System.Net;
using System.Net.Http.Json;
using CyberCase.Api.Tests.Infrastructure;

namespace CyberCase.Api.Tests.Auth;

public sealed class LanguageAndReferenceDataTests : ApiTest
{
    [Test]
    public async Task An_officer_keeps_the_language_they_chose_and_only_a_supported_one()
    {
        var io = await App.ClientFor(Demo.Io2Kashmir);
        var before = await (await io.GetAsync("/api/me")).ShouldBe(HttpStatusCode.OK);
        Assert.That(before.GetProperty("language").ValueKind, Is.EqualTo(System.Text.Json.JsonValueKind.Null), "no choice yet");

        await (await io.PutAsJsonAsync("/api/me/language", new { language = "hi-IN" })).ShouldBe(HttpStatusCode.NoContent);
        await (await io.PutAsJsonAsync("/api/me/language", new { language = "hi-IN" })).ShouldBe(HttpStatusCode.NoContent);
        var after = await (await io.GetAsync("/api/me")).ShouldBe(HttpStatusCode.OK);
        Assert.That(after.GetProperty("language").GetString(), Is.EqualTo("hi-IN"));
        // Kept with the officer: a new sign-in (a new token) finds it.
        var again = await (await (await App.ClientFor(Demo.Io2Kashmir)).GetAsync("/api/me")).ShouldBe(HttpStatusCode.OK);
        Assert.That(again.GetProperty("language").GetString(), Is.EqualTo("hi-IN"));

        var refused = await (await io.PutAsJsonAsync("/api/me/language", new { language = "fr-FR" })).ShouldBe(HttpStatusCode.BadRequest, "Validation.Failed");
        Assert.That(refused.FieldErrors(), Is.EquivalentTo(new[] { "language" }));
        await (await io.PutAsJsonAsync("/api/me/language", new { })).ShouldBe(HttpStatusCode.BadRequest, "Validation.Failed");
        Assert.That((await (await io.GetAsync("/api/me")).ShouldBe(HttpStatusCode.OK)).GetProperty("language").GetString(), Is.EqualTo("hi-IN"),
            "a refused choice changes nothing");

        await (await io.PutAsJsonAsync("/api/me/language", new { language = "en-IN" })).ShouldBe(HttpStatusCode.NoContent);
        Assert.That((await (await io.GetAsync("/api/me")).ShouldBe(HttpStatusCode.OK)).GetProperty("language").GetString(), Is.EqualTo("en-IN"));
    }

    [Test]
    public async Task The_administrator_lists_and_adds_stations_and_no_other_role_may()
    {
        var admin = await App.ClientFor(Demo.Admin);
        var stations = await (await admin.GetAsync("/api/stations")).ShouldBe(HttpStatusCode.OK);
        var kashmir = stations.EnumerateArray().Single(s => s.GetProperty("code").GetString() == "CPS-KZ");
        Assert.That(kashmir.GetProperty("name").GetString(), Is.EqualTo("Cyber Police Station Kashmir Zone"));
        Assert.That(kashmir.GetProperty("officers").GetInt32(), Is.EqualTo(6));

        var added = await (await admin.PostAsJsonAsync("/api/stations",
            new { code = "CPS-LZ", name = "Cyber Police Station Ladakh Zone", district = "Leh", state = "Ladakh" })).ShouldBe(HttpStatusCode.Created);
        Assert.That(added.GetProperty("officers").GetInt32(), Is.Zero);
        var listed = (await (await admin.GetAsync("/api/stations")).ShouldBe(HttpStatusCode.OK)).EnumerateArray()
            .Select(s => s.GetProperty("code").GetString()).ToList();
        Assert.That(listed, Is.EqualTo(new[] { "CPS-JZ", "CPS-KZ", "CPS-LZ" }));

        await (await admin.PostAsJsonAsync("/api/stations",
            new { code = "CPS-LZ", name = "Another", district = "Kargil", state = "Ladakh" })).ShouldBe(HttpStatusCode.Conflict, "Station.CodeTaken");
        var bad = await (await admin.PostAsJsonAsync("/api/stations", new { code = "cps lz", name = "", district = "Leh" }))
            .ShouldBe(HttpStatusCode.BadRequest, "Validation.Failed");
        Assert.That(bad.FieldErrors(), Is.EquivalentTo(new[] { "code", "name", "state" }));

        var sho = await App.ClientFor(Demo.ShoKashmir);
        await (await sho.GetAsync("/api/stations")).ShouldBe(HttpStatusCode.Forbidden, "Access.Forbidden");
        await (await sho.PostAsJsonAsync("/api/stations",
            new { code = "CPS-XZ", name = "X", district = "X", state = "X" })).ShouldBe(HttpStatusCode.Forbidden, "Access.Forbidden");
    }

    [Test]
    public async Task The_administrator_reads_the_acts_and_sections_and_no_other_role_may()
    {
        var sections = await (await (await App.ClientFor(Demo.Admin)).GetAsync("/api/offence-sections")).ShouldBe(HttpStatusCode.OK);
        var cheating = sections.EnumerateArray().Single(s => s.GetProperty("act").GetString() == "IPC" && s.GetProperty("section").GetString() == "420");
        Assert.That(cheating.GetProperty("punishment").GetString(), Is.EqualTo("Years"));
        Assert.That(cheating.GetProperty("maxPunishmentYears").GetDecimal(), Is.EqualTo(7m));
        Assert.That(cheating.GetProperty("equivalentAct").GetString(), Is.EqualTo("BNS"));
        Assert.That(cheating.GetProperty("equivalentSection").GetString(), Is.EqualTo("318(4)"));
        var order = sections.EnumerateArray().Where(s => s.GetProperty("act").GetString() == "IPC").Select(s => s.GetProperty("section").GetString()).ToList();
        Assert.That(order.IndexOf("34"), Is.LessThan(order.IndexOf("420")), "sections in their numeric order");

        await (await (await App.ClientFor(Demo.IoKashmir)).GetAsync("/api/offence-sections")).ShouldBe(HttpStatusCode.Forbidden, "Access.Forbidden");
    }
}
