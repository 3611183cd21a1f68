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
            .WithSummary("Sign in with username and password; answers a bearer token.")
            .WithErrors(StatusCodes.Status400BadRequest);
    }
}
