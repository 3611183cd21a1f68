using System.Globalization;
using System.Threading.RateLimiting;
using CyberCase.Application.Auth;
using CyberCase.Application.Auth.Login;
using Microsoft.Extensions.Options;

namespace CyberCase.Api.Infrastructure;

/// <summary>
/// Rate limits on POST /api/auth/login with ASP.NET Core's limiter: per client address (the rate-limiting middleware,
/// before the body is read) and per username (an endpoint filter over the bound command, from any address). Over a
/// limit: 429 with Retry-After and a ProblemDetails (<c>Auth.TooManyAttempts</c>); the refused burst is recorded once
/// (<see cref="SecurityEvents"/>). The address is the connection's: behind a reverse proxy, configure forwarded
/// headers for that proxy only, or every client shares the proxy's address.
/// </summary>
public static class LoginRateLimits
{
    public const string PerAddressPolicy = "login-per-address";
    public const string Code = "Auth.TooManyAttempts";

    public static IServiceCollection AddLoginRateLimits(this IServiceCollection services)
    {
        services.AddSingleton<PerUserLoginLimit>();
        return services.AddRateLimiter(o =>
        {
            // Only attempts count: showing the sign-in page (GET) is not one.
            o.AddPolicy(PerAddressPolicy, http => HttpMethods.IsGet(http.Request.Method) || HttpMethods.IsHead(http.Request.Method)
                ? RateLimitPartition.GetNoLimiter("")
                : RateLimitPartition.GetFixedWindowLimiter(SecurityEvents.ClientAddress(http),
                    _ => WindowOf(http.RequestServices.GetRequiredService<IOptions<AuthOptions>>().Value.LoginPerAddress)));
            o.OnRejected = (ctx, _) => new ValueTask(RefuseAsync(ctx.HttpContext, ctx.Lease, "address", SecurityEvents.ClientAddress(ctx.HttpContext)));
        });
    }

    internal static FixedWindowRateLimiterOptions WindowOf(AuthOptions.RateLimit limit) => new()
    {
        PermitLimit = Math.Max(1, limit.PermitLimit),
        Window = TimeSpan.FromSeconds(Math.Max(1, limit.WindowSeconds)),
        QueueLimit = 0,
        AutoReplenishment = true,
    };

    /// <summary>Records the refusal and answers 429 with Retry-After; the seconds to wait are returned.</summary>
    internal static async Task<int> RefuseAsync(HttpContext http, RateLimitLease lease, string limit, string key)
    {
        var retryAfter = lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromMinutes(1);
        var seconds = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));
        await http.RequestServices.GetRequiredService<SecurityEvents>()
            .RecordAsync(http, SecurityEvents.LoginThrottled, $"{limit}:{key}", new { limit, key });
        http.Response.StatusCode = StatusCodes.Status429TooManyRequests;
        http.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        if (!Web.WebAuthentication.IsApiPath(http))
        {
            return seconds; // the sign-in page shows it beside the form
        }

        await http.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new()
        {
            HttpContext = http,
            ProblemDetails =
            {
                Status = StatusCodes.Status429TooManyRequests,
                Title = "Too many sign-in attempts.",
                Detail = $"Too many sign-in attempts; try again in {seconds} seconds.",
                Extensions = { ["code"] = Code },
            },
        });
        return seconds;
    }
}

/// <summary>The per-username limit: the username is in the JSON body, so it is applied once the body is bound.</summary>
public sealed class PerUserLoginLimit : IEndpointFilter, IDisposable
{
    private readonly PartitionedRateLimiter<string> _limiter;

    public PerUserLoginLimit(IOptions<AuthOptions> options)
    {
        var window = LoginRateLimits.WindowOf(options.Value.LoginPerUser);
        _limiter = PartitionedRateLimiter.Create<string, string>(user => RateLimitPartition.GetFixedWindowLimiter(user, _ => window));
    }

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var refusedFor = await RefuseIfOverAsync(context.HttpContext, context.Arguments.OfType<LoginCommand>().FirstOrDefault()?.Username);
        return refusedFor is null ? await next(context) : Results.Empty;
    }

    /// <summary>
    /// Counts an attempt for the username (the API's login and the sign-in page share the count); over the limit it
    /// answers 429 and returns the seconds to wait, else null.
    /// </summary>
    public async Task<int?> RefuseIfOverAsync(HttpContext http, string? userName)
    {
        userName = userName?.Trim();
        if (string.IsNullOrEmpty(userName))
        {
            return null;
        }

        // Usernames are matched without case, as Identity does; a longer one than any account's is cut, not stored whole.
        var key = userName[..Math.Min(userName.Length, CyberCase.Domain.Officers.Officer.UserNameMaxLength)].ToUpperInvariant();
        using var lease = _limiter.AttemptAcquire(key);
        return lease.IsAcquired ? null : await LoginRateLimits.RefuseAsync(http, lease, "username", key);
    }

    public void Dispose() => _limiter.Dispose();
}
