using CyberCase.Api.Infrastructure;
using CyberCase.Api.Web;
using CyberCase.Application.Auth.Login;
using CyberCase.Application.Common;
using CyberCase.Application.Officers.GetMe;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;

namespace CyberCase.Api.Pages;

/// <summary>
/// Password sign-in through the same Login command as POST /api/auth/login: the same answer for an unknown user, a
/// wrong password and a locked account, the same lockout, the same audit, the same limits per address and username.
/// </summary>
[EnableRateLimiting(LoginRateLimits.PerAddressPolicy)]
public sealed class SignInModel(PerUserLoginLimit perUser) : OfficerPage
{
    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    [BindProperty]
    public string? Username { get; set; }

    [BindProperty]
    public string? Password { get; set; }

    /// <summary>The authenticator's code or a recovery code, for an officer who has enrolled.</summary>
    [BindProperty]
    public string? Code { get; set; }

    /// <summary>The password was right and the account has a second factor: the code field is what is missing.</summary>
    public bool CodeRequired { get; private set; }

    [BindProperty(SupportsGet = true, Name = "ended")]
    public bool SessionEnded { get; set; }

    /// <summary>The officer has just changed their password (which ended the session).</summary>
    [BindProperty(SupportsGet = true, Name = "changed")]
    public bool PasswordChanged { get; set; }

    public IActionResult OnGet() => User.Identity?.IsAuthenticated == true ? LocalRedirect(SafeReturnUrl) : Page();

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (await perUser.RefuseIfOverAsync(HttpContext, Username) is { } seconds)
        {
            Refuse(LoginRateLimits.Code, L["Too many sign-in attempts; try again in {0} seconds.", seconds]);
            return Page();
        }

        try
        {
            var login = await AttemptAsync(m => m.Send(new LoginCommand(Username, Password, string.IsNullOrWhiteSpace(Code) ? null : Code), ct));
            if (login is null)
            {
                return Page();
            }

            await HttpContext.SignInWithTokenAsync(login);
            // The officer's own choice of language (kept with them) replaces what this browser had last.
            if (WebSetup.CultureNamed((await Mediator.Send(new GetMeQuery(), ct)).Language) is { } own)
            {
                WebSetup.RememberCulture(HttpContext, own);
            }

            // A password an administrator set is replaced first (which ends the session: the officer signs in with their
            // own), then a second factor is enrolled if the role requires one.
            return login.PasswordChangeRequired ? LocalRedirect("/account/password")
                : login.TwoFactorEnrolmentRequired ? LocalRedirect("/account/two-factor?returnUrl=" + Uri.EscapeDataString(SafeReturnUrl))
                : LocalRedirect(SafeReturnUrl);
        }
        catch (UnauthorizedException e)
        {
            Response.StatusCode = StatusCodes.Status401Unauthorized;
            CodeRequired = e.Code == LoginHandler.TwoFactorRequiredCode;
            Refuse(e.Code, e.Message);
            return Page();
        }
    }

    private string SafeReturnUrl => Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/";
}
