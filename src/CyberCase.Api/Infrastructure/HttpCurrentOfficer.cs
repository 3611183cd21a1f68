using System.IdentityModel.Tokens.Jwt;
using System.Security.Claims;
using CyberCase.Application.Common;
using CyberCase.Infrastructure.Identity;

namespace CyberCase.Api.Infrastructure;

/// <summary>The officer behind the bearer token of the current request.</summary>
public sealed class HttpCurrentOfficer(IHttpContextAccessor accessor) : ICurrentOfficer
{
    private ClaimsPrincipal? User => accessor.HttpContext?.User;

    public bool IsAuthenticated => User?.Identity?.IsAuthenticated == true;

    public Guid Id => Guid.Parse(Claim(JwtRegisteredClaimNames.Sub));

    public string UserName => Claim(JwtRegisteredClaimNames.UniqueName);

    public Guid StationId => Guid.Parse(Claim(OfficerClaims.Station));

    public bool IsInRole(string role) => User?.IsInRole(role) == true;

    private string Claim(string type) =>
        User?.FindFirst(type)?.Value ?? throw new UnauthorizedException("Auth.Required", "Sign in first.");
}
