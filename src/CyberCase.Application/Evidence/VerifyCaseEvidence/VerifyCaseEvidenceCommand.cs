using CyberCase.Application.Common;
using CyberCase.Application.Firs;
using CyberCase.Application.Persistence;
using CyberCase.Domain.Officers;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CyberCase.Application.Evidence.VerifyCaseEvidence;

/// <summary>
/// Re-hashes every file of the case (withdrawn ones too: they stay evidence of what happened) and reports each.
/// Done before a charge-sheet or a court bundle is exported. Its audit records are written after the hashing, so a
/// long verification never holds the station's write lock.
/// </summary>
[AllowedRoles(Roles.StationHouseOfficer, Roles.Admin)]
public sealed record VerifyCaseEvidenceCommand(Guid? FirId) : ICommand<CaseEvidenceVerification>;

public sealed record EvidenceVerificationResult(Guid Id, string FileName, string Expected, string? Actual, bool Ok, bool Withdrawn);

public sealed record CaseEvidenceVerification(Guid FirId, int Total, int Passed, int Failed, bool Ok,
    IReadOnlyList<EvidenceVerificationResult> Files);

public sealed class VerifyCaseEvidenceValidator : AbstractValidator<VerifyCaseEvidenceCommand>
{
    public VerifyCaseEvidenceValidator() => RuleFor(c => c.FirId).NotEmpty();
}

public sealed class VerifyCaseEvidenceHandler(CyberCaseDbContext db, ICurrentOfficer officer, IEvidenceStore store, AuditScope audit)
    : ICommandHandler<VerifyCaseEvidenceCommand, CaseEvidenceVerification>
{
    public async ValueTask<CaseEvidenceVerification> Handle(VerifyCaseEvidenceCommand command, CancellationToken ct)
    {
        var fir = await db.FindOwnAsync(command.FirId!.Value, officer, ct);
        var files = await db.EvidenceFiles.AsNoTracking()
            .Where(e => e.StationId == officer.StationId && e.FirId == fir.Id)
            .OrderBy(e => e.UploadedAt).ThenBy(e => e.Id)
            .ToListAsync(ct);

        var results = new List<EvidenceVerificationResult>();
        foreach (var file in files)
        {
            var actual = await store.StoredSha256Async(file, ct);
            var ok = actual == file.Sha256;
            results.Add(new EvidenceVerificationResult(file.Id, file.OriginalFileName, file.Sha256, actual, ok, file.IsWithdrawn));
            if (!ok)
            {
                audit.RecordFailure(file, actual, "Verification");
            }
        }

        var failed = results.Count(r => !r.Ok);
        audit.Record(new AuditEvent("Evidence.CaseVerified", "Fir", fir.Id.ToString(),
            new { total = results.Count, failed }));
        return new CaseEvidenceVerification(fir.Id, results.Count, results.Count - failed, failed, failed == 0, results);
    }
}
