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
            .RequireRateLimiting(LoginRateLimits.PerAddressPolicy)
            // The one limiter of the process (AddEndpointFilter<T> would build a new filter, and limiter, per request).
            .AddEndpointFilter((context, next) => context.HttpContext.RequestServices.GetRequiredService<PerUserLoginLimit>().InvokeAsync(context, next))
            .Handles<LoginCommand>()
            .WithSummary("Sign in with username and password; answers a bearer token.")
            .WithDescription("Send the `accessToken` as `Authorization: Bearer <token>` on every other call, until `expiresIn` " +
                "seconds have passed. An unknown user, a wrong password and a locked account all answer the same 401 " +
                "Auth.InvalidCredentials. Attempts are limited per client address and per username (429 Auth.TooManyAttempts, Retry-After). " +
                "An officer who has set up two-factor sign-in (on the pages, /account/two-factor) also sends `code`: the 6-digit " +
                "TOTP code of the authenticator app or one of the recovery codes. With the right password and no code the answer is " +
                "401 Auth.TwoFactorRequired (send again with `code`); a wrong code counts as a failed sign-in. " +
                "`twoFactorEnrolmentRequired: true` in the answer means the officer's role or station requires a second factor " +
                "and none is set up yet: they must sign in on the pages once to enrol. `passwordChangeRequired: true` means the " +
                "password was set by an administrator (a new officer): send the officer to POST /api/me/password (the pages allow " +
                "nothing else until it is changed).")
            .Fails(400, "Validation.Failed", "Request.Malformed")
            .Fails(401, "Auth.InvalidCredentials", "Auth.TwoFactorRequired")
            .Fails(429, "Auth.TooManyAttempts");
    }
}
