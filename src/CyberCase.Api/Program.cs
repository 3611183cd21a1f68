using System.Text.Json.Serialization;
using CyberCase.Api.Endpoints;
using CyberCase.Api.Infrastructure;
using CyberCase.Api.Web;
using CyberCase.Application;
using CyberCase.Application.Auth;
using CyberCase.Application.Common;
using CyberCase.Application.Firs.RegisterFir;
using CyberCase.Application.Persistence;
using CyberCase.Infrastructure;
using CyberCase.Infrastructure.Identity;
using CyberCase.Infrastructure.Seeding;
using Mediator;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;
using Scalar.AspNetCore;

// Configuration is read once, at startup (options are bound then; a change takes a restart). Reloading on change
// would have the host watch its content root with a recursive file watcher, and the default data directory lies
// under it: every evidence folder took an inotify watch of its own and every buffer written by an upload an event.
var builder = WebApplication.CreateBuilder([.. args, "--hostBuilder:reloadConfigOnChange=false"]);

builder.Services.AddApplication();
builder.Services.AddInfrastructure(builder.Configuration, builder.Environment.ContentRootPath);
builder.Services.AddMediator((MediatorOptions o) =>
{
    o.ServiceLifetime = ServiceLifetime.Scoped;
    o.Assemblies = [typeof(RegisterFirCommand)];
    // Order matters: role check (403) before shape check (400) before the transaction that runs the handler.
    o.PipelineBehaviors = [typeof(AuthorizationBehavior<,>), typeof(ValidationBehavior<,>), typeof(UnitOfWorkBehavior<,>)];
});

builder.Services.AddHttpContextAccessor();
// No "Server: Kestrel" header: it only tells an attacker what to look up.
builder.WebHost.ConfigureKestrel(o => o.AddServerHeader = false);
builder.Services.AddOptions<AuthOptions>().Bind(builder.Configuration.GetSection(AuthOptions.Section))
    .Validate(o => o.LoginPerAddress.PermitLimit > 0 && o.LoginPerAddress.WindowSeconds > 0
        && o.LoginPerUser.PermitLimit > 0 && o.LoginPerUser.WindowSeconds > 0, "Auth:LoginPer*: PermitLimit and WindowSeconds must be positive.")
    .Validate(o => o.TokenCheckCacheSeconds >= 0 && o.SecurityEventIntervalSeconds >= 0 && o.PasswordHashConcurrency > 0,
        "Auth: TokenCheckCacheSeconds and SecurityEventIntervalSeconds must not be negative, PasswordHashConcurrency must be positive.")
    .ValidateOnStart();
builder.Services.AddMemoryCache();
builder.Services.AddSingleton<TokenStamps>();
builder.Services.AddSingleton<SecurityEvents>();
builder.Services.AddLoginRateLimits();
builder.Services.AddScoped<HttpCurrentOfficer>();
// A background job (the bundle export worker) acts for the officer who asked for it; a request for its bearer.
builder.Services.AddScoped<ICurrentOfficer>(sp => sp.GetRequiredService<BackgroundOfficer>() is { IsSet: true } background
    ? background
    : sp.GetRequiredService<HttpCurrentOfficer>());

builder.Services.ConfigureHttpJsonOptions(o =>
{
    o.SerializerOptions.Converters.Add(new JsonStringEnumConverter());
    o.SerializerOptions.Converters.Add(new IstDateTimeOffsetConverter());
    // An unknown field is refused with 400 naming it: a misspelt field must never be silently lost.
    o.SerializerOptions.UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow;
});
// Malformed bodies and unbindable parameters throw, so the exception handler answers them as ProblemDetails.
builder.Services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
builder.Services.AddProblemDetails(o => o.CustomizeProblemDetails = ctx =>
{
    ctx.ProblemDetails.Extensions["traceId"] = ctx.HttpContext.TraceIdentifier;
    ctx.ProblemDetails.Extensions.TryAdd("code", ctx.ProblemDetails.Status switch
    {
        401 => "Auth.Required",
        403 => "Access.Forbidden",
        404 => "Resource.NotFound",
        405 => "Request.MethodNotAllowed",
        413 => "Request.TooLarge",
        415 => "Request.UnsupportedMediaType",
        _ => $"Http.{ctx.ProblemDetails.Status}",
    });
});
builder.Services.AddExceptionHandler<ProblemDetailsMapping>();

