using Microsoft.OpenApi;

namespace CyberCase.Api.Infrastructure;

public static class OpenApiExtensions
{
    /// <summary>The error answers every authenticated endpoint can give, documented in the OpenAPI document.</summary>
    public static RouteHandlerBuilder WithErrors(this RouteHandlerBuilder builder, params int[] statuses)
    {
        builder.ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden);
        foreach (var status in statuses)
        {
            if (status == StatusCodes.Status400BadRequest)
            {
                builder.ProducesValidationProblem();
            }
            else
            {
                builder.ProducesProblem(status);
            }
        }

        return builder;
    }

    internal static Microsoft.AspNetCore.OpenApi.OpenApiOptions AddBearerSecurity(this Microsoft.AspNetCore.OpenApi.OpenApiOptions options)
    {
        options.AddDocumentTransformer((document, _, _) =>
        {
            document.Components ??= new OpenApiComponents();
            document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
            document.Components.SecuritySchemes["Bearer"] = new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.Http,
                Scheme = "bearer",
                BearerFormat = "JWT",
                Description = "POST /api/auth/login, then send the accessToken as 'Authorization: Bearer <token>'.",
            };
            document.Info.Title = "CyberCase API";
            document.Info.Description = "Case management for cyber police stations: FIRs, raids, seizures, custody, court bundles.";
            return Task.CompletedTask;
        });
        return options;
    }

}
