using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using CyberCase.Application.Common;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.Extensions.Options;
using Microsoft.OpenApi;

namespace CyberCase.Api.Infrastructure;

/// <summary>An error answer an endpoint can give: the status and the ProblemDetails <c>code</c>s it carries.</summary>
public sealed record ErrorCodes(int Status, IReadOnlyList<string> Codes);

/// <summary>The use case an endpoint sends; its name is the endpoint's name and OpenAPI operationId.</summary>
public sealed record UseCase(Type Message)
{
    /// <summary>"RegisterFirCommand" -> "RegisterFir": the name the audit trail and the docs already use.</summary>
    public string Name { get; } = Message.Name.EndsWith("Command", StringComparison.Ordinal) ? Message.Name[..^"Command".Length]
        : Message.Name.EndsWith("Query", StringComparison.Ordinal) ? Message.Name[..^"Query".Length]
        : Message.Name;

    public IReadOnlyList<string> Roles { get; } = Message.GetCustomAttribute<AllowedRolesAttribute>()?.Roles ?? [];
}

/// <summary>A request body shown in the API reference (and checked against its schema by the linter).</summary>
public sealed record RequestExample(object Value);

/// <summary>
/// What the OpenAPI document says about an endpoint beyond its types: the use case behind it (operationId, roles),
/// its error answers with their codes, and a request example. The document must pass Redocly's recommended rules
/// (docs/api-clients.md); tests/CyberCase.Api.Tests/Platform/OpenApiDocumentTests.cs checks them on every operation.
/// </summary>
public static class OpenApiExtensions
{
    public const string BearerScheme = "Bearer";

    /// <summary>Codes that any endpoint can answer with a given status, whatever its use case.</summary>
    private static readonly Dictionary<int, string[]> GenericCodes = new()
    {
        [StatusCodes.Status400BadRequest] = ["Validation.Failed", "Request.Malformed"],
        [StatusCodes.Status401Unauthorized] = ["Auth.Required"],
        [StatusCodes.Status403Forbidden] = ["Access.Forbidden"],
        [StatusCodes.Status413PayloadTooLarge] = ["Evidence.TooLarge", "Request.TooLarge"],
        [StatusCodes.Status415UnsupportedMediaType] = ["Evidence.UnsupportedMediaType"],
    };

    private static readonly Dictionary<string, string> TagDescriptions = new()
    {
        ["Health"] = "Whether the API and its database answer; for load balancers and monitoring, no token needed.",
        ["Auth"] = "Sign in with username and password to get a bearer token for every other call.",
        ["FIRs"] = "First Information Reports of the officer's station: registration, search, assignment, status and supplementary statements.",
        ["Premises"] = "Places linked to cases (call centres, residences, shops), searchable per station.",
        ["Raids"] = "Searches of premises: planning with the team and reasons (by case diary entry), start and completion with witnesses, the occupant, audio-video recordings and their forwarding to the Magistrate.",
        ["Accused"] = "Accused persons of an FIR, their arrest memos and custody, and the station's arrest display.",
        ["Statements"] = "Statements of witnesses, informants and victims (CrPC 161 / BNSS 180): append-only, with what each speaks to.",
        ["Forensic visits"] = "A forensic expert's visit to a scene of the case, owed for offences punishable with seven years or more under the BNSS (176(3)), with what was collected and its videography.",
        ["Deadlines"] = "Statutory deadlines that follow from arrests and custody (production, charge-sheet).",
        ["Exhibits"] = "Seizure memos, the exhibits they create, forensic images, the custody chain and the malkhana.",
        ["Evidence"] = "Evidence files attached to records: streamed upload with SHA-256, verified download, withdrawal.",
        ["Uploads"] = "Resumable evidence uploads over the tus 1.0.0 protocol (creation, checksum, termination, expiration): a broken connection resumes where it stopped.",
        ["Case diary"] = "The case diary of an FIR (CrPC 172 / BNSS 192): day-by-day entries, closed days paginated in one volume, sharing with prosecutors, audited reads.",
        ["Scrutiny"] = "The pre-filing scrutiny of an FIR: the procedural gaps a court registry or the defence would find, each with its provision and cure.",
        ["Case bundles"] = "The court-ready PDF bundle of an FIR: export, its record and its download.",
        ["Police reports"] = "The police report of an FIR (CrPC 173(2) / BNSS 193(3)): a charge-sheet or final report drafted from the records, edited by the IO, approved and forwarded by the SHO (which locks the investigation records), the court's permission for further investigation, its PDF, and the log of copies supplied to the accused (CrPC 207 / BNSS 230).",
        ["Links"] = "The money trail of a case and the links between FIRs through shared IMEIs, phones, accounts and premises.",
        ["Complaints"] = "Complaints before an FIR (NCRP, 1930, walk-in, e-mail, foreign referral): registration, NCRP import with preview, conversion into an FIR, closure.",
        ["Victims"] = "Victims of a case (foreign victims with passport, country, language) and the 90-day progress update owed to them and to the informant (BNSS 193(3)(ii)).",
        ["Money"] = "Transactions of a case, the freeze, lien and attachment of accounts (BNSS 107), and the layered money trail with totals per currency.",
        ["Audit"] = "The hash-chained audit trail of every change and its verification.",
        ["Reference data"] = "The police stations (list, add) and the acts and sections with their punishments and IPC -> BNS equivalents (read-only: the law as enacted). Administrators only.",
        ["Officers"] = "The signed-in officer and the language of their pages, the station's officers, and locking, unlocking or disabling an account or resetting its second factor.",
    };

