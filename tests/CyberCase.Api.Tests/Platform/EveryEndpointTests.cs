using System.Net;
using Microsoft.EntityFrameworkCore;
using CyberCase.Api.Tests.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace CyberCase.Api.Tests.Platform;

/// <summary>Properties every endpoint must have, checked over the live route table so a new endpoint cannot skip them.</summary>
public sealed class EveryEndpointTests : ApiTest
{
    private static readonly string[] Open = ["/api/auth/login"];

    private IEnumerable<(string Method, string Path)> ApiEndpoints() =>
        App.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText!.StartsWith("/api", StringComparison.Ordinal))
            .SelectMany(e => (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["GET"])
                .Select(m => (m, "/" + string.Join('/', e.RoutePattern.RawText!.Trim('/').Split('/')
                    .Select(s => s.StartsWith('{') ? Guid.NewGuid().ToString() : s)))));

    [Test]
    public async Task Every_endpoint_but_login_refuses_an_anonymous_caller_with_a_ProblemDetails_401()
    {
        var anonymous = App.CreateClient();
        var checkedCount = 0;
        foreach (var (method, path) in ApiEndpoints().Where(e => !Open.Contains(e.Path)))
        {
            using var request = new HttpRequestMessage(new HttpMethod(method), path);
            if (method is "POST" or "PUT" or "PATCH")
            {
                request.Content = new StringContent("{}", System.Text.Encoding.UTF8, "application/json");
            }

            await (await anonymous.SendAsync(request)).ShouldBe(HttpStatusCode.Unauthorized, "Auth.Required");
            checkedCount++;
        }

        Assert.That(checkedCount, Is.GreaterThan(30));
    }

    [Test]
    public async Task No_endpoint_answers_500_to_an_empty_or_malformed_body()
    {
        var io = await App.ClientFor(Demo.IoKashmir);
        foreach (var (method, path) in ApiEndpoints().Where(e => e.Method is "POST"))
        {
            foreach (var body in new[] { "", "{", "[]", "{\"version\": 42}", "null" })
            {
                using var request = new HttpRequestMessage(HttpMethod.Post, path)
                {
                    Content = new StringContent(body, System.Text.Encoding.UTF8, "application/json"),
                };
                var response = await io.SendAsync(request);
                Assert.That((int)response.StatusCode, Is.InRange(400, 499), $"{path} with body '{body}'");
                Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"), $"{path} with body '{body}'");
            }
        }
    }
}

/// <summary>
/// Every read of a single record, over the live route table: the Kashmir SHO reads a Kashmir record (200), the Jammu
/// SHO (same role, other station) gets 404 for the very same URL, as if the record did not exist.
/// </summary>
public sealed class EveryRecordReadIsStationScopedTests : ApiTest
{
    [Test]
    public async Task Another_stations_SHO_gets_404_for_every_record_the_owning_station_can_read()
    {
        var kashmir = await App.ClientFor(Demo.ShoKashmir);
        var jammu = await App.ClientFor(Demo.ShoJammu);
        var bundle = await (await (await App.ClientFor(Demo.ProsecutorKashmir))
            .PostAsync($"/api/firs/{Demo.FoundingFirId}/case-bundle", null)).ShouldBe(HttpStatusCode.Created);
        var station = global::CyberCase.Infrastructure.Seeding.ReferenceData.StationId("CPS-KZ");
        var ids = await App.WithDb(async db => new Dictionary<string, Guid>
        {
            ["firs"] = Demo.FoundingFirId,
            ["accused"] = await db.CaseAccused.Where(a => a.StationId == station).Select(a => a.Id).FirstAsync(),
            ["premises"] = await db.Premises.Where(p => p.StationId == station).Select(p => p.Id).FirstAsync(),
            ["raids"] = await db.Raids.Where(r => r.StationId == station).Select(r => r.Id).FirstAsync(),
            ["exhibits"] = await db.Exhibits.Where(e => e.StationId == station).Select(e => e.Id).FirstAsync(),
            ["evidence"] = await db.EvidenceFiles.Where(e => e.StationId == station).Select(e => e.Id).FirstAsync(),
            ["seizure-memos"] = await db.SeizureMemos.Where(m => m.StationId == station).Select(m => m.Id).FirstAsync(),
            ["statements"] = await db.Statements.Where(s => s.StationId == station).Select(s => s.Id).FirstAsync(),
            ["forensic-visits"] = await db.ForensicVisits.Where(v => v.StationId == station).Select(v => v.Id).FirstAsync(),
            ["police-reports"] = await db.PoliceReports.Where(r => r.StationId == station).Select(r => r.Id).FirstAsync(),
            ["complaints"] = await db.Complaints.Where(c => c.StationId == station).Select(c => c.Id).FirstAsync(),
            ["case-bundles"] = bundle.GetProperty("id").GetGuid(),
            ["case-bundle-exports"] = await FailedExportAsync(db, station),
            ["stations"] = station,
        });

        var routes = App.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText!.StartsWith("/api/", StringComparison.Ordinal) && e.RoutePattern.RawText.Contains("{id", StringComparison.Ordinal))
            .Where(e => e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods.Contains("GET") == true)
            .Select(e => e.RoutePattern.RawText!).ToList();
        Assert.That(routes, Has.Count.GreaterThan(15));
        foreach (var route in routes)
        {
            var resource = route.Split('/')[2];
            Assert.That(ids.ContainsKey(resource), Is.True, $"no Kashmir record known for {route}: add one to this test");
            var url = System.Text.RegularExpressions.Regex.Replace(route, @"\{id(:guid)?\}", ids[resource].ToString());
            var own = await kashmir.GetAsync(url);
            Assert.That(own.StatusCode, Is.EqualTo(HttpStatusCode.OK), $"{url} for the owning station: {await own.Content.ReadAsStringAsync()}");
            var problem = await (await jammu.GetAsync(url)).ShouldBe(HttpStatusCode.NotFound);
            Assert.That(problem.GetProperty("code").GetString(), Does.EndWith(".NotFound"), url);
        }
    }

    /// <summary>A background export recorded as failed (so no worker runs it): a Kashmir record of /api/case-bundle-exports.</summary>
    internal static async Task<Guid> FailedExportAsync(global::CyberCase.Application.Persistence.CyberCaseDbContext db, Guid station)
    {
        var officer = await db.Officers.Where(o => o.StationId == station).Select(o => o.Id).FirstAsync();
        var job = global::CyberCase.Domain.CaseFiles.BundleExportJob.Queue(Guid.NewGuid(), Demo.FoundingFirId, station, officer,
            ["Prosecutor"], 170, false, DateTimeOffset.UnixEpoch);
        job.Fail("Test.Failed", "Recorded as failed so that the worker does not run it.", DateTimeOffset.UnixEpoch);
        db.BundleExportJobs.Add(job);
        await db.SaveChangesAsync();
        return job.Id;
    }
}
