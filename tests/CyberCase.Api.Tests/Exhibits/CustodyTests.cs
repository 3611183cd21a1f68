using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json;
using CyberCase.Api.Tests.Infrastructure;
using CyberCase.Api.Tests.Investigation;

namespace CyberCase.Api.Tests.Exhibits;

public sealed class CustodyTests : ApiTest
{
    private async Task<JsonElement> NewExhibit()
    {
        var memo = await App.NewMemo();
        return await App.GetExhibit(memo.Items().First().Id());
    }

    private async Task<JsonElement> InMalkhana(JsonElement exhibit)
    {
        var io = await App.ClientFor(Demo.IoKashmir);
        return await (await io.Transfer(exhibit.Id(), Seizures.ToMalkhana, exhibit.Version(), App.Clock.GetUtcNow())).ShouldBe(HttpStatusCode.OK);
    }

    [Test]
    public async Task Only_the_malkhana_in_charge_releases_an_exhibit_from_the_malkhana()
    {
        var exhibit = await NewExhibit();
        var deposited = await InMalkhana(exhibit);
        Assert.That(deposited.GetProperty("holder").GetProperty("kind").GetString(), Is.EqualTo("Malkhana"));

        var io = await App.ClientFor(Demo.IoKashmir);
        var sho = await App.ClientFor(Demo.ShoKashmir);
        await (await io.Transfer(exhibit.Id(), Seizures.ToFsl, deposited.Version(), App.Clock.GetUtcNow(), "Take to the FSL"))
            .ShouldBe(HttpStatusCode.Conflict, "Custody.MalkhanaInChargeRequired");
        await (await sho.Transfer(exhibit.Id(), new { kind = "Officer", officerId = Demo.OfficerId(Demo.ShoKashmir) }, deposited.Version(),
            App.Clock.GetUtcNow(), "For interrogation")).ShouldBe(HttpStatusCode.Conflict, "Custody.MalkhanaInChargeRequired");

        var malkhana = await App.ClientFor(Demo.MalkhanaKashmir);
        var atFsl = await (await malkhana.Transfer(exhibit.Id(), Seizures.ToFsl, deposited.Version(), App.Clock.GetUtcNow(), "Forwarded for examination"))
            .ShouldBe(HttpStatusCode.OK);
        var events = atFsl.GetProperty("events").EnumerateArray().ToList();
        Assert.That(events.Select(e => e.GetProperty("to").GetProperty("kind").GetString()), Is.EqualTo(new[] { "Officer", "Malkhana", "ForensicLab" }));
        Assert.That(events[2].GetProperty("from").GetProperty("kind").GetString(), Is.EqualTo("Malkhana"));
        Assert.That(events[2].GetProperty("to").GetProperty("name").GetString(), Is.EqualTo("Forensic Science Laboratory, Srinagar"));
        Assert.That(events[2].GetProperty("previousHash").GetString(), Is.EqualTo(events[1].GetProperty("hash").GetString()));
        Assert.That(atFsl.GetProperty("verified").GetBoolean(), Is.True);

        var read = await (await (await App.ClientFor(Demo.ProsecutorKashmir)).GetAsync($"/api/exhibits/{exhibit.Id()}/custody")).ShouldBe(HttpStatusCode.OK);
        Assert.That(read.GetProperty("events").GetArrayLength(), Is.EqualTo(3));
        Assert.That(read.GetProperty("verified").GetBoolean(), Is.True);
    }

