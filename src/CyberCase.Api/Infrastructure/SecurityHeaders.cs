using Scalar.AspNetCore;

namespace CyberCase.Api.Infrastructure;

/// <summary>
/// Headers on every answer, errors included (set as the response starts, after the exception handler has cleared
/// its headers): no MIME sniffing, no referrer, no framing. JSON answers get a CSP that allows nothing; the officers' pages one that allows only this origin's files; the API
/// reference page (/scalar, served from this process by Scalar.AspNetCore) gets one that allows only its own scripts
/// (by the per-request nonce Scalar writes on them), styles and fonts from this origin, and requests to this origin.
/// </summary>
public static class SecurityHeaders
{
    private const string ApiPolicy = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) => app.Use((http, next) =>
    {
        http.Response.OnStarting(() =>
        {
            var headers = http.Response.Headers;
            headers.XContentTypeOptions = "nosniff";
            headers["Referrer-Policy"] = "no-referrer";
            headers.XFrameOptions = "DENY";
            headers.ContentSecurityPolicy = http.Items.TryGetValue(ScalarOptions.NonceHttpContextItemKey, out var nonce)
                ? ReferencePolicy(nonce as string)
                : http.Response.ContentType?.StartsWith("text/html", StringComparison.OrdinalIgnoreCase) == true
                    ? PagePolicy
                    : ApiPolicy;
            return Task.CompletedTask;
        });
        return next(http);
    });

    /// <summary>
    /// The officers' pages: scripts and styles only from files of this origin (no inline script or style at all),
    /// images from here or data: URIs (QR codes), requests and form posts only to this origin.
    /// </summary>
    private const string PagePolicy = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; " +
        "connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

    private static string ReferencePolicy(string? nonce) =>
        $"default-src 'none'; script-src 'self' 'nonce-{nonce}'; style-src 'self' 'unsafe-inline'; font-src 'self' data:; " +
        "img-src 'self' data:; connect-src 'self'; worker-src 'self' blob:; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";
}
