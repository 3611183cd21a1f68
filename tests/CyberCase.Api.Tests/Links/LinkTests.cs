using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CyberCase.Api.Tests.Exhibits;
using CyberCase.Api.Tests.Infrastructure;
using CyberCase.Api.Tests.Investigation;
using CyberCase.Infrastructure.Seeding.Demo;

namespace CyberCase.Api.Tests.Links;

public sealed class LinkTests : ApiTest
{
    private static readonly Guid LaterFirId = DemoFirs.FirId("CPS-KZ", "14/2025");

    private static IEnumerable<(string Kind, string Value)> Shared(JsonElement linked, Guid firId) =>
        linked.EnumerateArray().Single(l => l.GetProperty("fir").Id() == firId).GetProperty("shared").EnumerateArray()
            .Select(s => (s.GetProperty("kind").GetString()!, s.GetProperty("value").GetString()!));

    private static List<Guid> Firs(JsonElement links) =>
        links.GetProperty("firs").EnumerateArray().Select(f => f.Id()).ToList();

    [Test]
    public async Task The_founding_case_and_FIR_14_2025_share_an_account_and_a_phone_number()
    {
        var io = await App.ClientFor(Demo.IoKashmir);
        var linked = await (await io.GetAsync($"/api/firs/{Demo.FoundingFirId}/linked-firs")).ShouldBe(HttpStatusCode.OK);
        Assert.That(linked.EnumerateArray().Select(l => l.GetProperty("fir").GetProperty("number").GetString()), Does.Contain("14/2025"));
        Assert.That(Shared(linked, LaterFirId), Is.SupersetOf(new[]
        {
            ("Phone", DemoSeizures.SharedPhone),
            ("Account", $"{DemoSeizures.SharedAccountNumber}/{DemoSeizures.SharedAccountIfsc}"),
        }));

        var back = await (await io.GetAsync($"/api/firs/{LaterFirId}/linked-firs")).ShouldBe(HttpStatusCode.OK);
        Assert.That(back.EnumerateArray().Select(l => l.GetProperty("fir").Id()), Is.EqualTo(new[] { Demo.FoundingFirId }));
        var phoneLink = back[0].GetProperty("shared").EnumerateArray().Single(s => s.GetProperty("kind").GetString() == "Phone");
        Assert.That(phoneLink.GetProperty("label").GetString(), Is.EqualTo("A15 Suhail Iqbal Hajam"));

        // The phone as an officer writes it, and the account without its IFSC, both find the two FIRs.
        var byPhone = await (await io.GetAsync("/api/links?phone=070060%2011115")).ShouldBe(HttpStatusCode.OK);
        Assert.That(byPhone.GetProperty("value").GetString(), Is.EqualTo(DemoSeizures.SharedPhone));
        Assert.That(Firs(byPhone), Is.EqualTo(new[] { Demo.FoundingFirId, LaterFirId }));
        Assert.That(byPhone.GetProperty("appearances").EnumerateArray().Select(a => a.GetProperty("how").GetString()).Distinct(), Is.EqualTo(new[] { "AccusedPhone" }));
        var byAccount = await (await io.GetAsync($"/api/links?account={DemoSeizures.SharedAccountNumber}")).ShouldBe(HttpStatusCode.OK);
        Assert.That(Firs(byAccount), Is.EqualTo(new[] { Demo.FoundingFirId, LaterFirId }));
        var withIfsc = await (await io.GetAsync($"/api/links?account={DemoSeizures.SharedAccountNumber}/{DemoSeizures.SharedAccountIfsc.ToLowerInvariant()}")).ShouldBe(HttpStatusCode.OK);
        Assert.That(Firs(withIfsc), Is.EqualTo(new[] { Demo.FoundingFirId, LaterFirId }));
        var otherBranch = await (await io.GetAsync($"/api/links?account={DemoSeizures.SharedAccountNumber}/HDFC0001234")).ShouldBe(HttpStatusCode.OK);
        Assert.That(Firs(otherBranch), Is.Empty, "the same digits at another bank are another account");

        var imei = (await App.GetExhibit(DemoSeizures.ExhibitId(10))).GetProperty("imeis")[0].GetString();
        var byImei = await (await io.GetAsync($"/api/links?imei={imei}")).ShouldBe(HttpStatusCode.OK);
        Assert.That(Firs(byImei), Is.EqualTo(new[] { Demo.FoundingFirId }));
        Assert.That(byImei.GetProperty("appearances")[0].GetProperty("how").GetString(), Is.EqualTo("ExhibitImei"));
        Assert.That(byImei.GetProperty("appearances")[0].GetProperty("recordId").GetGuid(), Is.EqualTo(DemoSeizures.ExhibitId(10)));
    }

