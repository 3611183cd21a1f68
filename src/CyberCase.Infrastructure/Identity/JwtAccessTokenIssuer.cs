using System.IdentityModel.Tokens.Jwt;
using System.Security.Claims;
using System.Text;
using CyberCase.Application.Auth.Login;
using CyberCase.Domain.Officers;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;

namespace CyberCase.Infrastructure.Identity;

public sealed class JwtOptions
{
    public const string Section = "Jwt";
    public string Issuer { get; set; } = "CyberCase";
    public string Audience { get; set; } = "CyberCase";
    /// <summary>HMAC key, at least 32 bytes. Must be set outside the repository in production.</summary>
    public string SigningKey { get; set; } = "";
    public int LifetimeMinutes { get; set; } = 60;

    public SymmetricSecurityKey Key() => new(Encoding.UTF8.GetBytes(SigningKey));
}

/// <summary>Claim names the API reads back into the current officer.</summary>
public static class OfficerClaims
{
    public const string Station = "station";

    /// <summary>The account's security stamp when the token was issued; a lock, disable or password change renews it.</summary>
    public const string SecurityStamp = "stamp";
}

public sealed class JwtAccessTokenIssuer(IOptions<JwtOptions> options, TimeProvider clock) : IAccessTokenIssuer
{
    public LoginResult Issue(Officer officer, IReadOnlyList<string> roles, string securityStamp)
    {
        var o = options.Value;
        var now = clock.GetUtcNow().UtcDateTime;
        var claims = new List<Claim>
        {
            new(JwtRegisteredClaimNames.Sub, officer.Id.ToString()),
            new(JwtRegisteredClaimNames.UniqueName, officer.UserName),
            new(OfficerClaims.Station, officer.StationId.ToString()),
            new(OfficerClaims.SecurityStamp, securityStamp),
        };
        claims.AddRange(roles.Select(r => new Claim(ClaimTypes.Role, r)));
        var token = new JwtSecurityToken(o.Issuer, o.Audience, claims, now, now.AddMinutes(o.LifetimeMinutes),
            new SigningCredentials(o.Key(), SecurityAlgorithms.HmacSha256));
        return new LoginResult(new JwtSecurityTokenHandler().WriteToken(token), o.LifetimeMinutes * 60);
    }
}
