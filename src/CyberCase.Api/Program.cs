using System.Text.Json.Serialization;
using CyberCase.Api.Endpoints;
using CyberCase.Api.Infrastructure;
using CyberCase.Application;
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
builder.Services.AddScoped<ICurrentOfficer, HttpCurrentOfficer>();

builder.Services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Converters.Add(new JsonStringEnumConverter()));
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

builder.Services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddJwtBearer();
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
            // A missing or bad token answers a ProblemDetails body like every other error.
            OnChallenge = async ctx =>
            {
                ctx.HandleResponse();
                ctx.Response.StatusCode = StatusCodes.Status401Unauthorized;
                await ctx.HttpContext.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new()
                {
                    HttpContext = ctx.HttpContext,
                    ProblemDetails = { Status = 401, Title = "Not signed in.", Detail = "Send a valid bearer token from POST /api/auth/login." },
                });
            },
        };
    });
// Every endpoint needs a signed-in officer unless it says otherwise (login, health, OpenAPI, Scalar).
builder.Services.AddAuthorizationBuilder()
    .SetFallbackPolicy(new Microsoft.AspNetCore.Authorization.AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build());

// Limits per officer, after authentication: uploads in flight (429 Evidence.TooManyUploads).
builder.Services.AddRateLimiter(o => o.AddPolicy<string, EvidenceUploadConcurrency>(EvidenceUploadConcurrency.Name));

builder.Services.AddOpenApi(o => o.AddBearerSecurity());

var app = builder.Build();

app.UseExceptionHandler();
app.UseStatusCodePages();
app.UseAuthentication();
app.UseAuthorization();
app.UseRateLimiter();

app.MapOpenApi().AllowAnonymous();
app.MapScalarApiReference().AllowAnonymous();
app.MapGet("/health", async (CyberCaseDbContext db, CancellationToken ct) =>
        await db.Database.CanConnectAsync(ct)
            ? Results.Ok(new { status = "Healthy" })
            : Results.Problem(statusCode: 503, title: "The database is not reachable.", extensions: new Dictionary<string, object?> { ["code"] = "Health.DatabaseUnreachable" }))
    .AllowAnonymous().WithTags("Health");
app.MapAuthEndpoints();
app.MapFirEndpoints();
app.MapPremisesEndpoints();
app.MapRaidEndpoints();
app.MapAccusedEndpoints();
app.MapAuditEndpoints();
app.MapExhibitEndpoints();
app.MapEvidenceEndpoints();
app.MapCaseBundleEndpoints();
app.MapLinkEndpoints();

await DatabaseInitializer.InitializeAsync(app.Services);

app.Lifetime.ApplicationStarted.Register(() =>
{
    var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
    foreach (var address in addresses)
    {
        Console.WriteLine($"CyberCase API listening on {address}  (API reference: {address}/scalar)");
    }
});

await app.RunAsync();

/// <summary>The host; public so that tests can start it with WebApplicationFactory.</summary>
public partial class Program;
