using System.Text.Json;
using System.Text.RegularExpressions;
using CyberCase.Application.Common;
using CyberCase.Application.Evidence;
using CyberCase.Application.Scrutiny;
using CyberCase.Domain.Common;
using FluentValidation;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using System.Data.Common;
using CyberCase.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CyberCase.Api.Infrastructure;

/// <summary>
/// The one place where failures become RFC 9457 ProblemDetails, each with a stable <c>code</c>, the
/// <c>traceId</c> and, where a field is at fault, <c>errors</c> keyed by the JSON field path. Unknown failures, database
/// failures other than a conflict with existing records among them, are logged and answer a bare 500 with the traceId
/// and no detail: no stack trace ever leaves the server.
/// </summary>
public sealed partial class ProblemDetailsMapping(IProblemDetailsService problems, SecurityEvents security,
    ILogger<ProblemDetailsMapping> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext http, Exception exception, CancellationToken ct)
    {
        if (exception is OperationCanceledException && http.RequestAborted.IsCancellationRequested)
        {
            // The client hung up: nobody is there to read an answer, and its unit of work has already rolled back.
            return true;
        }

        var (status, code, title, detail, errors) = Map(exception);
        if (status >= 500)
        {
            logger.LogError(exception, "Unhandled failure on {Method} {Path}", http.Request.Method, http.Request.Path);
        }

        // A wrong role, and a record reached by id that is missing or another station's, are on the record.
        if (exception is ForbiddenException or NotFoundException && http.User.Identity?.IsAuthenticated == true)
        {
            await security.RecordAsync(http, status == 403 ? SecurityEvents.Forbidden : SecurityEvents.NotFound,
                http.User.FindFirst("sub")?.Value ?? SecurityEvents.ClientAddress(http), new { code });
        }

        http.Response.StatusCode = status;
        var problem = errors is null ? new ProblemDetails() : new ValidationProblemDetails(errors);
        problem.Status = status;
        problem.Title = title;
        problem.Detail = detail;
        problem.Extensions["code"] = code;
        if (exception is ScrutinyBlockedException blocked)
        {
            problem.Extensions["findings"] = blocked.Findings;
        }
        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = http, ProblemDetails = problem, Exception = exception });
    }

    private static (int Status, string Code, string Title, string? Detail, Dictionary<string, string[]>? Errors) Map(Exception exception) =>
        exception switch
        {
            ValidationException v => (400, "Validation.Failed", "The request has invalid fields.", null,
                v.Errors.GroupBy(e => JsonPath(e.PropertyName))
                    .ToDictionary(g => g.Key, g => g.Select(e => e.ErrorMessage).Distinct().ToArray())),
            BadHttpRequestException b => Malformed(b),
            UnauthorizedException u => (401, u.Code, "Not signed in.", u.Message, null),
            ForbiddenException f => (403, f.Code, "Not allowed.", f.Message, null),
            NotFoundException n => (404, n.Code, "Not found.", n.Message, null),
            ConcurrencyException c => (409, c.Code, "Changed by someone else.", c.Message, null),
            DbUpdateConcurrencyException => (409, "Concurrency.Conflict", "Changed by someone else.",
                "The record was changed by someone else since you read it. Reload it and try again.", null),
            EvidenceTooLargeException t => (413, t.Code, "The file is too large.", t.Message, null),
            EvidenceUploadIncompleteException { InnerException: BadHttpRequestException { StatusCode: 413 } } =>
                (413, "Evidence.TooLarge", "The file is too large.", "The request body is larger than the evidence limit.", null),
            EvidenceUploadIncompleteException u => (400, u.Code, "The upload is incomplete.", u.Message, new() { ["file"] = [u.Message] }),
            ResumableUploadException r => (r.Status, r.Code, r.Status switch
            {
                409 => "The upload is at another offset.",
                423 => "The upload is busy.",
                429 => "Too many uploads at once.",
                460 => "The chunk does not match its checksum.",
                _ => "The upload request was refused.",
            }, r.Message, null),
            EvidenceMediaTypeNotAllowedException m => (415, m.Code, "The file type is not accepted.", m.Message, null),
            DomainException d => (d.Kind == RuleKind.Conflict ? 409 : 422, d.Code,
                d.Kind == RuleKind.Conflict ? "Not possible in the record's current state." : "The request breaks a rule.",
                d.Message, d.Field is null ? null : new() { [d.Field] = [d.Message] }),
            DbUpdateException or DbException when DatabaseErrors.IsConflict(exception) =>
                (409, "Database.Conflict", "The change conflicts with existing records.",
                    "Someone else recorded the same thing at the same moment, or a record it refers to is gone. Reload and try again.", null),
            _ => (500, "Server.Error", "Something went wrong on the server.", null, null),
        };

    /// <summary>Unparseable JSON, a wrong type or an unknown enum value, or an unbindable query parameter.</summary>
    private static (int, string, string, string?, Dictionary<string, string[]>?) Malformed(BadHttpRequestException b)
    {
        if (b.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return (413, "Request.TooLarge", "The request body is too large.", null, null);
        }

        string field = "body";
        string message = "The request body is not valid JSON for this endpoint.";
        if (b.InnerException is JsonException unknown && UnmappedMember().Match(unknown.Message) is { Success: true } member)
        {
            // A misspelt or unsupported field is refused, never dropped: the officer would think it was recorded.
            var parent = (unknown.Path ?? "$").TrimStart('$', '.');
            var name = member.Groups["name"].Value;
            field = parent.EndsWith(name, StringComparison.Ordinal) ? parent : parent.Length == 0 ? name : $"{parent}.{name}";
            message = $"'{name}' is not a field of this request (check its spelling).";
        }
        else if (b.InnerException is JsonException { Path: { } path })
        {
            field = path.TrimStart('$', '.');
            field = field.Length == 0 ? "body" : field;
            message = "The value is missing or of the wrong type.";
        }
        else if (BindFailure().Match(b.Message) is { Success: true } m)
        {
            field = m.Groups["name"].Value;
            message = $"'{m.Groups["value"].Value}' is not a valid value.";
        }
        else if (b.Message.Contains("no body was provided", StringComparison.OrdinalIgnoreCase))
        {
            message = "A JSON body is required.";
        }

        return (400, "Request.Malformed", "The request could not be read.", message, new() { [field] = [message] });
    }

    /// <summary>"Sections[0].Section" -> "sections[0].section": errors are keyed like the JSON the client sent.</summary>
    public static string JsonPath(string propertyName) =>
        string.Join('.', propertyName.Split('.').Select(p => p.Length == 0 ? p : char.ToLowerInvariant(p[0]) + p[1..]));

    [GeneratedRegex("""The JSON property '(?<name>[^']+)' could not be mapped""")]
    private static partial Regex UnmappedMember();

    [GeneratedRegex("""Failed to bind parameter "[^"]*? (?<name>\w+)" from "(?<value>[^"]*)"\.""")]
    private static partial Regex BindFailure();
}
