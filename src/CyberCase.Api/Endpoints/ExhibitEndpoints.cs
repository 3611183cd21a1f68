using CyberCase.Api.Infrastructure;
using CyberCase.Application.Exhibits;
using CyberCase.Application.Exhibits.GetCustody;
using CyberCase.Application.Exhibits.RecordImaging;
using CyberCase.Application.Exhibits.RecordSeizureParticulars;
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
    string? OccupantGivenCopy, IReadOnlyList<SeizedItemInput>? Items, string? CopyReceivedBy = null, SpecimenSealInput? SpecimenSeal = null);
public sealed record SeizureParticularsRequest(string? CopyReceivedBy, SpecimenSealInput? SpecimenSeal, DateTimeOffset? ReportedToMagistrateAt,
    string? ReportedToMagistrate, Guid? Version);
public sealed record ForensicImageRequest(string? Description, string? Sha256, DateTimeOffset? MadeAt, ImagingInput? Imaging = null);
public sealed record ImagingRequest(ImagingInput? Imaging, Guid? Version);
public sealed record CustodyTransferRequest(HolderInput? To, DateTimeOffset? At, string? Purpose, bool? SealIntact,
    string? HashVerified, Guid? Version, string? MalkhanaEntryNumber = null, string? FslDocketNumber = null, string? CourtPropertyNumber = null);

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
                var image = await mediator.Send(new MakeForensicImageCommand(id, body.Description, body.Sha256, body.MadeAt, body.Imaging), ct);
                return TypedResults.Created($"/api/exhibits/{image.Id}", image);
            })
            .Handles<MakeForensicImageCommand>()
            .WithSummary("Record a forensic image or extraction of the exhibit (a child exhibit with its own SHA-256).")
            .WithErrors(400)
            .Fails(404, "Exhibit.NotFound")
            .Fails(409, "Exhibit.ImageOfImage")
            .Fails(422, "Exhibit.ImageInFuture", "Exhibit.ImageBeforeSeizure", "Exhibit.CertificateBeforeImage", "Exhibit.SignerNotOfStation");

        exhibits.MapPut("/{id:guid}/imaging", async (Guid id, ImagingRequest body, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new RecordImagingCommand(id, body.Imaging, body.Version), ct)))
            .Handles<RecordImagingCommand>()
            .WithSummary("Record how a forensic image was made (examiner, tool, version, process, source hash) and when its certificate was signed.")
            .WithErrors(400)
            .Fails(404, "Exhibit.NotFound")
            .Fails(409, "Exhibit.NotAnImage", "Concurrency.Conflict")
            .Fails(422, "Exhibit.ImageInFuture", "Exhibit.CertificateBeforeImage", "Exhibit.SignerNotOfStation");

        exhibits.MapPost("/{id:guid}/custody", async (Guid id, CustodyTransferRequest body, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new TransferCustodyCommand(id, body.To, body.At, body.Purpose, body.SealIntact,
                    body.HashVerified, body.Version, body.MalkhanaEntryNumber, body.FslDocketNumber, body.CourtPropertyNumber), ct)))
            .Handles<TransferCustodyCommand>()
            .WithSummary("Record a custody transfer (append-only, hash-chained); leaving the malkhana needs the malkhana in-charge.")
            .WithRequestExample(OpenApiExamples.TransferCustody)
            .WithErrors(400)
            .Fails(404, "Exhibit.NotFound")
            .Fails(409, "Custody.MalkhanaInChargeRequired", "Custody.ReturnedToOwner", "Concurrency.Conflict")
            .Fails(422, "Custody.SameHolder", "Custody.BeforePreviousTransfer", "Custody.InFuture", "Custody.UnknownOfficer",
                "Custody.BeforeSeizure", "Custody.ReferenceOfAnotherHolder");

        exhibits.MapGet("/{id:guid}/custody", async (Guid id, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new GetCustodyQuery(id), ct)))
            .Handles<GetCustodyQuery>()
            .WithSummary("The custody sequence of the exhibit and whether it verifies.")
            .WithErrors()
            .Fails(404, "Exhibit.NotFound");

        app.MapPost("/api/raids/{id:guid}/seizure-memos", async (Guid id, SeizureMemoRequest body, IMediator mediator, CancellationToken ct) =>
            {
                var memo = await mediator.Send(new RecordSeizureCommand(id, body.MemoNumber, body.DrawnUpAt, body.Witnesses,
                    body.OccupantGivenCopy, body.Items, body.CopyReceivedBy, body.SpecimenSeal), ct);
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

        app.MapPut("/api/seizure-memos/{id:guid}/particulars", async (Guid id, SeizureParticularsRequest body, IMediator mediator,
                CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new RecordSeizureParticularsCommand(id, body.CopyReceivedBy, body.SpecimenSeal,
                    body.ReportedToMagistrateAt, body.ReportedToMagistrate, body.Version), ct)))
            .WithTags("Exhibits")
            .Handles<RecordSeizureParticularsCommand>()
            .WithSummary("Record who signed for the occupant's copy, the specimen seal and the report of the seizure to the Magistrate.")
            .WithErrors(400)
            .Fails(404, "SeizureMemo.NotFound")
            .Fails(409, "Concurrency.Conflict")
            .Fails(422, "SeizureMemo.ReportedBeforeSeizure", "SeizureMemo.TimeInFuture");

        app.MapGet("/api/malkhana", async (IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new GetMalkhanaQuery(), ct)))
            .WithTags("Exhibits")
            .Handles<GetMalkhanaQuery>()
            .WithSummary("What is in the malkhana now, and what is out and with whom (malkhana in-charge, SHO).")
            .WithErrors();
    }
}
