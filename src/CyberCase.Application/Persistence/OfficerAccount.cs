using Microsoft.AspNetCore.Identity;

namespace CyberCase.Application.Persistence;

/// <summary>
/// The login account of an officer (ASP.NET Core Identity: password hash, lockout, roles; TOTP later).
/// It shares its id with the domain <see cref="Domain.Officers.Officer"/>.
/// </summary>
public sealed class OfficerAccount : IdentityUser<Guid>;


