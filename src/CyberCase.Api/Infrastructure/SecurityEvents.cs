using System.IdentityModel.Tokens.Jwt;
using CyberCase.Application.Audit.RecordSecurityEvent;
using CyberCase.Application.Auth;
using CyberCase.Application.Common;
using Mediator;
using Microsoft.Extensions.Options;

namespace CyberCase.Api.Infrastructure;

/// <summary>
/// Refused access on the record: a wrong role (403), a record reached by id that is not the caller's station's (404),
/// a rejected token (401) and a login over its rate limit (429) are written to the hash-chained audit trail, with who
/// (if known), what route and from which address. A flood cannot grow the trail without bound: at most one record per
/// kind and officer (or address) per <see cref="AuthOptions.SecurityEventIntervalSeconds"/>, and the next record
/// carries how many were left out meanwhile. The count lives in this process: n processes write at most n records an
/// interval.
/// </summary>
public sealed class SecurityEvents(IServiceScopeFactory scopes, TimeProvider clock, IOptions<AuthOptions> options,
    ILogger<SecurityEvents> logger)
{
    private const int MaxTracked = 10_000;
    private readonly Dictionary<(string Action, string Key), (DateTimeOffset Since, int Suppressed)> _recent = [];
    private readonly Lock _lock = new();

    public const string Forbidden = "Security.Forbidden";
    public const string NotFound = "Security.NotFound";
    public const string TokenRejected = "Security.TokenRejected";
    public const string LoginThrottled = "Security.LoginThrottled";

    /// <summary>
    /// Records the event unless one of the same <paramref name="action"/> and <paramref name="key"/> was recorded within
    /// the interval. Never throws: a refusal must not turn into a 500 because the trail could not be written.
    /// </summary>
    public async Task RecordAsync(HttpContext http, string action, string key, object details)
    {
        if (!TryAdmit(action, key, out var suppressed))
        {
            return;
        }

        var user = http.User;
        var authenticated = user.Identity?.IsAuthenticated == true;
        Guid? officerId = authenticated && Guid.TryParse(user.FindFirst(JwtRegisteredClaimNames.Sub)?.Value, out var id) ? id : null;
        Guid? stationId = authenticated && Guid.TryParse(user.FindFirst(CyberCase.Infrastructure.Identity.OfficerClaims.Station)?.Value, out var s) ? s : null;
        var userName = authenticated ? user.FindFirst(JwtRegisteredClaimNames.UniqueName)?.Value : null;
        try
        {
            // A scope of its own: the request's context may hold the unsaved changes of the command that failed.
            await using var scope = scopes.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new RecordSecurityEventCommand(
                new AuditEvent(action, "Request", $"{http.Request.Method} {http.Request.Path}",
                    new { address = ClientAddress(http), details, suppressedSinceLastRecord = suppressed }, officerId, userName, stationId)),
                CancellationToken.None);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogError(e, "Could not record {Action} for {Key}", action, key);
        }
    }

    public static string ClientAddress(HttpContext http) => http.Connection.RemoteIpAddress?.ToString() ?? "unknown";

    private bool TryAdmit(string action, string key, out int suppressed)
    {
        var now = clock.GetUtcNow();
        var interval = TimeSpan.FromSeconds(options.Value.SecurityEventIntervalSeconds);
        lock (_lock)
        {
            if (!_recent.ContainsKey((action, key)) && _recent.Count >= MaxTracked)
            {
                foreach (var stale in _recent.Where(r => now - r.Value.Since >= interval).Select(r => r.Key).ToList())
                {
                    _recent.Remove(stale);
                }

                // Still full (a flood from very many addresses): they share one key, so the trail still grows by a
                // bounded number of records an interval.
                key = _recent.Count >= MaxTracked ? "(many)" : key;
            }

            if (_recent.TryGetValue((action, key), out var last) && now - last.Since < interval)
            {
                _recent[(action, key)] = (last.Since, last.Suppressed + 1);
                suppressed = 0;
                return false;
            }

            suppressed = last.Suppressed;
            _recent[(action, key)] = (now, 0);
            return true;
        }
    }
}
