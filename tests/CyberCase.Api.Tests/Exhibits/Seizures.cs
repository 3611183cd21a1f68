using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CyberCase.Api.Tests.Infrastructure;
using CyberCase.Api.Tests.Investigation;
using CyberCase.Infrastructure.Seeding.Demo;

namespace CyberCase.Api.Tests.Exhibits;

/// <summary>Bodies and steps shared by the seizure, exhibit and custody tests.</summary>
public static class Seizures
{
    /// <summary>A valid IMEI no other test uses (random TAC and serial with the Luhn check digit).</summary>
    public static string NewImei() => DemoSeizures.Imei(string.Concat(Enumerable.Range(0, 14).Select(_ => (char)('0' + Random.Shared.Next(10)))));

    /// <summary>A valid ICCID (prefix 8991, India) no other test uses.</summary>
    public static string NewIccid() => DemoSeizures.Iccid("8991" + string.Concat(Enumerable.Range(0, 14).Select(_ => (char)('0' + Random.Shared.Next(10)))));

    public static string Unique(string prefix) => $"{prefix}-{Guid.NewGuid().ToString("N")[..10].ToUpperInvariant()}";

    public static Dictionary<string, object?> Phone(params string[] imeis) => new()
    {
        ["kind"] = "MobilePhone",
        ["description"] = "Smartphone of the floor manager",
        ["make"] = "Samsung",
        ["model"] = "Galaxy A51",
        ["colour"] = "Black",
        ["serialNumber"] = Unique("R58N"),
        ["imeis"] = imeis.Length == 0 ? new[] { NewImei() } : imeis,
        ["sealNumber"] = Unique("SEAL"),
        ["condition"] = "Working, screen cracked",
        ["foundAt"] = "Floor manager's desk",
    };

    public static Dictionary<string, object?> Laptop(string? mac = null) => new()
    {
        ["kind"] = "Laptop",
        ["description"] = "Laptop with remote-desktop tools",
        ["make"] = "Lenovo",
        ["model"] = "ThinkPad E14",
        ["serialNumber"] = Unique("PF2"),
        ["macAddress"] = mac,
        ["sealNumber"] = Unique("SEAL"),
        ["foundAt"] = "IT desk",
    };

    public static object MemoBody(DateTimeOffset drawnUpAt, IEnumerable<object> items, object[]? witnesses = null) => new
    {
        memoNumber = Unique("SM"),
        drawnUpAt,
        witnesses = witnesses ?? Investigation.Investigation.TwoWitnesses,
        occupantGivenCopy = "Manager of the premises",
        items,
    };

    /// <summary>A new FIR with a raid in progress (lead io.kashmir).</summary>
    public static async Task<(Guid FirId, Guid PremisesId, JsonElement Raid)> RaidInProgress(this CyberCaseApp app)
    {
        var (firId, premisesId, raid) = await app.PlannedRaid();
        return (firId, premisesId, await app.StartedRaid(raid));
    }

    /// <summary>A seizure memo recorded by io.kashmir on a new raid in progress.</summary>
    public static async Task<JsonElement> NewMemo(this CyberCaseApp app, params Dictionary<string, object?>[] items)
    {
        var (_, _, raid) = await app.RaidInProgress();
        var io = await app.ClientFor(Demo.IoKashmir);
        return await (await io.PostAsJsonAsync($"/api/raids/{raid.Id()}/seizure-memos",
            MemoBody(app.Clock.GetUtcNow(), items.Length == 0 ? [Phone()] : items))).ShouldBe(HttpStatusCode.Created);
    }

    public static async Task<JsonElement> GetExhibit(this CyberCaseApp app, Guid id, string user = Demo.IoKashmir)
    {
        var client = await app.ClientFor(user);
        return await (await client.GetAsync($"/api/exhibits/{id}")).ShouldBe(HttpStatusCode.OK);
    }

    public static Task<HttpResponseMessage> Transfer(this HttpClient client, Guid exhibitId, object to, Guid version, DateTimeOffset at,
        string purpose = "Deposit in the malkhana", string? hashVerified = null) =>
        client.PostAsJsonAsync($"/api/exhibits/{exhibitId}/custody", new { to, at, purpose, sealIntact = true, hashVerified, version });

    public static object ToMalkhana => new { kind = "Malkhana" };

    public static object ToFsl => new { kind = "ForensicLab", name = "Forensic Science Laboratory, Srinagar" };

    public static IEnumerable<JsonElement> Items(this JsonElement memo) => memo.GetProperty("items").EnumerateArray();

    public static int SerialOf(string number) => int.Parse(number["EX-".Length..], System.Globalization.CultureInfo.InvariantCulture);
}
