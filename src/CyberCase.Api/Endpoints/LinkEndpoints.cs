using CyberCase.Api.Infrastructure;
using CyberCase.Application.Links.FindLinks;
using CyberCase.Application.Links.GetLinkedFirs;
using CyberCase.Application.Money.ListCaseAccounts;
using CyberCase.Application.Money.RecordCaseAccount;
using CyberCase.Domain.Money;
using Mediator;

namespace CyberCase.Api.Endpoints;

public sealed record CaseAccountRequest(AccountKind? Kind, string? Identifier, string? Ifsc, string? Bank, string? Holder, string? Notes,
    string? Kyc = null);

/// <summary>The money trail of a case and the links between the station's FIRs (shared IMEI, phone, account, premises).</summary>
public static class LinkEndpoints
{
    public static void MapLinkEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/firs/{id:guid}/accounts", async (Guid id, CaseAccountRequest b, IMediator mediator, CancellationToken ct) =>
            {
                var account = await mediator.Send(new RecordCaseAccountCommand(id, b.Kind, b.Identifier, b.Ifsc, b.Bank, b.Holder, b.Notes, b.Kyc), ct);
                return TypedResults.Created($"/api/firs/{id}/accounts", account);
            })
            .WithTags("Links")
            .Handles<RecordCaseAccountCommand>()
            .WithSummary("Record a bank account, UPI id, wallet, card (masked only) or crypto address of the case's money trail (stored in canonical form).")
            .WithErrors(400)
            .Fails(404, "Fir.NotFound")
            .Fails(409, "CaseAccount.AlreadyRecorded")
            .Fails(422, "CaseAccount.IfscRequired");

        app.MapGet("/api/firs/{id:guid}/accounts", async (Guid id, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new ListCaseAccountsQuery(id), ct)))
            .WithTags("Links")
            .Handles<ListCaseAccountsQuery>()
            .WithSummary("The accounts of the case's money trail.")
            .WithErrors()
            .Fails(404, "Fir.NotFound");

        app.MapGet("/api/firs/{id:guid}/linked-firs", async (Guid id, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new GetLinkedFirsQuery(id), ct)))
            .WithTags("Links")
            .Handles<GetLinkedFirsQuery>()
            .WithSummary("The station's other FIRs sharing an IMEI, accused phone, account or premises with this FIR, and what links them.")
            .WithErrors()
            .Fails(404, "Fir.NotFound");

        app.MapGet("/api/links", async (string? imei, string? phone, string? account, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new FindLinksQuery(imei, phone, account), ct)))
            .WithTags("Links")
            .Handles<FindLinksQuery>()
            .WithSummary("The station's FIRs where an IMEI, phone number or account appears, and how (exactly one of imei, phone, account).")
            .WithErrors(400);
    }
}
