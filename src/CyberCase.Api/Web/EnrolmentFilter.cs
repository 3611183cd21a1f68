using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace CyberCase.Api.Web;

/// <summary>
/// The steps of a first sign-in, right after the password: an officer whose password an administrator set reaches only
/// the page that replaces it, and one who must have a second factor and has none yet only the enrolment page (and
/// sign-out, the language switch) until they have done so.
/// </summary>
public sealed class EnrolmentFilter : IAsyncPageFilter
{
    private static readonly HashSet<string> Open = new(StringComparer.OrdinalIgnoreCase)
    {
        "/SignOut", "/SignIn", "/Error", "/Language",
    };

    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        var user = context.HttpContext.User;
        var step = user.HasClaim(c => c.Type == WebAuthentication.PasswordChangeRequiredClaim) ? ("/Account/Password", "/account/password")
            : user.HasClaim(c => c.Type == WebAuthentication.EnrolmentRequiredClaim) ? ("/Account/TwoFactor", "/account/two-factor")
            : default;
        if (step != default && !Open.Contains(context.ActionDescriptor.ViewEnginePath)
            && !string.Equals(context.ActionDescriptor.ViewEnginePath, step.Item1, StringComparison.OrdinalIgnoreCase))
        {
            context.Result = new LocalRedirectResult(step.Item2);
            return;
        }

        await next();
    }
}
