using CyberCase.Api.Infrastructure;
using CyberCase.Application.Officers.ChangeOwnPassword;
using CyberCase.Application.Officers.DisableOfficer;
using CyberCase.Application.Officers.GetMe;
using CyberCase.Application.Officers.ListStationOfficers;
using CyberCase.Application.Officers.LockOfficer;
using CyberCase.Application.Officers.UnlockOfficer;
using CyberCase.Application.Officers.ResetTwoFactor;
using CyberCase.Application.Officers.SetOwnLanguage;
using Mediator;

namespace CyberCase.Api.Endpoints;

public static class OfficerEndpoints
{
    public static void MapOfficerEndpoints(this IEndpointRouteBuilder app)
    {
        var me = app.MapGroup("/api/me").WithTags("Officers");
        me.MapGet("/", async (IMediator mediator, CancellationToken ct) => TypedResults.Ok(await mediator.Send(new GetMeQuery(), ct)))
            .Handles<GetMeQuery>()
            .WithSummary("The signed-in officer: id, username, name, rank, station, roles and the language of their pages.")
            .WithErrors();

        me.MapPost("/password", async (ChangeOwnPasswordCommand command, IMediator mediator, CancellationToken ct) =>
            {
                await mediator.Send(command, ct);
                return TypedResults.NoContent();
            })
            .Handles<ChangeOwnPasswordCommand>()
            .WithSummary("Change your own password (current and new). Every token issued before stops working: sign in again.")
            .WithErrors()
            .Fails(400, "Validation.Failed", "Request.Malformed");

        me.MapPut("/language", async (SetOwnLanguageCommand command, IMediator mediator, CancellationToken ct) =>
            {
                await mediator.Send(command, ct);
                return TypedResults.NoContent();
            })
            .Handles<SetOwnLanguageCommand>()
            .WithSummary("Choose the language of your pages (en-IN or hi-IN); it is kept with you and applies at every sign-in.")
            .WithErrors()
            .Fails(400, "Validation.Failed", "Request.Malformed");

        app.MapGet("/api/stations/{id:guid}/officers", async (Guid id, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new ListStationOfficersQuery(id), ct)))
            .WithTags("Officers")
            .Handles<ListStationOfficersQuery>()
            .WithSummary("The officers of your station (for assignment and raid teams); another station answers 404.")
            .WithErrors()
            .Fails(404, "Station.NotFound");

        var officers = app.MapGroup("/api/officers/{id:guid}").WithTags("Officers");
        officers.MapPost("/lock", async (Guid id, IMediator mediator, CancellationToken ct) =>
            {
                await mediator.Send(new LockOfficerCommand(id), ct);
                return TypedResults.NoContent();
            })
            .Handles<LockOfficerCommand>()
            .WithSummary("Lock an officer's account until unlocked; their tokens stop working (Admin; SHO for their station's officers).")
            .WithErrors()
            .Fails(404, "Officer.NotFound")
            .Fails(422, "Officer.OwnAccount");

        officers.MapPost("/unlock", async (Guid id, IMediator mediator, CancellationToken ct) =>
            {
                await mediator.Send(new UnlockOfficerCommand(id), ct);
                return TypedResults.NoContent();
            })
            .Handles<UnlockOfficerCommand>()
            .WithSummary("Unlock an officer's account and clear its failed sign-ins (Admin; SHO for their station's officers).")
            .WithErrors()
            .Fails(404, "Officer.NotFound")
            .Fails(409, "Officer.Disabled")
            .Fails(422, "Officer.OwnAccount");

        officers.MapPost("/two-factor/reset", async (Guid id, IMediator mediator, CancellationToken ct) =>
            {
                await mediator.Send(new ResetTwoFactorCommand(id), ct);
                return TypedResults.NoContent();
            })
            .Handles<ResetTwoFactorCommand>()
            .WithSummary("Remove an officer's second factor (a lost phone): their tokens and sessions end, they enrol again at the next sign-in (Admin).")
            .WithErrors()
            .Fails(404, "Officer.NotFound")
            .Fails(422, "Officer.OwnAccount");

        officers.MapPost("/disable", async (Guid id, IMediator mediator, CancellationToken ct) =>
            {
                await mediator.Send(new DisableOfficerCommand(id), ct);
                return TypedResults.NoContent();
            })
            .Handles<DisableOfficerCommand>()
            .WithSummary("Disable an officer's account for good; their tokens stop working (Admin).")
            .WithErrors()
            .Fails(404, "Officer.NotFound")
            .Fails(422, "Officer.OwnAccount");
    }
}
