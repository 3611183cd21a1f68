using System.Globalization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Localization;

namespace CyberCase.Api.Web;

/// <summary>
/// The officers' pages (Razor Pages under Pages/, ADR 11) in the API's host: they send the same commands and queries
/// through the mediator as the endpoints, so roles, validation, station isolation and the audit are the same.
/// </summary>
public static class WebSetup
{
    public static readonly CultureInfo[] Cultures = [new("en-IN"), new("hi-IN")];

    public static IServiceCollection AddWebPages(this IServiceCollection services, IConfiguration config, string contentRoot)
    {
        services.AddRazorPages(o =>
            {
                // Every page needs a signed-in officer (the fallback policy) except these.
                o.Conventions.AllowAnonymousToPage("/SignIn");
                o.Conventions.AllowAnonymousToPage("/Error");
                o.Conventions.AllowAnonymousToPage("/Language");
            })
            .AddMvcOptions(o =>
            {
                o.Filters.Add<WebExceptionFilter>();
                o.Filters.Add<EnrolmentFilter>();
            })
            .AddViewLocalization();
        services.AddLocalization();
        services.Configure<RequestLocalizationOptions>(o =>
        {
            o.DefaultRequestCulture = new RequestCulture(Cultures[0]);
            o.SupportedCultures = Cultures;
            o.SupportedUICultures = Cultures;
            // The officer's choice is a cookie (Pages/Language): it sticks on that browser, across sign-ins.
            o.RequestCultureProviders = [new CookieRequestCultureProvider()];
        });
        services.AddAntiforgery(o =>
        {
            o.Cookie.Name = "cybercase_antiforgery";
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.Cookie.HttpOnly = true;
            o.FormFieldName = "__RequestVerificationToken";
            // htmx sends it as a header (app.js).
            o.HeaderName = "RequestVerificationToken";
            // Secure when the request is (outside Development plain HTTP is redirected to HTTPS anyway). Always would
            // refuse to render a form over HTTP at all; this cookie is no credential, the session cookie is (Always).
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        });
        // The pages and their scripts and styles go compressed (docs/performance.md, issue 14: the case page fell from
        // 275 kB to under 200). Over HTTPS too: BREACH needs a request the attacker makes the officer's browser send
        // with its session, which the SameSite=Strict cookie does not go with, and the anti-forgery token differs in
        // every answer. Only these types: evidence, bundles and API JSON are sent as they are.
        services.AddResponseCompression(o =>
        {
            o.EnableForHttps = true;
            o.MimeTypes = ["text/html", "text/css", "text/javascript", "application/javascript"];
        });
        // The cookie and anti-forgery keys live beside the database, so every process on the data folder (and a
        // restart) reads the others' cookies.
        services.AddDataProtection().SetApplicationName("CyberCase")
            .PersistKeysToFileSystem(new DirectoryInfo(Path.Combine(CyberCase.Infrastructure.DependencyInjection.DataDirectory(config, contentRoot), "keys")));
        return services;
    }

    public static IApplicationBuilder UseWebStaticFiles(this WebApplication app)
    {
        // Not-found and refused pages are pages too (an API path keeps its ProblemDetails body).
        app.UseWhen(http => !WebAuthentication.IsApiPath(http), b => b.UseStatusCodePagesWithReExecute("/error/{0}"));
        app.UseStaticFiles(new StaticFileOptions
        {
            // Links carry ?v=<hash of the file> (asp-append-version), so a file can be cached for as long as it exists.
            OnPrepareResponse = ctx => ctx.Context.Response.Headers.CacheControl =
                ctx.Context.Request.Query.ContainsKey("v") ? "public, max-age=31536000, immutable" : "public, max-age=3600",
        });
        // Routing after the status-code pages, so that their re-execution (/error/404) is routed to its page.
        return app.UseRouting();
    }

    public static void MapWebPages(this WebApplication app) => app.MapRazorPages();
}
