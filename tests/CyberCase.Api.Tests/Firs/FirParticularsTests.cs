using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CyberCase.Api.Tests.Infrastructure;
using CyberCase.Api.Tests.Investigation;

namespace CyberCase.Api.Tests.Firs;

/// <summary>
/// The IIF-I particulars of an FIR (issue 11): recorded at registration, read back as sent (Hindi and Urdu byte for
/// byte), the informant's phone normalised like an accused's; the dispatch to the Magistrate and the court added later.
/// A missing particular is accepted; an impossible one is 422 naming the field.
/// </summary>
public sealed class FirParticularsTests : ApiTest
{
    private const string UrduName = "فاروق احمد شاہ";
    private const string HindiNarrative = "शिकायतकर्ता को बैंक अधिकारी बनकर फ़ोन किया गया और ₹50,000 ठग लिए गए।";

    private static Dictionary<string, object?> Body(Action<Dictionary<string, object?>>? change = null)
    {
        var body = new Dictionary<string, object?>
        {
            ["occurredFrom"] = "2025-10-01T10:00:00+05:30",
            ["occurredTo"] = "2025-10-02T18:00:00+05:30",
            ["placeOfOccurrence"] = "Online; complainant at Lal Chowk, Srinagar",
            ["informationType"] = "Written",
            ["informant"] = new Dictionary<string, object?>
            {
                ["name"] = "Farooq Ahmad Shah",
                ["nameInScript"] = UrduName,
                ["parentage"] = "S/o Abdul Ahad Shah",
                ["yearOfBirth"] = 1979,
                ["nationality"] = "British",
                ["passportNumber"] = "123456789",
                ["passportIssuedOn"] = "2019-05-02",
                ["passportIssuedAt"] = "London",
                ["occupation"] = "Engineer",
                ["address"] = "Lal Chowk, Srinagar",
                ["phone"] = "094190 12345",
            },
            ["sections"] = new[] { new { act = "BNS", section = "318(4)" } },
            ["narrative"] = "Lost Rs 50,000 to a fake KYC call.",
            ["gdEntryNumber"] = "GD-88/2025",
            ["informationReceivedAt"] = "2025-10-03T11:20:00+05:30",
            ["informationGdReference"] = "GD-87/2025",
            ["directionFromStation"] = "South-east",
            ["distanceFromStationKm"] = 3.5,
            ["beatNumber"] = "Beat 4",
            ["delayReason"] = "Went to the bank first.",
            ["propertiesInvolved"] = "Rs 50,000 moved by UPI",
            ["propertiesValueRupees"] = 50000,
            ["accusedParticulars"] = new object[]
            {
                new { kind = "Unknown", particulars = "Caller posing as a bank officer" },
                new { kind = "Known", name = "Rahul", nameInScript = "राहुल", particulars = "Account holder of the receiving account" },
            },
            ["narrativeInScript"] = HindiNarrative,
            ["officerInChargeId"] = Demo.OfficerId(Demo.ShoKashmir),
        };
        change?.Invoke(body);
        return body;
    }

    private async Task<HttpResponseMessage> Register(Dictionary<string, object?> body) =>
        await (await App.ClientFor(Demo.IoKashmir)).PostAsJsonAsync("/api/firs", body);

