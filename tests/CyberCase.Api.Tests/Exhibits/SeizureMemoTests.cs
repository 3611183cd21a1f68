using System.Net;
using System.Net.Http.Json;
using CyberCase.Api.Tests.Infrastructure;
using CyberCase.Api.Tests.Investigation;
using CyberCase.Infrastructure.Seeding.Demo;

namespace CyberCase.Api.Tests.Exhibits;

public sealed class SeizureMemoTests : ApiTest
{
    [Test]
    public async Task The_IO_records_a_memo_and_each_item_becomes_an_exhibit_with_normalised_identifiers()
    {
        var (firId, premisesId, raid) = await App.RaidInProgress();
        var accused = await App.NewAccused(firId);
        var io = await App.ClientFor(Demo.IoKashmir);
        var imei1 = Seizures.NewImei();
        var imei2 = Seizures.NewImei();
        var iccid = Seizures.NewIccid();
        var phone = Seizures.Phone($"{imei1[..2]} {imei1[2..8]} {imei1[8..]}", imei2);
        phone["seizedFromAccusedId"] = accused.Id();
        var sim = new Dictionary<string, object?>
        {
            ["kind"] = "SimCard",
            ["description"] = "SIM card of the phone",
            ["iccid"] = $"{iccid[..4]} {iccid[4..]}",
            ["foundAt"] = "In the phone",
            ["seizedFromAccusedId"] = accused.Id(),
        };
        var memo = await (await io.PostAsJsonAsync($"/api/raids/{raid.Id()}/seizure-memos",
            Seizures.MemoBody(App.Clock.GetUtcNow(), [phone, Seizures.Laptop("8c-16-45-22-9a-f1"), sim]))).ShouldBe(HttpStatusCode.Created);

        Assert.That(memo.GetProperty("raidId").GetGuid(), Is.EqualTo(raid.Id()));
        Assert.That(memo.GetProperty("premisesId").GetGuid(), Is.EqualTo(premisesId));
        Assert.That(memo.GetProperty("witnesses").GetArrayLength(), Is.EqualTo(2));
        var items = memo.Items().ToList();
        Assert.That(items.Select(i => i.GetProperty("kind").GetString()), Is.EqualTo(new[] { "MobilePhone", "Laptop", "SimCard" }));
        var serials = items.Select(i => Seizures.SerialOf(i.GetProperty("number").GetString()!)).ToList();
        Assert.That(serials, Is.Ordered.And.Unique);
        Assert.That(serials[0], Is.GreaterThan(47), "exhibit numbers continue after the 47 exhibits of the demo case");
        Assert.That(items[0].GetProperty("imeis").EnumerateArray().Select(i => i.GetString()), Is.EqualTo(new[] { imei1, imei2 }));
        Assert.That(items[1].GetProperty("macAddress").GetString(), Is.EqualTo("8C:16:45:22:9A:F1"));

        var simExhibit = await App.GetExhibit(items[2].Id());
        Assert.That(simExhibit.GetProperty("iccid").GetString(), Is.EqualTo(iccid));
        Assert.That(simExhibit.GetProperty("seizedFromAccusedId").GetGuid(), Is.EqualTo(accused.Id()));
        var laptop = await App.GetExhibit(items[1].Id());
        Assert.That(laptop.GetProperty("seizedFromPremisesId").GetGuid(), Is.EqualTo(premisesId));
        Assert.That(laptop.GetProperty("holder").GetProperty("kind").GetString(), Is.EqualTo("Officer"));
        Assert.That(laptop.GetProperty("holder").GetProperty("officerId").GetGuid(), Is.EqualTo(Demo.OfficerId(Demo.IoKashmir)));

        var read = await (await (await App.ClientFor(Demo.ProsecutorKashmir)).GetAsync($"/api/seizure-memos/{memo.Id()}")).ShouldBe(HttpStatusCode.OK);
        Assert.That(read.Items().Select(i => i.Id()), Is.EqualTo(items.Select(i => i.Id())));
        Assert.That(read.GetProperty("fir").GetProperty("id").GetGuid(), Is.EqualTo(firId));
    }

