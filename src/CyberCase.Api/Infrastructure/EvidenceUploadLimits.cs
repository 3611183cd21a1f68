using System.IdentityModel.Tokens.Jwt;
using System.Threading.RateLimiting;
using CyberCase.Application.Evidence;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.AspNetCore.Server.Kestrel.Core.Features;
using Microsoft.Extensions.Options;

namespace CyberCase.Api.Infrastructure;

/// <summary>
/// At most <see cref="EvidenceOptions.MaxUploadsInFlightPerOfficer"/> uploads per officer at once (ASP.NET Core's
/// concurrency limiter, one partition per officer, no queue): one more answers 429 <c>Evidence.TooManyUploads</c>
/// with Retry-After before a byte of its body is read. Other officers are not affected. Counted per API process.
/// </summary>
public sealed class EvidenceUploadConcurrency(IOptions<EvidenceOptions> options) : IRateLimiterPolicy<string>
{
    public const string Name = "evidence-upload";

    /// <summary>A permit comes back when one of the officer's own uploads ends, which no limiter can predict.</summary>
    private const int RetryAfterSeconds = 10;

    public RateLimitPartition<string> GetPartition(HttpContext httpContext) =>
        httpContext.User.FindFirst(JwtRegisteredClaimNames.Sub)?.Value is { Length: > 0 } officer
            ? RateLimitPartition.GetConcurrencyLimiter(officer, _ => new ConcurrencyLimiterOptions
            {
                PermitLimit = options.Value.MaxUploadsInFlightPerOfficer,
                QueueLimit = 0,
            })
            // The endpoint needs a signed-in officer; authorization has already answered 401 for anyone else.
            : RateLimitPartition.GetNoLimiter("");

    public Func<OnRejectedContext, CancellationToken, ValueTask>? OnRejected { get; } = async (context, _) =>
    {
        var http = context.HttpContext;
        http.Response.StatusCode = StatusCodes.Status429TooManyRequests;
        http.Response.Headers.RetryAfter = RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var limit = http.RequestServices.GetRequiredService<IOptions<EvidenceOptions>>().Value.MaxUploadsInFlightPerOfficer;
        await http.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new()
        {
            HttpContext = http,
            ProblemDetails =
            {
                Status = StatusCodes.Status429TooManyRequests,
                Title = "Too many uploads at once.",
                Detail = $"You have {limit} uploads in progress; send this one when one of them has finished.",
                Extensions = { ["code"] = "Evidence.TooManyUploads" },
            },
        });
    };

    /// <summary>
    /// Sets the upload's minimum data rate (Kestrel measures the average since the body started, after the grace
    /// period): a stalled or trickling upload is dropped instead of holding its connection. HTTP/1.x only; Kestrel
    /// sets HTTP/2 rates server-wide, so an HTTP/2 upload keeps Kestrel's default (240 bytes/s after 5 s).
    /// </summary>
    public static void ApplyMinimumDataRate(HttpRequest request, EvidenceOptions limits)
    {
        if ((HttpProtocol.IsHttp11(request.Protocol) || HttpProtocol.IsHttp10(request.Protocol))
            && request.HttpContext.Features.Get<IHttpMinRequestBodyDataRateFeature>() is { } rate)
        {
            rate.MinDataRate = limits.MinUploadBytesPerSecond == 0
                ? null
                : new MinDataRate(limits.MinUploadBytesPerSecond, TimeSpan.FromSeconds(limits.MinUploadRateGraceSeconds));
        }
    }
}