    [Test]
    public async Task Accounts_are_recorded_in_canonical_form_and_link_new_FIRs()
    {
        var fir = await App.NewFir();
        var io = await App.ClientFor(Demo.IoKashmir);
        var url = $"/api/firs/{fir.Id()}/accounts";
        var bank = await (await io.PostAsJsonAsync(url, new
        {
            kind = "BankAccount",
            identifier = "5010 0234-5678 90",
            ifsc = "hdfc0001234",
            bank = "HDFC Bank",
            holder = "Skyline Tech Solutions",
        })).ShouldBe(HttpStatusCode.Created);
        Assert.That(bank.GetProperty("identifier").GetString(), Is.EqualTo("50100234567890/HDFC0001234"));
        var upi = await (await io.PostAsJsonAsync(url, new { kind = "Upi", identifier = " Mule.Account@OkAxis " })).ShouldBe(HttpStatusCode.Created);
        Assert.That(upi.GetProperty("identifier").GetString(), Is.EqualTo("mule.account@okaxis"));
        var wallet = await (await io.PostAsJsonAsync(url, new { kind = "Wallet", identifier = "094190 77777", bank = "Paytm" })).ShouldBe(HttpStatusCode.Created);
        Assert.That(wallet.GetProperty("identifier").GetString(), Is.EqualTo("+919419077777"));
        await (await io.PostAsJsonAsync(url, new { kind = "Upi", identifier = "mule.account@okaxis" })).ShouldBe(HttpStatusCode.Conflict, "CaseAccount.AlreadyRecorded");

        var list = await (await (await App.ClientFor(Demo.ProsecutorKashmir)).GetAsync(url)).ShouldBe(HttpStatusCode.OK);
        Assert.That(list.EnumerateArray().Select(a => a.GetProperty("kind").GetString()), Is.EquivalentTo(new[] { "BankAccount", "Upi", "Wallet" }));

        // The HDFC account is also one of the founding case's.
        var linked = await (await io.GetAsync($"/api/firs/{fir.Id()}/linked-firs")).ShouldBe(HttpStatusCode.OK);
        Assert.That(Shared(linked, Demo.FoundingFirId), Is.EqualTo(new[] { ("Account", "50100234567890/HDFC0001234") }));
        var byUpi = await (await io.GetAsync("/api/links?account=MULE.ACCOUNT@okaxis")).ShouldBe(HttpStatusCode.OK);
        Assert.That(Firs(byUpi), Is.EqualTo(new[] { fir.Id() }));
    }

