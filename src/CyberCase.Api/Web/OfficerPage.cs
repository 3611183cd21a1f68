using System.Globalization;
using System.Text.Encodings.Web;
using CyberCase.Api.Infrastructure;
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

    /// <summary>"true" for aria-invalid when the field was refused (null leaves the attribute out).</summary>
    public string? Invalid(string field) => FieldErrors.ContainsKey(field) ? "true" : null;

    /// <summary>The id of the field's error text, for aria-describedby.</summary>
    public static string ErrorId(string field) => "err-" + field.Replace('.', '-').Replace('[', '-').Replace(']', '-');

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

    /// <summary>A form's datetime-local value ("2021-01-13T14:30") read as IST; a bad value is a field error.</summary>
    protected DateTimeOffset? IstInput(string? value, string field)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        if (DateTime.TryParseExact(value, ["yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd'T'HH:mm:ss"], CultureInfo.InvariantCulture,
                DateTimeStyles.None, out var local))
        {
            return new DateTimeOffset(local, Ist.Offset);
        }

        Refuse("Validation.Failed", L["The form has invalid fields."], new() { [field] = [L["Not a date and time (DD/MM/YYYY HH:MM)."]] });
        return null;
    }

    /// <summary>The value for a datetime-local input, in IST.</summary>
    public static string IstInputValue(DateTimeOffset? value) =>
        value is null ? "" : value.Value.ToIst().ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture);

    public static string When(DateTimeOffset? value) => value is null ? "" : Ist.FormDateTime(value.Value);

    public static string Day(DateTimeOffset? value) => value is null ? "" : Ist.FormDate(value.Value);
}
