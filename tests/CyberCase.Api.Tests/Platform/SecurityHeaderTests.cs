using System.Net;
using System.Text.RegularExpressions;
using CyberCase.Api.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace CyberCase.Api.Tests.Platform;

public sealed partial class SecurityHeaderTests : ApiTest
{
    private static void AssertCommonHeaders(HttpResponseMessage response)
    {
        Assert.That(response.Headers.GetValues("X-Content-Type-Options"), Is.EqualTo(new[] { "nosniff" }));
        Assert.That(response.Headers.GetValues("Referrer-Policy"), Is.EqualTo(new[] { "no-referrer" }));
        Assert.That(response.Headers.GetValues("X-Frame-Options"), Is.EqualTo(new[] { "DENY" }));
        Assert.That(response.Headers.Contains("Server"), Is.False);
    }

    [Test]
    public async Task Every_API_answer_errors_included_carries_the_security_headers()
    {
        var io = await App.ClientFor(Demo.IoKashmir);
        foreach (var response in new[]
                 {
                     await App.CreateClient().GetAsync("/health"),
                     await io.GetAsync($"/api/firs/{Demo.FoundingFirId}"),
                     await io.GetAsync($"/api/firs/{Guid.NewGuid()}"),
                     await App.CreateClient().GetAsync("/api/firs"),
                 })
        {
            AssertCommonHeaders(response);
            var csp = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
            Assert.That(csp, Does.Contain("default-src 'none'").And.Contain("frame-ancestors 'none'"), $"{response.RequestMessage!.RequestUri}");
        }
    }

    [Test]
    public async Task The_reference_and_the_OpenAPI_document_need_a_login_outside_Development()
    {
        await (await App.CreateClient().GetAsync("/openapi/v1.json")).ShouldBe(HttpStatusCode.Unauthorized, "Auth.Required");
        await (await App.CreateClient().GetAsync("/scalar/v1")).ShouldBe(HttpStatusCode.Unauthorized, "Auth.Required");
        var io = await App.ClientFor(Demo.IoKashmir);
        await (await io.GetAsync("/openapi/v1.json")).ShouldBe(HttpStatusCode.OK);
        Assert.That((await io.GetAsync("/scalar/v1")).StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task Development_and_Api_PublicReference_keep_the_reference_public()
    {
        using var development = new CyberCaseApp(new() { ["environment"] = "Development" });
        await (await development.CreateClient().GetAsync("/openapi/v1.json")).ShouldBe(HttpStatusCode.OK);
        using var open = new CyberCaseApp(new() { ["Api:PublicReference"] = "true" });
        Assert.That((await open.CreateClient().GetAsync("/scalar/v1")).StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task The_reference_page_runs_only_its_own_scripts_and_offers_no_outside_service()
    {
        var response = await (await App.ClientFor(Demo.IoKashmir)).GetAsync("/scalar/v1");
        var html = await response.Content.ReadAsStringAsync();
        AssertCommonHeaders(response);
        var csp = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
        Assert.That(csp, Does.Contain("frame-ancestors 'none'").And.Contain("connect-src 'self'").And.Not.Contain("unsafe-eval"));
        var nonce = Nonce().Match(csp).Groups[1].Value;
        Assert.That(nonce, Is.Not.Empty, csp);
        var scripts = ScriptTag().Matches(html).Select(m => m.Value).ToList();
        Assert.That(scripts, Is.Not.Empty);
        Assert.That(scripts, Has.All.Contain($"nonce=\"{nonce}\""), "every script on the page is allowed by the policy");
        Assert.That(ScriptSource().Matches(html).Select(m => m.Groups[1].Value), Has.None.Contain("//"), "scripts come from this server");
        // The AI agent, MCP, telemetry, the client button, the developer toolbar and the CDN fonts are switched off.
        Assert.That(html, Does.Contain("\"agent\":{\"disabled\":true}").Or.Contain("\"agent\": {\"disabled\": true}"));
        Assert.That(html, Does.Contain("\"hideClientButton\":true"));
        Assert.That(html, Does.Contain("\"withDefaultFonts\":false"));
        Assert.That(html, Does.Contain("\"telemetry\":false"));
    }

    [Test]
    public async Task Outside_Development_plain_HTTP_is_redirected_to_HTTPS()
    {
        using var app = new CyberCaseApp(new() { ["https_port"] = "443" });
        var client = app.CreateClient(new() { AllowAutoRedirect = false });
        var response = await client.GetAsync("/health");
        Assert.That((int)response.StatusCode, Is.EqualTo(307));
        Assert.That(response.Headers.Location?.Scheme, Is.EqualTo("https"));
    }

    [Test]
    public async Task Kestrel_sends_no_Server_header()
    {
        using var app = new CyberCaseApp();
        app.UseKestrel(0);
        app.StartServer();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        using var client = new HttpClient { BaseAddress = new Uri(address) };
        var response = await client.GetAsync("/health");
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        AssertCommonHeaders(response);
    }

    [GeneratedRegex("'nonce-([^']+)'")]
    private static partial Regex Nonce();

    [GeneratedRegex("<script[^>]*>")]
    private static partial Regex ScriptTag();

    [GeneratedRegex("<script[^>]*src=\"([^\"]+)\"")]
    private static partial Regex ScriptSource();
}