    [Test]
    public async Task An_IMEI_or_a_premises_in_two_FIRs_links_them()
    {
        var imei = Seizures.NewImei();
        var (firA, _, raidA) = await App.RaidInProgress();
        var (firB, _, raidB) = await App.RaidInProgress();
        var io = await App.ClientFor(Demo.IoKashmir);
        foreach (var raid in new[] { raidA, raidB })
        {
            await (await io.PostAsJsonAsync($"/api/raids/{raid.Id()}/seizure-memos", Seizures.MemoBody(App.Clock.GetUtcNow(), [Seizures.Phone(imei)])))
                .ShouldBe(HttpStatusCode.Created);
        }

        var byImei = await (await io.GetAsync($"/api/links?imei={imei[..8]} {imei[8..]}")).ShouldBe(HttpStatusCode.OK);
        Assert.That(Firs(byImei), Is.EquivalentTo(new[] { firA, firB }));
        var linked = await (await io.GetAsync($"/api/firs/{firA}/linked-firs")).ShouldBe(HttpStatusCode.OK);
        Assert.That(Shared(linked, firB), Is.EqualTo(new[] { ("Imei", imei) }));

        // Linking the founding case's Natipora premises to a new FIR links the two FIRs through it.
        await (await io.PostAsJsonAsync($"/api/firs/{firA}/premises", new { premisesId = Seeding.PremisesId(4) })).ShouldBe(HttpStatusCode.OK);
        linked = await (await io.GetAsync($"/api/firs/{firA}/linked-firs")).ShouldBe(HttpStatusCode.OK);
        var viaPremises = linked.EnumerateArray().Single(l => l.GetProperty("fir").Id() == Demo.FoundingFirId).GetProperty("shared")[0];
        Assert.That(viaPremises.GetProperty("kind").GetString(), Is.EqualTo("Premises"));
        Assert.That(viaPremises.GetProperty("recordId").GetGuid(), Is.EqualTo(Seeding.PremisesId(4)));
    }

    [Test]
    public async Task Bad_queries_and_bad_accounts_answer_400_naming_the_field()
    {
        var io = await App.ClientFor(Demo.IoKashmir);
        async Task<IReadOnlyCollection<string>> Refused(string query) =>
            (await (await io.GetAsync("/api/links" + query)).ShouldBe(HttpStatusCode.BadRequest, "Validation.Failed")).FieldErrors();

        Assert.That(await Refused(""), Is.EqualTo(new[] { "query" }));
        Assert.That(await Refused($"?imei={Seizures.NewImei()}&phone=9419012345"), Is.EqualTo(new[] { "query" }));
        var imei = Seizures.NewImei();
        Assert.That(await Refused($"?imei={imei[..14]}{(char)('0' + ((imei[14] - '0' + 1) % 10))}"), Is.EqualTo(new[] { "imei" }));
        Assert.That(await Refused("?phone=12345"), Is.EqualTo(new[] { "phone" }));
        Assert.That(await Refused("?account=%21%21"), Is.EqualTo(new[] { "account" }));

        var url = $"/api/firs/{Demo.FoundingFirId}/accounts";
        async Task<IReadOnlyCollection<string>> Rejected(object body) =>
            (await (await io.PostAsJsonAsync(url, body)).ShouldBe(HttpStatusCode.BadRequest, "Validation.Failed")).FieldErrors();
        Assert.That(await Rejected(new { }), Is.EquivalentTo(new[] { "kind", "identifier" }));
        Assert.That(await Rejected(new { kind = "BankAccount", identifier = "1234" }), Is.EquivalentTo(new[] { "identifier", "ifsc" }));
        Assert.That(await Rejected(new { kind = "BankAccount", identifier = "123456789012", ifsc = "HDFC1001234" }), Is.EqualTo(new[] { "ifsc" }));
        Assert.That(await Rejected(new { kind = "Upi", identifier = "no-at-sign" }), Is.EqualTo(new[] { "identifier" }));
        Assert.That(await Rejected(new { kind = "Upi", identifier = "a.b@okaxis", ifsc = "HDFC0001234" }), Is.EqualTo(new[] { "ifsc" }));
    }

