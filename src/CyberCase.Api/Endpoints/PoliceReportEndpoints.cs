using CyberCase.Api.Infrastructure;
using CyberCase.Application.CaseDiary.ExportCaseDiary;
using CyberCase.Application.PoliceReports;
using CyberCase.Application.PoliceReports.ApprovePoliceReport;
using CyberCase.Application.PoliceReports.DraftPoliceReport;
using CyberCase.Application.PoliceReports.EditPoliceReport;
using CyberCase.Application.PoliceReports.ExportPoliceReport;
using CyberCase.Application.PoliceReports.ForwardPoliceReport;
using CyberCase.Application.PoliceReports.GetPoliceReport;
using CyberCase.Application.PoliceReports.ListDisclosures;
using CyberCase.Application.PoliceReports.ListFirPoliceReports;
using CyberCase.Application.PoliceReports.RecordDisclosure;
using CyberCase.Application.PoliceReports.RecordFurtherInvestigation;
using CyberCase.Application.PoliceReports.ReturnPoliceReport;
using CyberCase.Application.PoliceReports.SubmitPoliceReport;
using CyberCase.Domain.PoliceReports;
using Mediator;
using Microsoft.Net.Http.Headers;

namespace CyberCase.Api.Endpoints;

public sealed record DraftPoliceReportRequest(PoliceReportKind? Kind, ClosureKind? Closure, string? Court);
public sealed record EditPoliceReportRequest(PoliceReportKind? Kind, ClosureKind? Closure, string? Court, string? Conclusion, string? MedicalReports,
    IReadOnlyList<ReportAccusedInput>? Accused, Guid? Version);
public sealed record PoliceReportStepRequest(Guid? Version);
public sealed record ReturnPoliceReportRequest(string? Remark, Guid? Version);
public sealed record FurtherInvestigationRequest(string? Court, DateOnly? OrderDate, string? OrderReference, string? Reasons);
public sealed record DisclosureRequest(Guid? CaseAccusedId, DisclosureRecipient? Recipient, string? ReceivedBy, DateTimeOffset? SuppliedAt,
    DisclosureMode? Mode, string? Documents, Guid? CaseBundleId, string? Reference, string? Sha256);

public static class PoliceReportEndpoints
{
    private const string Tag = "Police reports";

    public static void MapPoliceReportEndpoints(this IEndpointRouteBuilder app)
    {
        var fir = app.MapGroup("/api/firs/{id:guid}").WithTags(Tag);

        fir.MapPost("/police-reports", async (Guid id, DraftPoliceReportRequest b, IMediator mediator, CancellationToken ct) =>
            {
                var report = await mediator.Send(new DraftPoliceReportCommand(id, b.Kind, b.Closure, b.Court), ct);
                return TypedResults.Created($"/api/police-reports/{report.Id}", report);
            })
            .Handles<DraftPoliceReportCommand>()
            .OpenAfterPoliceReport()
            .WithSummary("Draft the FIR's police report from its records (the IO of the case); after further investigation it is a supplementary report.")
            .WithErrors(400)
            .Fails(404, "Fir.NotFound")
            .Fails(409, "Fir.InvestigationClosed", "PoliceReport.AlreadyDrafted")
            .Fails(422, "PoliceReport.ClosureKindRequired", "PoliceReport.ClosureKindOnChargeSheet");

        fir.MapGet("/police-reports", async (Guid id, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new ListFirPoliceReportsQuery(id), ct)))
            .Handles<ListFirPoliceReportsQuery>()
            .WithSummary("The FIR's police reports: the report, then each supplementary report.")
            .WithErrors()
            .Fails(404, "Fir.NotFound");

        fir.MapPost("/further-investigations", async (Guid id, FurtherInvestigationRequest b, IMediator mediator, CancellationToken ct) =>
            {
                var permission = await mediator.Send(new RecordFurtherInvestigationCommand(id, b.Court, b.OrderDate, b.OrderReference, b.Reasons), ct);
                return TypedResults.Created($"/api/firs/{id}/police-reports", permission);
            })
            .Handles<RecordFurtherInvestigationCommand>()
            .OpenAfterPoliceReport()
            .WithSummary("Record the court's permission for further investigation (SHO): reopens the investigation records; the next report is supplementary.")
            .WithErrors(400)
            .Fails(404, "Fir.NotFound")
            .Fails(409, "FurtherInvestigation.NotClosed")
            .Fails(422, "FurtherInvestigation.OrderInFuture", "FurtherInvestigation.OrderBeforeReport");

        fir.MapPost("/disclosures", async (Guid id, DisclosureRequest b, IMediator mediator, CancellationToken ct) =>
            {
                var entry = await mediator.Send(new RecordDisclosureCommand(id, b.CaseAccusedId, b.Recipient, b.ReceivedBy, b.SuppliedAt, b.Mode,
                    b.Documents, b.CaseBundleId, b.Reference, b.Sha256), ct);
                return TypedResults.Created($"/api/firs/{id}/disclosures", entry);
            })
            .Handles<RecordDisclosureCommand>()
            .OpenAfterPoliceReport()
            .WithSummary("Record copies supplied to an accused or their counsel, with the SHA-256 of what was given (append-only).")
            .WithErrors(400)
            .Fails(404, "Fir.NotFound")
            .Fails(409, "Disclosure.NoPoliceReport")
            .Fails(422, "Disclosure.UnknownAccused", "Disclosure.HashNotOfBundle", "Disclosure.CaseDiaryRestricted", "Disclosure.SuppliedInFuture",
                "Disclosure.BeforePoliceReport");

