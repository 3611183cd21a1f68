using CyberCase.Application.Common;
using CyberCase.Application.Exhibits;
using CyberCase.Application.Firs;
using CyberCase.Application.Persistence;
using CyberCase.Domain.Officers;
using CyberCase.Domain.Places;
using CyberCase.Domain.Raids;
using Microsoft.EntityFrameworkCore;

namespace CyberCase.Application.Raids;

public sealed record RaidPremisesView(Guid Id, string Name, PremisesKind Kind, string Address);
/// <summary>A team member: a station officer (with <c>OfficerId</c>) or a named officer of another unit.</summary>
public sealed record RaidMemberView(Guid? OfficerId, string Name, Rank? Rank, string Unit);
public sealed record RaidTeamView(OfficerRef Lead, IReadOnlyList<RaidMemberView> Members);
public sealed record RaidWitnessView(string Name, string Parentage, string Address);
public sealed record RaidArrestView(Guid AccusedId, string Code, string Name, DateTimeOffset ArrestedAt);

/// <summary>The case diary entry holding the reasons for the search, when it was written; the occupant of the premises.</summary>
public sealed record SearchParticularsView(Guid? ReasonsDiaryEntryId, DateTimeOffset? ReasonsRecordedAt, OccupantInput Occupant);

/// <summary>An audio-video recording of the search, its SHA-256 (fixed at upload), its forwarding and its certificate's signatures.</summary>
public sealed record SearchRecordingView(int Number, SearchRecordingKind Kind, Guid EvidenceFileId, string FileName, string Sha256,
    DateTimeOffset RecordedFrom, int? DurationSeconds, string? Device, OfficerRef RecordedBy, ForwardingInput Forwarding,
    DateTimeOffset? CertificateSignedAt, ExpertInput Expert);

public sealed record RaidSummary(Guid Id, FirRef Fir, RaidPremisesView Premises, DateTimeOffset ScheduledAt, RaidStatus Status,
    OfficerRef Lead);

public sealed record RaidDetails(Guid Id, FirRef Fir, RaidPremisesView Premises, DateTimeOffset ScheduledAt, RaidStatus Status,
    string Purpose, string ReasonsRecorded, OfficerRef PlannedBy, DateTimeOffset PlannedAt, RaidTeamView Team,
    DateTimeOffset? StartedAt, DateTimeOffset? EndedAt, bool? AudioVideoRecorded, DateTimeOffset? RecordingForwardedToMagistrateAt,
    string? OutcomeNotes, DateTimeOffset? CalledOffAt, string? CallOffReason, IReadOnlyList<RaidWitnessView> Witnesses,
    IReadOnlyList<RaidArrestView> Arrests, IReadOnlyList<Exhibits.SeizureMemoView> Seizures, SearchParticularsView Particulars,
    IReadOnlyList<SearchRecordingView> Recordings, Guid Version);

public static class RaidReads
{
    /// <summary>The raid of the officer's station, or 404 exactly like a missing one.</summary>
    public static async Task<Raid> FindOwnRaidAsync(this CyberCaseDbContext db, Guid id, ICurrentOfficer officer, CancellationToken ct) =>
        await db.Raids.SingleOrDefaultAsync(r => r.Id == id && r.StationId == officer.StationId, ct)
        ?? throw new NotFoundException("Raid", id);

    public static async Task<IReadOnlyList<RaidSummary>> SummariseRaidsAsync(this CyberCaseDbContext db, IQueryable<Raid> raids,
        CancellationToken ct)
    {
        var rows = await raids.AsNoTracking()
            .Join(db.Firs, r => r.FirId, f => f.Id, (r, f) => new { r, FirNumber = f.Number })
            .Join(db.Premises, x => x.r.PremisesId, p => p.Id, (x, p) => new { x.r, x.FirNumber, Premises = p })
            .Join(db.Officers, x => x.r.LeadOfficerId, o => o.Id, (x, o) => new { x.r, x.FirNumber, x.Premises, Lead = o })
            .ToListAsync(ct);
        return rows.OrderBy(x => x.r.ScheduledAt).ThenBy(x => x.Premises.Name, StringComparer.Ordinal)
            .Select(x => new RaidSummary(x.r.Id, new FirRef(x.r.FirId, x.FirNumber), PremisesView(x.Premises), x.r.ScheduledAt,
                x.r.Status, new OfficerRef(x.Lead.Id, x.Lead.FullName, x.Lead.Rank)))
            .ToList();
    }

