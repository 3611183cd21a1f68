using System.Text.Json.Nodes;
using CyberCase.Api.Tests.Infrastructure;

namespace CyberCase.ApiClient.Tests;

/// <summary>
/// docs/openapi/v1.json is what integrators download and what this project's client is generated from, so it must be
/// exactly what the API serves.
/// </summary>
public sealed class CommittedDocumentTests : ApiTest
{
    public const string RefreshVariable = "CYBERCASE_REFRESH_OPENAPI";

    [Test]
    public async Task The_committed_document_is_the_one_the_API_serves()
    {
        var expected = LiveDocument.ToCommittedText(await LiveDocument.FetchAsync(App));
        var path = LiveDocument.CommittedPath;
        var committed = File.Exists(path) ? (await File.ReadAllTextAsync(path)).ReplaceLineEndings("\n") : "";
        if (committed == expected)
        {
            return;
        }

        if (Environment.GetEnvironmentVariable(RefreshVariable) == "1")
        {
            await File.WriteAllTextAsync(path, expected);
            Assert.Warn($"{path} refreshed from the API; rebuild to regenerate the client, and commit it.");
            return;
        }

        Assert.Fail($"docs/openapi/v1.json differs from the document the API serves ({FirstDifference(committed, expected)}). " +
            $"Refresh it with `{RefreshVariable}=1 dotnet test tests/CyberCase.ApiClient.Tests --filter CommittedDocument`, " +
            "review the diff and commit it.");
    }

    [Test]
    public void The_drift_check_reports_where_the_documents_differ()
    {
        var live = new JsonObject { ["openapi"] = "3.1.1", ["servers"] = new JsonArray(new JsonObject { ["url"] = "http://localhost" }) };
        var text = LiveDocument.ToCommittedText(live);
        Assert.That(text, Does.Contain(LiveDocument.CommittedServer).And.EndWith("}\n"));
        Assert.That(FirstDifference(text, text.Replace("3.1.1", "3.1.0", StringComparison.Ordinal)), Does.StartWith("line 2:"));
    }

    private static string FirstDifference(string committed, string expected)
    {
        var a = committed.Split('\n');
        var b = expected.Split('\n');
        for (var i = 0; i < Math.Max(a.Length, b.Length); i++)
        {
            var left = i < a.Length ? a[i] : "<end>";
            var right = i < b.Length ? b[i] : "<end>";
            if (left != right)
            {
                return $"line {i + 1}: committed `{left.Trim()}`, served `{right.Trim()}`";
            }
        }

        return "line endings";
    }
}
