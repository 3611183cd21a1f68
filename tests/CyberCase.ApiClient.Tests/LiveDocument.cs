using System.Net.Http.Json;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using CyberCase.Api.Tests.Infrastructure;

namespace CyberCase.ApiClient.Tests;

/// <summary>The OpenAPI document as the API serves it, and its committed copy (docs/openapi/v1.json).</summary>
public static class LiveDocument
{
    /// <summary>The server of the quick start: the committed copy names it instead of the test host's address.</summary>
    public const string CommittedServer = "http://localhost:5080";

    public static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static async Task<JsonNode> FetchAsync(CyberCaseApp app)
    {
        // Outside Development the document needs a signed-in officer (unless Api:PublicReference), as here.
        using var client = await app.ClientFor(Demo.Admin);
        return (await client.GetFromJsonAsync<JsonNode>("/openapi/v1.json"))!;
    }

    public static string CommittedPath
    {
        get
        {
            var folder = new DirectoryInfo(AppContext.BaseDirectory);
            while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "CyberCase.sln")))
            {
                folder = folder.Parent;
            }

            return Path.Combine(folder?.FullName ?? throw new InvalidOperationException("CyberCase.sln not found above the test output"),
                "docs", "openapi", "v1.json");
        }
    }

    /// <summary>The document as it is committed: the quick start's server, indented, one newline at the end.</summary>
    public static string ToCommittedText(JsonNode live)
    {
        var copy = live.DeepClone();
        copy["servers"] = new JsonArray(new JsonObject { ["url"] = CommittedServer });
        return copy.ToJsonString(Indented).ReplaceLineEndings("\n") + "\n";
    }
}
