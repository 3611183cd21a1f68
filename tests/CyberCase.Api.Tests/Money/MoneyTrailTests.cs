using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CyberCase.Api.Tests.Infrastructure;
using CyberCase.Api.Tests.Investigation;
using CyberCase.Infrastructure.Seeding.Demo;

namespace CyberCase.Api.Tests.Money;

public sealed class MoneyTrailTests : ApiTest
{
    private static readonly DateTimeOffset Day = new(2025, 10, 3, 10, 0, 0, TimeSpan.FromHours(5.5));

    private static List<JsonElement> Array(JsonElement e, string name) => e.GetProperty(name).EnumerateArray().ToList();

    private static List<(string Currency, decimal Amount)> Totals(JsonElement e) =>
        e.EnumerateArray().Select(t => (t.GetProperty("currency").GetString()!, t.GetProperty("amount").GetDecimal())).ToList();

    private async Task<(HttpClient Io, Guid Fir)> NewCase()
    {
        var fir = await App.NewFir();
        return (await App.ClientFor(Demo.IoKashmir), fir.Id());
    }

    private static async Task<Guid> Account(HttpClient io, Guid fir, object body) =>
        (await (await io.PostAsJsonAsync($"/api/firs/{fir}/accounts", body)).ShouldBe(HttpStatusCode.Created)).Id();

    private static async Task<Guid> Bank(HttpClient io, Guid fir, string number) =>
        await Account(io, fir, new { kind = "BankAccount", identifier = number, ifsc = "SBIN0001234", bank = "State Bank of India" });

    private static async Task<Guid> Victim(HttpClient io, Guid fir, string name = "Emily Clarke") =>
        (await (await io.PostAsJsonAsync($"/api/firs/{fir}/victims", new { name, country = "United Kingdom", amountLost = 900.00m, amountLostCurrency = "GBP" }))
            .ShouldBe(HttpStatusCode.Created)).Id();

    private static Task<HttpResponseMessage> Pay(HttpClient io, Guid fir, decimal amount, string currency, Guid to, Guid? from = null, Guid? victim = null,
        DateTimeOffset? at = null) =>
        io.PostAsJsonAsync($"/api/firs/{fir}/transactions", new
        {
            occurredAt = at ?? Day,
            amount,
            currency,
            channel = victim is null ? "Imps" : "Wire",
            reference = "UTR" + Guid.NewGuid().ToString("N")[..10],
            victimId = victim,
            fromAccountId = from,
            toAccountId = to,
        });

