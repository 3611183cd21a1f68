using System.Globalization;
using System.Text;
using CyberCase.Api.Infrastructure;
using CyberCase.Application.Common;
using CyberCase.Application.Evidence;
using CyberCase.Application.Evidence.CheckEvidenceUpload;
using CyberCase.Application.Evidence.UploadEvidence;
using CyberCase.Infrastructure.Evidence;
using FluentValidation;
using FluentValidation.Results;
using Mediator;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;

namespace CyberCase.Api.Endpoints;

/// <summary>
/// Evidence uploads that survive a broken connection: the tus 1.0.0 protocol (https://tus.io/protocols/resumable-upload)
/// with its creation, checksum (sha256), termination and expiration extensions. POST creates an upload for a record
/// (checked as a multipart upload is checked, before any byte), PATCH appends a chunk at the offset HEAD answers, and
/// the chunk that completes the file sends the same UploadEvidence command as the multipart upload. docs/evidence.md.
/// </summary>
public static class ResumableUploadEndpoints
{
    public const string TusVersion = "1.0.0";
    public const string TusExtensions = "creation,checksum,termination,expiration";
    public const string OffsetOctetStream = "application/offset+octet-stream";

    public static void MapResumableUploadEndpoints(this IEndpointRouteBuilder app)
    {
        var uploads = app.MapGroup("/api/uploads").WithTags("Uploads").AddEndpointFilter(async (context, next) =>
        {
            var http = context.HttpContext;
            // On every answer, errors included (the exception handler clears headers set before it runs).
            http.Response.OnStarting(() =>
            {
                http.Response.Headers["Tus-Resumable"] = TusVersion;
                if (http.Response.StatusCode == StatusCodes.Status412PreconditionFailed)
                {
                    http.Response.Headers["Tus-Version"] = TusVersion;
                }

                return Task.CompletedTask;
            });
            if (!HttpMethods.IsOptions(http.Request.Method) && http.Request.Headers["Tus-Resumable"] != TusVersion)
            {
                throw new ResumableUploadException(412, "Upload.VersionUnsupported",
                    $"Send the header Tus-Resumable: {TusVersion} (the only version this server speaks).");
            }

            return await next(context);
        });

        uploads.MapMethods("/", [HttpMethods.Options], (HttpResponse response, IOptions<EvidenceOptions> options) =>
            {
                response.Headers["Tus-Version"] = TusVersion;
                response.Headers["Tus-Extension"] = TusExtensions;
                response.Headers["Tus-Max-Size"] = options.Value.MaxFileSizeBytes.ToString(CultureInfo.InvariantCulture);
                response.Headers["Tus-Checksum-Algorithm"] = "sha256";
                return TypedResults.NoContent();
            })
            .WithName("GetResumableUploadOptions")
            .WithSummary("What the tus server supports: version, extensions, the largest file, the checksum algorithm.")
            .WithErrors();

        uploads.MapPost("/", async (HttpRequest request, HttpResponse response, IMediator mediator, ResumableUploads store,
                ICurrentOfficer officer, IOptions<EvidenceOptions> options, CancellationToken ct) =>
            {
                if (request.Headers.ContainsKey("Upload-Defer-Length"))
                {
                    throw InvalidHeader("Upload-Defer-Length", "The length must be known when the upload is created.");
                }

                var length = NonNegative(request, "Upload-Length");
                if (length > options.Value.MaxFileSizeBytes)
                {
                    throw new EvidenceTooLargeException(options.Value.MaxFileSizeBytes);
                }

                if (length == 0)
                {
                    throw new ValidationException([new ValidationFailure("File", "The file is empty.")]);
                }

                var metadata = Metadata(request.Headers["Upload-Metadata"]);
                var (ownerType, ownerId, description, fileName) = (metadata.GetValueOrDefault("ownerType"),
                    metadata.GetValueOrDefault("ownerId"), metadata.GetValueOrDefault("description"), metadata.GetValueOrDefault("filename"));
                // Role, fields and owner as for a multipart upload, before a byte is sent.
                await mediator.Send(new CheckEvidenceUploadQuery(ownerType, ownerId, description, fileName, FileAttached: true), ct);
                var upload = await store.CreateAsync(officer.Id, ownerType!, ownerId!, fileName!, description, length, ct);
                response.Headers["Upload-Expires"] = store.ExpiresAt(upload).ToString("R", CultureInfo.InvariantCulture);
                return TypedResults.Created($"/api/uploads/{upload.Id:N}");
            })
            .WithName("CreateResumableUpload")
            .WithSummary("Start a resumable (tus) upload of an evidence file: Upload-Length and Upload-Metadata.")
            .WithDescription("IO and SHO; the malkhana in-charge for exhibits. Headers `Tus-Resumable: 1.0.0`, `Upload-Length` " +
                "(at most `Tus-Max-Size`) and `Upload-Metadata` with base64 values of `ownerType`, `ownerId`, `filename` and " +
                "optionally `description`. Answers 201 with `Location` of the upload; send the file to it with PATCH.")
            .WithErrors(400, 413)
            .Fails(400, "Upload.InvalidHeader")
            .Fails(404, "Fir.NotFound", "Raid.NotFound", "SeizureMemo.NotFound", "Exhibit.NotFound", "Accused.NotFound")
            .Fails(412, "Upload.VersionUnsupported")
            .Fails(429, "Evidence.TooManyUploads");

        uploads.MapMethods("/{id:guid}", [HttpMethods.Head], async (Guid id, HttpResponse response, ResumableUploads store,
                ICurrentOfficer officer, CancellationToken ct) =>
            {
                var upload = await store.GetAsync(id, officer.Id, ct);
                response.Headers.CacheControl = "no-store";
                response.Headers["Upload-Length"] = upload.Length.ToString(CultureInfo.InvariantCulture);
                Progress(response, store, upload);
                return TypedResults.Ok();
            })
            .WithName("GetResumableUploadOffset")
            .WithSummary("How much of the upload the server has (Upload-Offset); a finished one also answers its evidence id and SHA-256.")
            .WithDescription("Only the officer who created the upload sees it. A PATCH of it still running in this server " +
                "(a connection that dropped without the server noticing) is ended first, so the offset is the one to send from.")
            .WithErrors()
            .Fails(404, "Upload.NotFound")
            .Fails(412, "Upload.VersionUnsupported");

        uploads.MapPatch("/{id:guid}", async (Guid id, HttpRequest request, HttpResponse response, IMediator mediator,
                ResumableUploads store, ICurrentOfficer officer, IOptions<EvidenceOptions> options, CancellationToken ct) =>
            {
                if (!string.Equals(request.ContentType, OffsetOctetStream, StringComparison.OrdinalIgnoreCase))
                {
                    throw new ResumableUploadException(415, "Upload.InvalidContentType", $"Send the chunk as {OffsetOctetStream}.");
                }

                var offset = NonNegative(request, "Upload-Offset");
                var checksum = Checksum(request.Headers["Upload-Checksum"]);
                if (request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } sizeLimit)
                {
                    sizeLimit.MaxRequestBodySize = options.Value.MaxFileSizeBytes;
                }

                EvidenceUploadConcurrency.ApplyMinimumDataRate(request, options.Value);
                var (upload, finished) = await store.AppendAsync(id, officer.Id, offset, request.Body, request.ContentLength, checksum, ct);
                if (finished is not null)
                {
                    EvidenceFileView file;
                    try
                    {
                        file = await mediator.Send(new UploadEvidenceCommand(upload.OwnerType, upload.OwnerId, upload.Description,
                            upload.FileName, finished), ct);
                    }
                    catch
                    {
                        // Refused when recorded (the owner gone, the role taken away): the upload ends with the refusal.
                        await finished.DisposeAsync();
                        await store.DeleteAsync(id, officer.Id, CancellationToken.None);
                        throw;
                    }

                    store.Complete(upload, file.Id, file.Sha256);
                    upload = upload with { EvidenceId = file.Id, Sha256 = file.Sha256 };
                }

                Progress(response, store, upload);
                return TypedResults.NoContent();
            })
            .WithName("AppendToResumableUpload")
            .WithSummary("Send the next chunk of the file from Upload-Offset; the last chunk records the evidence file.")
            .WithDescription("Body `application/offset+octet-stream`, header `Upload-Offset` (the offset HEAD answered) and " +
                "optionally `Upload-Checksum: sha256 <base64>` of the chunk (a mismatch answers 460 and the chunk is discarded). " +
                "A chunk cut off without a checksum keeps what arrived. The chunk that completes the file answers " +
                "`Evidence-Id` and `Evidence-Sha256` (computed by the server as the bytes arrived) and `Content-Location` of " +
                "the evidence record; the file is checked and recorded as `POST /api/evidence` records it. Counts towards the " +
                "officer's uploads in progress (429), and is dropped below the minimum data rate.")
            .RequireRateLimiting(EvidenceUploadConcurrency.Name)
            .WithErrors(400, 413, 415)
            .Fails(400, "Upload.InvalidHeader", "Evidence.UploadIncomplete")
            .Fails(404, "Upload.NotFound", "Fir.NotFound", "Raid.NotFound", "SeizureMemo.NotFound", "Exhibit.NotFound", "Accused.NotFound")
            .Fails(409, "Upload.OffsetMismatch", "Upload.Superseded")
            .Fails(412, "Upload.VersionUnsupported")
            .Fails(413, "Upload.BeyondLength")
            .Fails(415, "Upload.InvalidContentType")
            .Fails(423, "Upload.Busy")
            .Fails(429, "Evidence.TooManyUploads")
            .Fails(460, "Upload.ChecksumMismatch");

