using CyberCase.Api.Infrastructure;
using CyberCase.Application.Firs;
using CyberCase.Application.Firs.AddSupplementaryStatement;
using CyberCase.Application.Firs.AssignFir;
using CyberCase.Application.Firs.ChangeFirStatus;
using CyberCase.Application.Firs.GetFir;
using CyberCase.Application.Firs.RegisterFir;
using CyberCase.Application.Firs.SearchFirs;
using CyberCase.Domain.Firs;
using Mediator;

namespace CyberCase.Api.Endpoints;

public sealed record AssignFirRequest(Guid? OfficerId, Guid? Version);
public sealed record ChangeFirStatusRequest(FirStatus? Status, Guid? Version);
public sealed record SupplementaryStatementRequest(string? Text);

public static class FirEndpoints
{
    public static void MapFirEndpoints(this IEndpointRouteBuilder app)
    {
        var firs = app.MapGroup("/api/firs").WithTags("FIRs");

        firs.MapPost("/", async (RegisterFirCommand command, IMediator mediator, CancellationToken ct) =>
            {
                var fir = await mediator.Send(command, ct);
                return TypedResults.Created($"/api/firs/{fir.Id}", fir);
            })
            .Handles<RegisterFirCommand>()
            .WithSummary("Register an FIR at the officer's station (IO or SHO).")
            .WithDescription("The station's next serial number of the year is given to the FIR (`02/2021`). Sections must " +
                "be of the law in force when the offence began: IPC before 1 July 2024, BNS from then on.")
            .WithRequestExample(OpenApiExamples.RegisterFir)
            .WithErrors(400)
            .Fails(422, "Fir.UnknownSection", "Fir.NoOffenceSections", "Fir.NarrativeRequired", "Fir.OccurrencePeriodReversed",
                "Fir.OccurrenceAfterRegistration", "Fir.BnsBeforeCommencement", "Fir.IpcAfterRepeal");

        firs.MapGet("/{id:guid}", async (Guid id, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new GetFirQuery(id), ct)))
            .Handles<GetFirQuery>()
            .WithSummary("An FIR of the officer's station with sections, informant, IO and supplementary statements.")
            .WithErrors()
            .Fails(404, "Fir.NotFound");

        firs.MapGet("/", async (string? q, FirStatus? status, int? year, string? section, int? page, int? pageSize,
                    IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new SearchFirsQuery(q, status, year, section, page, pageSize), ct)))
            .Handles<SearchFirsQuery>()
            .WithSummary("The station's FIRs, newest first; q searches number, informant and narrative (full-text).")
            .WithErrors(400);

        // The FIR row itself is guarded by its own state machine, not by the investigation lock.
        firs.MapPost("/{id:guid}/assignment", async (Guid id, AssignFirRequest body, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new AssignFirCommand(id, body.OfficerId, body.Version), ct)))
            .Handles<AssignFirCommand>()
            .OpenAfterPoliceReport()
            .WithSummary("Assign the FIR to an investigating officer of the station (SHO).")
            .WithErrors(400)
            .Fails(404, "Fir.NotFound")
            .Fails(409, "Concurrency.Conflict")
            .Fails(422, "Fir.AssigneeNotInvestigatingOfficer");

        firs.MapPost("/{id:guid}/status", async (Guid id, ChangeFirStatusRequest body, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new ChangeFirStatusCommand(id, body.Status, body.Version), ct)))
            .Handles<ChangeFirStatusCommand>()
            .OpenAfterPoliceReport()
            .WithSummary("Move the FIR from Registered to UnderInvestigation; it is charge-sheeted or closed only by forwarding its police report.")
            .WithErrors(400)
            .Fails(404, "Fir.NotFound")
            .Fails(409, "Fir.IllegalStatusChange", "Fir.ClosedByPoliceReport", "Concurrency.Conflict");

        firs.MapPost("/{id:guid}/supplementary-statements",
                async (Guid id, SupplementaryStatementRequest body, IMediator mediator, CancellationToken ct) =>
                {
                    var fir = await mediator.Send(new AddSupplementaryStatementCommand(id, body.Text), ct);
                    return TypedResults.Created($"/api/firs/{fir.Id}", fir);
                })
            .Handles<AddSupplementaryStatementCommand>()
            .WithSummary("Append a supplementary statement; the FIR text itself is never edited.")
            .WithErrors(400)
            .Fails(404, "Fir.NotFound");
    }
}
