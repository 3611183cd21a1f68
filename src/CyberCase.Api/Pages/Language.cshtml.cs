using CyberCase.Api.Web;
using CyberCase.Application.Officers.SetOwnLanguage;
using Microsoft.AspNetCore.Mvc;

namespace CyberCase.Api.Pages;

/// <summary>
/// The language switch (a form post, so no other site can flip it): a cookie on this browser, and for a signed-in
/// officer their own choice too (SetOwnLanguageCommand), so it sticks across sign-out and sign-in on any PC.
/// </summary>
public sealed class LanguageModel : OfficerPage
{
    public IActionResult OnGet() => LocalRedirect("/");

    public async Task<IActionResult> OnPostAsync(string? culture, string? returnUrl, CancellationToken ct)
    {
        var chosen = WebSetup.CultureNamed(culture) ?? WebSetup.Cultures[0];
        // An officer who must enrol a second factor first may still choose the language of the enrolment page.
        if (User.Identity?.IsAuthenticated == true)
        {
            await Mediator.Send(new SetOwnLanguageCommand(chosen.Name), ct);
        }

        WebSetup.RememberCulture(HttpContext, chosen);
        return LocalRedirect(Url.IsLocalUrl(returnUrl) ? returnUrl : "/");
    }
}