    [Test]
    public async Task Custody_input_is_checked_and_the_prosecutor_cannot_move_exhibits()
    {
        var exhibit = await NewExhibit();
        var io = await App.ClientFor(Demo.IoKashmir);
        var problem = await (await io.PostAsJsonAsync($"/api/exhibits/{exhibit.Id()}/custody", new { })).ShouldBe(HttpStatusCode.BadRequest, "Validation.Failed");
        Assert.That(problem.FieldErrors(), Is.EquivalentTo(new[] { "to", "at", "purpose", "sealIntact", "version" }));
        problem = await (await io.Transfer(exhibit.Id(), new { kind = "ForensicLab" }, exhibit.Version(), App.Clock.GetUtcNow(), hashVerified: "abc"))
            .ShouldBe(HttpStatusCode.BadRequest, "Validation.Failed");
        Assert.That(problem.FieldErrors(), Is.EquivalentTo(new[] { "to.name", "hashVerified" }));
        await (await io.Transfer(exhibit.Id(), Seizures.ToMalkhana, exhibit.Version(), App.Clock.GetUtcNow().AddHours(2)))
            .ShouldBe(HttpStatusCode.UnprocessableEntity, "Custody.InFuture");
        await (await io.Transfer(exhibit.Id(), new { kind = "Officer", officerId = Demo.OfficerId(Demo.IoJammu) }, exhibit.Version(), App.Clock.GetUtcNow()))
            .ShouldBe(HttpStatusCode.UnprocessableEntity, "Custody.UnknownOfficer");

        var prosecutor = await App.ClientFor(Demo.ProsecutorKashmir);
        await (await prosecutor.Transfer(exhibit.Id(), Seizures.ToMalkhana, exhibit.Version(), App.Clock.GetUtcNow())).ShouldBe(HttpStatusCode.Forbidden, "Access.Forbidden");
        var after = await (await io.GetAsync($"/api/exhibits/{exhibit.Id()}/custody")).ShouldBe(HttpStatusCode.OK);
        Assert.That(after.GetProperty("events").GetArrayLength(), Is.EqualTo(1), "no refused request added an entry");
    }

    [Test]
    public async Task A_stale_version_answers_409_and_of_two_concurrent_transfers_exactly_one_succeeds()
    {
        var exhibit = await NewExhibit();
        var deposited = await InMalkhana(exhibit);
        var io = await App.ClientFor(Demo.IoKashmir);
        await (await io.Transfer(exhibit.Id(), new { kind = "Officer", officerId = Demo.OfficerId(Demo.Io2Kashmir) }, exhibit.Version(), App.Clock.GetUtcNow()))
            .ShouldBe(HttpStatusCode.Conflict, "Concurrency.Conflict");

        var malkhana = await App.ClientFor(Demo.MalkhanaKashmir);
        var malkhana2 = await App.ClientFor(Demo.MalkhanaKashmir);
        var results = await Task.WhenAll(
            malkhana.Transfer(exhibit.Id(), Seizures.ToFsl, deposited.Version(), App.Clock.GetUtcNow(), "To the FSL"),
            malkhana2.Transfer(exhibit.Id(), new { kind = "Court", name = "Court of the CJM, Srinagar" }, deposited.Version(), App.Clock.GetUtcNow(), "To court"));
        Assert.That(results.Count(r => r.StatusCode == HttpStatusCode.OK), Is.EqualTo(1));
        var loser = results.Single(r => r.StatusCode != HttpStatusCode.OK);
        await loser.ShouldBe(HttpStatusCode.Conflict, "Concurrency.Conflict");

        var log = await (await io.GetAsync($"/api/exhibits/{exhibit.Id()}/custody")).ShouldBe(HttpStatusCode.OK);
        Assert.That(log.GetProperty("events").GetArrayLength(), Is.EqualTo(3));
        Assert.That(log.GetProperty("verified").GetBoolean(), Is.True);
    }

    [Test]
    public async Task A_custody_row_altered_in_the_database_no_longer_verifies()
    {
        var exhibit = await NewExhibit();
        await InMalkhana(exhibit);
        var id = exhibit.Id().ToString().ToUpperInvariant();
        var changed = await App.ExecuteRawSqlAsync(
            $"UPDATE CustodyEvents SET Purpose = 'Deposit in the malkhana (altered)' WHERE upper(ExhibitId) = '{id}' AND Sequence = 2");
        Assert.That(changed, Is.EqualTo(1));

        var io = await App.ClientFor(Demo.IoKashmir);
        var log = await (await io.GetAsync($"/api/exhibits/{exhibit.Id()}/custody")).ShouldBe(HttpStatusCode.OK);
        Assert.That(log.GetProperty("events")[1].GetProperty("purpose").GetString(), Does.EndWith("(altered)"));
        Assert.That(log.GetProperty("verified").GetBoolean(), Is.False);
    }