        uploads.MapDelete("/{id:guid}", async (Guid id, ResumableUploads store, ICurrentOfficer officer, CancellationToken ct) =>
            {
                await store.DeleteAsync(id, officer.Id, ct);
                return TypedResults.NoContent();
            })
            .WithName("TerminateResumableUpload")
            .WithSummary("Cancel an upload: its bytes are removed (a finished upload's evidence file stays; withdraw it instead).")
            .WithErrors()
            .Fails(404, "Upload.NotFound")
            .Fails(412, "Upload.VersionUnsupported")
            .Fails(423, "Upload.Busy");
    }

    private static void Progress(HttpResponse response, ResumableUploads store, ResumableUpload upload)
    {
        response.Headers["Upload-Offset"] = upload.Offset.ToString(CultureInfo.InvariantCulture);
        response.Headers["Upload-Expires"] = store.ExpiresAt(upload).ToString("R", CultureInfo.InvariantCulture);
        if (upload.EvidenceId is { } evidenceId)
        {
            response.Headers["Evidence-Id"] = evidenceId.ToString();
            response.Headers["Evidence-Sha256"] = upload.Sha256;
            response.Headers.ContentLocation = $"/api/evidence/{evidenceId}";
        }
    }

    private static long NonNegative(HttpRequest request, string header) =>
        long.TryParse(request.Headers[header].ToString(), NumberStyles.None, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw InvalidHeader(header, $"Send {header} as a non-negative whole number of bytes.");

    /// <summary>tus Upload-Metadata: comma-separated "key base64value" pairs (a key alone has an empty value).</summary>
    private static Dictionary<string, string> Metadata(string? header)
    {
        var pairs = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var pair in (header ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var parts = pair.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            try
            {
                pairs[parts[0]] = parts.Length switch
                {
                    1 => "",
                    2 => Encoding.UTF8.GetString(Convert.FromBase64String(parts[1])),
                    _ => throw new FormatException(),
                };
            }
            catch (FormatException)
            {
                throw InvalidHeader("Upload-Metadata", $"'{parts[0]}' is not followed by one base64 value.");
            }
        }

        return pairs;
    }

    /// <summary>Upload-Checksum: "sha256 base64digest"; null when the header is absent.</summary>
    private static byte[]? Checksum(string? header)
    {
        if (string.IsNullOrEmpty(header))
        {
            return null;
        }

        var parts = header.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (parts is not [var algorithm, var digest] || !algorithm.Equals("sha256", StringComparison.OrdinalIgnoreCase))
        {
            throw InvalidHeader("Upload-Checksum", "Send Upload-Checksum as 'sha256 <base64 digest>' (the one algorithm supported).");
        }

        var bytes = new byte[32];
        return Convert.TryFromBase64String(digest, bytes, out var written) && written == 32
            ? bytes
            : throw InvalidHeader("Upload-Checksum", "The sha256 digest is not 32 bytes of base64.");
    }

    private static ResumableUploadException InvalidHeader(string header, string message) =>
        new(400, "Upload.InvalidHeader", $"{header}: {message}");
}
