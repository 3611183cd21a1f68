using Microsoft.AspNetCore.Identity;

namespace CyberCase.Application.Auth;

public static class IdentityResults
{
    /// <summary>An account update that Identity refused is a server fault here (the inputs were checked before).</summary>
    public static void ThrowIfFailed(this IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException("The account could not be updated: " + string.Join("; ", result.Errors.Select(e => e.Code)));
        }
    }
}