    /// <summary>Names the endpoint after the use case it sends (operationId) and documents who may send it.</summary>
    public static RouteHandlerBuilder Handles<TMessage>(this RouteHandlerBuilder builder)
    {
        var useCase = new UseCase(typeof(TMessage));
        return builder.WithName(useCase.Name).WithMetadata(useCase);
    }

    /// <summary>
    /// The error answers of an authenticated endpoint whose codes do not depend on the use case: 401 and 403 always,
    /// and the given ones of 400 (validation, unreadable body), 413 and 415 (uploads).
    /// </summary>
    public static RouteHandlerBuilder WithErrors(this RouteHandlerBuilder builder, params int[] statuses)
    {
        foreach (var status in new[] { StatusCodes.Status401Unauthorized, StatusCodes.Status403Forbidden }.Concat(statuses).Distinct())
        {
            if (!GenericCodes.TryGetValue(status, out var codes))
            {
                throw new ArgumentException($"Status {status} has no generic codes: use Fails({status}, codes...).", nameof(statuses));
            }

            builder.Fails(status, codes);
        }

        // Any write can meet a record written at the same moment by someone else (a unique index, a foreign key):
        // 409 Database.Conflict, documented on every operation that is not a GET.
        builder.Add(endpoint =>
        {
            if (endpoint.Metadata.OfType<HttpMethodMetadata>().Any(m => m.HttpMethods.Any(h => h != HttpMethods.Get)))
            {
                endpoint.Metadata.Add(new ProducesResponseTypeMetadata(StatusCodes.Status409Conflict, typeof(ProblemDetails), ["application/problem+json"]));
                endpoint.Metadata.Add(new ErrorCodes(StatusCodes.Status409Conflict, ["Database.Conflict"]));
            }
        });

        // A write to a record of an FIR whose police report was forwarded is refused in one place (the unit of work's
        // save, Application/Persistence/InvestigationLock.cs), so every write under an investigation route documents it,
        // except the few that stay open (.OpenAfterPoliceReport()). Finally: after the endpoint's other conventions.
        builder.Finally(endpoint =>
        {
            if (endpoint is RouteEndpointBuilder route
                && endpoint.Metadata.OfType<HttpMethodMetadata>().Any(m => m.HttpMethods.Any(h => h != HttpMethods.Get))
                && !endpoint.Metadata.OfType<OpenAfterPoliceReportMetadata>().Any()
                && InvestigationRoutes.Any(prefix => route.RoutePattern.RawText?.StartsWith(prefix, StringComparison.Ordinal) == true))
            {
                endpoint.Metadata.Add(new ProducesResponseTypeMetadata(StatusCodes.Status409Conflict, typeof(ProblemDetails), ["application/problem+json"]));
                endpoint.Metadata.Add(new ErrorCodes(StatusCodes.Status409Conflict, ["Fir.InvestigationClosed"]));
            }
        });
        return builder;
    }

    /// <summary>Routes whose writes touch an FIR's investigation records.</summary>
    private static readonly string[] InvestigationRoutes = ["/api/firs/{id", "/api/accused/", "/api/exhibits/", "/api/raids/", "/api/evidence"];

    private sealed record OpenAfterPoliceReportMetadata;

    /// <summary>A write that stays open after the police report is forwarded (the report's own steps, disclosures, exports, sharing).</summary>
    public static RouteHandlerBuilder OpenAfterPoliceReport(this RouteHandlerBuilder builder) =>
        builder.WithMetadata(new OpenAfterPoliceReportMetadata());

    /// <summary>An error answer of this endpoint with the ProblemDetails codes it can carry (e.g. 404 Fir.NotFound).</summary>
    public static RouteHandlerBuilder Fails(this RouteHandlerBuilder builder, int status, params string[] codes)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(codes.Length, 1, nameof(codes));
        if (status == StatusCodes.Status400BadRequest)
        {
            builder.ProducesValidationProblem();
        }
        else
        {
            builder.ProducesProblem(status);
        }