        fir.MapGet("/disclosures", async (Guid id, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new ListDisclosuresQuery(id), ct)))
            .Handles<ListDisclosuresQuery>()
            .WithSummary("The disclosure log of the FIR, in the order written.")
            .WithErrors()
            .Fails(404, "Fir.NotFound");

        fir.MapGet("/diary.pdf", async (Guid id, IMediator mediator, CancellationToken ct) =>
            {
                var file = await mediator.Send(new ExportCaseDiaryQuery(id), ct);
                return TypedResults.File(file.Content, "application/pdf", file.FileName, entityTag: new EntityTagHeaderValue($"\"{file.Sha256}\""));
            })
            .WithTags("Case diary")
            .Handles<ExportCaseDiaryQuery>()
            .Produces<Stream>(StatusCodes.Status200OK, "application/pdf")
            .WithSummary("The case diary as a PDF volume of its closed pages, numbered as in the diary (IO of the case, SHO; a prosecutor once shared). Audited.")
            .WithDescription("The `ETag` is the SHA-256 of the file, also recorded in the audit trail.")
            .WithErrors()
            .Fails(404, "Fir.NotFound");

        var reports = app.MapGroup("/api/police-reports/{id:guid}").WithTags(Tag);

        reports.MapGet("", async (Guid id, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new GetPoliceReportQuery(id), ct)))
            .Handles<GetPoliceReportQuery>()
            .WithSummary("A police report and where it stands.")
            .WithErrors()
            .Fails(404, "PoliceReport.NotFound");

        reports.MapPut("", async (Guid id, EditPoliceReportRequest b, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new EditPoliceReportCommand(id, b.Kind, b.Closure, b.Court, b.Conclusion, b.MedicalReports,
                    b.Accused, b.Version), ct)))
            .Handles<EditPoliceReportCommand>()
            .WithSummary("Edit the draft (the IO of the case): kind, closure, court, conclusion, medical reports, and every accused line at once.")
            .WithErrors(400)
            .Fails(404, "PoliceReport.NotFound")
            .Fails(409, "PoliceReport.IllegalStatusChange", "Concurrency.Conflict")
            .Fails(422, "PoliceReport.UnknownAccused", "PoliceReport.AccusedRepeated", "PoliceReport.ClosureKindRequired",
                "PoliceReport.ClosureKindOnChargeSheet");

        reports.MapPost("/submit", async (Guid id, PoliceReportStepRequest b, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new SubmitPoliceReportCommand(id, b.Version), ct)))
            .Handles<SubmitPoliceReportCommand>()
            .WithSummary("Submit the draft to the SHO (the IO of the case).")
            .WithErrors(400)
            .Fails(404, "PoliceReport.NotFound")
            .Fails(409, "PoliceReport.IllegalStatusChange", "Concurrency.Conflict")
            .Fails(422, "PoliceReport.ConclusionRequired", "PoliceReport.NobodySentUp");

        reports.MapPost("/approve", async (Guid id, PoliceReportStepRequest b, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new ApprovePoliceReportCommand(id, b.Version), ct)))
            .Handles<ApprovePoliceReportCommand>()
            .WithSummary("Approve a submitted report (SHO).")
            .WithErrors(400)
            .Fails(404, "PoliceReport.NotFound")
            .Fails(409, "PoliceReport.IllegalStatusChange", "Concurrency.Conflict");

        reports.MapPost("/return", async (Guid id, ReturnPoliceReportRequest b, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new ReturnPoliceReportCommand(id, b.Remark, b.Version), ct)))
            .Handles<ReturnPoliceReportCommand>()
            .WithSummary("Send a submitted or approved report back to the IO as a draft, with a remark (SHO).")
            .WithErrors(400)
            .Fails(404, "PoliceReport.NotFound")
            .Fails(409, "PoliceReport.IllegalStatusChange", "Concurrency.Conflict");

        reports.MapPost("/forward", async (Guid id, PoliceReportStepRequest b, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new ForwardPoliceReportCommand(id, b.Version), ct)))
            .Handles<ForwardPoliceReportCommand>()
            .WithSummary("Forward the approved report to the court (SHO): kept with its SHA-256; the FIR is charge-sheeted or closed and its investigation records lock.")
            .WithErrors(400)
            .Fails(404, "PoliceReport.NotFound")
            .Fails(409, "PoliceReport.IllegalStatusChange", "Concurrency.Conflict", "Fir.IllegalStatusChange", "CaseBundle.CustodyChainBroken",
                "CaseBundle.AnnexureIntegrityFailure", "Evidence.IntegrityFailure")
            .Fails(422, "CaseBundle.AnnexureUnreadable");

        reports.MapGet("/pdf", async (Guid id, IMediator mediator, CancellationToken ct) =>
            {
                var file = await mediator.Send(new ExportPoliceReportQuery(id), ct);
                return TypedResults.File(file.Content, "application/pdf", file.FileName, entityTag: new EntityTagHeaderValue($"\"{file.Sha256}\""));
            })
            .Handles<ExportPoliceReportQuery>()
            .Produces<Stream>(StatusCodes.Status200OK, "application/pdf")
            .WithSummary("The police report as a PDF: the copy forwarded (re-hashed before it is sent), or a draft printed from the records. Audited.")
            .WithDescription("The pages are the report's pages of the case bundle, with the bundle's page numbers that its lists cite. The `ETag` is the SHA-256.")
            .WithErrors()
            .Fails(404, "PoliceReport.NotFound")
            .Fails(409, "PoliceReport.FileMissing", "PoliceReport.FileIntegrityFailure", "CaseBundle.CustodyChainBroken",
                "CaseBundle.AnnexureIntegrityFailure", "Evidence.IntegrityFailure")
            .Fails(422, "CaseBundle.AnnexureUnreadable");
    }
}
