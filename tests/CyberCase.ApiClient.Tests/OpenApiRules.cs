using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace CyberCase.ApiClient.Tests;

/// <summary>
/// The rules of Redocly's `recommended` set (OpenAPI 3.1) that can fail on a document this API generates, checked in
/// C# so CI needs no npm, plus ours: every error answer lists its ProblemDetails codes, every operation that needs a
/// token documents 401 and 403. Each problem is "rule: where: what". docs/api-clients.md lists the rules.
/// </summary>
public static partial class OpenApiRules
{
    private static readonly string[] Methods = ["get", "put", "post", "delete", "options", "head", "patch", "trace"];

    public static IReadOnlyList<string> Check(JsonNode document)
    {
        var problems = new List<string>();
        void Report(string rule, string where, string what) => problems.Add($"{rule}: {where}: {what}");

        var servers = document["servers"]?.AsArray();
        if (servers is null || servers.Count == 0)
        {
            Report("no-empty-servers", "#/servers", "the document names no server");
        }

        foreach (var server in servers ?? [])
        {
            var url = server?["url"]?.GetValue<string>() ?? "";
            if (url.EndsWith('/') && url != "/")
            {
                Report("no-server-trailing-slash", "#/servers", $"'{url}' ends in a slash");
            }
        }

        var schemes = document["components"]?["securitySchemes"]?.AsObject() ?? [];
        var declaredTags = (document["tags"]?.AsArray() ?? []).Where(t => t is not null)
            .ToDictionary(t => t!["name"]!.GetValue<string>(), t => t!["description"]?.GetValue<string>());
        foreach (var (name, description) in declaredTags)
        {
            if (string.IsNullOrWhiteSpace(description))
            {
                Report("tag-description", $"#/tags/{name}", "the tag has no description");
            }
        }

        var operationIds = new Dictionary<string, string>();
        var usedSchemes = new HashSet<string>();
        var shapes = new Dictionary<string, string>();
        foreach (var (path, item) in document["paths"]?.AsObject() ?? [])
        {
            if (path.Length > 1 && path.EndsWith('/'))
            {
                Report("no-path-trailing-slash", path, "the path ends in a slash");
            }

            if (path.Contains('?'))
            {
                Report("path-not-include-query", path, "the query belongs in parameters");
            }

            var shape = PathParameter().Replace(path, "{}");
            if (shapes.TryGetValue(shape, out var other))
            {
                Report("no-identical-paths", path, $"same shape as {other}");
            }

            shapes[shape] = path;
            var templated = PathParameter().Matches(path).Select(m => m.Groups["name"].Value).ToList();
            foreach (var name in templated.Where(n => n.Length == 0))
            {
                Report("path-declaration-must-exist", path, "an empty {} in the path");
            }

            foreach (var (method, value) in item!.AsObject().Where(p => Methods.Contains(p.Key)))
            {
                var operation = value!.AsObject();
                var where = $"{method.ToUpperInvariant()} {path}";
                var id = operation["operationId"]?.GetValue<string>();
                if (string.IsNullOrEmpty(id))
                {
                    Report("operation-operationId", where, "no operationId");
                }
                else
                {
                    if (!UseCaseName().IsMatch(id))
                    {
                        Report("operation-operationId-url-safe", where, $"'{id}' is not a PascalCase use case name");
                    }

                    if (operationIds.TryGetValue(id, out var first))
                    {
                        Report("operation-operationId-unique", where, $"'{id}' is also the id of {first}");
                    }

                    operationIds[id] = where;
                }

                if (string.IsNullOrWhiteSpace(operation["summary"]?.GetValue<string>()))
                {
                    Report("operation-summary", where, "no summary");
                }

                foreach (var tag in operation["tags"]?.AsArray() ?? [])
                {
                    if (!declaredTags.ContainsKey(tag!.GetValue<string>()))
                    {
                        Report("operation-tag-defined", where, $"tag '{tag}' is not declared");
                    }
                }

                var parameters = (operation["parameters"]?.AsArray() ?? []).Select(p => p!).ToList();
                foreach (var duplicate in parameters.GroupBy(p => (Name: p["name"]?.GetValue<string>(), In: p["in"]?.GetValue<string>()))
                             .Where(g => g.Count() > 1))
                {
                    Report("operation-parameters-unique", where, $"{duplicate.Key.In} parameter '{duplicate.Key.Name}' appears twice");
                }

                var inPath = parameters.Where(p => p["in"]?.GetValue<string>() == "path").Select(p => p["name"]!.GetValue<string>()).ToList();
                foreach (var missing in templated.Except(inPath))
                {
                    Report("path-parameters-defined", where, $"{{{missing}}} has no path parameter");
                }

                foreach (var extra in inPath.Except(templated))
                {
                    Report("path-parameters-defined", where, $"path parameter '{extra}' is not in the path");
                }

                // security-defined: explicit on every operation, [] only where it is meant (checked against the routes by the caller).
                if (operation["security"] is not JsonArray security)
                {
                    Report("security-defined", where, "no security requirement (give [] for an anonymous operation)");
                }
                else
                {
                    foreach (var scheme in security.SelectMany(r => r!.AsObject().Select(p => p.Key)))
                    {
                        usedSchemes.Add(scheme);
                        if (!schemes.ContainsKey(scheme))
                        {
                            Report("security-defined", where, $"security scheme '{scheme}' is not defined");
                        }
                    }
                }

                var responses = operation["responses"]?.AsObject() ?? [];
                if (!responses.Any(r => r.Key.StartsWith('2')))
                {
                    Report("operation-2xx-response", where, "no success answer");
                }

                // operation-4xx-response: an operation that takes nothing and needs no token cannot be asked wrongly.
                var needsToken = operation["security"] is JsonArray { Count: > 0 };
                var takesInput = parameters.Count > 0 || operation["requestBody"] is not null;
                if ((needsToken || takesInput) && !responses.Any(r => r.Key.StartsWith('4')))
                {
                    Report("operation-4xx-response", where, "no error answer");
                }

                if (needsToken && !(responses.ContainsKey("401") && responses.ContainsKey("403")))
                {
                    Report("operation-401-403", where, "needs a token but does not document both 401 and 403");
                }

                foreach (var (status, response) in responses.Where(r => r.Key[0] is '4' or '5'))
                {
                    var codes = response?["x-codes"]?.AsArray().Select(c => c!.GetValue<string>()).ToList() ?? [];
                    var description = response?["description"]?.GetValue<string>() ?? "";
                    if (codes.Count == 0)
                    {
                        Report("error-codes-documented", $"{where} {status}", "no x-codes: which ProblemDetails codes can it carry?");
                    }

                    foreach (var code in codes.Where(c => !description.Contains($"`{c}`", StringComparison.Ordinal)))
                    {
                        Report("error-codes-documented", $"{where} {status}", $"the description does not name {code}");
                    }

                    foreach (var code in codes.Where(c => !ErrorCode().IsMatch(c)))
                    {
                        Report("error-codes-documented", $"{where} {status}", $"'{code}' is not of the form Area.Reason");
                    }
                }

                foreach (var (mediaType, media) in operation["requestBody"]?["content"]?.AsObject() ?? [])
                {
                    if (media?["example"] is JsonObject example)
                    {
                        CheckExample(document, media["schema"], example, $"{where} {mediaType} example", Report);
                    }
                }
            }
        }

        foreach (var (name, _) in schemes.Where(s => !usedSchemes.Contains(s.Key)))
        {
            Report("no-unused-components", $"#/components/securitySchemes/{name}", "never used");
        }

        var text = document.ToJsonString();
        foreach (var (name, _) in document["components"]?["schemas"]?.AsObject() ?? [])
        {
            if (!text.Contains($"\"#/components/schemas/{name}\"", StringComparison.Ordinal))
            {
                Report("no-unused-components", $"#/components/schemas/{name}", "never referenced");
            }
        }

        return problems;
    }

