using CyberCase.Api.Infrastructure;
using CyberCase.Application.Scrutiny.GetScrutiny;
using Mediator;

namespace CyberCase.Api.Endpoints;

public static class ScrutinyEndpoints
{
    public static void MapScrutinyEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/firs/{id:guid}/scrutiny", async (Guid id, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new GetScrutinyQuery(id), ct)))
            .WithTags("Scrutiny")
            .Handles<GetScrutinyQuery>()
            .WithSummary("The pre-filing scrutiny of an FIR: every finding with its code, severity, record, provision and cure.")
            .WithDescription("Blocking findings first. Deadlines (production, charge-sheet) appear as they fall due. docs/scrutiny.md lists every rule.")
            .WithErrors()
            .Fails(404, "Fir.NotFound");
    }
}
