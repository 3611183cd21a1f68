using CyberCase.Application.Auth.TwoFactor;
using Microsoft.AspNetCore.DataProtection;
using OtpNet;

namespace CyberCase.Infrastructure.Identity;

/// <summary>
/// RFC 6238 TOTP with Otp.NET (SHA-1, 6 digits, 30-second steps, what every authenticator app speaks), one step of
/// drift either side; secrets protected at rest with Data Protection (keys in the data folder, ADR 10).
/// </summary>
public sealed class Totp(IDataProtectionProvider protection) : ITotp
{
    private readonly IDataProtector _protector = protection.CreateProtector("CyberCase.TwoFactor.Secret.v1");

    public string NewSecret() => Base32Encoding.ToString(KeyGeneration.GenerateRandomKey(20));

    public string Protect(string secret) => _protector.Protect(secret);

    public string Unprotect(string stored) => _protector.Unprotect(stored);

    public long? MatchingStep(string secret, string code, DateTimeOffset now) =>
        new OtpNet.Totp(Base32Encoding.ToBytes(secret)).VerifyTotp(now.UtcDateTime, code.Trim(), out var step, new VerificationWindow(1, 1))
            ? step
            : null;
}