    [Test]
    public async Task Bad_identifiers_and_too_few_witnesses_answer_400_naming_the_field()
    {
        var (_, _, raid) = await App.RaidInProgress();
        var io = await App.ClientFor(Demo.IoKashmir);
        var url = $"/api/raids/{raid.Id()}/seizure-memos";
        var now = App.Clock.GetUtcNow();
        var good = Seizures.NewImei();
        var wrongCheckDigit = good[..14] + (char)('0' + ((good[14] - '0' + 1) % 10));

        async Task<IReadOnlyCollection<string>> Refused(object body) =>
            (await (await io.PostAsJsonAsync(url, body)).ShouldBe(HttpStatusCode.BadRequest, "Validation.Failed")).FieldErrors();

        Assert.That(await Refused(Seizures.MemoBody(now, [Seizures.Phone(wrongCheckDigit)])), Is.EqualTo(new[] { "items[0].imeis[0]" }));
        Assert.That(await Refused(Seizures.MemoBody(now, [Seizures.Phone(good, "12345")])), Is.EqualTo(new[] { "items[0].imeis[1]" }));
        Assert.That(await Refused(Seizures.MemoBody(now, [Seizures.Phone(), Seizures.Laptop("00:11:22:33:44:GG")])), Is.EqualTo(new[] { "items[1].macAddress" }));
        Assert.That(await Refused(Seizures.MemoBody(now, [Seizures.Laptop("00:11:22-33:44:55")])), Is.EqualTo(new[] { "items[0].macAddress" }));
        var iccid = Seizures.NewIccid();
        var badIccid = iccid[..^1] + (char)('0' + ((iccid[^1] - '0' + 1) % 10));
        var sim = new Dictionary<string, object?> { ["kind"] = "SimCard", ["description"] = "SIM", ["iccid"] = badIccid, ["foundAt"] = "Drawer" };
        Assert.That(await Refused(Seizures.MemoBody(now, [sim])), Is.EqualTo(new[] { "items[0].iccid" }));
        Assert.That(await Refused(new { memoNumber = "SM-X", drawnUpAt = now, items = new[] { Seizures.Phone() } }), Is.EqualTo(new[] { "witnesses" }));
        Assert.That(await Refused(Seizures.MemoBody(now, [Seizures.Phone()], [Investigation.Investigation.TwoWitnesses[0]])), Is.EqualTo(new[] { "witnesses" }));
        Assert.That(await Refused(Seizures.MemoBody(now, [null!], [null!, null!])), Is.EquivalentTo(new[] { "items[0]", "witnesses[0]", "witnesses[1]" }));
        Assert.That(await Refused(new { }), Is.EquivalentTo(new[] { "memoNumber", "drawnUpAt", "witnesses", "items" }));

        // Nothing was recorded by the refused requests.
        var search = await (await io.GetAsync($"/api/exhibits?q={good}")).ShouldBe(HttpStatusCode.OK);
        Assert.That(search.GetProperty("total").GetInt32(), Is.Zero);
    }

    [Test]
    public async Task A_memo_needs_an_executed_raid_a_fresh_number_and_an_accused_of_the_case()
    {
        var (_, _, planned) = await App.PlannedRaid();
        var io = await App.ClientFor(Demo.IoKashmir);
        await (await io.PostAsJsonAsync($"/api/raids/{planned.Id()}/seizure-memos", Seizures.MemoBody(App.Clock.GetUtcNow(), [Seizures.Phone()])))
            .ShouldBe(HttpStatusCode.Conflict, "SeizureMemo.RaidNotExecuted");

        var memo = await App.NewMemo();
        var (_, _, raid) = await App.RaidInProgress();
        var again = new { memoNumber = memo.GetProperty("memoNumber").GetString(), drawnUpAt = App.Clock.GetUtcNow(), witnesses = Investigation.Investigation.TwoWitnesses, items = new[] { Seizures.Phone() } };
        await (await io.PostAsJsonAsync($"/api/raids/{raid.Id()}/seizure-memos", again)).ShouldBe(HttpStatusCode.Conflict, "SeizureMemo.NumberTaken");

        var phone = Seizures.Phone();
        phone["seizedFromAccusedId"] = Seeding.AccusedId(1);
        var problem = await (await io.PostAsJsonAsync($"/api/raids/{raid.Id()}/seizure-memos", Seizures.MemoBody(App.Clock.GetUtcNow(), [phone])))
            .ShouldBe(HttpStatusCode.UnprocessableEntity, "SeizureMemo.UnknownAccused");
        Assert.That(problem.FieldErrors(), Is.EqualTo(new[] { "items[0].seizedFromAccusedId" }));
    }

