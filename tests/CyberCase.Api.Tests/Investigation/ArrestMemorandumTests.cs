using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CyberCase.Api.Tests.Infrastructure;

namespace CyberCase.Api.Tests.Investigation;

/// <summary>
/// The memorandum of arrest's particulars (issue 11): every one read back as recorded (names in Urdu or Hindi byte
/// for byte); the ones the law needs but the officer has not supplied do not stop the record; impossible times
/// (the control room told before the arrest, a production before it or with a journey longer than the custody) are
/// 422 naming the field.
/// </summary>
public sealed class ArrestMemorandumTests : ApiTest
{
    private const string WitnessInUrdu = "غلام احمد پرے";
    private const string FatherInHindi = "ग़ुलाम नबी डार";

    private async Task<(HttpClient Io, JsonElement Accused)> Suspect(string name)
    {
        var fir = await App.NewFir();
        return (await App.ClientFor(Demo.IoKashmir), await App.NewAccused(fir.Id(), name));
    }

    private static Dictionary<string, object?> Full(Guid version, DateTimeOffset at) => new()
    {
        ["arrestedAt"] = at,
        ["place"] = "Bluewave Infotech, Iqbal Market, Bemina",
        ["arrestingOfficerId"] = Demo.OfficerId(Demo.IoKashmir),
        ["groundsCommunicated"] = "Informed of the offences under BNS 318(4) and IT Act 66D and of the facts.",
        ["groundsInWriting"] = true,
        ["groundsLanguage"] = "Kashmiri",
        ["toldOfRightToBail"] = false,
        ["reasonsForArrest"] = "To prevent the destruction of the call records.",
        ["attestingWitness"] = new { name = "Ghulam Ahmad Parray", address = "Bemina, Srinagar", relation = "Neighbour", nameInScript = WitnessInUrdu },
        ["countersignedByArrestee"] = true,
        ["relativeInformed"] = new
        {
            name = "Ghulam Nabi Dar",
            relation = "Father",
            how = "Phone",
            at,
            by = "SI Mehvish Jan",
            bookEntryNumber = "Arrest intimation book 45/2025",
            nameInScript = FatherInHindi,
        },
        ["injuriesSeen"] = "None seen",
        ["medicalExamination"] = new { at, by = "Medical Officer, SMHS Hospital" },
        ["controlRoomInformedAt"] = at,
        ["womanArrestSafeguards"] = new { exceptionalCircumstance = "None", womanOfficer = "SI Mehvish Jan", magistratePermission = "CJM 3/2025" },
        ["gdEntryNumber"] = "GD-19/2025",
        ["version"] = version,
    };

    [Test]
    public async Task Every_particular_of_the_memorandum_is_read_back_as_recorded()
    {
        var (io, a) = await Suspect("Memo Full");
        var at = App.Clock.GetUtcNow().AddHours(-2);
        await (await io.PostAsJsonAsync($"/api/accused/{a.Id()}/arrest", Full(a.Version(), at))).ShouldBe(HttpStatusCode.OK);
        var read = await (await io.GetAsync($"/api/accused/{a.Id()}")).ShouldBe(HttpStatusCode.OK);
        var m = read.GetProperty("arrest");
        Assert.That(m.GetProperty("attestingWitnessRelation").GetString(), Is.EqualTo("Neighbour"));
        Assert.That(m.GetProperty("attestingWitnessNameInScript").GetString(), Is.EqualTo(WitnessInUrdu));
        Assert.That(m.GetProperty("groundsInWriting").GetBoolean(), Is.True);
        Assert.That(m.GetProperty("groundsLanguage").GetString(), Is.EqualTo("Kashmiri"));
        Assert.That(m.GetProperty("toldOfRightToBail").GetBoolean(), Is.False);
        Assert.That(m.GetProperty("reasonsForArrest").GetString(), Is.EqualTo("To prevent the destruction of the call records."));
        var relative = m.GetProperty("relativeInformed");
        Assert.That(relative.GetProperty("by").GetString(), Is.EqualTo("SI Mehvish Jan"));
        Assert.That(relative.GetProperty("bookEntryNumber").GetString(), Is.EqualTo("Arrest intimation book 45/2025"));
        Assert.That(relative.GetProperty("nameInScript").GetString(), Is.EqualTo(FatherInHindi));
        Assert.That(m.GetProperty("injuriesSeen").GetString(), Is.EqualTo("None seen"));
        Assert.That(DateTimeOffset.Parse(m.GetProperty("controlRoomInformedAt").GetString()!, System.Globalization.CultureInfo.InvariantCulture),
            Is.EqualTo(at).Within(TimeSpan.FromMilliseconds(1)));
        Assert.That(m.GetProperty("womanArrestSafeguards").GetProperty("magistratePermission").GetString(), Is.EqualTo("CJM 3/2025"));
        Assert.That(m.GetProperty("gdEntryNumber").GetString(), Is.EqualTo("GD-19/2025"));
    }

