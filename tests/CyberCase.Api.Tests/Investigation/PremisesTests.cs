using System.Net;
using System.Net.Http.Json;
using CyberCase.Api.Tests.Infrastructure;

namespace CyberCase.Api.Tests.Investigation;

public sealed class PremisesTests : ApiTest
{
    [Test]
    public async Task An_IO_records_a_premises_links_it_to_an_FIR_and_finds_it_by_locality()
    {
        var fir = await App.NewFir();
        var premises = await App.NewPremises(name: "Lakeview Infosys");
        Assert.That(premises.GetProperty("kind").GetString(), Is.EqualTo("CallCentre"));
        Assert.That(premises.GetProperty("addressText").GetString(), Is.EqualTo("Second floor, Iqbal Market, Bemina, Srinagar, Jammu and Kashmir, 190018"));
        Assert.That(premises.GetProperty("firs").GetArrayLength(), Is.Zero);

        var io = await App.ClientFor(Demo.IoKashmir);
        var linked = await (await io.PostAsJsonAsync($"/api/firs/{fir.Id()}/premises", new { premisesId = premises.Id() })).ShouldBe(HttpStatusCode.OK);
        Assert.That(linked.GetProperty("firs").EnumerateArray().Select(f => f.Id()), Is.EqualTo(new[] { fir.Id() }));
        await (await io.PostAsJsonAsync($"/api/firs/{fir.Id()}/premises", new { premisesId = premises.Id() }))
            .ShouldBe(HttpStatusCode.Conflict, "Premises.AlreadyLinked");

        var found = await (await io.GetAsync("/api/premises?q=lakeview")).ShouldBe(HttpStatusCode.OK);
        Assert.That(found.GetProperty("items").EnumerateArray().Select(i => i.Id()), Does.Contain(premises.Id()));
        var byLocality = await (await io.GetAsync("/api/premises?q=Rangreth")).ShouldBe(HttpStatusCode.OK);
        Assert.That(byLocality.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("name").GetString()),
            Is.EquivalentTo(new[] { "Nexgen Support Services", "Skyline Tech Solutions" }));
    }

    [Test]
    public async Task The_founding_premises_show_their_FIR_raid_accused_and_the_exhibits_seized_there()
    {
        var io = await App.ClientFor(Demo.IoKashmir);
        var skyline = await (await io.GetAsync($"/api/premises/{Seeding.PremisesId(1)}")).ShouldBe(HttpStatusCode.OK);
        Assert.That(skyline.GetProperty("name").GetString(), Is.EqualTo("Skyline Tech Solutions"));
        Assert.That(skyline.GetProperty("firs").EnumerateArray().Single().GetProperty("number").GetString(), Is.EqualTo("02/2021"));
        Assert.That(skyline.GetProperty("raids").EnumerateArray().Single().GetProperty("status").GetString(), Is.EqualTo("Completed"));
        Assert.That(skyline.GetProperty("accused").EnumerateArray().Select(a => a.GetProperty("code").GetString()),
            Is.EqualTo(new[] { "A1", "A2", "A3", "A4", "A5", "A6", "A7", "A8" }));
        // Seized from the premises itself: eight desktops and the router (phones, SIMs and the disk were taken from accused).
        Assert.That(skyline.GetProperty("exhibits").GetArrayLength(), Is.EqualTo(9));
    }

    [Test]
    public async Task Bad_premises_input_answers_400_with_the_fields()
    {
        var io = await App.ClientFor(Demo.IoKashmir);
        var problem = await (await io.PostAsJsonAsync("/api/premises", new
        {
            name = "",
            kind = "CallCentre",
            address = new { line = "x", city = "Srinagar", district = "Srinagar", state = "J&K", pin = "0123" },
            latitude = 91.0,
            longitude = 74.0,
        })).ShouldBe(HttpStatusCode.BadRequest, "Validation.Failed");
        Assert.That(problem.FieldErrors(), Is.EquivalentTo(new[] { "name", "address.pin", "latitude" }));

        await (await io.PostAsJsonAsync("/api/premises", new { name = "X", kind = "Castle" })).ShouldBe(HttpStatusCode.BadRequest);
        var half = await (await io.PostAsJsonAsync("/api/premises", new
        {
            name = "Half",
            kind = "Shop",
            address = new { line = "x", city = "Srinagar", district = "Srinagar", state = "J&K" },
            latitude = 34.0,
        })).ShouldBe(HttpStatusCode.UnprocessableEntity, "Premises.IncompleteCoordinates");
        Assert.That(half.FieldErrors(), Is.EqualTo(new[] { "longitude" }));
        await (await io.PostAsJsonAsync($"/api/firs/{Demo.FoundingFirId}/premises", new { })).ShouldBe(HttpStatusCode.BadRequest, "Validation.Failed");
        await (await io.GetAsync("/api/premises?pageSize=0")).ShouldBe(HttpStatusCode.BadRequest, "Validation.Failed");
    }

    [Test]
    public async Task A_prosecutor_reads_premises_but_cannot_record_or_link_them()
    {
        var prosecutor = await App.ClientFor(Demo.ProsecutorKashmir);
        await (await prosecutor.PostAsJsonAsync("/api/premises", Investigation.PremisesBody())).ShouldBe(HttpStatusCode.Forbidden, "Access.Forbidden");
        await (await prosecutor.PostAsJsonAsync($"/api/firs/{Demo.FoundingFirId}/premises", new { premisesId = Seeding.PremisesId(1) }))
            .ShouldBe(HttpStatusCode.Forbidden, "Access.Forbidden");
        await (await prosecutor.GetAsync($"/api/premises/{Seeding.PremisesId(1)}")).ShouldBe(HttpStatusCode.OK);
    }

    [Test]
    public async Task Another_stations_premises_are_404_and_never_listed()
    {
        var jammu = await App.ClientFor(Demo.IoJammu);
        await (await jammu.GetAsync($"/api/premises/{Seeding.PremisesId(1)}")).ShouldBe(HttpStatusCode.NotFound, "Premises.NotFound");
        var list = await (await jammu.GetAsync("/api/premises?q=Rangreth")).ShouldBe(HttpStatusCode.OK);
        Assert.That(list.GetProperty("total").GetInt32(), Is.Zero);
        // Linking a Kashmir premises to a Jammu FIR, or a Jammu premises to a Kashmir FIR, is refused.
        await (await jammu.PostAsJsonAsync($"/api/firs/{Demo.JammuFirId}/premises", new { premisesId = Seeding.PremisesId(1) }))
            .ShouldBe(HttpStatusCode.UnprocessableEntity, "Premises.Unknown");
        await (await jammu.PostAsJsonAsync($"/api/firs/{Demo.FoundingFirId}/premises", new { premisesId = Seeding.PremisesId(1) }))
            .ShouldBe(HttpStatusCode.NotFound, "Fir.NotFound");
    }
}