    [Test]
    public async Task The_founding_case_shows_its_foreign_victims_their_payments_and_the_frozen_accounts()
    {
        var prosecutor = await App.ClientFor(Demo.ProsecutorKashmir);
        var victims = await (await prosecutor.GetAsync($"/api/firs/{Demo.FoundingFirId}/victims")).ShouldBe(HttpStatusCode.OK);
        Assert.That(victims.EnumerateArray().Select(v => v.GetProperty("country").GetString()),
            Is.EqualTo(new[] { "United States", "United Kingdom", "Canada", "Australia" }));
        Assert.That(victims[2].GetProperty("interpreterNeeded").GetBoolean(), Is.True, "the Canadian victim speaks French");

        var trail = await (await prosecutor.GetAsync($"/api/firs/{Demo.FoundingFirId}/money-trail")).ShouldBe(HttpStatusCode.OK);
        var accounts = Array(trail, "accounts");
        int? Layer(Guid id) => accounts.Single(a => a.GetProperty("account").Id() == id).GetProperty("layer") is { ValueKind: JsonValueKind.Number } l ? l.GetInt32() : null;
        Assert.That(Layer(DemoMoney.GiftCardBrokerId), Is.EqualTo(1), "the gift-card broker bought the victims' codes");
        Assert.That(Layer(DemoSeizures.AccountId("02/2021", 1)), Is.EqualTo(1), "the J&K Bank account received the wires");
        Assert.That(Layer(DemoSeizures.AccountId("02/2021", 2)), Is.EqualTo(2));
        var upi = accounts.Single(a => a.GetProperty("account").Id() == DemoSeizures.AccountId("02/2021", 3));
        Assert.That(upi.GetProperty("layer").GetInt32(), Is.EqualTo(3));
        Assert.That(upi.GetProperty("cashOut").GetBoolean(), Is.True);

        var jk = accounts.Single(a => a.GetProperty("account").Id() == DemoSeizures.AccountId("02/2021", 1));
        Assert.That(jk.GetProperty("status").GetString(), Is.EqualTo("Confirmed"));
        Assert.That(Totals(jk.GetProperty("held")), Is.EqualTo(new[] { ("INR", 345000.00m) }));
        Assert.That(Totals(trail.GetProperty("paidByVictims")),
            Is.EqualTo(new[] { ("AUD", 3000.00m), ("CAD", 1200.00m), ("GBP", 2400.00m), ("USD", 1500.00m) }), "one total per currency, never summed");
        Assert.That(Totals(trail.GetProperty("held")), Is.EqualTo(new[] { ("INR", 463450.00m) }));
        var times = Array(trail, "transactions").Select(t => t.GetProperty("occurredAt").GetDateTimeOffset()).ToList();
        Assert.That(times, Is.Ordered, "transactions in time order");
        Assert.That(Array(trail, "transactions").Select(t => t.GetProperty("channel").GetString()).Distinct(), Is.SupersetOf(new[] { "GiftCard", "Wire" }));

        var io = await App.ClientFor(Demo.IoKashmir);
        var complaints = await (await io.GetAsync($"/api/complaints?firId={Demo.FoundingFirId}")).ShouldBe(HttpStatusCode.OK);
        Assert.That(complaints.EnumerateArray().Select(c => c.GetProperty("ackNumber").GetString()),
            Is.EquivalentTo(new[] { DemoMoney.FirstAckNumber, DemoMoney.SecondAckNumber }));
        Assert.That(complaints.EnumerateArray().All(c => c.GetProperty("status").GetString() == "Converted"), Is.True);
    }

    [Test]
    public async Task The_trail_follows_the_layers_to_the_cash_out_once_even_when_money_goes_round()
    {
        var (io, fir) = await NewCase();
        var victim = await Victim(io, fir);
        var a = await Bank(io, fir, "100000000001");
        var b = await Bank(io, fir, "100000000002");
        var c = await Bank(io, fir, "100000000003");
        var loose = await Bank(io, fir, "100000000004");
        await (await Pay(io, fir, 900.00m, "GBP", a, victim: victim)).ShouldBe(HttpStatusCode.Created);
        await (await Pay(io, fir, 50000.00m, "INR", b, from: a)).ShouldBe(HttpStatusCode.Created);
        await (await Pay(io, fir, 20000.50m, "INR", c, from: b)).ShouldBe(HttpStatusCode.Created);
        await (await Pay(io, fir, 10000.00m, "INR", a, from: b)).ShouldBe(HttpStatusCode.Created); // back up the chain
        await (await Pay(io, fir, 100.00m, "INR", loose, from: c, at: Day.AddHours(1))).ShouldBe(HttpStatusCode.Created);

        var trail = await (await io.GetAsync($"/api/firs/{fir}/money-trail")).ShouldBe(HttpStatusCode.OK);
        var layers = Array(trail, "accounts").ToDictionary(x => x.GetProperty("account").Id(), x => x.GetProperty("layer").GetInt32());
        Assert.That(layers, Is.EquivalentTo(new Dictionary<Guid, int> { [a] = 1, [b] = 2, [c] = 3, [loose] = 4 }), "each account once, at its fewest hops");
        var cashOut = Array(trail, "accounts").Where(x => x.GetProperty("cashOut").GetBoolean()).Select(x => x.GetProperty("account").Id());
        Assert.That(cashOut, Is.EqualTo(new[] { loose }));
        var accountA = Array(trail, "accounts").Single(x => x.GetProperty("account").Id() == a);
        Assert.That(Totals(accountA.GetProperty("received")), Is.EqualTo(new[] { ("GBP", 900.00m), ("INR", 10000.00m) }), "per currency");
        Assert.That(Totals(accountA.GetProperty("sent")), Is.EqualTo(new[] { ("INR", 50000.00m) }));
        var paid = Array(trail, "victims").Single();
        Assert.That(Totals(paid.GetProperty("paid")), Is.EqualTo(new[] { ("GBP", 900.00m) }));
        Assert.That(Totals(paid.GetProperty("lost")), Is.EqualTo(new[] { ("GBP", 900.00m) }));
    }

