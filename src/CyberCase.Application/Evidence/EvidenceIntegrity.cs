using CyberCase.Application.Common;
using CyberCase.Application.Persistence;
using CyberCase.Domain.Evidence;

namespace CyberCase.Application.Evidence;

/// <summary>Re-hashing stored evidence, and the alarm raised when it no longer matches the hash recorded at upload.</summary>
public static class EvidenceIntegrity
{
    public const string FailureCode = "Evidence.IntegrityFailure";

    /// <summary>The SHA-256 of what is stored for the file now, or null when nothing is stored.</summary>
    public static async Task<string?> StoredSha256Async(this IEvidenceStore store, EvidenceFile file, CancellationToken ct)
    {
        await using var content = await store.OpenReadAsync(file.StorageKey, ct);
        return content is null ? null : await StreamedSha256.OfAsync(content, ct);
    }

    /// <summary>
    /// Queues an audit event for a file whose stored bytes no longer match its recorded hash. The caller saves it in a
    /// transaction of its own, so the alarm is kept even though the request that found it fails.
    /// </summary>
    public static void RecordFailure(this AuditScope audit, EvidenceFile file, string? actual, string detectedBy) =>
        audit.Record(new AuditEvent(FailureCode, nameof(EvidenceFile), file.Id.ToString(), new
        {
            firId = file.FirId,
            fileName = file.OriginalFileName,
            expected = file.Sha256,
            actual,
            missing = actual is null,
            detectedBy,
        }));
}
