using CyberCase.Application.Common;
using CyberCase.Application.Firs;
using CyberCase.Application.Persistence;
using CyberCase.Domain.Evidence;
using Microsoft.EntityFrameworkCore;

namespace CyberCase.Application.Evidence;

public sealed record EvidenceWithdrawalView(string Reason, OfficerRef By, DateTimeOffset At);

/// <summary>An evidence file's record as read by an officer of its station.</summary>
public sealed record EvidenceFileView(
    Guid Id, EvidenceOwnerType OwnerType, Guid OwnerId, Guid FirId, string FileName, long Size, string MediaType,
    string Sha256, string? Description, OfficerRef UploadedBy, DateTimeOffset UploadedAt, bool Withdrawn,
    EvidenceWithdrawalView? Withdrawal, Guid Version);

public static class EvidenceReads
{
    /// <summary>The evidence file of the officer's station, or 404: another station's file is reported like a missing one.</summary>
    public static async Task<EvidenceFile> FindOwnEvidenceAsync(this CyberCaseDbContext db, Guid id, ICurrentOfficer officer,
        CancellationToken ct) =>
        await db.EvidenceFiles.SingleOrDefaultAsync(e => e.Id == id && e.StationId == officer.StationId, ct)
        ?? throw new NotFoundException("Evidence", id);

    public static async Task<IReadOnlyList<EvidenceFileView>> ToViewsAsync(this CyberCaseDbContext db,
        IReadOnlyCollection<EvidenceFile> files, CancellationToken ct)
    {
        var officerIds = files.Select(f => f.UploadedBy)
            .Concat(files.Where(f => f.WithdrawnBy is not null).Select(f => f.WithdrawnBy!.Value)).Distinct().ToList();
        var officers = await db.Officers.AsNoTracking().Where(o => officerIds.Contains(o.Id))
            .ToDictionaryAsync(o => o.Id, o => new OfficerRef(o.Id, o.FullName, o.Rank), ct);
        return files.Select(f => new EvidenceFileView(f.Id, f.OwnerType, f.OwnerId, f.FirId, f.OriginalFileName, f.Size,
            f.MediaType, f.Sha256, f.Description, officers[f.UploadedBy], f.UploadedAt, f.IsWithdrawn,
            f.IsWithdrawn ? new EvidenceWithdrawalView(f.WithdrawalReason!, officers[f.WithdrawnBy!.Value], f.WithdrawnAt!.Value) : null,
            f.Version)).ToList();
    }

    public static async Task<EvidenceFileView> ToViewAsync(this CyberCaseDbContext db, EvidenceFile file, CancellationToken ct) =>
        (await db.ToViewsAsync([file], ct))[0];
}