    [Test]
    public async Task Amounts_are_positive_and_in_the_currency_s_decimals()
    {
        var (io, fir) = await NewCase();
        var victim = await Victim(io, fir);
        var a = await Bank(io, fir, "200000000001");
        var b = await Bank(io, fir, "200000000002");
        var negative = await (await Pay(io, fir, -5.00m, "INR", b, from: a)).ShouldBe(HttpStatusCode.BadRequest, "Validation.Failed");
        Assert.That(negative.FieldErrors(), Does.Contain("amount"));
        var cents = await (await Pay(io, fir, 10.001m, "USD", a, victim: victim)).ShouldBe(HttpStatusCode.BadRequest, "Validation.Failed");
        Assert.That(cents.FieldErrors(), Does.Contain("amount"));
        var yen = await (await Pay(io, fir, 1000.5m, "JPY", a, victim: victim)).ShouldBe(HttpStatusCode.BadRequest, "Validation.Failed");
        Assert.That(yen.FieldErrors(), Does.Contain("amount"), "the yen has no decimals");
        var unknown = await (await Pay(io, fir, 10m, "XYZ", a, victim: victim)).ShouldBe(HttpStatusCode.BadRequest, "Validation.Failed");
        Assert.That(unknown.FieldErrors(), Does.Contain("currency"));
        await (await Pay(io, fir, 1000m, "JPY", a, victim: victim)).ShouldBe(HttpStatusCode.Created);
        var exact = await (await Pay(io, fir, 10.10m, "USD", a, victim: victim)).ShouldBe(HttpStatusCode.Created);
        Assert.That(exact.GetProperty("amount").GetDecimal(), Is.EqualTo(10.10m));
        var badLoss = await (await io.PostAsJsonAsync($"/api/firs/{fir}/victims", new { name = "X", amountLost = 1.234m, amountLostCurrency = "INR" }))
            .ShouldBe(HttpStatusCode.BadRequest, "Validation.Failed");
        Assert.That(badLoss.FieldErrors(), Does.Contain("amountLost"));
    }

    [Test]
    public async Task A_transaction_does_not_go_from_an_account_to_itself_nor_from_another_case_s_account()
    {
        var (io, fir) = await NewCase();
        var a = await Bank(io, fir, "300000000001");
        var b = await Bank(io, fir, "300000000002");
        var self = await (await Pay(io, fir, 5.00m, "INR", a, from: a)).ShouldBe(HttpStatusCode.BadRequest, "Validation.Failed");
        Assert.That(self.FieldErrors(), Does.Contain("toAccountId"));
        var nowhere = await (await io.PostAsJsonAsync($"/api/firs/{fir}/transactions", new { occurredAt = Day, amount = 5m, currency = "INR", channel = "Upi", toAccountId = a }))
            .ShouldBe(HttpStatusCode.BadRequest, "Validation.Failed");
        Assert.That(nowhere.FieldErrors(), Does.Contain("fromAccountId"));
        await (await Pay(io, fir, 5.00m, "INR", b, from: a)).ShouldBe(HttpStatusCode.Created);
        await (await Pay(io, fir, 5.00m, "INR", DemoSeizures.AccountId("02/2021", 1), from: a)).ShouldBe(HttpStatusCode.NotFound, "CaseAccount.NotFound");
    }

