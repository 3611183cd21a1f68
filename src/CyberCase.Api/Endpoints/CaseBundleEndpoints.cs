using CyberCase.Api.Infrastructure;
using CyberCase.Application.CaseFiles;
using CyberCase.Application.CaseFiles.ExportCaseBundle;
using CyberCase.Application.CaseFiles.GetBundleExport;
using CyberCase.Application.CaseFiles.ListCaseBundleExports;
using CyberCase.Application.CaseFiles.GetCaseBundle;
using CyberCase.Application.Evidence;
using CyberCase.Application.CaseFiles.GetCaseBundleContent;
using CyberCase.Application.Scrutiny;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Net.Http.Headers;

namespace CyberCase.Api.Endpoints;

/// <summary>
/// Optional: an export with open blocking findings of the scrutiny needs them acknowledged, with a reason.
/// <see cref="IncludeCaseDiary"/>: null, the case diary extract when the SHO has shared the diary (the court's copy);
/// false, without it (the copy supplied to an accused); true, with it (refused when not shared).
/// </summary>
public sealed record ExportCaseBundleRequest(bool? AcknowledgeBlockingFindings, string? Reason, bool? IncludeCaseDiary = null);

public static class CaseBundleEndpoints
{
    public static void MapCaseBundleEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/firs/{id:guid}/case-bundle", async Task<Results<Created<CaseBundleView>, Accepted<BundleExportView>>> (Guid id,
                ExportCaseBundleRequest? body, IMediator mediator, CancellationToken ct) =>
            {
                var result = await mediator.Send(new ExportCaseBundleCommand(id, body?.AcknowledgeBlockingFindings, body?.Reason, body?.IncludeCaseDiary), ct);
                return result.Bundle is { } bundle
                    ? TypedResults.Created($"/api/case-bundles/{bundle.Id}", bundle)
                    : TypedResults.Accepted($"/api/case-bundle-exports/{result.Export!.Id}", result.Export);
            })
            .WithTags("Case bundles")
            .Handles<ExportCaseBundleCommand>()
            .OpenAfterPoliceReport()
            .WithSummary("Build the court bundle of an FIR (prosecutor, SHO, the case's IO): stored, hashed and audited.")
            .WithDescription("Open blocking findings of the scrutiny (GET /api/firs/{id}/scrutiny) refuse the export with 422 " +
                "`Scrutiny.BlockingFindings`, listing them in `findings`, unless the body acknowledges them: " +
                "`{\"acknowledgeBlockingFindings\": true, \"reason\": \"...\"}` (recorded in the audit trail). The body is optional. " +
                "A case estimated above `CaseBundles:BackgroundAbovePages` pages (default 1,000) is built in the background: " +
                "202 with `Location` of its status resource (`GET /api/case-bundle-exports/{id}`), which shows the pages done, the pages " +
                "expected, the document being assembled and, once done, the bundle's id and SHA-256. A smaller case answers 201 with the bundle.")
            .WithErrors(400)
            .Fails(404, "Fir.NotFound")
            .Fails(409, "CaseBundle.CustodyChainBroken", "CaseBundle.AnnexureIntegrityFailure", EvidenceIntegrity.FailureCode)
            .Fails(422, "CaseBundle.AnnexureUnreadable", "CaseBundle.CaseDiaryNotShared", ScrutinyBlockedException.CodeValue);

        app.MapGet("/api/firs/{id:guid}/case-bundles", async (Guid id, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new ListCaseBundleExportsQuery(id), ct)))
            .WithTags("Case bundles")
            .Handles<ListCaseBundleExportsQuery>()
            .WithSummary("The history of a case's bundles: every bundle exported (newest first) with its SHA-256, and the background exports not finished or failed.")
            .WithErrors()
            .Fails(404, "Fir.NotFound");

        app.MapGet("/api/case-bundle-exports/{id:guid}", async (Guid id, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new GetBundleExportQuery(id), ct)))
            .WithTags("Case bundles")
            .Handles<GetBundleExportQuery>()
            .WithSummary("The status of a background bundle export: state (Queued, Running, Completed, Failed), pages done and expected, the current document, the bundle when done.")
            .WithErrors()
            .Fails(404, "CaseBundleExport.NotFound");

        var bundles = app.MapGroup("/api/case-bundles").WithTags("Case bundles");

        bundles.MapGet("/{id:guid}", async (Guid id, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new GetCaseBundleQuery(id), ct)))
            .Handles<GetCaseBundleQuery>()
            .WithSummary("The record of an exported bundle: SHA-256, pages, size, volumes, who and when.")
            .WithErrors()
            .Fails(404, "CaseBundle.NotFound");

        bundles.MapGet("/{id:guid}/content", async (Guid id, int? volume, IMediator mediator, CancellationToken ct) =>
            {
                var file = await mediator.Send(new GetCaseBundleContentQuery(id, volume), ct);
                return TypedResults.File(file.Content, "application/pdf", file.FileName,
                    entityTag: new EntityTagHeaderValue($"\"{file.Sha256}\""));
            })
            .Handles<GetCaseBundleContentQuery>()
            .Produces<Stream>(StatusCodes.Status200OK, "application/pdf")
            .WithSummary("Download the bundle PDF; ?volume=N (from 1) for a bundle split into volumes.")
            .WithDescription("The stored file is re-hashed before it is sent; the `ETag` is its SHA-256.")
            .WithErrors(400)
            .Fails(404, "CaseBundle.NotFound", "CaseBundleVolume.NotFound")
            .Fails(409, "CaseBundle.FileMissing", "CaseBundle.FileIntegrityFailure");
    }
}
