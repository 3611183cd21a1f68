using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CyberCase.Api.Tests.Infrastructure;

namespace CyberCase.Api.Tests.Investigation;

/// <summary>Request bodies and steps shared by the investigation tests (premises, raids, accused).</summary>
public static class Investigation
{
    public static Guid Id(this JsonElement e) => e.GetProperty("id").GetGuid();

    public static Guid Version(this JsonElement e) => e.GetProperty("version").GetGuid();

    public static object PremisesBody(string name = "Bluewave Infotech", Guid? firId = null) => new
    {
        name,
        kind = "CallCentre",
        address = new { line = "Second floor, Iqbal Market", locality = "Bemina", city = "Srinagar", district = "Srinagar", state = "Jammu and Kashmir", pin = "190018" },
        latitude = 34.0722,
        longitude = 74.7785,
        ownerOperator = "Unknown, said to be from outside the valley",
        firId,
    };

    public static object RaidBody(Guid premisesId, DateTimeOffset scheduledAt, string lead = Demo.IoKashmir) => new
    {
        premisesId,
        scheduledAt,
        leadOfficerId = Demo.OfficerId(lead),
        members = new object[]
        {
            new { officerId = Demo.OfficerId(Demo.Io2Kashmir) },
            new { name = "SI Mudasir Ahmad Wani", rank = "SubInspector", unit = "Police Station Parimpora, District Police Srinagar" },
        },
        purpose = "Search the calling floor and seize the computers.",
        reasons = "Source information verified on the spot; evidence on computers can be wiped at short notice.",
    };

    public static object[] TwoWitnesses =>
    [
        new { name = "Ghulam Ahmad Parray", parentage = "S/o Mohammad Akbar Parray", address = "Bemina, Srinagar" },
        new { name = "Abdul Majid Sofi", parentage = "S/o Ghulam Hassan Sofi", address = "Bemina, Srinagar" },
    ];

    public static object AccusedBody(string name = "Waseem Akram Dar", Guid? premisesId = null, string[]? phones = null, string? aadhaar = null) => new
    {
        name,
        aliases = new[] { "Wasi" },
        parentage = new { relation = "SonOf", name = "Ghulam Nabi Dar" },
        gender = "Male",
        age = 27,
        address = "Bemina, Srinagar",
        phoneNumbers = phones ?? ["094190 55501"],
        aadhaar,
        role = "Caller",
        premisesId,
    };

    public static object ArrestBody(Guid version, DateTimeOffset arrestedAt, Guid? raidId = null, string arrestingOfficer = Demo.IoKashmir) => new
    {
        arrestedAt,
        place = "Bluewave Infotech, Iqbal Market, Bemina",
        arrestingOfficerId = Demo.OfficerId(arrestingOfficer),
        raidId,
        groundsCommunicated = "Informed of the offences under BNS 318(4) and IT Act 66D and of the facts.",
        attestingWitness = new { name = "Ghulam Ahmad Parray", address = "Bemina, Srinagar" },
        countersignedByArrestee = true,
        // Informed and examined at the arrest itself: the memo is recorded at once, and no time on it may be in the future.
        relativeInformed = new { name = "Ghulam Nabi Dar", relation = "Father", how = "Phone", at = arrestedAt },
        medicalExamination = new { at = arrestedAt, by = "Medical Officer, SMHS Hospital" },
        version,
    };

    public static async Task<JsonElement> NewFir(this CyberCaseApp app, string user = Demo.IoKashmir)
    {
        var client = await app.ClientFor(user);
        return await (await client.PostAsJsonAsync("/api/firs", Demo.NewFirBody())).ShouldBe(HttpStatusCode.Created);
    }

    public static async Task<JsonElement> NewPremises(this CyberCaseApp app, Guid? firId = null, string name = "Bluewave Infotech")
    {
        var io = await app.ClientFor(Demo.IoKashmir);
        return await (await io.PostAsJsonAsync("/api/premises", PremisesBody(name, firId))).ShouldBe(HttpStatusCode.Created);
    }

    private static int _slots;

    /// <summary>
    /// A time at which the usual team (io.kashmir, io2.kashmir) is in no other raid: an officer is in one search at a
    /// time, so the raids these tests plan are a day ahead (past any raid started now) and seven hours apart.
    /// </summary>
    /// <param name="slots">How many consecutive seven-hour slots to reserve (the first is answered).</param>
    public static DateTimeOffset NextFreeSlot(CyberCaseApp app, int slots = 1) =>
        app.Clock.GetUtcNow().AddDays(1).AddHours(7 * (Interlocked.Add(ref _slots, slots) - slots + 1));

    /// <summary>A new FIR, a premises and a raid planned on it by the SHO (lead io.kashmir, member io2.kashmir).</summary>
    public static async Task<(Guid FirId, Guid PremisesId, JsonElement Raid)> PlannedRaid(this CyberCaseApp app)
    {
        var fir = await app.NewFir();
        var premises = await app.NewPremises();
        var sho = await app.ClientFor(Demo.ShoKashmir);
        var raid = await (await sho.PostAsJsonAsync($"/api/firs/{fir.Id()}/raids", RaidBody(premises.Id(), NextFreeSlot(app))))
            .ShouldBe(HttpStatusCode.Created);
        return (fir.Id(), premises.Id(), raid);
    }

    public static async Task<JsonElement> StartedRaid(this CyberCaseApp app, JsonElement raid)
    {
        var io = await app.ClientFor(Demo.IoKashmir);
        return await (await io.PostAsJsonAsync($"/api/raids/{raid.Id()}/start",
            new { startedAt = app.Clock.GetUtcNow(), version = raid.Version() })).ShouldBe(HttpStatusCode.OK);
    }

    /// <summary>
    /// The forensic expert's visit to the scene (at the search when one is named), video-graphed: owed under the BNSS for
    /// an offence of seven years or more (176(3)), as BNS 318(4) of <see cref="Demo.NewFirBody"/> is; without it the
    /// scrutiny blocks the export.
    /// </summary>
    public static async Task<JsonElement> ForensicVisit(this CyberCaseApp app, Guid firId, Guid? raidId = null)
    {
        var io = await app.ClientFor(Demo.IoKashmir);
        return await (await io.PostAsJsonAsync($"/api/firs/{firId}/forensic-visits", new
        {
            place = "Bluewave Infotech, Iqbal Market, Bemina",
            raidId,
            expertName = "Dr. Shabnam Akhter",
            designation = "Scientific Officer (Cyber)",
            laboratory = "Forensic Science Laboratory, Srinagar",
            visitedAt = app.Clock.GetUtcNow(),
            findings = "Photographed the calling floor; collected the router's configuration.",
            videoRecorded = true,
        })).ShouldBe(HttpStatusCode.Created);
    }

    public static async Task<JsonElement> NewAccused(this CyberCaseApp app, Guid firId, string name = "Waseem Akram Dar")
    {
        var io = await app.ClientFor(Demo.IoKashmir);
        return await (await io.PostAsJsonAsync($"/api/firs/{firId}/accused", AccusedBody(name))).ShouldBe(HttpStatusCode.Created);
    }
}