    [Test]
    public async Task Accounts_are_checked_per_kind_and_cards_are_kept_masked_only()
    {
        var (io, fir) = await NewCase();
        var url = $"/api/firs/{fir}/accounts";
        var ifsc = await (await io.PostAsJsonAsync(url, new { kind = "BankAccount", identifier = "123456789012", ifsc = "HDFC1234567" }))
            .ShouldBe(HttpStatusCode.BadRequest, "Validation.Failed");
        Assert.That(ifsc.FieldErrors(), Is.EqualTo(new[] { "ifsc" }), "the fifth character of an IFSC is a zero");
        var upi = await (await io.PostAsJsonAsync(url, new { kind = "Upi", identifier = "no-handle" })).ShouldBe(HttpStatusCode.BadRequest, "Validation.Failed");
        Assert.That(upi.FieldErrors(), Is.EqualTo(new[] { "identifier" }));
        var full = await (await io.PostAsJsonAsync(url, new { kind = "Card", identifier = "4111 1111 1111 1111" })).ShouldBe(HttpStatusCode.BadRequest, "Validation.Failed");
        Assert.That(full.FieldErrors(), Is.EqualTo(new[] { "identifier" }), "a full card number is never stored");
        var middle = await (await io.PostAsJsonAsync(url, new { kind = "Card", identifier = "4111 11XX XX11 1111" })).ShouldBe(HttpStatusCode.BadRequest, "Validation.Failed");
        Assert.That(middle.FieldErrors(), Is.EqualTo(new[] { "identifier" }), "no digits shown between the first six and the last four");
        var card = await (await io.PostAsJsonAsync(url, new { kind = "Card", identifier = "4111 11xx xxxx 1234", bank = "Axis Bank", kyc = "Issued to Imran Bhat" }))
            .ShouldBe(HttpStatusCode.Created);
        Assert.That(card.GetProperty("identifier").GetString(), Is.EqualTo("411111XXXXXX1234"));
        Assert.That(card.GetProperty("kyc").GetString(), Is.EqualTo("Issued to Imran Bhat"));
        var crypto = await (await io.PostAsJsonAsync(url, new { kind = "Crypto", identifier = "0xAbC1234567890aBcDeF1234567890AbCdEf123456" })).ShouldBe(HttpStatusCode.Created);
        Assert.That(crypto.GetProperty("identifier").GetString(), Is.EqualTo("0xabc1234567890abcdef1234567890abcdef123456"));
        await (await io.PostAsJsonAsync(url, new { kind = "Crypto", identifier = "short" })).ShouldBe(HttpStatusCode.BadRequest, "Validation.Failed");
        await (await io.PostAsJsonAsync(url, new { kind = "BankAccount", identifier = "123456789012", ifsc = "HDFC0001234" })).ShouldBe(HttpStatusCode.Created);
    }

    [Test]
    public async Task The_same_card_in_two_FIRs_links_them_both_ways()
    {
        var (io, first) = await NewCase();
        var second = (await App.NewFir()).Id();
        foreach (var fir in new[] { first, second })
        {
            await Account(io, fir, new { kind = "Card", identifier = "5200 00XX XXXX 9876" });
        }

        foreach (var (fir, other) in new[] { (first, second), (second, first) })
        {
            var linked = await (await io.GetAsync($"/api/firs/{fir}/linked-firs")).ShouldBe(HttpStatusCode.OK);
            var link = linked.EnumerateArray().Single(l => l.GetProperty("fir").Id() == other);
            Assert.That(link.GetProperty("shared").EnumerateArray().Select(s => s.GetProperty("value").GetString()), Is.EqualTo(new[] { "520000XXXXXX9876" }));
        }
    }

