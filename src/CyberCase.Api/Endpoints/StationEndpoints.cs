using CyberCase.Api.Infrastructure;
using CyberCase.Application.Stations.AddStation;
using CyberCase.Application.Stations.ListStations;
using CyberCase.Application.Statutes.ListOffenceSections;
using Mediator;

namespace CyberCase.Api.Endpoints;

public static class StationEndpoints
{
    public static void MapStationEndpoints(this IEndpointRouteBuilder app)
    {
        var stations = app.MapGroup("/api/stations").WithTags("Reference data");
        stations.MapGet("/", async (IMediator mediator, CancellationToken ct) => TypedResults.Ok(await mediator.Send(new ListStationsQuery(), ct)))
            .Handles<ListStationsQuery>()
            .WithSummary("Every police station with its number of officers (Admin).")
            .WithErrors();

        stations.MapPost("/", async (AddStationCommand command, IMediator mediator, CancellationToken ct) =>
            {
                var station = await mediator.Send(command, ct);
                return TypedResults.Created($"/api/stations/{station.Id}/officers", station);
            })
            .Handles<AddStationCommand>()
            .WithSummary("Add a police station: code (e.g. CPS-LZ, stable: numbers are counted per station), name, district, state (Admin).")
            .WithErrors(400)
            .Fails(409, "Station.CodeTaken");

        app.MapGet("/api/offence-sections", async (IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new ListOffenceSectionsQuery(), ct)))
            .WithTags("Reference data")
            .Handles<ListOffenceSectionsQuery>()
            .WithSummary("The acts and sections the system knows, with maximum punishment, cognizable, bailable and the IPC -> BNS equivalent (Admin; read-only).")
            .WithErrors();
    }
}
