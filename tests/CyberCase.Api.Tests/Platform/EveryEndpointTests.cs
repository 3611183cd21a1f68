using System.Net;
using CyberCase.Api.Tests.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace CyberCase.Api.Tests.Platform;

/// <summary>Properties every endpoint must have, checked over the live route table so a new endpoint cannot skip them.</summary>
public sealed class EveryEndpointTests
{
    private CyberCaseApp _app = null!;

    [OneTimeSetUp]
    public void Start() => _app = new CyberCaseApp();

    [OneTimeTearDown]
    public void Stop() => _app.Dispose();

    private static readonly string[] Open = ["/api/auth/login"];

    private IEnumerable<(string Method, string Path)> ApiEndpoints() =>
        _app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText!.StartsWith("/api", StringComparison.Ordinal))
            .SelectMany(e => (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["GET"])
                .Select(m => (m, "/" + string.Join('/', e.RoutePattern.RawText!.Trim('/').Split('/')
                    .Select(s => s.StartsWith('{') ? Guid.NewGuid().ToString() : s)))));

    [Test]
    public async Task Every_endpoint_but_login_refuses_an_anonymous_caller_with_a_ProblemDetails_401()
    {
        var anonymous = _app.CreateClient();
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
        var io = await _app.ClientFor(Demo.IoKashmir);
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
