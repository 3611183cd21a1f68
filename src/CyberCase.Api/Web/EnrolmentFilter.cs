using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace CyberCase.Api.Web;

/// <summary>
/// An officer who must have a second factor and has none yet reaches only the enrolment page (and sign-out) until
/// they have enrolled: the enrolment step right after the password.
/// </summary>
public sealed class EnrolmentFilter : IAsyncPageFilter
{
    private static readonly HashSet<string> Open = new(StringComparer.OrdinalIgnoreCase)
    {
        "/Account/TwoFactor", "/SignOut", "/SignIn", "/Error", "/Language",
    };

    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        if (context.HttpContext.User.HasClaim(c => c.Type == WebAuthentication.EnrolmentRequiredClaim)
            && !Open.Contains(context.ActionDescriptor.ViewEnginePath))
        {
            context.Result = new LocalRedirectResult("/account/two-factor");
            return;
        }

        await next();
    }
}
