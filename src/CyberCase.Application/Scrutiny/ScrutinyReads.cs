using CyberCase.Application.CaseFiles;
using CyberCase.Application.Common;
using CyberCase.Application.Deadlines;
using CyberCase.Application.Persistence;
using CyberCase.Domain.Firs;
using CyberCase.Domain.Raids;
using CyberCase.Domain.Scrutiny;
using Microsoft.EntityFrameworkCore;

namespace CyberCase.Application.Scrutiny;

/// <summary>A finding as clients read it, with a link to the record's own resource.</summary>
public sealed record FindingView(string Code, string Severity, FindingRecord Record, string? Provision, string Problem, string Cure,
    DateTimeOffset? DueAt)
{
    public static FindingView From(Finding f) => new(f.Code, f.Severity == Domain.Scrutiny.Severity.Blocking ? "blocking" : "warning",
        new FindingRecord(f.RecordKind.ToString(), f.RecordId, f.Record, PathOf(f.RecordKind, f.RecordId)), f.Provision, f.Problem, f.Cure, f.DueAt);

    /// <summary>The API resource of the record the finding is about.</summary>
    public static string PathOf(RecordKind kind, Guid id) => kind switch
    {
        RecordKind.Fir => $"/api/firs/{id}",
        RecordKind.Accused => $"/api/accused/{id}",
        RecordKind.Raid => $"/api/raids/{id}",
        RecordKind.SeizureMemo => $"/api/seizure-memos/{id}",
        RecordKind.Exhibit => $"/api/exhibits/{id}",
        RecordKind.ForensicVisit => $"/api/forensic-visits/{id}",
        _ => $"/api/evidence/{id}",
    };
}

public sealed record FindingRecord(string Kind, Guid Id, string Label, string Path);

/// <summary>The scrutiny of one FIR: the regime it was read under, counts, and every finding (blocking first).</summary>
public sealed record ScrutinyReport(Guid FirId, string FirNumber, string Procedure, string Evidence, DateTimeOffset AsOf,
    int Blocking, int Warnings, IReadOnlyList<FindingView> Findings)
{
    public static ScrutinyReport From(CaseRecords records, IReadOnlyList<Finding> findings) =>
        new(records.Fir.Id, records.Fir.Number, records.Regime.ProcedureCode, records.Regime.EvidenceCode, records.Now,
            findings.Count(f => f.Severity == Severity.Blocking), findings.Count(f => f.Severity == Severity.Warning),
            findings.Select(FindingView.From).ToList());
}

public static class ScrutinyReads
{
    /// <summary>
    /// The case's records for the scrutiny in one snapshot: the bundle's facts (accused with arrests and custody,
    /// searches, memos, exhibits with custody, premises, officers), the FIR's evidence files, the IO, and the station's
    /// other raids whose teams share an officer with this case (compared in memory: an officer's raids are few).
    /// </summary>
    public static async Task<CaseRecords> LoadCaseRecordsAsync(this CyberCaseDbContext db, Fir fir, OffenceSectionCatalog catalog,
        StationDirectory stations, DateTimeOffset now, CancellationToken ct)
    {
        var facts = await CaseFacts.LoadAsync(db, fir.Id, fir.StationId, ct);
        var station = await stations.GetAsync(db, fir.StationId, ct);
        var files = await db.EvidenceFiles.AsNoTracking().Where(e => e.FirId == fir.Id && e.StationId == fir.StationId).ToListAsync(ct);

        var officers = facts.Officers.ToDictionary();
        if (fir.AssignedOfficerId is { } io && !officers.ContainsKey(io)
            && await db.Officers.AsNoTracking().SingleOrDefaultAsync(o => o.Id == io, ct) is { } assigned)
        {
            officers[io] = assigned;
        }

        var caseOfficers = facts.Raids.SelectMany(r => r.StationOfficers)
            .Concat(facts.Exhibits.SelectMany(e => e.Custody.Where(c => c.ToOfficerId != null).Select(c => c.ToOfficerId!.Value)))
            .Distinct().ToList();
        var others = caseOfficers.Count == 0 ? [] : await db.Raids.AsNoTracking()
            .Where(r => r.StationId == fir.StationId && r.FirId != fir.Id && r.Status != RaidStatus.CalledOff
                && (caseOfficers.Contains(r.LeadOfficerId) || r.Members.Any(m => m.OfficerId != null && caseOfficers.Contains(m.OfficerId.Value))))
            .ToListAsync(ct);

        var reports = await db.PoliceReports.AsNoTracking().Where(r => r.FirId == fir.Id).ToListAsync(ct);
        var progress = await db.ProgressClocksAsync(fir.StationId, fir.Id, ct);
        var visits = await db.ForensicVisits.AsNoTracking().Where(v => v.FirId == fir.Id).ToListAsync(ct);

        return new CaseRecords
        {
            Fir = fir,
            StationDistrict = station.District,
            Now = now,
            ChargedSections = DeadlineReads.Charged(fir.Sections, await catalog.GetAsync(db, ct)).ToList(),
            Officers = officers,
            Accused = facts.Accused,
            Persons = facts.Persons,
            Premises = facts.Premises,
            Raids = facts.Raids,
            OtherRaids = others,
            Memos = facts.Memos,
            Exhibits = facts.Exhibits,
            EvidenceFiles = files,
            PoliceReports = reports,
            ProgressClocks = progress,
            ForensicVisits = visits,
        };
    }
}
