using CyberCase.Api.Web;
using CyberCase.Application.Officers.ChangeOwnPassword;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Mvc;

namespace CyberCase.Api.Pages.Account;

/// <summary>
/// The officer changes their own password (ChangeOwnPassword, as POST /api/me/password). A new officer arrives here
/// right after their first sign-in, with the password an administrator set. The change ends every session of the
/// officer, this one included, so they sign in again with the new password.
/// </summary>
public sealed class PasswordModel : OfficerPage
{
    public bool Required => User.HasClaim(c => c.Type == WebAuthentication.PasswordChangeRequiredClaim);

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(string? currentPassword, string? newPassword, CancellationToken ct)
    {
        if (await AttemptAsync(async m => { await m.Send(new ChangeOwnPasswordCommand(currentPassword, newPassword), ct); return true; }))
        {
            await HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
            return LocalRedirect("/signin?changed=true");
        }

        return Page();
    }
}
