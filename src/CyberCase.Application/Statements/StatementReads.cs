using CyberCase.Application.Common;
using CyberCase.Application.Firs;
using CyberCase.Application.Persistence;
using CyberCase.Domain.Statements;
using Microsoft.EntityFrameworkCore;

namespace CyberCase.Application.Statements;

/// <summary>The audio-video recording of a statement, as the court copy names it.</summary>
public sealed record StatementRecordingRef(Guid Id, string FileName, string MediaType, string Sha256);

/// <summary>A statement as read by an officer of its station; <c>provision</c> follows the FIR's registration date.</summary>
public sealed record StatementView(Guid Id, Guid FirId, string Provision, string Name, string? NameInScript, StatementPersonRole Role,
    string? Parentage, string? Address, string? Phone, DateTimeOffset RecordedAt, string Place, string Language, OfficerRef RecordedBy,
    string SpeaksTo, string Text, StatementRecordingRef? AudioVideoFile, Guid? CorrectsStatementId, Guid? CorrectedByStatementId,
    OfficerRef EnteredBy, DateTimeOffset EnteredAt, Guid Version);

/// <summary>
/// A line of the FIR's statements: the person, their role and what they speak to. The police report's list of
/// witnesses is the lines whose <c>correctedByStatementId</c> is null (a corrected statement is replaced by its correction).
/// </summary>
public sealed record StatementListItem(Guid Id, string Provision, string Name, string? NameInScript, StatementPersonRole Role,
    DateTimeOffset RecordedAt, OfficerRef RecordedBy, string SpeaksTo, bool HasAudioVideo, Guid? CorrectsStatementId,
    Guid? CorrectedByStatementId);

public static class StatementReads
{
    public static async Task<StatementView> LoadStatementAsync(this CyberCaseDbContext db, Guid id, ICurrentOfficer officer, CancellationToken ct)
    {
        var s = await db.Statements.AsNoTracking().SingleOrDefaultAsync(x => x.Id == id && x.StationId == officer.StationId, ct)
            ?? throw new NotFoundException("Statement", id);
        var registeredAt = await db.Firs.Where(f => f.Id == s.FirId).Select(f => f.RegisteredAt).SingleAsync(ct);
        var correctedBy = await db.Statements.Where(x => x.CorrectsStatementId == s.Id).Select(x => (Guid?)x.Id).SingleOrDefaultAsync(ct);
        var officers = await db.Officers.AsNoTracking().Where(o => o.Id == s.RecordedById || o.Id == s.EnteredBy)
            .ToDictionaryAsync(o => o.Id, o => new OfficerRef(o.Id, o.FullName, o.Rank), ct);
        var recording = s.AudioVideoFileId is { } fileId
            ? await db.EvidenceFiles.AsNoTracking().Where(e => e.Id == fileId)
                .Select(e => new StatementRecordingRef(e.Id, e.OriginalFileName, e.MediaType, e.Sha256)).SingleAsync(ct)
            : null;
        return new StatementView(s.Id, s.FirId, Statement.Provision(registeredAt), s.Name, s.NameInScript, s.Role, s.Parentage,
            s.Address, s.Phone, s.RecordedAt, s.Place, s.Language, officers[s.RecordedById], s.SpeaksTo, s.Text, recording,
            s.CorrectsStatementId, correctedBy, officers[s.EnteredBy], s.EnteredAt, s.Version);
    }

    /// <summary>The statements of an FIR in the order they were recorded (the FIR is known to be the officer's station's).</summary>
    public static async Task<IReadOnlyList<StatementListItem>> ListStatementsAsync(this CyberCaseDbContext db, Guid firId,
        DateTimeOffset firRegisteredAt, CancellationToken ct)
    {
        var statements = await db.Statements.AsNoTracking().Where(s => s.FirId == firId)
            .OrderBy(s => s.RecordedAt).ThenBy(s => s.Id).ToListAsync(ct);
        var officerIds = statements.Select(s => s.RecordedById).Distinct().ToList();
        var officers = await db.Officers.AsNoTracking().Where(o => officerIds.Contains(o.Id))
            .ToDictionaryAsync(o => o.Id, o => new OfficerRef(o.Id, o.FullName, o.Rank), ct);
        var correctedBy = statements.Where(s => s.CorrectsStatementId is not null).ToDictionary(s => s.CorrectsStatementId!.Value, s => s.Id);
        var provision = Statement.Provision(firRegisteredAt);
        return statements.Select(s => new StatementListItem(s.Id, provision, s.Name, s.NameInScript, s.Role, s.RecordedAt,
            officers[s.RecordedById], s.SpeaksTo, s.AudioVideoFileId is not null, s.CorrectsStatementId,
            correctedBy.TryGetValue(s.Id, out var by) ? by : null)).ToList();
    }
}
