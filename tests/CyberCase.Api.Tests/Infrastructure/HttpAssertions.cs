using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace CyberCase.Api.Tests.Infrastructure;

public static class HttpAssertions
{
    public static async Task<JsonElement> Json(this HttpResponseMessage response) =>
        await response.Content.ReadFromJsonAsync<JsonElement>(CyberCaseApp.Json);

    /// <summary>Asserts the status and, for an error, that the body is RFC 9457 ProblemDetails with the given code.</summary>
    public static async Task<JsonElement> ShouldBe(this HttpResponseMessage response, HttpStatusCode status, string? code = null)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.That(response.StatusCode, Is.EqualTo(status), body);
        if ((int)status < 400)
        {
            return body.Length == 0 ? default : JsonDocument.Parse(body).RootElement.Clone();
        }

        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"), body);
        var problem = JsonDocument.Parse(body).RootElement.Clone();
        Assert.That(problem.GetProperty("status").GetInt32(), Is.EqualTo((int)status));
        Assert.That(problem.TryGetProperty("code", out var actualCode), Is.True, "ProblemDetails without a code: " + body);
        Assert.That(body, Does.Not.Contain("   at "), "a stack trace leaked");
        if (code is not null)
        {
            Assert.That(actualCode.GetString(), Is.EqualTo(code), body);
        }

        return problem;
    }

    /// <summary>The ProblemDetails body without its traceId (which differs on every request), for comparing answers.</summary>
    public static string WithoutTraceId(this JsonElement problem) =>
        string.Join(",", problem.EnumerateObject().Where(p => p.Name != "traceId").Select(p => p.Name + "=" + p.Value.GetRawText()));

    /// <summary>The field errors of a 400/422 ProblemDetails.</summary>
    public static IReadOnlyCollection<string> FieldErrors(this JsonElement problem) =>
        problem.TryGetProperty("errors", out var errors)
            ? errors.EnumerateObject().Select(p => p.Name).ToList()
            : [];
}
