using CyberCase.Api.Infrastructure;
using CyberCase.Application.Common;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace CyberCase.Api.Web;

/// <summary>
/// A page that reaches a missing record (or another station's: the same 404), or one its officer's role may not see,
/// answers the not-found or refused page, and the refusal is on the audit trail as it is for the API.
/// </summary>
public sealed class WebExceptionFilter(SecurityEvents security) : IAsyncExceptionFilter
{
    public async Task OnExceptionAsync(ExceptionContext context)
    {
        var status = context.Exception switch
        {
            NotFoundException => StatusCodes.Status404NotFound,
            ForbiddenException => StatusCodes.Status403Forbidden,
            _ => 0,
        };
        if (status == 0)
        {
            return;
        }

        var http = context.HttpContext;
        var (_, code, _, _, _) = ProblemDetailsMapping.Map(context.Exception);
        await security.RecordAsync(http, status == 403 ? SecurityEvents.Forbidden : SecurityEvents.NotFound,
            http.User.FindFirst("sub")?.Value ?? SecurityEvents.ClientAddress(http), new { code });
        context.Result = new StatusCodeResult(status);
        context.ExceptionHandled = true;
    }
}
