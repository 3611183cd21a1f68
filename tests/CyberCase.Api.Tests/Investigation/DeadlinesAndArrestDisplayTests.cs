using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CyberCase.Api.Tests.Infrastructure;

namespace CyberCase.Api.Tests.Investigation;

public sealed class DeadlinesAndArrestDisplayTests
{
    private CyberCaseApp _app = null!;

    [OneTimeSetUp]
    // The tests move the clock by hours; tokens must outlive that.
    public void Start() => _app = new CyberCaseApp(new() { ["Jwt:LifetimeMinutes"] = "4320" });

    [OneTimeTearDown]
    public void Stop() => _app.Dispose();

    private static List<JsonElement> Items(JsonElement board) => [.. board.GetProperty("items").EnumerateArray()];

    [Test]
    public async Task Acceptance_a_raid_planned_executed_with_two_arrests_puts_production_and_charge_sheet_on_the_board_and_Jammu_sees_none_of_it()
    {
        var sho = await _app.ClientFor(Demo.ShoKashmir);
        var io = await _app.ClientFor(Demo.IoKashmir);

        // The SHO plans a raid on a new premises with a team.
        var fir = await _app.NewFir();
        var premises = await (await sho.PostAsJsonAsync("/api/premises", Investigation.PremisesBody("Acceptance Call Centre"))).ShouldBe(HttpStatusCode.Created);
        var raid = await (await sho.PostAsJsonAsync($"/api/firs/{fir.Id()}/raids",
            Investigation.RaidBody(premises.Id(), _app.Clock.GetUtcNow().AddHours(1)))).ShouldBe(HttpStatusCode.Created);

        // The IO starts it; two accused are added and arrested during it; the IO completes it with two witnesses.
        _app.Clock.Advance(TimeSpan.FromHours(1));
        var started = await (await io.PostAsJsonAsync($"/api/raids/{raid.Id()}/start",
            new { startedAt = _app.Clock.GetUtcNow(), witnesses = Investigation.TwoWitnesses, version = raid.Version() })).ShouldBe(HttpStatusCode.OK);
        _app.Clock.Advance(TimeSpan.FromMinutes(40));
        var arrestedAt = _app.Clock.GetUtcNow();
        var arrested = new List<JsonElement>();
        foreach (var name in new[] { "Accepted One", "Accepted Two" })
        {
            var a = await (await io.PostAsJsonAsync($"/api/firs/{fir.Id()}/accused", Investigation.AccusedBody(name, premises.Id()))).ShouldBe(HttpStatusCode.Created);
            arrested.Add(await (await io.PostAsJsonAsync($"/api/accused/{a.Id()}/arrest", Investigation.ArrestBody(a.Version(), arrestedAt, raid.Id())))
                .ShouldBe(HttpStatusCode.OK));
        }

        _app.Clock.Advance(TimeSpan.FromHours(2));
        var completed = await (await io.PostAsJsonAsync($"/api/raids/{raid.Id()}/complete",
            new { endedAt = _app.Clock.GetUtcNow(), audioVideoRecorded = true, outcomeNotes = "Two arrested.", version = started.Version() })).ShouldBe(HttpStatusCode.OK);
        Assert.That(completed.GetProperty("status").GetString(), Is.EqualTo("Completed"));
        Assert.That(completed.GetProperty("witnesses").GetArrayLength(), Is.EqualTo(2));
        Assert.That(completed.GetProperty("arrests").EnumerateArray().Select(a => a.GetProperty("name").GetString()), Is.EqualTo(new[] { "Accepted One", "Accepted Two" }));

        // Production before the Magistrate is due within 24 hours of the arrest, for both.
        var day = await (await io.GetAsync("/api/deadlines?within=24h")).ShouldBe(HttpStatusCode.OK);
        var production = Items(day).Where(d => d.GetProperty("kind").GetString() == "ProductionBeforeMagistrate" && d.GetProperty("firId").GetGuid() == fir.Id()).ToList();
        Assert.That(production.Select(d => d.GetProperty("accusedCode").GetString()), Is.EquivalentTo(new[] { "A1", "A2" }));
        Assert.That(production.All(d => (d.GetProperty("dueAt").GetDateTimeOffset() - arrestedAt.AddHours(24)).Duration() < TimeSpan.FromMilliseconds(1)), Is.True);
        Assert.That(production.All(d => !d.GetProperty("overdue").GetBoolean()), Is.True);

        // The charge-sheet is due 60 days after the first arrest (BNS 318(4) and IT Act 66D: under ten years).
        var window = await (await io.GetAsync("/api/deadlines?within=60d")).ShouldBe(HttpStatusCode.OK);
        var chargeSheet = Items(window).Single(d => d.GetProperty("kind").GetString() == "ChargeSheet" && d.GetProperty("firId").GetGuid() == fir.Id());
        Assert.That(chargeSheet.GetProperty("dueAt").GetDateTimeOffset(), Is.EqualTo(arrestedAt.AddDays(60)).Within(TimeSpan.FromMilliseconds(1)));
        var firRead = await (await io.GetAsync($"/api/firs/{fir.Id()}")).ShouldBe(HttpStatusCode.OK);
        Assert.That(firRead.GetProperty("deadlines").EnumerateArray().Select(d => d.GetProperty("kind").GetString()),
            Is.EquivalentTo(new[] { "ProductionBeforeMagistrate", "ProductionBeforeMagistrate", "ChargeSheet", "InformantProgress" }));
        var accusedRead = await (await io.GetAsync($"/api/accused/{arrested[0].Id()}")).ShouldBe(HttpStatusCode.OK);
        Assert.That(accusedRead.GetProperty("deadlines").EnumerateArray().Select(d => d.GetProperty("kind").GetString()),
            Is.EqualTo(new[] { "ProductionBeforeMagistrate", "ChargeSheet" }));

        // 25 hours after the arrest, without a production recorded, it is overdue.
        _app.Clock.Advance(TimeSpan.FromHours(22));
        var late = await (await io.GetAsync("/api/deadlines?within=1h")).ShouldBe(HttpStatusCode.OK);
        Assert.That(Items(late).Where(d => d.GetProperty("firId").GetGuid() == fir.Id() && d.GetProperty("kind").GetString() == "ProductionBeforeMagistrate")
            .All(d => d.GetProperty("overdue").GetBoolean()), Is.True);

        // io.jammu sees none of it.
        var jammu = await _app.ClientFor(Demo.IoJammu);
        await (await jammu.GetAsync($"/api/raids/{raid.Id()}")).ShouldBe(HttpStatusCode.NotFound, "Raid.NotFound");
        await (await jammu.GetAsync($"/api/premises/{premises.Id()}")).ShouldBe(HttpStatusCode.NotFound, "Premises.NotFound");
        await (await jammu.GetAsync($"/api/accused/{arrested[0].Id()}")).ShouldBe(HttpStatusCode.NotFound, "Accused.NotFound");
        await (await jammu.GetAsync($"/api/firs/{fir.Id()}/accused")).ShouldBe(HttpStatusCode.NotFound, "Fir.NotFound");
        var jammuBoard = await (await jammu.GetAsync("/api/deadlines?within=3650d")).ShouldBe(HttpStatusCode.OK);
        Assert.That(Items(jammuBoard).Select(d => d.GetProperty("firId").GetGuid()), Does.Not.Contain(fir.Id()).And.Not.Contain(Demo.FoundingFirId));
        var jammuRaids = await (await jammu.GetAsync("/api/raids")).ShouldBe(HttpStatusCode.OK);
        Assert.That(jammuRaids.GetArrayLength(), Is.Zero);
        var display = await (await jammu.GetAsync($"/api/stations/current/arrests?date={arrestedAt.ToOffset(TimeSpan.FromHours(5.5)):yyyy-MM-dd}")).ShouldBe(HttpStatusCode.OK);
        Assert.That(display.GetProperty("arrested").GetArrayLength(), Is.Zero);
    }

