using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using CyberCase.Api.Infrastructure;
using CyberCase.Application.Common;
using CyberCase.Domain.Common;
using Mediator;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace CyberCase.Api.Web;

/// <summary>
/// A page of the officers' application. It reaches the data only through the mediator, as the endpoints do; a
/// refusal the officer can act on (invalid fields 400, a broken rule 422, a stale version or a state conflict 409)
/// is kept as <see cref="FieldErrors"/> (keyed by the same JSON paths the API's ProblemDetails use, which are also the
/// names of the form's inputs) and <see cref="Refusal"/>, so the page shows it beside the fields with what was typed.
/// </summary>
public abstract class OfficerPage : PageModel
{
    protected IMediator Mediator => HttpContext.RequestServices.GetRequiredService<IMediator>();

    /// <summary>The labels, for text a page model writes itself (the refusals of the use cases stay as they answer).</summary>
    protected IStringLocalizer<Labels> L => HttpContext.RequestServices.GetRequiredService<IStringLocalizer<Labels>>();

    protected ICurrentOfficer Officer => HttpContext.RequestServices.GetRequiredService<ICurrentOfficer>();

    /// <summary>Whether the officer's roles allow the message, by the same rule the mediator enforces (RoleRules).</summary>
    public bool May<TMessage>() => RoleRules.Allows<TMessage>(Officer);

    /// <summary>
    /// A page that exists only to send one command answers another role the refused page (403, audited by
    /// <see cref="WebExceptionFilter"/>), as the mediator would refuse the form it sends.
    /// </summary>
    protected void RequireMay<TMessage>()
    {
        if (!May<TMessage>())
        {
            throw new ForbiddenException($"Your role may not send {typeof(TMessage).Name}.");
        }
    }

    public Dictionary<string, string[]> FieldErrors { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The refusal's title and detail, for the banner above the form; null when nothing was refused.</summary>
    public string? Refusal { get; private set; }

    /// <summary>The stable code of the refusal (e.g. <c>Concurrency.Conflict</c>).</summary>
    public string? RefusalCode { get; private set; }

    public bool Refused => RefusalCode is not null;

    /// <summary>
    /// Sends the message; a refusal below 500 other than 401/403/404 is kept for the page and answers default.
    /// 404 and 403 go on to <see cref="WebExceptionFilter"/>; anything else is a server fault.
    /// </summary>
    protected async Task<T?> AttemptAsync<T>(Func<IMediator, ValueTask<T>> send)
    {
        try
        {
            return await send(Mediator);
        }
        catch (Exception e) when (ProblemDetailsMapping.Map(e) is { Status: 400 or 409 or 413 or 415 or 422 } problem)
        {
            Refuse(problem.Code, problem.Detail ?? problem.Title, problem.Errors);
            HttpContext.Response.StatusCode = problem.Status;
            return default;
        }
    }

    /// <summary>Marks a field refused on the page itself (a value the form could not turn into the command's type).</summary>
    protected void Refuse(string code, string message, Dictionary<string, string[]>? errors = null)
    {
        RefusalCode ??= code;
        Refusal ??= message;
        foreach (var (field, messages) in errors ?? [])
        {
            FieldErrors[field] = FieldErrors.TryGetValue(field, out var known) ? [.. known, .. messages] : messages;
        }
    }

    /// <summary>A fact of the record that a versioned form showed, and what it is now (a stale version, 409).</summary>
    public sealed record Change(string Label, string? Then, string? Now);

    /// <summary>What changed in the record since the officer read it; shown with a stale-version refusal.</summary>
    public IReadOnlyList<Change> Changes { get; private set; } = [];

    /// <summary>
    /// The facts of a record as the form was rendered, for a hidden field beside its version: a stale version then
    /// shows what another officer changed (<see cref="CarryVersion"/>). Only what the page displays anyway, so it is no secret.
    /// </summary>
    private static string Snapshot(IEnumerable<(string Label, string? Value)> facts) =>
        JsonSerializer.Serialize(facts.Select(f => new[] { f.Label, f.Value }));

    /// <summary>The version the form sends back (hidden field <c>version</c>).</summary>
    public Guid FormVersion { get; private set; }

    /// <summary>The snapshot of the facts the form was rendered with (hidden field <c>asRead</c>).</summary>
    public string FormAsRead { get; private set; } = "[]";

    /// <summary>
    /// Sets the version and snapshot a versioned form carries. A fresh form, or one just refused for a stale version
    /// (whose changes are then listed in <see cref="Changes"/>), carries the record's version now, so sending it again is
    /// the retry; any other refusal keeps the version the officer read, so a change they have not been shown is never
    /// overwritten without a 409.
    /// </summary>
    protected void CarryVersion(Guid? sentVersion, string? sentAsRead, Guid version, IEnumerable<(string Label, string? Value)> facts)
    {
        var now = facts.ToList();
        var stale = RefusalCode == "Concurrency.Conflict";
        if (stale)
        {
            Changes = Between(sentAsRead, now);
        }

        var fresh = stale || sentVersion is null;
        FormVersion = fresh ? version : sentVersion!.Value;
        FormAsRead = fresh || sentAsRead is null ? Snapshot(now) : sentAsRead;
    }

    /// <summary>The hidden fields of a versioned form.</summary>
    public IHtmlContent VersionFields() => new HtmlString(
        $"<input type=\"hidden\" name=\"version\" value=\"{FormVersion}\"><input type=\"hidden\" name=\"asRead\" value=\"{HtmlEncoder.Default.Encode(FormAsRead)}\">");

    private static List<Change> Between(string? asRead, IReadOnlyList<(string Label, string? Value)> now)
    {
        Dictionary<string, string?> then = [];
        try
        {
            foreach (var pair in JsonSerializer.Deserialize<string?[][]>(asRead ?? "[]") ?? [])
            {
                if (pair is [{ } label, var value])
                {
                    then[label] = value;
                }
            }
        }
        catch (JsonException)
        {
            // A mangled field only costs the officer the comparison; the record as it is now is on the page anyway.
        }

        return now.Where(f => then.TryGetValue(f.Label, out var was) && was != f.Value)
            .Select(f => new Change(f.Label, then[f.Label], f.Value)).ToList();
    }

    /// <summary>An optional text field: blank is left out of the command (null), the rest trimmed.</summary>
    protected static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    /// <summary>"true" for aria-invalid when the field was refused (null leaves the attribute out).</summary>
    public string? Invalid(string field) => FieldErrors.ContainsKey(field) ? "true" : null;

    /// <summary>The id of the field's error text, for aria-describedby.</summary>
    public static string ErrorId(string field) => "err-" + FieldId(field);

    /// <summary>The id of a field's input: its JSON path with '.', '[' and ']' as '-'.</summary>
    public static string FieldId(string field) => field.Replace('.', '-').Replace('[', '-').Replace(']', '-');

    public string? DescribedBy(string field) => FieldErrors.ContainsKey(field) ? ErrorId(field) : null;

    /// <summary>The field's error messages beside it, or nothing.</summary>
    public IHtmlContent ErrorFor(string field)
    {
        if (!FieldErrors.TryGetValue(field, out var messages))
        {
            return HtmlString.Empty;
        }

        var text = string.Join(" ", messages.Select(m => HtmlEncoder.Default.Encode(m)));
        return new HtmlString($"<small class=\"field-error\" id=\"{ErrorId(field)}\">{text}</small>");
    }

    /// <summary>
    /// A labelled input named by its JSON path, with its error beside it (<paramref name="label"/> already localised);
    /// <paramref name="lang"/> for a field typed in a script other than the page's (Hindi, Urdu).
    /// </summary>
    public IHtmlContent Field(string name, string label, string? value, string type = "text", string? lang = null)
    {
        var id = FieldId(name);
        var e = HtmlEncoder.Default;
        var html = new System.Text.StringBuilder()
            .Append($"<label for=\"{id}\">{e.Encode(label)}</label>")
            .Append($"<input id=\"{id}\" name=\"{e.Encode(name)}\" type=\"{type}\" dir=\"auto\" value=\"{e.Encode(value ?? "")}\"");
        if (lang is not null)
        {
            html.Append($" lang=\"{lang}\"");
        }

        if (FieldErrors.ContainsKey(name))
        {
            html.Append($" aria-invalid=\"true\" aria-describedby=\"{ErrorId(name)}\"");
        }

        html.Append('>');
        using var error = new StringWriter();
        ErrorFor(name).WriteTo(error, e);
        return new HtmlString(html.Append(error).ToString());
    }

    /// <summary>A form's datetime-local value ("2021-01-13T14:30") read as IST; a bad value is a field error.</summary>
    protected DateTimeOffset? IstInput(string? value, string field) =>
        Parsed(value, field, L["Not a date and time (DD/MM/YYYY HH:MM)."], (string s, out DateTimeOffset at) =>
        {
            var ok = DateTime.TryParseExact(s, ["yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd'T'HH:mm:ss"], CultureInfo.InvariantCulture,
                DateTimeStyles.None, out var local);
            at = ok ? new DateTimeOffset(local, Ist.Offset) : default;
            return ok;
        });

    /// <summary>A form's date value ("2021-01-13", a calendar day with no time zone); a bad value is a field error.</summary>
    protected DateOnly? DateInput(string? value, string field) =>
        Parsed(value, field, L["Not a date (DD/MM/YYYY)."], (string s, out DateOnly day) =>
            DateOnly.TryParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out day));

