using System.Net;
using System.Text.Json;
using CyberCase.Api.Tests.Infrastructure;
using CyberCase.Api.Tests.Investigation;

namespace CyberCase.Api.Tests.Exhibits;

public sealed class ExhibitSearchTests : ApiTest
{
    private async Task<IReadOnlyList<Guid>> Search(string q, string user = Demo.IoKashmir)
    {
        var client = await App.ClientFor(user);
        var page = await (await client.GetAsync($"/api/exhibits?q={Uri.EscapeDataString(q)}")).ShouldBe(HttpStatusCode.OK);
        var items = page.GetProperty("items").EnumerateArray().ToList();
        Assert.That(page.GetProperty("total").GetInt32(), Is.EqualTo(items.Count));
        return items.Select(i => i.Id()).ToList();
    }

    [Test]
    public async Task By_number_IMEI_serial_MAC_in_any_notation_and_seal()
    {
        var imei = Seizures.NewImei();
        var phone = Seizures.Phone(Seizures.NewImei(), imei);
        var laptop = Seizures.Laptop("a4:83:e7:5c:" + Random.Shared.Next(16, 255).ToString("x2", System.Globalization.CultureInfo.InvariantCulture) + ":9d");
        var memo = await App.NewMemo(phone, laptop);
        var items = memo.Items().ToList();
        var (phoneId, laptopId) = (items[0].Id(), items[1].Id());
        var number = items[0].GetProperty("number").GetString()!;
        var mac = items[1].GetProperty("macAddress").GetString()!;
        var hex = mac.Replace(":", "", StringComparison.Ordinal);

        Assert.That(await Search(number), Is.EqualTo(new[] { phoneId }));
        Assert.That(await Search(number.ToLowerInvariant()), Is.EqualTo(new[] { phoneId }));
        Assert.That(await Search(imei), Is.EqualTo(new[] { phoneId }), "the second IMEI of a dual-SIM phone finds it");
        Assert.That(await Search($"{imei[..6]}-{imei[6..12]}-{imei[12..]}"), Is.EqualTo(new[] { phoneId }));
        Assert.That(await Search((string)phone["serialNumber"]!), Is.EqualTo(new[] { phoneId }));
        Assert.That(await Search((string)laptop["sealNumber"]!), Is.EqualTo(new[] { laptopId }));
        Assert.That(await Search(mac), Is.EqualTo(new[] { laptopId }));
        Assert.That(await Search(mac.ToLowerInvariant().Replace(':', '-')), Is.EqualTo(new[] { laptopId }));
        Assert.That(await Search(hex.ToLowerInvariant()), Is.EqualTo(new[] { laptopId }));
        Assert.That(await Search($"{hex[..4]}.{hex[4..8]}.{hex[8..]}"), Is.EqualTo(new[] { laptopId }));
        Assert.That(await Search(Seizures.NewImei()), Is.Empty);

        var found = await (await (await App.ClientFor(Demo.ProsecutorKashmir)).GetAsync($"/api/exhibits?q={imei}")).ShouldBe(HttpStatusCode.OK);
        Assert.That(found.GetProperty("items")[0].GetProperty("imeis").GetArrayLength(), Is.EqualTo(2));
        Assert.That(await Search(imei, Demo.IoJammu), Is.Empty, "another station's exhibit is not found");
    }

    [Test]
    public async Task The_demo_exhibits_are_found_by_their_identifiers_and_paging_is_checked()
    {
        var phone = await App.GetExhibit(global::CyberCase.Infrastructure.Seeding.Demo.DemoSeizures.ExhibitId(10));
        var imei = phone.GetProperty("imeis")[1].GetString()!;
        Assert.That(await Search(imei), Is.EqualTo(new[] { phone.Id() }));
        Assert.That(await Search("EX-0010"), Is.EqualTo(new[] { phone.Id() }));

        var io = await App.ClientFor(Demo.IoKashmir);
        var page2 = await (await io.GetAsync($"/api/exhibits?firId={Demo.FoundingFirId}&page=2&pageSize=20")).ShouldBe(HttpStatusCode.OK);
        Assert.That(page2.GetProperty("items")[0].GetProperty("number").GetString(), Is.EqualTo("EX-0021"));
        var problem = await (await io.GetAsync("/api/exhibits?page=0&pageSize=1000")).ShouldBe(HttpStatusCode.BadRequest, "Validation.Failed");
        Assert.That(problem.FieldErrors(), Is.EquivalentTo(new[] { "page", "pageSize" }));
        Assert.That(JsonSerializer.Serialize(problem), Does.Not.Contain("Exception"));
    }
}
