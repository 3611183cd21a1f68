using CyberCase.Domain.Officers;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CyberCase.Api.Pages;

/// <summary>The address the quick start prints: the sign-in page, or the signed-in officer's first page.</summary>
[AllowAnonymous]
public sealed class IndexModel : PageModel
{
    public IActionResult OnGet() => LocalRedirect(User.Identity?.IsAuthenticated != true ? "/signin" : HomeOf(User));

    public static string HomeOf(System.Security.Claims.ClaimsPrincipal user) =>
        user.IsInRole(Roles.StationHouseOfficer) ? "/station"
        : user.IsInRole(Roles.InvestigatingOfficer) ? "/cases"
        : user.IsInRole(Roles.Prosecutor) ? "/prosecution"
        : user.IsInRole(Roles.MalkhanaInCharge) ? "/malkhana"
        : user.IsInRole(Roles.Admin) ? "/admin"
        : "/account";
}
