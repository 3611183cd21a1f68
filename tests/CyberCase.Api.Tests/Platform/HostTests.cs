using System.Net;
using CyberCase.Api.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CyberCase.Api.Tests.Platform;

public sealed class HostTests : ApiTest
{
    // The reference is read here without signing in; SecurityHeaderTests checks that it needs a login by default.
    protected override Dictionary<string, string?> Settings => new() { ["Api:PublicReference"] = "true" };

    [Test]
    public void Configuration_files_are_not_watched_for_changes()
    {
        // A watched content root would also watch the data directory under it (evidence files) in a default install.
        var files = ((IConfigurationRoot)App.Services.GetRequiredService<IConfiguration>()).Providers
            .OfType<FileConfigurationProvider>().ToList();
        Assert.That(files.Select(f => f.Source.Path), Does.Contain("appsettings.json"));
        Assert.That(files.Where(f => f.Source.ReloadOnChange).Select(f => f.Source.Path), Is.Empty);
    }

    [Test]
    public async Task Health_answers_200_without_a_token_when_the_database_is_reachable()
    {
        var body = await (await App.CreateClient().GetAsync("/health")).ShouldBe(HttpStatusCode.OK);
        Assert.That(body.GetProperty("status").GetString(), Is.EqualTo("Healthy"));
    }

    [Test]
    public async Task The_OpenAPI_document_is_3_1_and_lists_every_endpoint_with_its_errors()
    {
        var doc = await (await App.CreateClient().GetAsync("/openapi/v1.json")).ShouldBe(HttpStatusCode.OK);
        Assert.That(doc.GetProperty("openapi").GetString(), Does.StartWith("3.1"));
        var paths = doc.GetProperty("paths");

        var endpoints = App.Services.GetRequiredService<Microsoft.AspNetCore.Routing.EndpointDataSource>().Endpoints
            .OfType<Microsoft.AspNetCore.Routing.RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText!.StartsWith("/api", StringComparison.Ordinal))
            .ToList();
        Assert.That(endpoints, Is.Not.Empty);
        foreach (var endpoint in endpoints)
        {
            var path = "/" + string.Join('/', endpoint.RoutePattern.RawText!.Trim('/').Split('/')
                .Select(s => s.StartsWith('{') ? "{" + s.Trim('{', '}').Split(':')[0] + "}" : s));
            path = path.TrimEnd('/');
            Assert.That(paths.TryGetProperty(path, out var item) || paths.TryGetProperty(path + "/", out item), Is.True, $"{path} missing");
            foreach (var operation in item.EnumerateObject())
            {
                if (path != "/api/auth/login")
                {
                    Assert.That(operation.Value.GetProperty("responses").TryGetProperty("401", out _), Is.True, $"{path} documents no 401");
                }
            }
        }
    }

    [Test]
    public async Task The_Scalar_reference_page_is_served_from_the_app()
    {
        var response = await App.CreateClient().GetAsync("/scalar/v1");
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        var html = await response.Content.ReadAsStringAsync();
        Assert.That(html, Does.Contain("scalar"));
        // No asset comes from a CDN: the page works offline.
        Assert.That(html, Does.Not.Contain("cdn.jsdelivr.net"));
    }

    [Test]
    public async Task An_unknown_route_answers_a_ProblemDetails_404()
    {
        var io = await App.ClientFor(Demo.IoKashmir);
        await (await io.GetAsync("/api/nothing-here")).ShouldBe(HttpStatusCode.NotFound, "Resource.NotFound");
        await (await io.GetAsync("/api/firs/not-a-guid")).ShouldBe(HttpStatusCode.NotFound);
    }

    [Test]
    public void The_database_runs_in_WAL_mode_with_foreign_keys()
    {
        using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={App.DatabasePath};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode;";
        Assert.That(command.ExecuteScalar(), Is.EqualTo("wal"));
    }

    [Test]
    public async Task Every_connection_the_application_opens_enforces_foreign_keys_and_fsyncs_each_commit()
    {
        // The settings are applied once per native connection; a connection handed out again by the pool keeps them.
        for (var open = 0; open < 3; open++)
        {
            var (foreignKeys, synchronous) = await App.WithDb(async db =>
            {
                await db.Database.OpenConnectionAsync();
                try
                {
                    await using var command = db.Database.GetDbConnection().CreateCommand();
                    command.CommandText = "PRAGMA foreign_keys;";
                    var fk = Convert.ToInt32(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
                    command.CommandText = "PRAGMA synchronous;";
                    return (fk, Convert.ToInt32(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture));
                }
                finally
                {
                    await db.Database.CloseConnectionAsync();
                }
            });
            Assert.That(foreignKeys, Is.EqualTo(1), "foreign_keys on");
            Assert.That(synchronous, Is.EqualTo(2), "synchronous = FULL");
        }
    }
}
