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
            .Handles<RegisterPremisesCommand>()
            .WithSummary("Record a premises at the officer's station (optionally linked to an FIR at once).")
            .WithErrors(400)
            .Fails(404, "Fir.NotFound")
            .Fails(422, "Premises.UnknownOwner", "Premises.IncompleteCoordinates");

        premises.MapGet("/{id:guid}", async (Guid id, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new GetPremisesQuery(id), ct)))
            .Handles<GetPremisesQuery>()
            .WithSummary("A premises with its FIRs, raids, accused and (with seizures) exhibits.")
            .WithErrors()
            .Fails(404, "Premises.NotFound");

        premises.MapGet("/", async (string? q, PremisesKind? kind, int? page, int? pageSize, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new SearchPremisesQuery(q, kind, page, pageSize), ct)))
            .Handles<SearchPremisesQuery>()
            .WithSummary("The station's premises; q matches name, address line, locality or city.")
            .WithErrors(400);

        app.MapPost("/api/firs/{id:guid}/premises", async (Guid id, LinkPremisesRequest body, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new LinkPremisesCommand(id, body.PremisesId), ct)))
            .WithTags("Premises")
            .Handles<LinkPremisesCommand>()
            .WithSummary("Link a premises of the station to the FIR.")
            .WithErrors(400)
            .Fails(404, "Fir.NotFound")
            .Fails(409, "Premises.AlreadyLinked")
            .Fails(422, "Premises.Unknown");
    }
}