    [Test]
    public async Task A_freeze_is_confirmed_only_after_it_was_requested_and_an_attachment_names_the_SP_s_approval()
    {
        var (io, fir) = await NewCase();
        var a = await Bank(io, fir, "400000000001");
        var url = $"/api/firs/{fir}/accounts/{a}/status";
        await (await io.PostAsJsonAsync(url, new { kind = "Confirmed", at = Day, amount = 100m, currency = "INR" }))
            .ShouldBe(HttpStatusCode.Conflict, "AccountStatus.NotRequested");
        var noAddressee = await (await io.PostAsJsonAsync(url, new { kind = "FreezeRequested", at = Day })).ShouldBe(HttpStatusCode.UnprocessableEntity, "AccountStatus.AddresseeRequired");
        Assert.That(noAddressee.FieldErrors(), Is.EqualTo(new[] { "addressee" }));
        await (await io.PostAsJsonAsync(url, new { kind = "FreezeRequested", at = Day, addressee = "Nodal Officer, SBI", reference = "FRZ/1" }))
            .ShouldBe(HttpStatusCode.Created);
        var early = await (await io.PostAsJsonAsync(url, new { kind = "Confirmed", at = Day.AddHours(-1), amount = 100m, currency = "INR" }))
            .ShouldBe(HttpStatusCode.UnprocessableEntity, "AccountStatus.ConfirmedBeforeRequested");
        Assert.That(early.FieldErrors(), Is.EqualTo(new[] { "at" }));
        var decimals = await (await io.PostAsJsonAsync(url, new { kind = "Confirmed", at = Day.AddHours(2), amount = 100.001m, currency = "INR" }))
            .ShouldBe(HttpStatusCode.BadRequest, "Validation.Failed");
        Assert.That(decimals.FieldErrors(), Is.EqualTo(new[] { "amount" }));
        var confirmed = await (await io.PostAsJsonAsync(url, new { kind = "Confirmed", at = Day.AddHours(2), amount = 75000.00m, currency = "INR", reference = "SBI/LEA/9" }))
            .ShouldBe(HttpStatusCode.Created);
        Assert.That(confirmed.GetProperty("sequence").GetInt32(), Is.EqualTo(2));

        var noSp = await (await io.PostAsJsonAsync(url, new { kind = "AttachedByCourt", at = Day.AddDays(1), amount = 75000m, currency = "INR", applicationDate = "2025-10-03", orderDate = "2025-10-04" }))
            .ShouldBe(HttpStatusCode.UnprocessableEntity, "AccountStatus.SpApprovalRequired");
        Assert.That(noSp.FieldErrors(), Is.EqualTo(new[] { "spApprovalReference" }));
        await (await io.PostAsJsonAsync(url, new
        {
            kind = "AttachedByCourt",
            at = Day.AddDays(1),
            addressee = "Court of the Chief Judicial Magistrate, Srinagar",
            reference = "Misc. 41/2025",
            amount = 75000.00m,
            currency = "INR",
            spApprovalReference = "SSP/CYB/118",
            spApprovedOn = "2025-10-03",
            applicationDate = "2025-10-02",
            orderDate = "2025-10-04",
        })).ShouldBe(HttpStatusCode.UnprocessableEntity, "AccountStatus.OutOfOrder");
        await (await io.PostAsJsonAsync(url, new
        {
            kind = "AttachedByCourt",
            at = Day.AddDays(1),
            addressee = "Court of the Chief Judicial Magistrate, Srinagar",
            reference = "Misc. 41/2025",
            amount = 75000.00m,
            currency = "INR",
            spApprovalReference = "SSP/CYB/118",
            spApprovedOn = "2025-10-03",
            applicationDate = "2025-10-03",
            orderDate = "2025-10-04",
        })).ShouldBe(HttpStatusCode.Created);

        var trail = await (await io.GetAsync($"/api/firs/{fir}/money-trail")).ShouldBe(HttpStatusCode.OK);
        var account = Array(trail, "accounts").Single();
        Assert.That(account.GetProperty("status").GetString(), Is.EqualTo("AttachedByCourt"));
        Assert.That(account.GetProperty("history").EnumerateArray().Select(h => h.GetProperty("kind").GetString()),
            Is.EqualTo(new[] { "FreezeRequested", "Confirmed", "AttachedByCourt" }), "the history is kept, step by step");
        Assert.That(Totals(trail.GetProperty("attached")), Is.EqualTo(new[] { ("INR", 75000.00m) }));
    }

