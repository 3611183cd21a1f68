using System.Security.Claims;
using CyberCase.Api.Web;
using CyberCase.Application.Auth.BeginTwoFactorEnrolment;
using CyberCase.Application.Auth.ConfirmTwoFactorEnrolment;
using CyberCase.Application.Officers.GetMe;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Mvc;

namespace CyberCase.Api.Pages.Account;

/// <summary>
/// Enrolment of an authenticator app: begin (a new secret, shown as a QR code and as text), confirm with a code (the
/// recovery codes are shown once). The officer whose role requires it arrives here right after the password.
/// </summary>
public sealed class TwoFactorModel : OfficerPage
{
    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    [BindProperty]
    public string? Code { get; set; }

    public MeView Me { get; private set; } = null!;

    public bool Required => User.HasClaim(c => c.Type == WebAuthentication.EnrolmentRequiredClaim);

    public string? Secret { get; private set; }

    public string? OtpAuthUri { get; private set; }

    public IReadOnlyList<string>? RecoveryCodes { get; private set; }

    public string SafeReturnUrl => Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/";

    public async Task OnGetAsync(CancellationToken ct) => Me = await Mediator.Send(new GetMeQuery(), ct);

    public async Task<IActionResult> OnPostBeginAsync(CancellationToken ct)
    {
        var enrolment = await AttemptAsync(m => m.Send(new BeginTwoFactorEnrolmentCommand(), ct));
        (Secret, OtpAuthUri) = (enrolment?.Secret, enrolment?.OtpAuthUri);
        Me = await Mediator.Send(new GetMeQuery(), ct);
        return Page();
    }

    public async Task<IActionResult> OnPostConfirmAsync(string? secret, CancellationToken ct)
    {
        var result = await AttemptAsync(m => m.Send(new ConfirmTwoFactorEnrolmentCommand(Code), ct));
        Me = await Mediator.Send(new GetMeQuery(), ct);
        if (result is null)
        {
            // The pending secret is still the one the officer scanned: show it again beside the refusal.
            Secret = secret;
            OtpAuthUri = secret is null ? null : $"otpauth://totp/{Uri.EscapeDataString("CyberCase:" + Me.UserName)}?secret={secret}&issuer=CyberCase&digits=6&period=30";
            return Page();
        }

        RecoveryCodes = result.RecoveryCodes;
        if (Required)
        {
            // The session may now go everywhere its roles allow.
            var identity = new ClaimsIdentity(User.Claims.Where(c => c.Type != WebAuthentication.EnrolmentRequiredClaim),
                CookieAuthenticationDefaults.AuthenticationScheme, User.Identities.First().NameClaimType, User.Identities.First().RoleClaimType);
            await HttpContext.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, new ClaimsPrincipal(identity));
        }

        return Page();
    }
}