    [Test]
    public async Task Every_particular_is_returned_as_sent_and_again_on_read_with_Hindi_and_Urdu_byte_for_byte()
    {
        var created = await (await Register(Body())).ShouldBe(HttpStatusCode.Created);
        var read = await (await (await App.ClientFor(Demo.IoKashmir)).GetAsync($"/api/firs/{created.Id()}")).ShouldBe(HttpStatusCode.OK);
        foreach (var fir in new[] { created, read })
        {
            var informant = fir.GetProperty("informant");
            Assert.That(informant.GetProperty("nameInScript").GetString(), Is.EqualTo(UrduName));
            Assert.That(informant.GetProperty("phone").GetString(), Is.EqualTo("+919419012345"), "normalised to E.164 like an accused's");
            Assert.That(informant.GetProperty("yearOfBirth").GetInt32(), Is.EqualTo(1979));
            Assert.That(informant.GetProperty("passportIssuedOn").GetString(), Is.EqualTo("2019-05-02"));
            Assert.That(informant.GetProperty("passportIssuedAt").GetString(), Is.EqualTo("London"));
            Assert.That(informant.GetProperty("occupation").GetString(), Is.EqualTo("Engineer"));
            var p = fir.GetProperty("particulars");
            Assert.That(p.GetProperty("informationReceivedAt").GetString(), Is.EqualTo("2025-10-03T11:20:00+05:30"));
            Assert.That(p.GetProperty("informationGdReference").GetString(), Is.EqualTo("GD-87/2025"));
            Assert.That(p.GetProperty("directionFromStation").GetString(), Is.EqualTo("South-east"));
            Assert.That(p.GetProperty("distanceFromStationKm").GetDecimal(), Is.EqualTo(3.5m));
            Assert.That(p.GetProperty("beatNumber").GetString(), Is.EqualTo("Beat 4"));
            Assert.That(p.GetProperty("delayReason").GetString(), Is.EqualTo("Went to the bank first."));
            Assert.That(p.GetProperty("propertiesValueRupees").GetDecimal(), Is.EqualTo(50000m));
            Assert.That(p.GetProperty("narrativeInScript").GetString(), Is.EqualTo(HindiNarrative));
            var accused = fir.GetProperty("accusedParticulars").EnumerateArray().ToList();
            Assert.That(accused.Select(a => a.GetProperty("kind").GetString()), Is.EqualTo(new[] { "Unknown", "Known" }));
            Assert.That(accused[1].GetProperty("nameInScript").GetString(), Is.EqualTo("राहुल"));
            Assert.That(fir.GetProperty("officerInCharge").GetProperty("fullName").GetString(), Is.EqualTo("Tariq Ahmad Mir"));
        }
    }

    [Test]
    public async Task An_FIR_without_the_particulars_is_registered_and_reads_them_as_missing()
    {
        var fir = await App.NewFir();
        Assert.That(fir.GetProperty("particulars").GetProperty("informationReceivedAt").ValueKind, Is.EqualTo(JsonValueKind.Null));
        Assert.That(fir.GetProperty("accusedParticulars").GetArrayLength(), Is.Zero);
        Assert.That(fir.GetProperty("officerInCharge").ValueKind, Is.EqualTo(JsonValueKind.Null));
        Assert.That(fir.GetProperty("dispatchedToMagistrate").ValueKind, Is.EqualTo(JsonValueKind.Null));
        Assert.That(fir.GetProperty("court").ValueKind, Is.EqualTo(JsonValueKind.Null));
    }

    [TestCase("informationReceivedAt", "2025-09-30T09:00:00+05:30", "Fir.InformationBeforeOccurrence")]
    [TestCase("informationReceivedAt", "2099-01-01T09:00:00+05:30", "Fir.InformationReceivedAfterRegistration")]
    public async Task An_impossible_time_of_information_is_422_naming_the_field(string field, string value, string code)
    {
        var problem = await (await Register(Body(b => b[field] = value))).ShouldBe(HttpStatusCode.UnprocessableEntity, code);
        Assert.That(problem.FieldErrors(), Is.EqualTo(new[] { field }));
    }

    [Test]
    public async Task An_officer_in_charge_of_another_station_is_422()
    {
        var problem = await (await Register(Body(b => b["officerInChargeId"] = Demo.OfficerId(Demo.ShoJammu))))
            .ShouldBe(HttpStatusCode.UnprocessableEntity, "Fir.OfficerInChargeNotOfStation");
        Assert.That(problem.FieldErrors(), Is.EqualTo(new[] { "officerInChargeId" }));
    }

    [TestCase("phone", "12345", "informant.phone")]
    [TestCase("nameInScript", "  ", "informant.nameInScript")]
    public async Task A_bad_informant_field_is_400_naming_it(string field, string value, string path)
    {
        var problem = await (await Register(Body(b => ((Dictionary<string, object?>)b["informant"]!)[field] = value)))
            .ShouldBe(HttpStatusCode.BadRequest, "Validation.Failed");
        Assert.That(problem.FieldErrors(), Is.EqualTo(new[] { path }));
    }