    [Test]
    public async Task A_forensic_image_is_a_child_exhibit_and_a_hand_over_with_another_hash_breaks_verification()
    {
        var exhibit = await NewExhibit();
        var io = await App.ClientFor(Demo.IoKashmir);
        var sha = Convert.ToHexString(SHA256.HashData(Guid.NewGuid().ToByteArray()));
        var image = await (await io.PostAsJsonAsync($"/api/exhibits/{exhibit.Id()}/images",
            new { description = "Logical extraction (UFED)", sha256 = sha, madeAt = App.Clock.GetUtcNow() })).ShouldBe(HttpStatusCode.Created);
        Assert.That(image.GetProperty("kind").GetString(), Is.EqualTo("ForensicImage"));
        Assert.That(image.GetProperty("parentExhibitId").GetGuid(), Is.EqualTo(exhibit.Id()));
        Assert.That(image.GetProperty("sha256").GetString(), Is.EqualTo(sha.ToLowerInvariant()));
        Assert.That(Seizures.SerialOf(image.GetProperty("number").GetString()!), Is.GreaterThan(Seizures.SerialOf(exhibit.GetProperty("number").GetString()!)));
        var parent = await App.GetExhibit(exhibit.Id());
        Assert.That(parent.GetProperty("images").EnumerateArray().Select(i => i.Id()), Is.EqualTo(new[] { image.Id() }));

        await (await io.PostAsJsonAsync($"/api/exhibits/{image.Id()}/images",
            new { description = "Image of the image", sha256 = sha, madeAt = App.Clock.GetUtcNow() })).ShouldBe(HttpStatusCode.Conflict, "Exhibit.ImageOfImage");
        var bad = await (await io.PostAsJsonAsync($"/api/exhibits/{exhibit.Id()}/images", new { sha256 = "xyz" })).ShouldBe(HttpStatusCode.BadRequest);
        Assert.That(bad.FieldErrors(), Is.EquivalentTo(new[] { "description", "sha256", "madeAt" }));

        var deposited = await (await io.Transfer(image.Id(), Seizures.ToMalkhana, image.Version(), App.Clock.GetUtcNow(), hashVerified: sha))
            .ShouldBe(HttpStatusCode.OK);
        Assert.That(deposited.GetProperty("events")[1].GetProperty("hashMatched").GetBoolean(), Is.True);
        Assert.That(deposited.GetProperty("verified").GetBoolean(), Is.True);

        var malkhana = await App.ClientFor(Demo.MalkhanaKashmir);
        var other = new string('0', 64);
        var handedOver = await (await malkhana.Transfer(image.Id(), Seizures.ToFsl, deposited.Version(), App.Clock.GetUtcNow(), "Re-examination", other))
            .ShouldBe(HttpStatusCode.OK);
        Assert.That(handedOver.GetProperty("events")[2].GetProperty("hashMatched").GetBoolean(), Is.False);
        Assert.That(handedOver.GetProperty("verified").GetBoolean(), Is.False, "a hand-over that found another hash is an alarm");
    }

    [Test]
    public async Task The_malkhana_register_is_for_the_malkhana_in_charge_and_the_SHO()
    {
        var exhibit = await NewExhibit();
        await InMalkhana(exhibit);
        var io = await App.ClientFor(Demo.IoKashmir);
        await (await io.GetAsync("/api/malkhana")).ShouldBe(HttpStatusCode.Forbidden, "Access.Forbidden");
        await (await (await App.ClientFor(Demo.ProsecutorKashmir)).GetAsync("/api/malkhana")).ShouldBe(HttpStatusCode.Forbidden, "Access.Forbidden");

        var other = await NewExhibit();
        foreach (var user in new[] { Demo.MalkhanaKashmir, Demo.ShoKashmir })
        {
            var register = await (await (await App.ClientFor(user)).GetAsync("/api/malkhana")).ShouldBe(HttpStatusCode.OK);
            var inside = register.GetProperty("in").EnumerateArray().Select(e => e.Id()).ToList();
            var outside = register.GetProperty("out").EnumerateArray().ToList();
            Assert.That(inside, Does.Contain(exhibit.Id()).And.Not.Contain(other.Id()));
            var held = outside.Single(e => e.Id() == other.Id());
            Assert.That(held.GetProperty("holder").GetProperty("officerId").GetGuid(), Is.EqualTo(Demo.OfficerId(Demo.IoKashmir)));
            // The demo case: the unexamined devices and the returned ones are all back in the malkhana.
            Assert.That(inside, Does.Contain(global::CyberCase.Infrastructure.Seeding.Demo.DemoSeizures.ExhibitId(10)));
        }
    }
}
