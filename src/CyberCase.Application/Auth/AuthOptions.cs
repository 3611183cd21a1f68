namespace CyberCase.Application.Auth;

/// <summary>Sign-in limits and the checks made on each token (configuration section <c>Auth</c>; README lists the keys).</summary>
public sealed class AuthOptions
{
    public const string Section = "Auth";

    /// <summary>
    /// How many password hashes (PBKDF2, slow on purpose) may run at once. Below the core count, so a shift change of
    /// logins cannot take every core from the officers who are writing. Default: half the cores, at least one.
    /// </summary>
    public int PasswordHashConcurrency { get; set; } = Math.Max(1, Environment.ProcessorCount / 2);

    /// <summary>Login attempts per client address (every attempt counts, right or wrong).</summary>
    public RateLimit LoginPerAddress { get; set; } = new() { PermitLimit = 30, WindowSeconds = 60 };

    /// <summary>
    /// Login attempts per username, from any address. Fewer than the five failures that lock an account, so nobody
    /// can lock an officer out within one window.
    /// </summary>
    public RateLimit LoginPerUser { get; set; } = new() { PermitLimit = 4, WindowSeconds = 300 };

    /// <summary>
    /// How long the current security stamp of an officer is remembered by a process before a token is checked against
    /// the database again: a locked, disabled or re-passworded officer's old token works for at most this long.
    /// 0 = every request reads the database.
    /// </summary>
    public int TokenCheckCacheSeconds { get; set; } = 30;

    /// <summary>
    /// Refused requests (403, 404, rejected token, login over the limit) are recorded at most once per kind and
    /// officer (or address) in this interval; the next record carries the count of the ones left out.
    /// </summary>
    public int SecurityEventIntervalSeconds { get; set; } = 60;

    /// <summary>
    /// Roles that must sign in with a second factor (comma-separated): they enrol an authenticator app at their first
    /// sign-in on the pages, and once enrolled the token endpoint wants a code too.
    /// </summary>
    public string TwoFactorRequiredRoles { get; set; } = "StationHouseOfficer,Prosecutor,Admin";

    /// <summary>Station codes (comma-separated) whose every officer must use a second factor (the station's policy).</summary>
    public string TwoFactorRequiredAtStations { get; set; } = "";

    public sealed class RateLimit
    {
        public int PermitLimit { get; set; }
        public int WindowSeconds { get; set; }
    }
}
