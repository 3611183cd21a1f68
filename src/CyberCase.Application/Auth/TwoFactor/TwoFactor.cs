using System.Security.Cryptography;
using System.Text;
using CyberCase.Application.Persistence;
using CyberCase.Domain.Officers;
using Microsoft.AspNetCore.Identity;

namespace CyberCase.Application.Auth.TwoFactor;

/// <summary>TOTP (RFC 6238: SHA-1, 6 digits, 30 s) and the protection of its secrets at rest (Infrastructure).</summary>
public interface ITotp
{
    /// <summary>A new random secret (160 bits), Base32 as authenticator apps take it.</summary>
    string NewSecret();

    /// <summary>The secret as stored: protected with ASP.NET Core Data Protection, never in the clear.</summary>
    string Protect(string secret);

    string Unprotect(string stored);

    /// <summary>The time step the code belongs to (now, or one step either side for clock drift), or null.</summary>
    long? MatchingStep(string secret, string code, DateTimeOffset now);
}

/// <summary>
/// An officer's second factor, kept in Identity's user-token table (no schema change): the protected secret, the
/// last time step accepted (a code is never accepted twice), and the SHA-256 of each unused recovery code (the codes
/// themselves are shown once and not stored). <c>TwoFactorEnabled</c> on the account says it is in force.
/// </summary>
public static class TwoFactorTokens
{
    public const string Provider = "CyberCase.TwoFactor";
    public const string Secret = "Secret";
    public const string PendingSecret = "PendingSecret";
    public const string LastStep = "LastStep";
    public const string RecoveryCodes = "RecoveryCodes";
    public const int RecoveryCodeCount = 10;

    /// <summary>
    /// Whether the officer must use a second factor: by role (<see cref="AuthOptions.TwoFactorRequiredRoles"/>) or
    /// because their station requires it of everyone (<see cref="AuthOptions.TwoFactorRequiredAtStations"/>).
    /// </summary>
    public static bool IsRequired(AuthOptions options, IEnumerable<string> roles, string stationCode) =>
        roles.Any(r => Split(options.TwoFactorRequiredRoles).Contains(r, StringComparer.Ordinal))
        || Split(options.TwoFactorRequiredAtStations).Contains(stationCode, StringComparer.OrdinalIgnoreCase);

    private static string[] Split(string? list) =>
        (list ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>Ten new recovery codes ("k7m2-q9xd"); the account keeps only their hashes.</summary>
    public static async Task<IReadOnlyList<string>> NewRecoveryCodesAsync(this UserManager<OfficerAccount> users, OfficerAccount account)
    {
        const string alphabet = "abcdefghjkmnpqrstuvwxyz23456789";
        var codes = Enumerable.Range(0, RecoveryCodeCount)
            .Select(_ => RandomNumberGenerator.GetString(alphabet, 4) + "-" + RandomNumberGenerator.GetString(alphabet, 4)).ToList();
        (await users.SetAuthenticationTokenAsync(account, Provider, RecoveryCodes, string.Join(';', codes.Select(Hash)))).ThrowIfFailed();
        return codes;
    }

    /// <summary>
    /// Checks a sign-in code: a TOTP code of a step later than the last accepted one, or an unused recovery code
    /// (which is then used up). Saves what it consumed.
    /// </summary>
    public static async Task<bool> AcceptCodeAsync(this UserManager<OfficerAccount> users, OfficerAccount account, ITotp totp,
        string code, DateTimeOffset now)
    {
        code = code.Trim();
        if (code.Length == 6 && code.All(char.IsAsciiDigit))
        {
            var stored = await users.GetAuthenticationTokenAsync(account, Provider, Secret);
            var step = stored is null ? null : totp.MatchingStep(totp.Unprotect(stored), code, now);
            var last = long.TryParse(await users.GetAuthenticationTokenAsync(account, Provider, LastStep), out var l) ? l : -1;
            if (step is null || step <= last)
            {
                return false;
            }

            (await users.SetAuthenticationTokenAsync(account, Provider, LastStep,
                step.Value.ToString(System.Globalization.CultureInfo.InvariantCulture))).ThrowIfFailed();
            return true;
        }

        var hashes = (await users.GetAuthenticationTokenAsync(account, Provider, RecoveryCodes) ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries);
        var hash = Hash(code);
        if (!hashes.Contains(hash, StringComparer.Ordinal))
        {
            return false;
        }

        (await users.SetAuthenticationTokenAsync(account, Provider, RecoveryCodes, string.Join(';', hashes.Where(h => h != hash)))).ThrowIfFailed();
        return true;
    }

    /// <summary>Removes the second factor (an administrator's reset): the officer enrols again at the next sign-in.</summary>
    public static async Task ClearAsync(this UserManager<OfficerAccount> users, OfficerAccount account)
    {
        foreach (var name in new[] { Secret, PendingSecret, LastStep, RecoveryCodes })
        {
            (await users.RemoveAuthenticationTokenAsync(account, Provider, name)).ThrowIfFailed();
        }

        (await users.SetTwoFactorEnabledAsync(account, false)).ThrowIfFailed();
    }

    // Recovery codes carry 40 random bits each and are used once, so a plain SHA-256 is enough (no salt or stretching).
    private static string Hash(string code) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(code.Trim().ToLowerInvariant().Replace("-", "", StringComparison.Ordinal))));
}
