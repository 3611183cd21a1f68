using System.Text.Json.Nodes;
using CyberCase.Api.Infrastructure;
using CyberCase.Api.Tests.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace CyberCase.ApiClient.Tests;

/// <summary>The served document passes the rules of <see cref="OpenApiRules"/>, and each rule fails a document that breaks it.</summary>
public sealed class OpenApiLintTests : ApiTest
{
    private JsonNode _document = null!;

    [OneTimeSetUp]
    public async Task FetchDocument() => _document = await LiveDocument.FetchAsync(App);

    [Test]
    public void The_served_document_breaks_no_rule() => Assert.That(OpenApiRules.Check(_document), Is.Empty);

    [Test]
    public void Every_route_is_an_operation_named_after_its_use_case_and_only_anonymous_routes_need_no_token()
    {
        var operations = _document["paths"]!.AsObject()
            .SelectMany(p => p.Value!.AsObject().Select(m => m.Value!))
            .Where(o => o["operationId"] is not null)
            .ToDictionary(o => o["operationId"]!.GetValue<string>());
        var routes = App.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText!.StartsWith("/api", StringComparison.Ordinal) || e.RoutePattern.RawText == "/health")
            .ToList();
        Assert.That(routes, Has.Count.GreaterThan(40));
        foreach (var route in routes)
        {
            var name = route.Metadata.GetMetadata<IEndpointNameMetadata>()?.EndpointName;
            Assert.That(name, Is.Not.Null, $"{route.DisplayName} has no name: add .Handles<TheCommandOrQuery>() (or .WithName)");
            Assert.That(operations.TryGetValue(name!, out var operation), Is.True, $"{name} is not in the document");
            var anonymous = route.Metadata.GetMetadata<IAllowAnonymous>() is not null;
            Assert.That(operation!["security"]!.AsArray(), anonymous ? Is.Empty : Is.Not.Empty, $"{name}: security");
            if (route.Metadata.GetMetadata<UseCase>() is { } useCase)
            {
                Assert.That(name, Is.EqualTo(useCase.Name));
            }
        }

        Assert.That(operations["Login"]["security"]!.AsArray(), Is.Empty);
        Assert.That(operations["GetHealth"]["security"]!.AsArray(), Is.Empty);
        Assert.That(operations["RegisterFir"]["security"]![0]!.AsObject().Select(p => p.Key), Is.EqualTo(new[] { OpenApiExtensions.BearerScheme }));
    }

    [Test]
    public void Error_answers_carry_their_codes_and_roles_are_described()
    {
        var transfer = _document["paths"]!["/api/exhibits/{id}/custody"]!["post"]!;
        Assert.That(transfer["responses"]!["404"]!["x-codes"]!.AsArray().Select(c => c!.GetValue<string>()), Is.EqualTo(new[] { "Exhibit.NotFound" }));
        Assert.That(transfer["responses"]!["409"]!["description"]!.GetValue<string>(), Does.Contain("`Concurrency.Conflict`"));
        Assert.That(transfer["responses"]!["401"]!["x-codes"]![0]!.GetValue<string>(), Is.EqualTo("Auth.Required"));
        Assert.That(transfer["description"]!.GetValue<string>(), Does.Contain("Roles: InvestigatingOfficer, StationHouseOfficer, MalkhanaInCharge"));
        Assert.That(transfer["requestBody"]!["content"]!["application/json"]!["example"]!["to"]!["kind"]!.GetValue<string>(), Is.EqualTo("ForensicLab"));
        // The ProblemDetails schema names the code, so generated clients read it as a field.
        Assert.That(_document["components"]!["schemas"]!["ProblemDetails"]!["properties"]!["code"], Is.Not.Null);
    }

    private static readonly (string Rule, Action<JsonNode> Break)[] Breaks =
    [
        ("operation-operationId", d => Op(d, "/api/firs/{id}", "get").Remove("operationId")),
        ("operation-operationId-unique", d => Op(d, "/api/firs", "get")["operationId"] = "GetFir"),
        ("operation-operationId-url-safe", d => Op(d, "/api/firs", "get")["operationId"] = "search firs"),
        ("operation-summary", d => Op(d, "/api/firs", "post").Remove("summary")),
        ("security-defined", d => Op(d, "/api/firs", "post").Remove("security")),
        ("security-defined", d => Op(d, "/api/firs", "post")["security"] = new JsonArray(new JsonObject { ["Cookie"] = new JsonArray() })),
        ("operation-2xx-response", d => Op(d, "/api/firs/{id}", "get")["responses"]!.AsObject().Remove("200")),
        ("operation-4xx-response", d => Op(d, "/api/auth/login", "post")["responses"] = new JsonObject { ["200"] = new JsonObject { ["description"] = "OK" } }),
        ("operation-401-403", d => Op(d, "/api/firs/{id}", "get")["responses"]!.AsObject().Remove("403")),
        ("error-codes-documented", d => Op(d, "/api/firs/{id}", "get")["responses"]!["404"]!.AsObject().Remove("x-codes")),
        ("error-codes-documented", d => Op(d, "/api/firs/{id}", "get")["responses"]!["404"]!["description"] = "Not found."),
        ("no-server-trailing-slash", d => d["servers"]![0]!["url"] = "http://localhost:5080/"),
        ("no-empty-servers", d => d.AsObject().Remove("servers")),
        ("tag-description", d => d["tags"]![0]!.AsObject().Remove("description")),
        ("operation-tag-defined", d => Op(d, "/api/firs", "get")["tags"]!.AsArray().Add("Undeclared")),
        ("path-parameters-defined", d => Rename(d, "/api/firs/{id}", "/api/firs/{firId}")),
        ("no-path-trailing-slash", d => Rename(d, "/api/firs", "/api/firs/")),
        ("no-identical-paths", d => d["paths"]!["/api/firs/{number}"] = d["paths"]!["/api/firs/{id}"]!.DeepClone()),
        ("no-unused-components", d => d["components"]!["schemas"]!["Orphan"] = new JsonObject { ["type"] = "object" }),
        ("no-unused-components", d => d["components"]!["securitySchemes"]!["Cookie"] = new JsonObject { ["type"] = "apiKey", ["in"] = "cookie", ["name"] = "c" }),
        ("no-invalid-media-type-examples", d => Op(d, "/api/firs", "post")["requestBody"]!["content"]!["application/json"]!["example"]!["informant"]!["nickname"] = "Faru"),
    ];

    private static IEnumerable<TestCaseData> BrokenDocuments() =>
        Breaks.Select((b, i) => new TestCaseData(b.Rule, i).SetArgDisplayNames(b.Rule, i.ToString(System.Globalization.CultureInfo.InvariantCulture)));

    [TestCaseSource(nameof(BrokenDocuments))]
    public void A_document_that_breaks_a_rule_is_reported(string rule, int index)
    {
        var broken = _document.DeepClone();
        Breaks[index].Break(broken);
        Assert.That(OpenApiRules.Check(broken), Has.Some.StartsWith(rule + ":"));
    }

    private static JsonObject Op(JsonNode document, string path, string method) => document["paths"]![path]![method]!.AsObject();

    private static void Rename(JsonNode document, string from, string to)
    {
        var paths = document["paths"]!.AsObject();
        var item = paths[from]!;
        paths.Remove(from);
        paths[to] = item;
    }
}