    [Test]
    public async Task Only_IOs_and_the_SHO_record_seizures_and_forensic_images()
    {
        var (_, _, raid) = await App.RaidInProgress();
        var body = Seizures.MemoBody(App.Clock.GetUtcNow(), [Seizures.Phone()]);
        foreach (var user in new[] { Demo.ProsecutorKashmir, Demo.MalkhanaKashmir, Demo.Admin })
        {
            var client = await App.ClientFor(user);
            await (await client.PostAsJsonAsync($"/api/raids/{raid.Id()}/seizure-memos", body)).ShouldBe(HttpStatusCode.Forbidden, "Access.Forbidden");
            await (await client.PostAsJsonAsync($"/api/exhibits/{DemoSeizures.ExhibitId(12)}/images",
                new { description = "image", sha256 = new string('a', 64), madeAt = App.Clock.GetUtcNow() })).ShouldBe(HttpStatusCode.Forbidden, "Access.Forbidden");
        }

        var sho = await App.ClientFor(Demo.ShoKashmir);
        await (await sho.PostAsJsonAsync($"/api/raids/{raid.Id()}/seizure-memos", body)).ShouldBe(HttpStatusCode.Created);
    }

    [Test]
    public async Task Another_stations_officers_get_404_on_every_exhibit_endpoint()
    {
        var exhibit = DemoSeizures.ExhibitId(10);
        var now = App.Clock.GetUtcNow();
        foreach (var user in new[] { Demo.IoJammu, Demo.ShoJammu })
        {
            var client = await App.ClientFor(user);
            await (await client.PostAsJsonAsync($"/api/raids/{Seeding.RaidId(1)}/seizure-memos", Seizures.MemoBody(now, [Seizures.Phone()])))
                .ShouldBe(HttpStatusCode.NotFound, "Raid.NotFound");
            await (await client.GetAsync($"/api/seizure-memos/{DemoSeizures.MemoId(1)}")).ShouldBe(HttpStatusCode.NotFound, "SeizureMemo.NotFound");
            await (await client.GetAsync($"/api/exhibits/{exhibit}")).ShouldBe(HttpStatusCode.NotFound, "Exhibit.NotFound");
            await (await client.GetAsync($"/api/exhibits/{exhibit}/custody")).ShouldBe(HttpStatusCode.NotFound, "Exhibit.NotFound");
            await (await client.Transfer(exhibit, Seizures.ToFsl, Guid.NewGuid(), now)).ShouldBe(HttpStatusCode.NotFound, "Exhibit.NotFound");
            await (await client.PostAsJsonAsync($"/api/exhibits/{exhibit}/images", new { description = "image", sha256 = new string('a', 64), madeAt = now }))
                .ShouldBe(HttpStatusCode.NotFound, "Exhibit.NotFound");
            var search = await (await client.GetAsync("/api/exhibits?q=EX-0010")).ShouldBe(HttpStatusCode.OK);
            Assert.That(search.GetProperty("total").GetInt32(), Is.Zero, "another station's exhibits are not found by search either");
            var all = await (await client.GetAsync($"/api/exhibits?firId={Demo.FoundingFirId}")).ShouldBe(HttpStatusCode.OK);
            Assert.That(all.GetProperty("total").GetInt32(), Is.Zero);
        }

        var jammuSho = await App.ClientFor(Demo.ShoJammu);
        var register = await (await jammuSho.GetAsync("/api/malkhana")).ShouldBe(HttpStatusCode.OK);
        Assert.That(register.GetProperty("in").GetArrayLength() + register.GetProperty("out").GetArrayLength(), Is.Zero,
            "the Jammu malkhana holds none of Kashmir's exhibits");
    }

