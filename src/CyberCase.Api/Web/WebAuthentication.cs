using System.Security.Claims;
using CyberCase.Api.Infrastructure;
using CyberCase.Application.Auth.Login;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;

namespace CyberCase.Api.Web;

/// <summary>Settings of the officers' pages (configuration section <c>Web</c>).</summary>
public sealed class WebOptions
{
    public const string Section = "Web";

    /// <summary>A session unused this long ends (sliding: every page seen renews it). Station PCs are shared.</summary>
    public int IdleTimeoutMinutes { get; set; } = 20;
}

/// <summary>
/// The sign-in cookie of the pages beside the API's bearer tokens. A request that sends an Authorization header is
/// a bearer request; so is an API path without the cookie (it answers the same 401 ProblemDetails as before); every
/// other request is judged by the cookie. The cookie carries exactly the claims of the bearer token the Login command
/// issued (officer, station, roles, security stamp), so <see cref="HttpCurrentOfficer"/>, the roles of the use cases
/// and the station isolation are the same for both, and a lock, disable or password change ends a cookie session as
/// it ends a token (<see cref="TokenStamps"/>).
/// </summary>
public static class WebAuthentication
{
    public const string PolicyScheme = "CyberCase";
    public const string CookieName = "cybercase_session";

    /// <summary>The session may only enrol a second factor (its officer must have one and has none yet).</summary>
    public const string EnrolmentRequiredClaim = "cybercase:enrol";

    /// <summary>The session may only replace the password an administrator set (see OfficerAccounts.PasswordChangeClaim).</summary>
    public const string PasswordChangeRequiredClaim = "cybercase:password-change";

    public static bool IsApiPath(HttpContext http) =>
        http.Request.Path.StartsWithSegments("/api") || http.Request.Path.StartsWithSegments("/openapi")
        || http.Request.Path.StartsWithSegments("/scalar") || http.Request.Path.StartsWithSegments("/health");

    public static AuthenticationBuilder AddWebCookie(this AuthenticationBuilder auth, IConfiguration config, IHostEnvironment environment)
    {
        auth.Services.AddOptions<WebOptions>().Bind(config.GetSection(WebOptions.Section))
            .Validate(o => o.IdleTimeoutMinutes > 0, "Web:IdleTimeoutMinutes must be positive.").ValidateOnStart();
        auth.AddPolicyScheme(PolicyScheme, "Bearer token or sign-in cookie", o => o.ForwardDefaultSelector = http =>
            http.Request.Headers.Authorization.Count > 0 || IsApiPath(http) && !http.Request.Cookies.ContainsKey(CookieName)
                ? JwtBearerDefaults.AuthenticationScheme
                : CookieAuthenticationDefaults.AuthenticationScheme);
        auth.AddCookie();
        auth.Services.AddOptions<CookieAuthenticationOptions>(CookieAuthenticationDefaults.AuthenticationScheme)
            .Configure<IOptions<WebOptions>>((cookie, web) =>
            {
                cookie.Cookie.Name = CookieName;
                cookie.Cookie.HttpOnly = true;
                // Strict: no other site can make the browser send it, which is also what protects the API paths a page
                // calls with the cookie (uploads) from cross-site requests; the forms carry anti-forgery tokens besides.
                cookie.Cookie.SameSite = SameSiteMode.Strict;
                cookie.Cookie.SecurePolicy = environment.IsDevelopment() ? CookieSecurePolicy.SameAsRequest : CookieSecurePolicy.Always;
                cookie.ExpireTimeSpan = TimeSpan.FromMinutes(web.Value.IdleTimeoutMinutes);
                cookie.SlidingExpiration = true;
                cookie.LoginPath = "/signin";
                cookie.LogoutPath = "/signout";
                cookie.AccessDeniedPath = "/denied";
                cookie.ReturnUrlParameter = "returnUrl";
                cookie.Events = new CookieAuthenticationEvents
                {
                    OnValidatePrincipal = async ctx =>
                    {
                        if (ctx.Principal is null || !await ctx.HttpContext.RequestServices.GetRequiredService<TokenStamps>()
                                .IsCurrentAsync(ctx.HttpContext, ctx.Principal))
                        {
                            ctx.RejectPrincipal();
                            await ctx.HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
                        }
                    },
                    // An API call whose cookie has expired answers like one without a token, never with a redirect.
                    OnRedirectToLogin = ctx => IsApiPath(ctx.HttpContext)
                        ? ctx.HttpContext.ChallengeAsync(JwtBearerDefaults.AuthenticationScheme)
                        : Redirect(ctx),
                    OnRedirectToAccessDenied = ctx => IsApiPath(ctx.HttpContext)
                        ? ctx.HttpContext.ForbidAsync(JwtBearerDefaults.AuthenticationScheme)
                        : Redirect(ctx),
                };
            });
        return auth;
    }

    private static Task Redirect(RedirectContext<CookieAuthenticationOptions> ctx)
    {
        // htmx follows a redirect inside the fragment it asked for; HX-Redirect makes it load the sign-in page whole.
        if (ctx.Request.Headers.ContainsKey("HX-Request"))
        {
            ctx.Response.Headers["HX-Redirect"] = ctx.RedirectUri;
            ctx.Response.StatusCode = StatusCodes.Status401Unauthorized;
            return Task.CompletedTask;
        }

        ctx.Response.Redirect(ctx.RedirectUri);
        return Task.CompletedTask;
    }

    /// <summary>
    /// Signs the officer in with the claims of the bearer token the Login command issued: the token is validated
    /// exactly as the bearer handler validates it, then its claims (not the token) go into the cookie.
    /// </summary>
    public static async Task SignInWithTokenAsync(this HttpContext http, LoginResult login)
    {
        var bearer = http.RequestServices.GetRequiredService<IOptionsMonitor<JwtBearerOptions>>().Get(JwtBearerDefaults.AuthenticationScheme);
        var result = await new JsonWebTokenHandler { MapInboundClaims = false }
            .ValidateTokenAsync(login.AccessToken, bearer.TokenValidationParameters);
        if (!result.IsValid)
        {
            throw new InvalidOperationException("The token the Login command issued did not validate.", result.Exception);
        }

        // The token's times, issuer and audience stay behind: the cookie has its own (sliding) lifetime.
        string[] dropped = [JwtRegisteredClaimNames.Exp, JwtRegisteredClaimNames.Nbf, JwtRegisteredClaimNames.Iat,
            JwtRegisteredClaimNames.Iss, JwtRegisteredClaimNames.Aud, JwtRegisteredClaimNames.Jti];
        var token = result.ClaimsIdentity;
        var identity = new ClaimsIdentity(token.Claims.Where(c => !dropped.Contains(c.Type)).Select(c => new Claim(c.Type, c.Value)),
            CookieAuthenticationDefaults.AuthenticationScheme, token.NameClaimType, token.RoleClaimType);
        if (login.TwoFactorEnrolmentRequired)
        {
            identity.AddClaim(new Claim(EnrolmentRequiredClaim, "true"));
        }

        if (login.PasswordChangeRequired)
        {
            identity.AddClaim(new Claim(PasswordChangeRequiredClaim, "true"));
        }

        var principal = new ClaimsPrincipal(identity);
        await http.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, principal,
            new AuthenticationProperties { IsPersistent = false });
        // The rest of this request acts as the officer (the sign-in page reads their own language next).
        http.User = principal;
    }
}
