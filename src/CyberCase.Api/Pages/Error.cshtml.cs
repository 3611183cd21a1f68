using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace CyberCase.Api.Pages;

/// <summary>
/// The page of a refused or missing address. A record of another station answers exactly like one that does not
/// exist. Reached by re-execution (the status stays), never linked to directly.
/// </summary>
[IgnoreAntiforgeryToken]
public sealed class ErrorModel(IStringLocalizer<Labels> l) : PageModel
{
    public int Status { get; private set; }

    public string Title { get; private set; } = "";

    public string Text { get; private set; } = "";

    public IActionResult OnGet(int status) => Show(status);

    // A refused POST (anti-forgery, limits) is re-executed as a POST.
    public IActionResult OnPost(int status) => Show(status);

    private PageResult Show(int status)
    {
        Status = status;
        (Title, Text) = status switch
        {
            404 => (l["Not found"], l["There is no such record at your station, or the address is wrong."]),
            403 => (l["Not allowed"], l["Your role does not allow this page."]),
            400 => (l["The form could not be accepted"], l["The form was old or not sent from this site. Go back, reload the page and send it again."]),
            429 => (l["Too many attempts"], l["Too many attempts; wait a minute and try again."]),
            _ => (l["Something went wrong"], l["Try again; if it keeps failing, tell the station's administrator."]),
        };
        Response.StatusCode = status is >= 400 and < 600 ? status : 500;
        return Page();
    }
}