    [Test]
    public async Task The_founding_case_has_four_memos_and_47_exhibits_with_images_and_custody_that_verifies()
    {
        var prosecutor = await App.ClientFor(Demo.ProsecutorKashmir);
        var page = await (await prosecutor.GetAsync($"/api/exhibits?firId={Demo.FoundingFirId}&pageSize=200")).ShouldBe(HttpStatusCode.OK);
        Assert.That(page.GetProperty("total").GetInt32(), Is.EqualTo(47));
        var all = page.GetProperty("items").EnumerateArray().ToList();
        Assert.That(all.Select(e => e.GetProperty("number").GetString()), Is.EqualTo(Enumerable.Range(1, 47).Select(n => $"EX-{n:0000}")));
        var images = all.Where(e => e.GetProperty("kind").GetString() == "ForensicImage").ToList();
        Assert.That(images, Has.Count.EqualTo(5));
        Assert.That(images.All(i => i.GetProperty("parentExhibitId").ValueKind == System.Text.Json.JsonValueKind.String));
        Assert.That(all.Count(e => e.GetProperty("kind").GetString() == "Dvr"), Is.EqualTo(1));
        var phones = all.Where(e => e.GetProperty("kind").GetString() == "MobilePhone").ToList();
        Assert.That(phones.Any(p => p.GetProperty("imeis").GetArrayLength() == 2), "some phones are dual-SIM");
        Assert.That(phones.SelectMany(p => p.GetProperty("imeis").EnumerateArray()).All(i => Domain.Exhibits.DeviceIdentifiers.IsValidImei(i.GetString())));

        for (var raid = 1; raid <= 4; raid++)
        {
            var memo = await (await prosecutor.GetAsync($"/api/seizure-memos/{DemoSeizures.MemoId(raid)}")).ShouldBe(HttpStatusCode.OK);
            Assert.That(memo.GetProperty("raidId").GetGuid(), Is.EqualTo(Seeding.RaidId(raid)));
            Assert.That(memo.GetProperty("witnesses").GetArrayLength(), Is.EqualTo(2));
            Assert.That(memo.Items().Count(), Is.GreaterThan(5));
        }

        // The owner's phone (EX-0010): seized -> malkhana -> FSL -> malkhana; its extraction is a child exhibit with its own hash.
        var phone = await App.GetExhibit(DemoSeizures.ExhibitId(10), Demo.ProsecutorKashmir);
        var custody = await (await prosecutor.GetAsync($"/api/exhibits/{DemoSeizures.ExhibitId(10)}/custody")).ShouldBe(HttpStatusCode.OK);
        Assert.That(custody.GetProperty("events").EnumerateArray().Select(e => e.GetProperty("to").GetProperty("kind").GetString()),
            Is.EqualTo(new[] { "Officer", "Malkhana", "ForensicLab", "Malkhana" }));
        Assert.That(custody.GetProperty("verified").GetBoolean(), Is.True);
        var image = phone.GetProperty("images").EnumerateArray().Single();
        var imageCustody = await (await prosecutor.GetAsync($"/api/exhibits/{image.Id()}/custody")).ShouldBe(HttpStatusCode.OK);
        Assert.That(imageCustody.GetProperty("sha256").GetString(), Has.Length.EqualTo(64));
        Assert.That(imageCustody.GetProperty("events")[1].GetProperty("hashMatched").GetBoolean(), Is.True);
        Assert.That(imageCustody.GetProperty("verified").GetBoolean(), Is.True);

        // A desktop that was not examined went to the malkhana only.
        var desktop = await (await prosecutor.GetAsync($"/api/exhibits/{DemoSeizures.ExhibitId(2)}/custody")).ShouldBe(HttpStatusCode.OK);
        Assert.That(desktop.GetProperty("events").GetArrayLength(), Is.EqualTo(2));
        Assert.That(desktop.GetProperty("holder").GetProperty("kind").GetString(), Is.EqualTo("Malkhana"));
    }
}
