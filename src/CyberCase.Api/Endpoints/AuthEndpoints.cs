using CyberCase.Api.Infrastructure;
using CyberCase.Application.Auth.Login;
using Mediator;

namespace CyberCase.Api.Endpoints;

public static class AuthEndpoints
{
    public static void MapAuthEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/auth").WithTags("Auth");
        group.MapPost("/login", async (LoginCommand command, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(command, ct)))
            .AllowAnonymous()
            .Handles<LoginCommand>()
            .WithSummary("Sign in with username and password; answers a bearer token.")
            .WithDescription("Send the `accessToken` as `Authorization: Bearer <token>` on every other call, until `expiresIn` " +
                "seconds have passed. Repeated failures lock the account for a while (`Auth.LockedOut`).")
            .Fails(400, "Validation.Failed", "Request.Malformed")
            .Fails(401, "Auth.InvalidCredentials", "Auth.LockedOut");
    }
}