// Bearer tokens for API clients, the sign-in cookie for the officers' pages (Web/WebAuthentication.cs): one policy
// scheme picks the bearer handler when an Authorization header is sent (or an API path carries no cookie), else the cookie.
builder.Services.AddAuthentication(WebAuthentication.PolicyScheme).AddJwtBearer().AddWebCookie(builder.Configuration, builder.Environment);
builder.Services.AddOptions<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme)
    .Configure<IOptions<JwtOptions>, TimeProvider>((bearer, jwt, clock) =>
    {
        bearer.MapInboundClaims = false;
        bearer.TimeProvider = clock;
        bearer.TokenValidationParameters = new()
        {
            ValidIssuer = jwt.Value.Issuer,
            ValidAudience = jwt.Value.Audience,
            IssuerSigningKey = jwt.Value.Key(),
            RoleClaimType = System.Security.Claims.ClaimTypes.Role,
            NameClaimType = "unique_name",
            ClockSkew = TimeSpan.FromSeconds(30),
            // Token lifetime is judged by the application clock (TimeProvider), like every other time rule.
            LifetimeValidator = (notBefore, expires, _, _) =>
            {
                var now = clock.GetUtcNow().UtcDateTime;
                return (notBefore is null || notBefore.Value <= now.AddSeconds(30)) && expires is not null && now < expires.Value.AddSeconds(30);
            },
        };
        bearer.Events = new JwtBearerEvents
        {
            // A locked, disabled or re-passworded officer's earlier tokens are refused (TokenStamps).
            OnTokenValidated = ctx => ctx.HttpContext.RequestServices.GetRequiredService<TokenStamps>().CheckAsync(ctx),
            // A missing or bad token answers a ProblemDetails body like every other error; a token that was sent and
            // refused is also a security event.
            OnChallenge = async ctx =>
            {
                ctx.HandleResponse();
                if (ctx.AuthenticateFailure is { } failure)
                {
                    await ctx.HttpContext.RequestServices.GetRequiredService<SecurityEvents>().RecordAsync(ctx.HttpContext,
                        SecurityEvents.TokenRejected, SecurityEvents.ClientAddress(ctx.HttpContext),
                        new { reason = failure is SecurityTokenException ? failure.GetType().Name : failure.Message });
                }

                ctx.Response.StatusCode = StatusCodes.Status401Unauthorized;
                await ctx.HttpContext.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new()
                {
                    HttpContext = ctx.HttpContext,
                    ProblemDetails = { Status = 401, Title = "Not signed in.", Detail = "Send a valid bearer token from POST /api/auth/login." },
                });
            },
        };
    });
// Every endpoint needs a signed-in officer unless it says otherwise (login, health; the reference in Development).
builder.Services.AddAuthorizationBuilder()
    .SetFallbackPolicy(new Microsoft.AspNetCore.Authorization.AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build());

// Limits per officer, after authentication: uploads in flight (429 Evidence.TooManyUploads).
builder.Services.AddRateLimiter(o => o.AddPolicy<string, EvidenceUploadConcurrency>(EvidenceUploadConcurrency.Name));

builder.Services.AddOpenApi(o => o.AddCyberCaseDescription());
builder.Services.AddWebPages(builder.Configuration, builder.Environment.ContentRootPath);

var app = builder.Build();

app.UseSecurityHeaders();
if (!app.Environment.IsDevelopment())
{
    app.UseHsts();
    app.UseHttpsRedirection();
}

app.UseExceptionHandler();
app.UseStatusCodePages();
// The pages, their scripts and styles compressed (Web/WebSetup); the scripts and styles (vendored under wwwroot/lib)
// public and cacheable, before authentication.
app.UseResponseCompression();
app.UseWebStaticFiles();
app.UseAuthentication();
app.UseRequestLocalization();
app.UseAuthorization();
// One rate limiter, after authentication: uploads are limited per officer; login (anonymous) per address and username.
app.UseRateLimiter();

// The API reference and the OpenAPI document need a signed-in officer outside Development, unless
// Api:PublicReference says otherwise. The reference page is served from this process, links to no outside service and
// offers the bearer token input of the document's security scheme.
var openApi = app.MapOpenApi();
var reference = app.MapScalarApiReference(o => o.AddPreferredSecuritySchemes(OpenApiExtensions.BearerScheme)
    .WithNonce().DisableAgent().DisableMcp().DisableTelemetry()
    .HideClientButton().HideDeveloperTools().DisableDefaultFonts());
if (app.Environment.IsDevelopment() || app.Configuration.GetValue("Api:PublicReference", false))
{
    openApi.AllowAnonymous();
    reference.AllowAnonymous();
}

app.MapHealthEndpoint();
app.MapAuthEndpoints();
app.MapOfficerEndpoints();
app.MapFirEndpoints();
app.MapPremisesEndpoints();
app.MapRaidEndpoints();
app.MapAccusedEndpoints();
app.MapStatementEndpoints();
app.MapAuditEndpoints();
app.MapExhibitEndpoints();
app.MapEvidenceEndpoints();
app.MapScrutinyEndpoints();
app.MapResumableUploadEndpoints();
app.MapCaseBundleEndpoints();
app.MapCaseDiaryEndpoints();
app.MapLinkEndpoints();
app.MapPoliceReportEndpoints();
app.MapMoneyEndpoints();
app.MapWebPages();

await DatabaseInitializer.InitializeAsync(app.Services);

app.Lifetime.ApplicationStarted.Register(() =>
{
    var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
    foreach (var address in addresses)
    {
        Console.WriteLine($"CyberCase API listening on {address}  (sign in: {address}/ ; API reference: {address}/scalar)");
    }
});

await app.RunAsync();

/// <summary>The host; public so that tests can start it with WebApplicationFactory.</summary>
public partial class Program;