        return builder.WithMetadata(new ErrorCodes(status, codes));
    }

    public static RouteHandlerBuilder WithRequestExample(this RouteHandlerBuilder builder, object example) =>
        builder.WithMetadata(new RequestExample(example));

    /// <summary>Status -> codes that the endpoint documents, merged over its metadata.</summary>
    public static IReadOnlyDictionary<int, IReadOnlyList<string>> DocumentedErrors(IEnumerable<object> metadata) =>
        metadata.OfType<ErrorCodes>().GroupBy(e => e.Status)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<string>)g.SelectMany(e => e.Codes).Distinct().ToList());

    internal static OpenApiOptions AddCyberCaseDescription(this OpenApiOptions options)
    {
        options.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = "CyberCase API";
            document.Info.Description =
                "Case management for cyber police stations: FIRs, raids, seizures, custody, evidence and court bundles. " +
                "Sign in with `POST /api/auth/login` and send the token as `Authorization: Bearer <token>`. Every error is " +
                "an RFC 9457 ProblemDetails body with a stable `code`; each response below lists the codes it can carry.";
            document.Components ??= new OpenApiComponents();
            document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
            document.Components.SecuritySchemes[BearerScheme] = new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.Http,
                Scheme = "bearer",
                BearerFormat = "JWT",
                Description = "POST /api/auth/login, then send the accessToken as 'Authorization: Bearer <token>'.",
            };
            // The server is the address the document was asked from; a trailing slash doubles the one of every path.
            foreach (var server in document.Servers ?? [])
            {
                server.Url = server.Url?.TrimEnd('/');
            }

            foreach (var tag in document.Tags ?? new HashSet<OpenApiTag>())
            {
                // A tag without a description stays without one, and OpenApiDocumentTests names it.
                tag.Description ??= TagDescriptions.GetValueOrDefault(tag.Name ?? "");
            }

            return Task.CompletedTask;
        });

        options.AddOperationTransformer((operation, context, _) =>
        {
            var metadata = context.Description.ActionDescriptor.EndpointMetadata;
            operation.Security = metadata.OfType<IAllowAnonymous>().Any()
                ? []
                : [new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(BearerScheme, context.Document)] = [] }];

            if (metadata.OfType<UseCase>().FirstOrDefault() is { } useCase)
            {
                var roles = useCase.Roles.Count == 0 ? "Open to every signed-in officer." : $"Roles: {string.Join(", ", useCase.Roles)}.";
                if (metadata.OfType<IAllowAnonymous>().Any())
                {
                    roles = "No token needed.";
                }

                operation.Description = string.Join("\n\n", new[] { operation.Description, $"Use case `{useCase.Name}`. {roles}" }
                    .Where(s => !string.IsNullOrEmpty(s)));
            }

            foreach (var (status, codes) in DocumentedErrors(metadata))
            {
                if (operation.Responses?.TryGetValue(status.ToString(System.Globalization.CultureInfo.InvariantCulture), out var response) == true
                    && response is OpenApiResponse concrete)
                {
                    concrete.Description = $"{ReasonPhrase(status)}. ProblemDetails `code`: {string.Join(", ", codes.Select(c => $"`{c}`"))}.";
                    concrete.Extensions ??= new Dictionary<string, IOpenApiExtension>();
                    concrete.Extensions["x-codes"] = new JsonNodeExtension(new JsonArray([.. codes.Select(c => JsonValue.Create(c))]));
                }
            }

            if (metadata.OfType<RequestExample>().FirstOrDefault() is { } example && operation.RequestBody?.Content is { } content)
            {
                var json = context.ApplicationServices.GetRequiredService<IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions>>().Value.SerializerOptions;
                foreach (var media in content.Values)
                {
                    media.Example = JsonSerializer.SerializeToNode(example.Value, example.Value.GetType(), json);
                }
            }

            return Task.CompletedTask;
        });

        // The `code` and `traceId` members every error carries, so generated clients read them as typed fields.
        options.AddSchemaTransformer((schema, context, _) =>
        {
            if (typeof(ProblemDetails).IsAssignableFrom(context.JsonTypeInfo.Type) || context.JsonTypeInfo.Type == typeof(HttpValidationProblemDetails))
            {
                schema.Properties ??= new Dictionary<string, IOpenApiSchema>();
                schema.Properties["code"] = new OpenApiSchema
                {
                    Type = JsonSchemaType.String,
                    Description = "Stable error code, e.g. Validation.Failed, Fir.NotFound, Concurrency.Conflict.",
                };
                schema.Properties["traceId"] = new OpenApiSchema { Type = JsonSchemaType.String, Description = "Quote it when reporting a problem." };
                // Kiota makes the detail the message of the exception a generated client throws.
                if (schema.Properties.TryGetValue("detail", out var detail) && detail is OpenApiSchema concrete)
                {
                    concrete.Extensions ??= new Dictionary<string, IOpenApiExtension>();
                    concrete.Extensions["x-ms-primary-error-message"] = new JsonNodeExtension(JsonValue.Create(true));
                }
            }

            return Task.CompletedTask;
        });
        return options;
    }

    private static string ReasonPhrase(int status) => status switch
    {
        400 => "The request has invalid fields or could not be read",
        401 => "Not signed in, or the sign-in was refused",
        403 => "The officer's role does not allow this",
        404 => "Not found at the officer's station",
        409 => "Not possible in the record's current state, or changed by someone else since it was read",
        413 => "The file or body is too large",
        415 => "The file type is not accepted",
        422 => "The request breaks a rule",
        503 => "Not available",
        _ => Microsoft.AspNetCore.WebUtilities.ReasonPhrases.GetReasonPhrase(status),
    };
}
