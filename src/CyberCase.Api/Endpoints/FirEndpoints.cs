using CyberCase.Api.Infrastructure;
using CyberCase.Application.Firs;
using CyberCase.Application.Firs.AddSupplementaryStatement;
using CyberCase.Application.Firs.AssignFir;
using CyberCase.Application.Firs.ChangeFirStatus;
using CyberCase.Application.Firs.GetFir;
using CyberCase.Application.Firs.RecordFirDispatch;
using CyberCase.Application.Firs.RegisterFir;
using CyberCase.Application.Firs.SearchFirs;
using CyberCase.Application.Firs.SetFirCourt;
using CyberCase.Domain.Firs;
using Mediator;

namespace CyberCase.Api.Endpoints;

public sealed record AssignFirRequest(Guid? OfficerId, Guid? Version);
public sealed record ChangeFirStatusRequest(FirStatus? Status, Guid? Version);
public sealed record SupplementaryStatementRequest(string? Text);
public sealed record FirDispatchRequest(DateTimeOffset? DispatchedAt, string? How, Guid? Version);
public sealed record FirCourtRequest(string? CourtName, string? CourtCaseNumber, string? CnrNumber, Guid? Version);

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
                "be of the law in force when the offence began: IPC before 1 July 2024, BNS from then on. The IIF-I particulars " +
                "(information received at the station, direction and distance, beat, delay reason, properties, accused as given, " +
                "officer in charge, informant's birth, passport and occupation, text in Hindi or Urdu) are optional: one left out " +
                "prints on the FIR as a blank line to be completed. The informant's phone is normalised to E.164 like an accused's.")
            .WithRequestExample(OpenApiExamples.RegisterFir)
            .WithErrors(400)
            .Fails(422, "Fir.UnknownSection", "Fir.NoOffenceSections", "Fir.NarrativeRequired", "Fir.OccurrencePeriodReversed",
                "Fir.OccurrenceAfterRegistration", "Fir.BnsBeforeCommencement", "Fir.IpcAfterRepeal",
                "Fir.InformationReceivedAfterRegistration", "Fir.InformationBeforeOccurrence", "Fir.OfficerInChargeNotOfStation");

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

        firs.MapPost("/{id:guid}/dispatch", async (Guid id, FirDispatchRequest body, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new RecordFirDispatchCommand(id, body.DispatchedAt, body.How, body.Version), ct)))
            .Handles<RecordFirDispatchCommand>()
            .WithSummary("Record when and how the FIR was sent to the Magistrate (CrPC 157 / BNSS 176(1), by the FIR's date).")
            .WithErrors(400)
            .Fails(404, "Fir.NotFound")
            .Fails(409, "Concurrency.Conflict")
            .Fails(422, "Fir.DispatchInFuture", "Fir.DispatchBeforeRegistration");

        firs.MapPut("/{id:guid}/court", async (Guid id, FirCourtRequest body, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new SetFirCourtCommand(id, body.CourtName, body.CourtCaseNumber, body.CnrNumber, body.Version), ct)))
            .Handles<SetFirCourtCommand>()
            .WithSummary("Set the court of the case and, once known, its case number and CNR number there (SHO); printed on the bundle's cover.")
            .WithErrors(400)
            .Fails(404, "Fir.NotFound")
            .Fails(409, "Concurrency.Conflict");

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
