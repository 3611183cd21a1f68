using CyberCase.Application.Persistence;
using FluentValidation.Results;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace CyberCase.Application.Auth;

/// <summary>
/// Password hashing and checking, outside any transaction and any write gate, and at most
/// <see cref="AuthOptions.PasswordHashConcurrency"/> at a time in the process. An unknown user is checked against a
/// fixed dummy hash made with the same hasher, so that a refusal takes the same time whether the user exists or not.
/// </summary>
public sealed class PasswordChecks(IOptions<AuthOptions> options) : IDisposable
{
    private readonly SemaphoreSlim _slots = new(Math.Max(1, options.Value.PasswordHashConcurrency));
    private string? _dummyHash;

    /// <summary>Whether <paramref name="password"/> is the account's; for a null account, a dummy check that fails.</summary>
    public async ValueTask<bool> VerifyAsync(IPasswordHasher<OfficerAccount> hasher, OfficerAccount? account, string password,
        CancellationToken ct)
    {
        await _slots.WaitAsync(ct);
        try
        {
            if (account?.PasswordHash is not { } hash)
            {
                var dummy = _dummyHash ??= hasher.HashPassword(new OfficerAccount(), "no-such-officer-" + Guid.NewGuid());
                hasher.VerifyHashedPassword(new OfficerAccount(), dummy, password);
                return false;
            }

            return hasher.VerifyHashedPassword(account, hash, password) != PasswordVerificationResult.Failed;
        }
        finally
        {
            _slots.Release();
        }
    }

    public async ValueTask<string> HashAsync(IPasswordHasher<OfficerAccount> hasher, OfficerAccount account, string password,
        CancellationToken ct)
    {
        await _slots.WaitAsync(ct);
        try
        {
            return hasher.HashPassword(account, password);
        }
        finally
        {
            _slots.Release();
        }
    }

    /// <summary>The password rules (Identity's validators) that <paramref name="password"/> breaks, as errors of <paramref name="field"/>.</summary>
    public static async Task<List<ValidationFailure>> RuleFailuresAsync(UserManager<OfficerAccount> users, OfficerAccount account,
        string? password, string field)
    {
        var failures = new List<ValidationFailure>();
        foreach (var validator in users.PasswordValidators)
        {
            var result = await validator.ValidateAsync(users, account, password);
            failures.AddRange(result.Errors.Select(e => new ValidationFailure(field, e.Description)));
        }

        return failures;
    }

    public void Dispose() => _slots.Dispose();
}
