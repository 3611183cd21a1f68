using CyberCase.Api.Infrastructure;
using CyberCase.Application.Evidence;
using CyberCase.Application.Evidence.CheckEvidenceUpload;
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

        evidence.MapPost("/", async (HttpRequest request, IMediator mediator, EvidenceStaging staging,
                IOptions<EvidenceOptions> options, CancellationToken ct) =>
            {
                var form = await EvidenceUploadForm.ReadUntilFileAsync(request, options.Value, ct);
                var (ownerType, ownerId, description) = (form.Field("ownerType"), form.Field("ownerId"), form.Field("description"));
                // Role, fields and owner before a byte of the file is received; then the file is staged and recorded
                // by the one command that records every upload (the resumable one too).
                await mediator.Send(new CheckEvidenceUploadQuery(ownerType, ownerId, description, form.FileName, form.File is not null), ct);
                await using var staged = await staging.StageAsync(form.File!, ct);
                var file = await mediator.Send(new UploadEvidenceCommand(ownerType, ownerId, description, form.FileName, staged), ct);
                return TypedResults.Created($"/api/evidence/{file.Id}", file);
            })
            .Accepts<EvidenceUploadRequest>("multipart/form-data")
            .Handles<UploadEvidenceCommand>()
            .WithSummary("Attach a file to an FIR, raid, seizure memo, exhibit or accused.")
            .WithDescription("IO and SHO; the malkhana in-charge for exhibits. Multipart, streamed: send `ownerType`, `ownerId` " +
                "and `description` before `file`. The SHA-256 is computed on the server and answered. An officer may have " +
                "3 uploads in progress (429 Evidence.TooManyUploads beyond); an upload slower than 10 KB/s is dropped.")
            .WithRequestExample(OpenApiExamples.UploadEvidence)
            .RequireRateLimiting(EvidenceUploadConcurrency.Name)
            .WithErrors(400, 413, 415)
            .Fails(400, "Evidence.UploadIncomplete")
            .Fails(404, "Fir.NotFound", "Raid.NotFound", "SeizureMemo.NotFound", "Exhibit.NotFound", "Accused.NotFound")
            .Fails(422, "Evidence.Empty", "Evidence.FileNameRequired")
            .Fails(429, "Evidence.TooManyUploads");

        evidence.MapGet("/{id:guid}", async (Guid id, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new GetEvidenceFileQuery(id), ct)))
            .Handles<GetEvidenceFileQuery>()
            .WithSummary("An evidence file's record: name, size, media type, SHA-256, who and when, withdrawal.")
            .WithErrors()
            .Fails(404, "Evidence.NotFound");

        evidence.MapGet("/", async (EvidenceOwnerType? ownerType, Guid? ownerId, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new GetOwnerEvidenceQuery(ownerType, ownerId), ct)))
            .Handles<GetOwnerEvidenceQuery>()
            .WithSummary("The files attached to one record (ownerType and ownerId), oldest first, withdrawn ones marked.")
            .WithErrors(400)
            .Fails(404, "Fir.NotFound", "Raid.NotFound", "SeizureMemo.NotFound", "Exhibit.NotFound", "Accused.NotFound");

        evidence.MapGet("/{id:guid}/content", async (Guid id, IMediator mediator, HttpResponse response, CancellationToken ct) =>
            {
                var content = await mediator.Send(new GetEvidenceContentQuery(id), ct);
                // RFC 9530: the client can check what it received against the hash on record.
                response.Headers["Repr-Digest"] = $"sha-256=:{Convert.ToBase64String(Convert.FromHexString(content.Sha256))}:";
                response.Headers.XContentTypeOptions = "nosniff";
                return TypedResults.Stream(content.Content, content.MediaType, content.FileName);
            })
            .Handles<GetEvidenceContentQuery>()
            .Produces<Stream>(StatusCodes.Status200OK, "application/octet-stream")
            .WithSummary("Download the file, after its SHA-256 is re-checked.")
            .WithDescription("A mismatch answers 409 `Evidence.IntegrityFailure` and is audited, and no byte is sent. The " +
                "answer carries the file's own media type and a `Repr-Digest` header (RFC 9530) with its SHA-256.")
            .WithErrors()
            .Fails(404, "Evidence.NotFound")
            .Fails(409, EvidenceIntegrity.FailureCode);

        evidence.MapPost("/verify", async (VerifyCaseEvidenceRequest body, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new VerifyCaseEvidenceCommand(body.FirId), ct)))
            .Handles<VerifyCaseEvidenceCommand>()
            .WithSummary("Re-hash every file of a case and report each (SHO, Admin); mismatches are audited.")
            .WithErrors(400)
            .Fails(404, "Fir.NotFound");

        evidence.MapPost("/{id:guid}/withdraw", async (Guid id, WithdrawEvidenceRequest body, IMediator mediator,
                    CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new WithdrawEvidenceCommand(id, body.Reason, body.Version), ct)))
            .Handles<WithdrawEvidenceCommand>()
            .WithSummary("Withdraw a wrongly attached file with a reason (IO, SHO). It is never deleted and stays in the record.")
            .WithErrors(400)
            .Fails(404, "Evidence.NotFound")
            .Fails(409, "Evidence.AlreadyWithdrawn", "Concurrency.Conflict")
            .Fails(422, "Evidence.WithdrawalReasonRequired");

        app.MapGet("/api/firs/{id:guid}/evidence", async (Guid id, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new GetCaseEvidenceQuery(id), ct)))
            .WithTags("Evidence")
            .Handles<GetCaseEvidenceQuery>()
            .WithSummary("Every evidence file of the case, whatever record of it the file is attached to.")
            .WithErrors()
            .Fails(404, "Fir.NotFound");
    }
}