    [Test]
    public async Task Links_are_for_investigators_and_accounts_are_recorded_by_IOs_and_the_SHO()
    {
        var body = new { kind = "Upi", identifier = "someone@ybl" };
        foreach (var user in new[] { Demo.ProsecutorKashmir, Demo.MalkhanaKashmir, Demo.Admin })
        {
            var client = await App.ClientFor(user);
            await (await client.GetAsync("/api/links?phone=9419012345")).ShouldBe(HttpStatusCode.Forbidden, "Access.Forbidden");
            await (await client.GetAsync($"/api/firs/{Demo.FoundingFirId}/linked-firs")).ShouldBe(HttpStatusCode.Forbidden, "Access.Forbidden");
            await (await client.PostAsJsonAsync($"/api/firs/{Demo.FoundingFirId}/accounts", body)).ShouldBe(HttpStatusCode.Forbidden, "Access.Forbidden");
        }

        await (await (await App.ClientFor(Demo.MalkhanaKashmir)).GetAsync($"/api/firs/{Demo.FoundingFirId}/accounts"))
            .ShouldBe(HttpStatusCode.Forbidden, "Access.Forbidden");
        var sho = await App.ClientFor(Demo.ShoKashmir);
        await (await sho.PostAsJsonAsync($"/api/firs/{LaterFirId}/accounts", body)).ShouldBe(HttpStatusCode.Created);
    }

    [Test]
    public async Task Jammu_officers_get_404_for_Kashmir_FIRs_and_never_see_Kashmir_links()
    {
        foreach (var user in new[] { Demo.IoJammu, Demo.ShoJammu })
        {
            var client = await App.ClientFor(user);
            await (await client.GetAsync($"/api/firs/{Demo.FoundingFirId}/linked-firs")).ShouldBe(HttpStatusCode.NotFound, "Fir.NotFound");
            await (await client.GetAsync($"/api/firs/{Demo.FoundingFirId}/accounts")).ShouldBe(HttpStatusCode.NotFound, "Fir.NotFound");
            await (await client.PostAsJsonAsync($"/api/firs/{Demo.FoundingFirId}/accounts", new { kind = "Upi", identifier = "x.y@ybl" }))
                .ShouldBe(HttpStatusCode.NotFound, "Fir.NotFound");

            var imei = (await App.GetExhibit(DemoSeizures.ExhibitId(10))).GetProperty("imeis")[0].GetString();
            foreach (var query in new[] { $"phone={Uri.EscapeDataString(DemoSeizures.SharedPhone)}", $"account={DemoSeizures.SharedAccountNumber}", $"imei={imei}" })
            {
                var links = await (await client.GetAsync($"/api/links?{query}")).ShouldBe(HttpStatusCode.OK);
                Assert.That(Firs(links), Is.Empty, query);
                Assert.That(links.GetProperty("appearances").GetArrayLength(), Is.Zero, query);
            }
        }

        // Even when Jammu records the same account in its own FIR, it sees only its own FIR, and Kashmir only its own.
        var jammu = await App.ClientFor(Demo.IoJammu);
        await (await jammu.PostAsJsonAsync($"/api/firs/{Demo.JammuFirId}/accounts", new
        {
            kind = "BankAccount",
            identifier = DemoSeizures.SharedAccountNumber,
            ifsc = DemoSeizures.SharedAccountIfsc,
        })).ShouldBe(HttpStatusCode.Created);
        var seen = await (await jammu.GetAsync($"/api/links?account={DemoSeizures.SharedAccountNumber}")).ShouldBe(HttpStatusCode.OK);
        Assert.That(Firs(seen), Is.EqualTo(new[] { Demo.JammuFirId }));
        var jammuLinked = await (await jammu.GetAsync($"/api/firs/{Demo.JammuFirId}/linked-firs")).ShouldBe(HttpStatusCode.OK);
        Assert.That(jammuLinked.GetArrayLength(), Is.Zero);
        var kashmir = await (await (await App.ClientFor(Demo.IoKashmir)).GetAsync($"/api/links?account={DemoSeizures.SharedAccountNumber}")).ShouldBe(HttpStatusCode.OK);
        Assert.That(Firs(kashmir), Does.Not.Contain(Demo.JammuFirId));
    }
}
