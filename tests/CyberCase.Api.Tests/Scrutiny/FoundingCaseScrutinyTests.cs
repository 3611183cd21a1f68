using System.Net;
using System.Text.Json;
using CyberCase.Api.Tests.Infrastructure;

namespace CyberCase.Api.Tests.Scrutiny;

/// <summary>The scrutiny endpoint over the founding case: who may read it, isolation, and what the demo's records say.</summary>
public sealed class FoundingCaseScrutinyTests : ApiTest
{
    private async Task<JsonElement> Scrutiny(string user = Demo.ProsecutorKashmir)
    {
        var client = await App.ClientFor(user);
        return await (await client.GetAsync($"/api/firs/{Demo.FoundingFirId}/scrutiny")).ShouldBe(HttpStatusCode.OK);
    }

    [Test]
    public async Task The_io_the_sho_and_the_prosecutor_read_it_and_nobody_else()
    {
        foreach (var user in new[] { Demo.IoKashmir, Demo.Io2Kashmir, Demo.ShoKashmir, Demo.ProsecutorKashmir })
        {
            Assert.That((await Scrutiny(user)).GetProperty("firNumber").GetString(), Is.EqualTo("02/2021"), user);
        }

        foreach (var user in new[] { Demo.MalkhanaKashmir, Demo.Admin })
        {
            var client = await App.ClientFor(user);
            await (await client.GetAsync($"/api/firs/{Demo.FoundingFirId}/scrutiny")).ShouldBe(HttpStatusCode.Forbidden, "Access.Forbidden");
        }
    }

    [Test]
    public async Task Another_station_s_fir_answers_404()
    {
        var jammu = await App.ClientFor(Demo.ShoJammu);
        await (await jammu.GetAsync($"/api/firs/{Demo.FoundingFirId}/scrutiny")).ShouldBe(HttpStatusCode.NotFound, "Fir.NotFound");
    }

    [Test]
    public async Task The_founding_case_reads_under_the_crpc_and_has_no_blocking_finding()
    {
        var report = await Scrutiny();
        Assert.That((report.GetProperty("procedure").GetString(), report.GetProperty("evidence").GetString()), Is.EqualTo(("CrPC", "IEA")));
        var findings = report.GetProperty("findings").EnumerateArray().ToList();
        Assert.That(findings.Select(f => f.GetProperty("provision").GetString() ?? ""), Has.None.Contains("BNSS").And.None.Contains("BSA"));
        var blocking = findings.Where(f => f.GetProperty("severity").GetString() == "blocking")
            .Select(f => $"{f.GetProperty("code").GetString()} {f.GetProperty("record").GetProperty("label").GetString()}: {f.GetProperty("problem").GetString()}")
            .ToList();
        Assert.That(blocking, Is.Empty);
    }
}
