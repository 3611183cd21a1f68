using CyberCase.Api.Infrastructure;
using CyberCase.Application.Complaints;
using CyberCase.Application.Complaints.CloseComplaint;
using CyberCase.Application.Complaints.ConvertComplaint;
using CyberCase.Application.Complaints.GetComplaint;
using CyberCase.Application.Complaints.ImportComplaints;
using CyberCase.Application.Complaints.ListComplaints;
using CyberCase.Application.Complaints.PreviewComplaintImport;
using CyberCase.Application.Complaints.RegisterComplaint;
using CyberCase.Application.Firs.RegisterFir;
using CyberCase.Application.Money.GetMoneyTrail;
using CyberCase.Application.Money.RecordAccountStatus;
using CyberCase.Application.Money.RecordTransaction;
using CyberCase.Application.Victims.AddVictim;
using CyberCase.Application.Victims.GetProgressUpdates;
using CyberCase.Application.Victims.ListVictims;
using CyberCase.Application.Victims.RecordProgressUpdate;
using CyberCase.Domain.Complaints;
using CyberCase.Domain.Firs;
using CyberCase.Domain.Money;
using CyberCase.Domain.Victims;
using Mediator;
using Microsoft.AspNetCore.Http.Features;

namespace CyberCase.Api.Endpoints;

public sealed record RegisterComplaintRequest(string? AckNumber, DateTimeOffset? ReceivedAt, ComplaintChannel? Channel, string? ComplainantName,
    string? ComplainantContact, string? ComplainantAddress, string? ComplainantCountry, string? Category, decimal? AmountReported,
    string? Currency, string? TransactionsReported);

public sealed record ConvertComplaintRequest(Guid? Version, Guid? FirId, DateTimeOffset? OccurredFrom, DateTimeOffset? OccurredTo,
    string? PlaceOfOccurrence, InformationType? InformationType, IReadOnlyList<SectionInput>? Sections, string? Narrative, string? GdEntryNumber);

public sealed record CloseComplaintRequest(Guid? Version, string? Reason);

public sealed record AddVictimRequest(string? Name, string? Parentage, Gender? Gender, int? Age, string? Nationality, string? PassportOrId,
    string? Country, string? Language, bool? InterpreterNeeded, string? Contact, string? Address, bool? IsInformant, decimal? AmountLost,
    string? AmountLostCurrency, IReadOnlyList<Guid>? StatementIds);

public sealed record ProgressUpdateRequest(Guid? VictimId, DateTimeOffset? At, CommunicationMeans? Means, Guid? ByOfficerId, string? Summary);

public sealed record TransactionRequest(DateTimeOffset? OccurredAt, decimal? Amount, string? Currency, PaymentChannel? Channel, string? Reference,
    Guid? VictimId, Guid? FromAccountId, Guid? ToAccountId, string? Notes);

public sealed record AccountStatusRequest(AccountStatusKind? Kind, DateTimeOffset? At, string? Addressee, string? Reference, decimal? Amount,
    string? Currency, string? SpApprovalReference, DateOnly? SpApprovedOn, DateOnly? ApplicationDate, DateOnly? OrderDate, string? Notes);

/// <summary>Complaints, victims and the money trail of a case (issue 13).</summary>
public static class MoneyEndpoints
{
    private static readonly string[] MoneyCodes = ["Money.AmountNotPositive", "Money.UnknownCurrency", "Money.TooManyDecimals"];

    public static void MapMoneyEndpoints(this IEndpointRouteBuilder app)
    {
        MapComplaints(app);
        MapVictims(app);
        MapMoney(app);
    }

    private static void MapComplaints(IEndpointRouteBuilder app)
    {
        app.MapPost("/api/complaints", async (RegisterComplaintRequest b, IMediator mediator, CancellationToken ct) =>
            {
                var complaint = await mediator.Send(new RegisterComplaintCommand(b.AckNumber, b.ReceivedAt, b.Channel, b.ComplainantName,
                    b.ComplainantContact, b.ComplainantAddress, b.ComplainantCountry, b.Category, b.AmountReported, b.Currency,
                    b.TransactionsReported), ct);
                return TypedResults.Created($"/api/complaints/{complaint.Id}", complaint);
            })
            .WithTags("Complaints")
            .Handles<RegisterComplaintCommand>()
            .WithSummary("Register a complaint (NCRP or 1930 with its 14-digit acknowledgement number, walk-in, e-mail, foreign referral).")
            .WithErrors(400)
            .Fails(409, "Complaint.AlreadyRegistered")
            .Fails(422, [.. MoneyCodes, "Complaint.AckNumberRequired", "Complaint.InFuture"]);

        app.MapGet("/api/complaints", async (ComplaintStatus? status, Guid? firId, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new ListComplaintsQuery(status, firId), ct)))
            .WithTags("Complaints")
            .Handles<ListComplaintsQuery>()
            .WithSummary("The station's complaints, newest first (optionally of one status, or joined to one FIR).")
            .WithErrors(400);