    /// <summary>no-invalid-media-type-examples, in part: every member of an example is a property of its schema.</summary>
    private static void CheckExample(JsonNode document, JsonNode? schema, JsonObject example, string where, Action<string, string, string> report)
    {
        schema = Resolve(document, schema);
        var properties = schema?["properties"]?.AsObject();
        if (properties is null)
        {
            return;
        }

        foreach (var (name, value) in example)
        {
            if (!properties.TryGetPropertyValue(name, out var property))
            {
                report("no-invalid-media-type-examples", where, $"'{name}' is not a property of the schema");
                continue;
            }

            switch (value)
            {
                case JsonObject inner:
                    CheckExample(document, property, inner, $"{where}.{name}", report);
                    break;
                case JsonArray array:
                    foreach (var element in array.OfType<JsonObject>())
                    {
                        CheckExample(document, Resolve(document, property)?["items"], element, $"{where}.{name}[]", report);
                    }

                    break;
            }
        }
    }

    private static JsonNode? Resolve(JsonNode document, JsonNode? schema)
    {
        for (var i = 0; i < 8 && schema?["$ref"]?.GetValue<string>() is { } reference; i++)
        {
            schema = reference.TrimStart('#', '/').Split('/').Aggregate<string, JsonNode?>(document, (node, part) => node?[part]);
        }

        // A nullable member is oneOf [null, $ref] in OpenAPI 3.1: look at the object side.
        if (schema?["oneOf"] is JsonArray oneOf && oneOf.FirstOrDefault(s => s?["$ref"] is not null) is { } referenced)
        {
            return Resolve(document, referenced);
        }

        return schema;
    }

    [GeneratedRegex(@"\{(?<name>[^}]*)\}")]
    private static partial Regex PathParameter();

    [GeneratedRegex("^[A-Z][A-Za-z0-9]*$")]
    private static partial Regex UseCaseName();

    [GeneratedRegex(@"^[A-Z][A-Za-z0-9]*\.[A-Z][A-Za-z0-9]*$")]
    private static partial Regex ErrorCode();
}
