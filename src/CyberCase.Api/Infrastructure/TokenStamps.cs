using System.IdentityModel.Tokens.Jwt;
using CyberCase.Application.Auth;
using CyberCase.Application.Persistence;
using CyberCase.Infrastructure.Identity;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace CyberCase.Api.Infrastructure;

/// <summary>
/// Revocation of tokens already issued: each token carries the account's security stamp, and each request's stamp is
/// compared with the database's. Locking, disabling or a password change renews the stamp, so the old tokens stop
/// working within <see cref="AuthOptions.TokenCheckCacheSeconds"/> (the time a process remembers a stamp). Five failed
/// sign-ins lock the account but keep its stamp: someone guessing an officer's password cannot end their session.
/// </summary>
public sealed class TokenStamps(IMemoryCache cache, IOptions<AuthOptions> options)
{
    public async Task CheckAsync(TokenValidatedContext context)
    {
        if (context.Principal is null || !await IsCurrentAsync(context.HttpContext, context.Principal))
        {
            context.Fail("The token was revoked (the account was locked, disabled or given a new password), or it carries no officer or security stamp.");
        }
    }

    /// <summary>Whether the principal (of a bearer token or of the sign-in cookie) carries the account's current stamp.</summary>
    public async Task<bool> IsCurrentAsync(HttpContext http, System.Security.Claims.ClaimsPrincipal principal)
    {
        var stamp = principal.FindFirst(OfficerClaims.SecurityStamp)?.Value;
        if (!Guid.TryParse(principal.FindFirst(JwtRegisteredClaimNames.Sub)?.Value, out var officerId) || stamp is null)
        {
            return false;
        }

        return await CurrentAsync(http, officerId) == stamp;
    }

    private async Task<string?> CurrentAsync(HttpContext http, Guid officerId)
    {
        var window = TimeSpan.FromSeconds(options.Value.TokenCheckCacheSeconds);
        if (window > TimeSpan.Zero && cache.TryGetValue((nameof(TokenStamps), officerId), out string? known))
        {
            return known;
        }

        var db = http.RequestServices.GetRequiredService<CyberCaseDbContext>();
        var current = await db.Users.AsNoTracking().Where(u => u.Id == officerId).Select(u => u.SecurityStamp ?? "")
            .SingleOrDefaultAsync(http.RequestAborted);
        if (window > TimeSpan.Zero)
        {
            cache.Set((nameof(TokenStamps), officerId), current, window);
        }

        return current;
    }
}