    [Test]
    public async Task The_90_day_clock_runs_for_the_informant_and_each_victim_and_clears_when_they_are_told()
    {
        var (io, fir) = await NewCase();
        var registered = (await (await io.GetAsync($"/api/firs/{fir}")).ShouldBe(HttpStatusCode.OK)).GetProperty("registeredAt").GetDateTimeOffset();
        var victim = await Victim(io, fir, "Emily Clarke");
        var clocks = await (await io.GetAsync($"/api/firs/{fir}/progress-updates")).ShouldBe(HttpStatusCode.OK);
        Assert.That(clocks.GetProperty("applies").GetBoolean(), Is.True);
        Assert.That(Array(clocks, "clocks").Select(c => c.GetProperty("name").GetString()), Is.EqualTo(new[] { "Farooq Ahmad Shah", "Emily Clarke" }));
        Assert.That(Array(clocks, "clocks").All(c => c.GetProperty("dueAt").GetDateTimeOffset() == registered.AddDays(90)), Is.True);

        async Task<List<string?>> Owed() =>
            (await (await io.GetAsync($"/api/firs/{fir}")).ShouldBe(HttpStatusCode.OK)).GetProperty("deadlines").EnumerateArray()
                .Where(d => d.GetProperty("kind").GetString() == "InformantProgress").Select(d => d.GetProperty("personName").GetString()).ToList();
        Assert.That(await Owed(), Is.EquivalentTo(new[] { "Farooq Ahmad Shah", "Emily Clarke" }));
        var board = await (await io.GetAsync("/api/deadlines?within=91d")).ShouldBe(HttpStatusCode.OK);
        Assert.That(board.GetProperty("items").EnumerateArray().Count(d => d.GetProperty("firId").GetGuid() == fir && d.GetProperty("kind").GetString() == "InformantProgress"),
            Is.EqualTo(2), "shown on the station's deadlines too");

        var early = await (await io.PostAsJsonAsync($"/api/firs/{fir}/progress-updates", new { at = registered.AddDays(-1), means = "Phone", summary = "Told." }))
            .ShouldBe(HttpStatusCode.UnprocessableEntity, "Progress.BeforeFir");
        Assert.That(early.FieldErrors(), Is.EqualTo(new[] { "at" }));
        App.Clock.Advance(TimeSpan.FromHours(1));
        var told = await (await io.PostAsJsonAsync($"/api/firs/{fir}/progress-updates", new
        {
            at = registered.AddMinutes(30),
            means = "Phone",
            summary = "Told that the receiving account is frozen and the bank's reply is awaited.",
        })).ShouldBe(HttpStatusCode.Created);
        Assert.That(told.GetProperty("byOfficerId").GetGuid(), Is.EqualTo(Demo.OfficerId(Demo.IoKashmir)));
        Assert.That(await Owed(), Is.EqualTo(new[] { "Emily Clarke" }), "the informant's clock cleared; the victim's still runs");
        await (await io.PostAsJsonAsync($"/api/firs/{fir}/progress-updates", new { victimId = victim, at = registered.AddMinutes(40), means = "Email", summary = "Same, by e-mail." }))
            .ShouldBe(HttpStatusCode.Created);
        Assert.That(await Owed(), Is.Empty);
        var cleared = await (await io.GetAsync($"/api/firs/{fir}/progress-updates")).ShouldBe(HttpStatusCode.OK);
        Assert.That(Array(cleared, "clocks").All(c => c.GetProperty("cleared").GetBoolean() && !c.GetProperty("late").GetBoolean()), Is.True);
        Assert.That(Array(cleared, "communications"), Has.Count.EqualTo(2));
    }

    [Test]
    public async Task No_90_day_clock_runs_on_an_FIR_registered_under_the_CrPC()
    {
        var io = await App.ClientFor(Demo.IoKashmir);
        var clocks = await (await io.GetAsync($"/api/firs/{Demo.FoundingFirId}/progress-updates")).ShouldBe(HttpStatusCode.OK);
        Assert.That(clocks.GetProperty("applies").GetBoolean(), Is.False);
        Assert.That(Array(clocks, "clocks"), Is.Empty);
        var fir = await (await io.GetAsync($"/api/firs/{Demo.FoundingFirId}")).ShouldBe(HttpStatusCode.OK);
        Assert.That(fir.GetProperty("deadlines").EnumerateArray().Select(d => d.GetProperty("kind").GetString()), Does.Not.Contain("InformantProgress"));

        var later = await (await io.GetAsync($"/api/firs/{DemoFirs.FirId("CPS-KZ", "14/2025")}/progress-updates")).ShouldBe(HttpStatusCode.OK);
        Assert.That(Array(later, "clocks").Select(c => (c.GetProperty("name").GetString(), c.GetProperty("cleared").GetBoolean())),
            Is.EqualTo(new[] { ("Shabir Ahmad Lone", true) }), "the informant is the victim: one clock, told in the demo");
    }
}