    public static async Task<RaidDetails> LoadRaidAsync(this CyberCaseDbContext db, Guid id, ICurrentOfficer officer, CancellationToken ct)
    {
        var raid = await db.Raids.AsNoTracking().SingleOrDefaultAsync(r => r.Id == id && r.StationId == officer.StationId, ct)
            ?? throw new NotFoundException("Raid", id);
        var fir = await db.Firs.AsNoTracking().Where(f => f.Id == raid.FirId).Select(f => new FirRef(f.Id, f.Number)).SingleAsync(ct);
        var premises = await db.Premises.AsNoTracking().SingleAsync(p => p.Id == raid.PremisesId, ct);
        var stationName = await db.Stations.AsNoTracking().Where(s => s.Id == raid.StationId).Select(s => s.Name).SingleAsync(ct);

        var officerIds = raid.Members.Where(m => m.OfficerId is not null).Select(m => m.OfficerId!.Value)
            .Append(raid.LeadOfficerId).Append(raid.PlannedBy).Concat(raid.Recordings.Select(r => r.RecordedByOfficerId)).Distinct().ToList();
        var officers = await db.Officers.AsNoTracking().Where(o => officerIds.Contains(o.Id))
            .ToDictionaryAsync(o => o.Id, o => new OfficerRef(o.Id, o.FullName, o.Rank), ct);

        var arrests = await db.ArrestMemos.AsNoTracking().Where(m => m.RaidId == id)
            .Join(db.CaseAccused, m => m.AccusedId, a => a.Id, (m, a) => new { m.ArrestedAt, a.Id, a.Code, a.PersonId })
            .Join(db.AccusedPersons, x => x.PersonId, p => p.Id, (x, p) => new { x.Id, x.Code, p.Name, x.ArrestedAt })
            .ToListAsync(ct);

        var members = raid.Members.OrderBy(m => m.Position).Select(m => m.OfficerId is { } oid
            ? new RaidMemberView(oid, officers[oid].FullName, officers[oid].Rank, stationName)
            : new RaidMemberView(null, m.Name ?? "", m.Rank, m.Unit ?? "")).ToList();
        return new RaidDetails(raid.Id, fir, PremisesView(premises), raid.ScheduledAt, raid.Status, raid.Purpose, raid.ReasonsRecorded,
            officers[raid.PlannedBy], raid.PlannedAt, new RaidTeamView(officers[raid.LeadOfficerId], members),
            raid.StartedAt, raid.EndedAt, raid.AudioVideoRecorded, raid.RecordingForwardedToMagistrateAt, raid.OutcomeNotes,
            raid.CalledOffAt, raid.CallOffReason,
            raid.Witnesses.OrderBy(w => w.Position).Select(w => new RaidWitnessView(w.Name, w.Parentage, w.Address)).ToList(),
            arrests.OrderBy(a => a.Code.Length).ThenBy(a => a.Code, StringComparer.Ordinal)
                .Select(a => new RaidArrestView(a.Id, a.Code, a.Name, a.ArrestedAt)).ToList(),
            await db.LoadSeizureMemosAsync(db.SeizureMemos.Where(m => m.RaidId == raid.Id), ct),
            new SearchParticularsView(raid.ReasonsDiaryEntryId, raid.ReasonsRecordedAt,
                new OccupantInput(raid.OccupantName, raid.OccupantPresent, raid.OccupantAbsenceReason)),
            raid.Recordings.OrderBy(r => r.Number).Select(r => new SearchRecordingView(r.Number, r.Kind, r.EvidenceFileId, r.FileName,
                r.Sha256, r.RecordedFrom, r.DurationSeconds, r.Device, officers[r.RecordedByOfficerId],
                new ForwardingInput(r.ForwardedTo, r.ForwardedAt, r.ForwardedHow, r.ForwardingAcknowledgement), r.CertificateSignedAt,
                new ExpertInput(r.ExpertName, r.ExpertParentage, r.ExpertDesignation, r.ExpertEmployedAt, r.ExpertSignedAt))).ToList(),
            raid.Version);
    }

    private static RaidPremisesView PremisesView(Premises p) => new(p.Id, p.Name, p.Kind, p.Address.ToString());
}
