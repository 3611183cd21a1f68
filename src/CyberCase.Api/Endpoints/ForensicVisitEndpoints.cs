using CyberCase.Api.Infrastructure;
using CyberCase.Application.ForensicVisits.GetForensicVisit;
using CyberCase.Application.ForensicVisits.RecordForensicVisit;
using Mediator;

namespace CyberCase.Api.Endpoints;

public sealed record RecordForensicVisitRequest(string? Place, Guid? PremisesId, Guid? RaidId, string? ExpertName, string? Designation,
    string? Laboratory, DateTimeOffset? VisitedAt, string? Findings, bool? VideoRecorded, Guid? VideoFileId);

public static class ForensicVisitEndpoints
{
    public static void MapForensicVisitEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/firs/{id:guid}/forensic-visits", async (Guid id, RecordForensicVisitRequest b, IMediator mediator, CancellationToken ct) =>
            {
                var visitId = await mediator.Send(new RecordForensicVisitCommand(id, b.Place, b.PremisesId, b.RaidId, b.ExpertName,
                    b.Designation, b.Laboratory, b.VisitedAt, b.Findings, b.VideoRecorded, b.VideoFileId), ct);
                return TypedResults.Created($"/api/forensic-visits/{visitId}", await mediator.Send(new GetForensicVisitQuery(visitId), ct));
            })
            .WithTags("Forensic visits")
            .Handles<RecordForensicVisitCommand>()
            .WithSummary("Record a forensic expert's visit to a scene of the case (BNSS 176(3)): expert, laboratory, when, what was collected, the videography.")
            .WithErrors(400)
            .Fails(404, "Fir.NotFound")
            .Fails(422, "ForensicVisit.InFuture", "ForensicVisit.BeforeFir", "ForensicVisit.BeforeSearch", "ForensicVisit.RaidNotOfCase",
                "ForensicVisit.PremisesNotOfRaid", "ForensicVisit.PremisesNotOfCase", "ForensicVisit.VideoNotOfCase",
                "ForensicVisit.VideoFileWithoutVideography");

        app.MapGet("/api/forensic-visits/{id:guid}", async (Guid id, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new GetForensicVisitQuery(id), ct)))
            .WithTags("Forensic visits")
            .Handles<GetForensicVisitQuery>()
            .WithSummary("A forensic expert's visit to a scene, with the provision it answers in the case's regime.")
            .WithErrors()
            .Fails(404, "ForensicVisit.NotFound");
    }
}
