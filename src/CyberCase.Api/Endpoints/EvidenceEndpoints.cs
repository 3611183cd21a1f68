using CyberCase.Api.Infrastructure;
using CyberCase.Application.Evidence;
using CyberCase.Application.Evidence.GetCaseEvidence;
using CyberCase.Application.Evidence.GetEvidenceContent;
using CyberCase.Application.Evidence.GetEvidenceFile;
using CyberCase.Application.Evidence.GetOwnerEvidence;
using CyberCase.Application.Evidence.UploadEvidence;
using CyberCase.Application.Evidence.VerifyCaseEvidence;
using CyberCase.Application.Evidence.WithdrawEvidence;
using CyberCase.Domain.Evidence;
using Mediator;
using Microsoft.Extensions.Options;

namespace CyberCase.Api.Endpoints;

/// <summary>The multipart form of POST /api/evidence, for the API reference (the endpoint reads it as a stream).</summary>
public sealed record EvidenceUploadRequest(EvidenceOwnerType OwnerType, Guid OwnerId, string? Description, IFormFile File);

public sealed record VerifyCaseEvidenceRequest(Guid? FirId);
public sealed record WithdrawEvidenceRequest(string? Reason, Guid? Version);

public static class EvidenceEndpoints
{
    public static void MapEvidenceEndpoints(this IEndpointRouteBuilder app)
    {
        var evidence = app.MapGroup("/api/evidence").WithTags("Evidence");

        evidence.MapPost("/", async (HttpRequest request, IMediator mediator, IOptions<EvidenceOptions> options,
                CancellationToken ct) =>
            {
                var form = await EvidenceUploadForm.ReadUntilFileAsync(request, options.Value, ct);
                var file = await mediator.Send(new UploadEvidenceCommand(form.Field("ownerType"), form.Field("ownerId"),
                    form.Field("description"), form.FileName, form.File), ct);
                return TypedResults.Created($"/api/evidence/{file.Id}", file);
            })
            .Accepts<EvidenceUploadRequest>("multipart/form-data")
            .WithSummary("Attach a file to an FIR, raid, seizure memo, exhibit or accused (IO, SHO; malkhana in-charge for exhibits). " +
                "Multipart, streamed: send ownerType, ownerId and description before file. The SHA-256 is computed on the server. " +
                "An officer may have 3 uploads in progress (429 Evidence.TooManyUploads beyond); an upload slower than 10 KB/s is dropped.")
            .RequireRateLimiting(EvidenceUploadConcurrency.Name)
            .WithErrors(400, 404, 413, 415, 429);

        evidence.MapGet("/{id:guid}", async (Guid id, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new GetEvidenceFileQuery(id), ct)))
            .WithSummary("An evidence file's record: name, size, media type, SHA-256, who and when, withdrawal.")
            .WithErrors(404);

        evidence.MapGet("/", async (EvidenceOwnerType? ownerType, Guid? ownerId, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new GetOwnerEvidenceQuery(ownerType, ownerId), ct)))
            .WithSummary("The files attached to one record (ownerType and ownerId), oldest first, withdrawn ones marked.")
            .WithErrors(400, 404);

        evidence.MapGet("/{id:guid}/content", async (Guid id, IMediator mediator, HttpResponse response, CancellationToken ct) =>
            {
                var content = await mediator.Send(new GetEvidenceContentQuery(id), ct);
                // RFC 9530: the client can check what it received against the hash on record.
                response.Headers["Repr-Digest"] = $"sha-256=:{Convert.ToBase64String(Convert.FromHexString(content.Sha256))}:";
                response.Headers.XContentTypeOptions = "nosniff";
                return TypedResults.Stream(content.Content, content.MediaType, content.FileName);
            })
            .WithSummary("Download the file. Its SHA-256 is re-checked first: a mismatch answers 409 Evidence.IntegrityFailure " +
                "and is audited, and no byte is sent.")
            .WithErrors(404, 409);

        evidence.MapPost("/verify", async (VerifyCaseEvidenceRequest body, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new VerifyCaseEvidenceCommand(body.FirId), ct)))
            .WithSummary("Re-hash every file of a case and report each (SHO, Admin); mismatches are audited.")
            .WithErrors(400, 404);

        evidence.MapPost("/{id:guid}/withdraw", async (Guid id, WithdrawEvidenceRequest body, IMediator mediator,
                    CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new WithdrawEvidenceCommand(id, body.Reason, body.Version), ct)))
            .WithSummary("Withdraw a wrongly attached file with a reason (IO, SHO). It is never deleted and stays in the record.")
            .WithErrors(400, 404, 409);

        app.MapGet("/api/firs/{id:guid}/evidence", async (Guid id, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new GetCaseEvidenceQuery(id), ct)))
            .WithTags("Evidence")
            .WithSummary("Every evidence file of the case, whatever record of it the file is attached to.")
            .WithErrors(404);
    }
}
