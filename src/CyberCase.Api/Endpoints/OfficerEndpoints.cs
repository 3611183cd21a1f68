using CyberCase.Api.Infrastructure;
using CyberCase.Application.Officers.ChangeOfficerRoles;
using CyberCase.Application.Officers.ChangeOwnPassword;
using CyberCase.Application.Officers.CreateOfficer;
using CyberCase.Application.Officers.DisableOfficer;
using CyberCase.Application.Officers.GetMe;
using CyberCase.Application.Officers.ListStationOfficers;
using CyberCase.Application.Officers.LockOfficer;
using CyberCase.Application.Officers.UnlockOfficer;
using CyberCase.Application.Officers.ResetTwoFactor;
using CyberCase.Application.Officers.SetOwnLanguage;
using Mediator;

namespace CyberCase.Api.Endpoints;

/// <summary>The body of PUT /api/officers/{id}/roles: every role the officer is to hold.</summary>
public sealed record OfficerRolesRequest(IReadOnlyList<string>? Roles);

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
            .WithSummary("The officers of your station (for assignment and raid teams); another station answers 404, except to an administrator.")
            .WithErrors()
            .Fails(404, "Station.NotFound");

        app.MapPost("/api/officers", async (CreateOfficerCommand command, IMediator mediator, CancellationToken ct) =>
            {
                var officer = await mediator.Send(command, ct);
                return TypedResults.Created($"/api/stations/{command.StationId}/officers", officer);
            })
            .WithTags("Officers")
            .Handles<CreateOfficerCommand>()
            .WithSummary("Add an officer and their login account with an initial password (Admin; SHO for their own station, not an administrator). " +
                "A role that requires a second factor makes them enrol at first sign-in.")
            .WithErrors(400)
            .Fails(409, "Officer.UserNameTaken")
            .Fails(422, "Officer.UnknownRole", "Officer.UnknownStation");

        var officers = app.MapGroup("/api/officers/{id:guid}").WithTags("Officers");
        officers.MapPut("/roles", async (Guid id, OfficerRolesRequest body, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new ChangeOfficerRolesCommand(id, body.Roles), ct)))
            .Handles<ChangeOfficerRolesCommand>()
            .WithSummary("Set an officer's roles (the list replaces them); their tokens and sessions end, the new roles apply at their next sign-in (Admin; not your own).")
            .WithErrors(400)
            .Fails(404, "Officer.NotFound")
            .Fails(409, "Officer.LastAdmin")
            .Fails(422, "Officer.OwnAccount", "Officer.UnknownRole");

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