    [TestCase("7")]
    [TestCase("7w")]
    [TestCase("-1d")]
    [TestCase("0d")]
    [TestCase("99999d")]
    public async Task A_bad_window_answers_400_with_the_field(string within)
    {
        var io = await _app.ClientFor(Demo.IoKashmir);
        var problem = await (await io.GetAsync($"/api/deadlines?within={within}")).ShouldBe(HttpStatusCode.BadRequest, "Validation.Failed");
        Assert.That(problem.FieldErrors(), Is.EqualTo(new[] { "within" }));
    }

    [Test]
    public async Task The_founding_case_charge_sheet_date_is_60_days_after_the_first_arrest_and_overdue()
    {
        var io = await _app.ClientFor(Demo.IoKashmir);
        var board = await (await io.GetAsync("/api/deadlines")).ShouldBe(HttpStatusCode.OK);
        var founding = Items(board).Where(d => d.GetProperty("firId").GetGuid() == Demo.FoundingFirId).ToList();
        var chargeSheet = founding.Single(d => d.GetProperty("kind").GetString() == "ChargeSheet");
        // The first arrest: A1 at Skyline Tech Solutions, 10:47 IST on 13 January 2021.
        Assert.That(chargeSheet.GetProperty("dueAt").GetDateTimeOffset(), Is.EqualTo(new DateTimeOffset(2021, 1, 13, 10, 47, 0, TimeSpan.FromHours(5.5)).AddDays(60)));
        Assert.That(chargeSheet.GetProperty("overdue").GetBoolean(), Is.True);
        Assert.That(founding.Select(d => d.GetProperty("kind").GetString()), Does.Not.Contain("ProductionBeforeMagistrate"), "all were produced");
    }