    /// <summary>A form's whole number; a bad value is a field error (the command's own rules then check its range).</summary>
    protected int? WholeNumberInput(string? value, string field) =>
        Parsed(value, field, L["Not a whole number."], (string s, out int number) =>
            int.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out number));

    private delegate bool TryParse<T>(string value, out T parsed);

    /// <summary>A typed form value: blank is null (left out of the command); one that does not parse is a field error.</summary>
    private T? Parsed<T>(string? value, string field, string error, TryParse<T> parse) where T : struct
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        if (parse(value.Trim(), out var parsed))
        {
            return parsed;
        }

        Refuse("Validation.Failed", L["The form has invalid fields."], new() { [field] = [error] });
        return null;
    }

    /// <summary>
    /// The script of what was typed (Urdu or Hindi), else <paramref name="fallback"/>: a form shown again after a refusal
    /// keeps the field's lang (keyboard, spell-check), which the Written-in choice beside it does not post.
    /// </summary>
    public static string ScriptOf(string? typed, string fallback = "en")
    {
        foreach (var c in typed ?? "")
        {
            if (c is >= '\u0600' and <= '\u06FF')
            {
                return "ur";
            }

            if (c is >= '\u0900' and <= '\u097F')
            {
                return "hi";
            }
        }

        return fallback;
    }

    /// <summary>The value for a datetime-local input, in IST.</summary>
    public static string IstInputValue(DateTimeOffset? value) =>
        value is null ? "" : value.Value.ToIst().ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture);

    public static string When(DateTimeOffset? value) => value is null ? "" : Ist.FormDateTime(value.Value);

    public static string Day(DateTimeOffset? value) => value is null ? "" : Ist.FormDate(value.Value);

    public static string Day(DateOnly? value) => value is null ? "" : Ist.FormDate(value.Value);
}