        app.MapGet("/api/complaints/{id:guid}", async (Guid id, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new GetComplaintQuery(id), ct)))
            .WithTags("Complaints")
            .Handles<GetComplaintQuery>()
            .WithSummary("A complaint of the station.")
            .WithErrors()
            .Fails(404, "Complaint.NotFound");

        app.MapPost("/api/complaints/{id:guid}/convert", async (Guid id, ConvertComplaintRequest b, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new ConvertComplaintCommand(id, b.Version, b.FirId, b.OccurredFrom, b.OccurredTo,
                    b.PlaceOfOccurrence, b.InformationType, b.Sections, b.Narrative, b.GdEntryNumber), ct)))
            .WithTags("Complaints")
            .Handles<ConvertComplaintCommand>()
            .WithSummary("Make the complaint an FIR (the FIR's facts given; the complainant its informant) or join it to an FIR (firId); the complainant becomes a victim.")
            .WithErrors(400)
            .Fails(404, "Complaint.NotFound", "Fir.NotFound")
            .Fails(409, "Complaint.NotOpen", "Concurrency.Conflict")
            .Fails(422, "Fir.NoOffenceSections", "Fir.NarrativeRequired", "Fir.OccurrencePeriodReversed", "Fir.OccurrenceAfterRegistration",
                "Fir.BnsBeforeCommencement", "Fir.IpcAfterRepeal", "Fir.UnknownSection");

        app.MapPost("/api/complaints/{id:guid}/close", async (Guid id, CloseComplaintRequest b, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new CloseComplaintCommand(id, b.Reason, b.Version), ct)))
            .WithTags("Complaints")
            .Handles<CloseComplaintCommand>()
            .WithSummary("Close a complaint without an FIR, with the reason.")
            .WithErrors(400)
            .Fails(404, "Complaint.NotFound")
            .Fails(409, "Complaint.NotOpen", "Concurrency.Conflict");

        app.MapPost("/api/complaints/imports/preview", async (HttpRequest request, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new PreviewComplaintImportQuery(await ReadCsvAsync(request, ct)), ct)))
            .WithTags("Complaints")
            .Handles<PreviewComplaintImportQuery>()
            .Accepts<string>("text/csv", "text/plain", "application/vnd.ms-excel")
            .WithSummary("Check an NCRP export (CSV body) row by row and say what importing it would do; nothing is written.")
            .WithErrors()
            .Fails(413, "Import.TooLarge")
            .Fails(415, "Request.UnsupportedMediaType")
            .Fails(422, "Import.NotAnExport");

        app.MapPost("/api/complaints/imports", async (HttpRequest request, string? sha256, string? fileName, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new ImportComplaintsCommand(await ReadCsvAsync(request, ct), sha256, fileName), ct)))
            .WithTags("Complaints")
            .Handles<ImportComplaintsCommand>()
            .Accepts<string>("text/csv", "text/plain", "application/vnd.ms-excel")
            .WithSummary("Import the previewed NCRP export (the same CSV body, with its sha256): all rows or none; the same file again adds nothing.")
            .WithErrors(400)
            .Fails(409, "Import.NotThePreviewedFile")
            .Fails(413, "Import.TooLarge")
            .Fails(415, "Request.UnsupportedMediaType")
            .Fails(422, "Import.NotAnExport");
    }

    private static void MapVictims(IEndpointRouteBuilder app)
    {
        app.MapPost("/api/firs/{id:guid}/victims", async (Guid id, AddVictimRequest b, IMediator mediator, CancellationToken ct) =>
            {
                var victim = await mediator.Send(new AddVictimCommand(id, b.Name, b.Parentage, b.Gender, b.Age, b.Nationality, b.PassportOrId,
                    b.Country, b.Language, b.InterpreterNeeded, b.Contact, b.Address, b.IsInformant, b.AmountLost, b.AmountLostCurrency,
                    b.StatementIds), ct);
                return TypedResults.Created($"/api/firs/{id}/victims", victim);
            })
            .WithTags("Victims")
            .Handles<AddVictimCommand>()
            .WithSummary("Record a victim of the case (passport or id, country, language and interpreter for a foreign victim; amount lost).")
            .WithErrors(400)
            .Fails(404, "Fir.NotFound", "Statement.NotFound")
            .Fails(409, "Victim.InformantAlreadyRecorded")
            .Fails(422, MoneyCodes);

        app.MapGet("/api/firs/{id:guid}/victims", async (Guid id, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new ListVictimsQuery(id), ct)))
            .WithTags("Victims")
            .Handles<ListVictimsQuery>()
            .WithSummary("The victims of the case.")
            .WithErrors()
            .Fails(404, "Fir.NotFound");

        app.MapPost("/api/firs/{id:guid}/progress-updates", async (Guid id, ProgressUpdateRequest b, IMediator mediator, CancellationToken ct) =>
            {
                var update = await mediator.Send(new RecordProgressUpdateCommand(id, b.VictimId, b.At, b.Means, b.ByOfficerId, b.Summary), ct);
                return TypedResults.Created($"/api/firs/{id}/progress-updates", update);
            })
            .WithTags("Victims")
            .Handles<RecordProgressUpdateCommand>()
            .WithSummary("Record that the informant (no victimId) or a victim was told of the progress of the investigation: clears their 90-day clock.")
            .WithErrors(400)
            .Fails(404, "Fir.NotFound", "Victim.NotFound", "Officer.NotFound")
            .Fails(422, "Progress.InFuture", "Progress.BeforeFir");

        app.MapGet("/api/firs/{id:guid}/progress-updates", async (Guid id, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new GetProgressUpdatesQuery(id), ct)))
            .WithTags("Victims")
            .Handles<GetProgressUpdatesQuery>()
            .WithSummary("The 90-day progress clocks of the informant and each victim (FIRs under the BNSS), and the communications recorded.")
            .WithErrors()
            .Fails(404, "Fir.NotFound");
    }

    private static void MapMoney(IEndpointRouteBuilder app)
    {
        app.MapPost("/api/firs/{id:guid}/transactions", async (Guid id, TransactionRequest b, IMediator mediator, CancellationToken ct) =>
            {
                var transaction = await mediator.Send(new RecordTransactionCommand(id, b.OccurredAt, b.Amount, b.Currency, b.Channel, b.Reference,
                    b.VictimId, b.FromAccountId, b.ToAccountId, b.Notes), ct);
                return TypedResults.Created($"/api/firs/{id}/money-trail", transaction);
            })
            .WithTags("Money")
            .Handles<RecordTransactionCommand>()
            .WithSummary("Record a transaction of the case: from a victim or an account of the trail, to an account of the trail; exact amount in its currency.")
            .WithErrors(400)
            .Fails(404, "Fir.NotFound", "CaseAccount.NotFound", "Victim.NotFound")
            .Fails(422, [.. MoneyCodes, "Transaction.ToItself", "Transaction.NoSource", "Transaction.InFuture"]);

        app.MapPost("/api/firs/{id:guid}/accounts/{accountId:guid}/status", async (Guid id, Guid accountId, AccountStatusRequest b,
                IMediator mediator, CancellationToken ct) =>
            {
                var step = await mediator.Send(new RecordAccountStatusCommand(id, accountId, b.Kind, b.At, b.Addressee, b.Reference, b.Amount,
                    b.Currency, b.SpApprovalReference, b.SpApprovedOn, b.ApplicationDate, b.OrderDate, b.Notes), ct);
                return TypedResults.Created($"/api/firs/{id}/money-trail", step);
            })
            .WithTags("Money")
            .Handles<RecordAccountStatusCommand>()
            .WithSummary("Append a step to an account's status: freeze or lien requested, confirmed (amount held), released, attached by the court (BNSS 107).")
            .WithErrors(400)
            .Fails(404, "Fir.NotFound", "CaseAccount.NotFound")
            .Fails(409, "AccountStatus.NotRequested", "AccountStatus.NothingToRelease")
            .Fails(422, [.. MoneyCodes, "AccountStatus.InFuture", "AccountStatus.AddresseeRequired", "AccountStatus.AmountRequired",
                "AccountStatus.ConfirmedBeforeRequested", "AccountStatus.SpApprovalRequired", "AccountStatus.OrderRequired", "AccountStatus.OutOfOrder"]);

        app.MapGet("/api/firs/{id:guid}/money-trail", async (Guid id, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new GetMoneyTrailQuery(id), ct)))
            .WithTags("Money")
            .Handles<GetMoneyTrailQuery>()
            .WithSummary("The money trail: accounts by layer (victim -> layer 1 -> ... -> cash-out) with status, transactions in time order, totals per currency.")
            .WithErrors()
            .Fails(404, "Fir.NotFound");
    }

    /// <summary>
    /// The CSV body (its media type checked by the route's Accepts: 415 otherwise), refused past the import's limit before
    /// it is all read (Kestrel stops reading at the limit).
    /// </summary>
    private static async Task<byte[]> ReadCsvAsync(HttpRequest request, CancellationToken ct)
    {
        if (request.ContentLength > NcrpCsv.MaxBytes)
        {
            throw new ImportTooLargeException(NcrpCsv.MaxBytes);
        }

        if (request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } sizeLimit)
        {
            sizeLimit.MaxRequestBodySize = NcrpCsv.MaxBytes + 1L;
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, ct)) > 0)
        {
            if (buffer.Length + read > NcrpCsv.MaxBytes)
            {
                throw new ImportTooLargeException(NcrpCsv.MaxBytes);
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }
}
