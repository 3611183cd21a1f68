using CyberCase.Api.Infrastructure;
using CyberCase.Application.Places.GetPremises;
using CyberCase.Application.Places.LinkPremises;
using CyberCase.Application.Places.RegisterPremises;
using CyberCase.Application.Places.SearchPremises;
using CyberCase.Domain.Places;
using Mediator;

namespace CyberCase.Api.Endpoints;

public sealed record LinkPremisesRequest(Guid? PremisesId);

public static class PremisesEndpoints
{
    public static void MapPremisesEndpoints(this IEndpointRouteBuilder app)
    {
        var premises = app.MapGroup("/api/premises").WithTags("Premises");

        premises.MapPost("/", async (RegisterPremisesCommand command, IMediator mediator, CancellationToken ct) =>
            {
                var created = await mediator.Send(command, ct);
                return TypedResults.Created($"/api/premises/{created.Id}", created);
            })
            .WithSummary("Record a premises at the officer's station (optionally linked to an FIR at once).")
            .WithErrors(400, 404, 422);

        premises.MapGet("/{id:guid}", async (Guid id, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new GetPremisesQuery(id), ct)))
            .WithSummary("A premises with its FIRs, raids, accused and (with seizures) exhibits.")
            .WithErrors(404);

        premises.MapGet("/", async (string? q, PremisesKind? kind, int? page, int? pageSize, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new SearchPremisesQuery(q, kind, page, pageSize), ct)))
            .WithSummary("The station's premises; q matches name, address line, locality or city.")
            .WithErrors(400);

        app.MapPost("/api/firs/{id:guid}/premises", async (Guid id, LinkPremisesRequest body, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new LinkPremisesCommand(id, body.PremisesId), ct)))
            .WithTags("Premises")
            .WithSummary("Link a premises of the station to the FIR.")
            .WithErrors(400, 404, 409, 422);
    }
}