    [Test]
    public async Task An_arrest_with_only_when_where_and_by_whom_is_recorded_and_reads_the_rest_as_missing()
    {
        var (io, a) = await Suspect("Memo Bare");
        var arrested = await (await io.PostAsJsonAsync($"/api/accused/{a.Id()}/arrest", new
        {
            arrestedAt = App.Clock.GetUtcNow().AddHours(-1),
            place = "Bemina",
            arrestingOfficerId = Demo.OfficerId(Demo.IoKashmir),
            version = a.Version(),
        })).ShouldBe(HttpStatusCode.OK);
        var m = arrested.GetProperty("arrest");
        Assert.That(arrested.GetProperty("status").GetString(), Is.EqualTo("Arrested"));
        Assert.That(m.GetProperty("attestingWitnessName").ValueKind, Is.EqualTo(JsonValueKind.Null));
        Assert.That(m.GetProperty("groundsCommunicated").ValueKind, Is.EqualTo(JsonValueKind.Null));
        Assert.That(m.GetProperty("countersignedByArrestee").GetBoolean(), Is.False);
        Assert.That(m.GetProperty("relativeInformed").ValueKind, Is.EqualTo(JsonValueKind.Null));
        Assert.That(m.GetProperty("medicalExamination").ValueKind, Is.EqualTo(JsonValueKind.Null));
    }

    [TestCase("controlRoomInformedAt", -1, "Accused.ControlRoomInformedBeforeArrest")]
    [TestCase("controlRoomInformedAt", 26, "Accused.ArrestInFuture")]
    [TestCase("medicalExamination.at", -1, "Accused.ExaminedBeforeArrest")]
    public async Task An_impossible_time_on_the_memorandum_is_422_naming_the_field(string field, int hoursFromArrest, string code)
    {
        var (io, a) = await Suspect("Memo Impossible " + field + hoursFromArrest);
        var at = App.Clock.GetUtcNow().AddHours(-2);
        var body = Full(a.Version(), at);
        if (field == "controlRoomInformedAt")
        {
            body[field] = at.AddHours(hoursFromArrest);
        }
        else
        {
            body["medicalExamination"] = new { at = at.AddHours(hoursFromArrest), by = "Dr. A" };
        }

        var problem = await (await io.PostAsJsonAsync($"/api/accused/{a.Id()}/arrest", body)).ShouldBe(HttpStatusCode.UnprocessableEntity, code);
        Assert.That(problem.FieldErrors(), Is.EqualTo(new[] { field }));
    }

    [Test]
    public async Task A_production_with_its_journey_time_is_recorded_and_an_impossible_one_is_422()
    {
        var (io, a) = await Suspect("Memo Production");
        var at = App.Clock.GetUtcNow().AddHours(-3);
        var arrested = await (await io.PostAsJsonAsync($"/api/accused/{a.Id()}/arrest", Full(a.Version(), at))).ShouldBe(HttpStatusCode.OK);

        var before = await (await io.PostAsJsonAsync($"/api/accused/{a.Id()}/custody", new
        {
            @event = "ProducedBeforeMagistrate",
            at = at.AddHours(-1),
            court = "CJM Srinagar",
            version = arrested.Version(),
        })).ShouldBe(HttpStatusCode.UnprocessableEntity, "Accused.CustodyBeforeArrest");
        Assert.That(before.FieldErrors(), Is.EqualTo(new[] { "at" }));
        var journey = await (await io.PostAsJsonAsync($"/api/accused/{a.Id()}/custody", new
        {
            @event = "ProducedBeforeMagistrate",
            at = at.AddHours(1),
            court = "CJM Srinagar",
            journeyMinutes = 90,
            version = arrested.Version(),
        })).ShouldBe(HttpStatusCode.UnprocessableEntity, "Accused.JourneyLongerThanCustody");
        Assert.That(journey.FieldErrors(), Is.EqualTo(new[] { "journeyMinutes" }));
        var notProduction = await (await io.PostAsJsonAsync($"/api/accused/{a.Id()}/custody", new
        {
            @event = "JudicialCustody",
            at = at.AddHours(1),
            court = "CJM Srinagar",
            journeyMinutes = 10,
            version = arrested.Version(),
        })).ShouldBe(HttpStatusCode.BadRequest, "Validation.Failed");
        Assert.That(notProduction.FieldErrors(), Is.EqualTo(new[] { "journeyMinutes" }));

        var produced = await (await io.PostAsJsonAsync($"/api/accused/{a.Id()}/custody", new
        {
            @event = "ProducedBeforeMagistrate",
            at = at.AddHours(2),
            court = "CJM Srinagar",
            journeyMinutes = 40,
            version = arrested.Version(),
        })).ShouldBe(HttpStatusCode.OK);
        Assert.That(produced.GetProperty("custody").EnumerateArray().Single().GetProperty("journeyMinutes").GetInt32(), Is.EqualTo(40));
    }
}
