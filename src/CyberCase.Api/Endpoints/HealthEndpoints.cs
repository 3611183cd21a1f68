using CyberCase.Api.Infrastructure;
using CyberCase.Application.Persistence;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CyberCase.Api.Endpoints;

/// <summary>The answer of GET /health.</summary>
public sealed record HealthStatus(string Status);

public static class HealthEndpoints
{
    public static void MapHealthEndpoint(this IEndpointRouteBuilder app) =>
        app.MapGet("/health", async Task<Results<Ok<HealthStatus>, ProblemHttpResult>> (CyberCaseDbContext db, CancellationToken ct) =>
                await db.Database.CanConnectAsync(ct)
                    ? TypedResults.Ok(new HealthStatus("Healthy"))
                    : TypedResults.Problem(statusCode: 503, title: "The database is not reachable.",
                        extensions: new Dictionary<string, object?> { ["code"] = "Health.DatabaseUnreachable" }))
            .AllowAnonymous()
            .WithTags("Health")
            .WithName("GetHealth")
            .WithSummary("Whether the API answers and reaches its database.")
            .Fails(StatusCodes.Status503ServiceUnavailable, "Health.DatabaseUnreachable");
}