    [Test]
    public async Task A_known_accused_without_a_name_and_a_negative_value_are_400()
    {
        var problem = await (await Register(Body(b =>
        {
            b["accusedParticulars"] = new object[] { new { kind = "Known" } };
            b["propertiesValueRupees"] = -1;
        }))).ShouldBe(HttpStatusCode.BadRequest, "Validation.Failed");
        Assert.That(problem.FieldErrors(), Is.EquivalentTo(new[] { "accusedParticulars[0].name", "propertiesValueRupees" }));
    }

    [Test]
    public async Task The_dispatch_to_the_Magistrate_is_recorded_after_the_registration_and_never_before_it_or_in_the_future()
    {
        var fir = await App.NewFir();
        var io = await App.ClientFor(Demo.IoKashmir);
        var registered = DateTimeOffset.Parse(fir.GetProperty("registeredAt").GetString()!, System.Globalization.CultureInfo.InvariantCulture);
        var before = await (await io.PostAsJsonAsync($"/api/firs/{fir.Id()}/dispatch",
            new { dispatchedAt = registered.AddHours(-1), how = "By hand", version = fir.Version() }))
            .ShouldBe(HttpStatusCode.UnprocessableEntity, "Fir.DispatchBeforeRegistration");
        Assert.That(before.FieldErrors(), Is.EqualTo(new[] { "dispatchedAt" }));
        var future = await (await io.PostAsJsonAsync($"/api/firs/{fir.Id()}/dispatch",
            new { dispatchedAt = registered.AddDays(2), how = "By hand", version = fir.Version() }))
            .ShouldBe(HttpStatusCode.UnprocessableEntity, "Fir.DispatchInFuture");
        Assert.That(future.FieldErrors(), Is.EqualTo(new[] { "dispatchedAt" }));

        var sent = await (await io.PostAsJsonAsync($"/api/firs/{fir.Id()}/dispatch",
            new { dispatchedAt = registered, how = "By special messenger", version = fir.Version() })).ShouldBe(HttpStatusCode.OK);
        Assert.That(sent.GetProperty("dispatchedToMagistrate").GetProperty("how").GetString(), Is.EqualTo("By special messenger"));
        Assert.That(sent.GetProperty("dispatchedToMagistrate").GetProperty("at").GetString(), Is.EqualTo(fir.GetProperty("registeredAt").GetString()));
    }

    [Test]
    public async Task The_SHO_sets_the_court_and_CNR_later_and_an_IO_or_a_malformed_CNR_cannot()
    {
        var fir = await App.NewFir();
        var io = await App.ClientFor(Demo.IoKashmir);
        var sho = await App.ClientFor(Demo.ShoKashmir);
        await (await io.PutAsJsonAsync($"/api/firs/{fir.Id()}/court", new { courtName = "CJM", version = fir.Version() }))
            .ShouldBe(HttpStatusCode.Forbidden);
        var bad = await (await sho.PutAsJsonAsync($"/api/firs/{fir.Id()}/court", new { cnrNumber = "JKSR01-0001", version = fir.Version() }))
            .ShouldBe(HttpStatusCode.BadRequest, "Validation.Failed");
        Assert.That(bad.FieldErrors(), Is.EqualTo(new[] { "cnrNumber" }));

        var court = await (await sho.PutAsJsonAsync($"/api/firs/{fir.Id()}/court", new { courtName = "Chief Judicial Magistrate, Srinagar", version = fir.Version() }))
            .ShouldBe(HttpStatusCode.OK);
        Assert.That(court.GetProperty("court").GetProperty("name").GetString(), Is.EqualTo("Chief Judicial Magistrate, Srinagar"));
        Assert.That(court.GetProperty("court").GetProperty("cnrNumber").ValueKind, Is.EqualTo(JsonValueKind.Null), "not known yet");
        var numbered = await (await sho.PutAsJsonAsync($"/api/firs/{fir.Id()}/court", new
        {
            courtName = "Chief Judicial Magistrate, Srinagar",
            courtCaseNumber = "Challan 112/2025",
            cnrNumber = "JKSR010001122025",
            version = court.Version(),
        })).ShouldBe(HttpStatusCode.OK);
        Assert.That(numbered.GetProperty("court").GetProperty("cnrNumber").GetString(), Is.EqualTo("JKSR010001122025"));
        Assert.That(numbered.GetProperty("court").GetProperty("caseNumber").GetString(), Is.EqualTo("Challan 112/2025"));
    }
}