    [Test]
    public async Task The_BNSS_37_display_lists_names_addresses_and_offences_only()
    {
        var io = await _app.ClientFor(Demo.IoKashmir);
        var display = await (await io.GetAsync("/api/stations/current/arrests?date=2021-01-13")).ShouldBe(HttpStatusCode.OK);
        var arrested = display.GetProperty("arrested").EnumerateArray().ToList();
        Assert.That(arrested, Has.Count.EqualTo(23));
        Assert.That(arrested.Select(a => a.EnumerateObject().Select(p => p.Name)).Distinct(new SequenceComparer()).Single(),
            Is.EqualTo(new[] { "name", "address", "offences" }));
        Assert.That(arrested[0].GetProperty("offences").EnumerateArray().Select(o => o.GetString()),
            Is.EquivalentTo(new[] { "IPC 419", "IPC 420", "IPC 120-B", "IT Act 66C", "IT Act 66D" }));
        Assert.That(display.ToString(), Does.Not.Contain("+91"), "no phone numbers on a public display");

        var nextDay = await (await io.GetAsync("/api/stations/current/arrests?date=2021-01-14")).ShouldBe(HttpStatusCode.OK);
        Assert.That(nextDay.GetProperty("arrested").GetArrayLength(), Is.Zero);
        await (await io.GetAsync("/api/stations/current/arrests?date=13-01-2021x")).ShouldBe(HttpStatusCode.BadRequest);
    }

    [Test]
    public async Task Deadlines_and_the_display_need_a_signed_in_officer()
    {
        var anonymous = _app.CreateClient();
        await (await anonymous.GetAsync("/api/deadlines")).ShouldBe(HttpStatusCode.Unauthorized);
        await (await anonymous.GetAsync("/api/stations/current/arrests")).ShouldBe(HttpStatusCode.Unauthorized);
    }

    private sealed class SequenceComparer : IEqualityComparer<IEnumerable<string>>
    {
        public bool Equals(IEnumerable<string>? x, IEnumerable<string>? y) => x!.SequenceEqual(y!);

        public int GetHashCode(IEnumerable<string> obj) => string.Join(",", obj).GetHashCode(StringComparison.Ordinal);
    }
}
