using CyberCase.Api.Infrastructure;
using CyberCase.Application.Exhibits.GetCustody;
using CyberCase.Application.Exhibits.GetExhibit;
using CyberCase.Application.Exhibits.GetMalkhana;
using CyberCase.Application.Exhibits.GetSeizureMemo;
using CyberCase.Application.Exhibits.RecordSeizure;
using CyberCase.Application.Exhibits.MakeForensicImage;
using CyberCase.Application.Exhibits.SearchExhibits;
using CyberCase.Application.Exhibits.TransferCustody;
using Mediator;

namespace CyberCase.Api.Endpoints;

public sealed record SeizureMemoRequest(string? MemoNumber, DateTimeOffset? DrawnUpAt, IReadOnlyList<MemoWitnessInput>? Witnesses,
    string? OccupantGivenCopy, IReadOnlyList<SeizedItemInput>? Items);
public sealed record ForensicImageRequest(string? Description, string? Sha256, DateTimeOffset? MadeAt);
public sealed record CustodyTransferRequest(HolderInput? To, DateTimeOffset? At, string? Purpose, bool? SealIntact,
    string? HashVerified, Guid? Version);

public static class ExhibitEndpoints
{
    public static void MapExhibitEndpoints(this IEndpointRouteBuilder app)
    {
        var exhibits = app.MapGroup("/api/exhibits").WithTags("Exhibits");

        exhibits.MapGet("/", async (string? q, Guid? firId, int? page, int? pageSize, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new SearchExhibitsQuery(q, firId, page, pageSize), ct)))
            .Handles<SearchExhibitsQuery>()
            .WithSummary("Search the station's exhibits by exhibit number, IMEI, serial, MAC or seal number.")
            .WithErrors(400);

        exhibits.MapGet("/{id:guid}", async (Guid id, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new GetExhibitQuery(id), ct)))
            .Handles<GetExhibitQuery>()
            .WithSummary("An exhibit with its identifiers, hash, forensic images and current holder.")
            .WithErrors()
            .Fails(404, "Exhibit.NotFound");

        exhibits.MapPost("/{id:guid}/images", async (Guid id, ForensicImageRequest body, IMediator mediator, CancellationToken ct) =>
            {
                var image = await mediator.Send(new MakeForensicImageCommand(id, body.Description, body.Sha256, body.MadeAt), ct);
                return TypedResults.Created($"/api/exhibits/{image.Id}", image);
            })
            .Handles<MakeForensicImageCommand>()
            .WithSummary("Record a forensic image or extraction of the exhibit (a child exhibit with its own SHA-256).")
            .WithErrors(400)
            .Fails(404, "Exhibit.NotFound")
            .Fails(409, "Exhibit.ImageOfImage")
            .Fails(422, "Exhibit.ImageInFuture", "Exhibit.ImageBeforeSeizure");

        exhibits.MapPost("/{id:guid}/custody", async (Guid id, CustodyTransferRequest body, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new TransferCustodyCommand(id, body.To, body.At, body.Purpose, body.SealIntact,
                    body.HashVerified, body.Version), ct)))
            .Handles<TransferCustodyCommand>()
            .WithSummary("Record a custody transfer (append-only, hash-chained); leaving the malkhana needs the malkhana in-charge.")
            .WithRequestExample(OpenApiExamples.TransferCustody)
            .WithErrors(400)
            .Fails(404, "Exhibit.NotFound")
            .Fails(409, "Custody.MalkhanaInChargeRequired", "Custody.ReturnedToOwner", "Concurrency.Conflict")
            .Fails(422, "Custody.SameHolder", "Custody.BeforePreviousTransfer", "Custody.InFuture", "Custody.UnknownOfficer",
                "Custody.BeforeSeizure");

        exhibits.MapGet("/{id:guid}/custody", async (Guid id, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new GetCustodyQuery(id), ct)))
            .Handles<GetCustodyQuery>()
            .WithSummary("The custody sequence of the exhibit and whether it verifies.")
            .WithErrors()
            .Fails(404, "Exhibit.NotFound");

        app.MapPost("/api/raids/{id:guid}/seizure-memos", async (Guid id, SeizureMemoRequest body, IMediator mediator, CancellationToken ct) =>
            {
                var memo = await mediator.Send(new RecordSeizureCommand(id, body.MemoNumber, body.DrawnUpAt, body.Witnesses,
                    body.OccupantGivenCopy, body.Items), ct);
                return TypedResults.Created($"/api/seizure-memos/{memo.Id}", memo);
            })
            .WithTags("Exhibits")
            .Handles<RecordSeizureCommand>()
            .WithSummary("Record the seizure memo of a raid with its items; each item becomes an exhibit with a station-wide number.")
            .WithRequestExample(OpenApiExamples.RecordSeizure)
            .WithErrors(400)
            .Fails(404, "Raid.NotFound")
            .Fails(409, "SeizureMemo.NumberTaken", "SeizureMemo.RaidNotExecuted")
            .Fails(422, "SeizureMemo.TooFewWitnesses", "SeizureMemo.TimeOutsideRaid", "SeizureMemo.UnknownAccused");

        app.MapGet("/api/seizure-memos/{id:guid}", async (Guid id, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new GetSeizureMemoQuery(id), ct)))
            .WithTags("Exhibits")
            .Handles<GetSeizureMemoQuery>()
            .WithSummary("A seizure memo with its witnesses and items.")
            .WithErrors()
            .Fails(404, "SeizureMemo.NotFound");

        app.MapGet("/api/malkhana", async (IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new GetMalkhanaQuery(), ct)))
            .WithTags("Exhibits")
            .Handles<GetMalkhanaQuery>()
            .WithSummary("What is in the malkhana now, and what is out and with whom (malkhana in-charge, SHO).")
            .WithErrors();
    }
}
