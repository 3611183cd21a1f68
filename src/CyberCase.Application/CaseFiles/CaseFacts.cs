using CyberCase.Application.Persistence;
using CyberCase.Domain.Accused;
using CyberCase.Domain.Exhibits;
using CyberCase.Domain.Officers;
using CyberCase.Domain.Places;
using CyberCase.Domain.Raids;
using Microsoft.EntityFrameworkCore;

namespace CyberCase.Application.CaseFiles;

/// <summary>
/// The investigation and evidence records of one FIR of one station, read once for the bundle, each list in its
/// printed order: accused by code, raids by time, premises in the order they were searched (then as recorded), memos by time and number,
/// exhibits by number, custody by sequence. Premises and raids get bundle references (P-1, R-1) in that order.
/// </summary>
internal sealed class CaseFacts
{
    public required IReadOnlyList<CaseAccused> Accused { get; init; }
    public required IReadOnlyDictionary<Guid, AccusedPerson> Persons { get; init; }
    public required IReadOnlyList<Premises> Premises { get; init; }
    public required IReadOnlyList<Raid> Raids { get; init; }
    public required IReadOnlyList<SeizureMemo> Memos { get; init; }
    public required IReadOnlyList<Exhibit> Exhibits { get; init; }
    public required IReadOnlyDictionary<Guid, Officer> Officers { get; init; }
    /// <summary>The case diary entries that raids name as holding the reasons for the search.</summary>
    public required IReadOnlyDictionary<Guid, (int Number, DateOnly Day)> ReasonsEntries { get; init; }
    /// <summary>The case's investigating officer, who produces its records in court (Part A of a BSA certificate).</summary>
    public Guid? InvestigatingOfficerId { get; init; }

    private Dictionary<Guid, int> PremisesNumbers { get; init; } = [];
    private Dictionary<Guid, int> RaidNumbers { get; init; } = [];

    public static async Task<CaseFacts> LoadAsync(CyberCaseDbContext db, Guid firId, Guid stationId, CancellationToken ct)
    {
        var accused = (await db.CaseAccused.AsNoTracking().Include(a => a.Arrests).Include(a => a.Custody)
            .Where(a => a.FirId == firId && a.StationId == stationId).ToListAsync(ct)).OrderBy(a => a.Serial).ToList();
        var personIds = accused.Select(a => a.PersonId).Distinct().ToList();
        var persons = await db.AccusedPersons.AsNoTracking().Where(p => personIds.Contains(p.Id) && p.StationId == stationId)
            .ToDictionaryAsync(p => p.Id, ct);

        // A planned raid is an operation still to come (and confidential); a raid called off before it began did not
        // happen. The bundle records searches that took place.
        var raids = (await db.Raids.AsNoTracking().Where(r => r.FirId == firId && r.StationId == stationId && r.StartedAt != null)
            .ToListAsync(ct)).OrderBy(r => r.StartedAt).ThenBy(r => r.ScheduledAt).ThenBy(r => r.Id).ToList();

        var memos = (await db.SeizureMemos.AsNoTracking().Where(m => m.FirId == firId && m.StationId == stationId).ToListAsync(ct))
            .OrderBy(m => m.DrawnUpAt).ThenBy(m => m.MemoNumber, StringComparer.Ordinal).ToList();
        var exhibits = (await db.Exhibits.AsNoTracking().Include(e => e.Custody)
            .Where(e => e.FirId == firId && e.StationId == stationId).ToListAsync(ct)).OrderBy(e => e.Serial).ToList();

        var premisesIds = await db.FirPremises.AsNoTracking().Where(l => l.FirId == firId).Select(l => l.PremisesId).ToListAsync(ct);
        premisesIds = premisesIds.Concat(raids.Select(r => r.PremisesId)).Concat(accused.Where(a => a.PremisesId != null).Select(a => a.PremisesId!.Value))
            .Concat(memos.Where(m => m.PremisesId != null).Select(m => m.PremisesId!.Value)).Distinct().ToList();
        var premises = (await db.Premises.AsNoTracking().Where(p => premisesIds.Contains(p.Id) && p.StationId == stationId).ToListAsync(ct))
            .OrderBy(p => raids.FindIndex(r => r.PremisesId == p.Id) is var first and >= 0 ? first : int.MaxValue)
            .ThenBy(p => p.RecordedAt).ThenBy(p => p.Name, StringComparer.Ordinal).ThenBy(p => p.Id).ToList();

        var entryIds = raids.Where(r => r.ReasonsDiaryEntryId != null).Select(r => r.ReasonsDiaryEntryId!.Value).Distinct().ToList();
        var entries = (await db.CaseDiaryEntries.AsNoTracking().Where(e => entryIds.Contains(e.Id) && e.StationId == stationId)
            .Select(e => new { e.Id, e.Number, e.Day }).ToListAsync(ct)).ToDictionary(e => e.Id, e => (e.Number, e.Day));
        var io = await db.Firs.AsNoTracking().Where(f => f.Id == firId).Select(f => f.AssignedOfficerId).SingleOrDefaultAsync(ct);

        var officerIds = raids.SelectMany(r => r.Members.Where(m => m.OfficerId != null).Select(m => m.OfficerId!.Value).Append(r.LeadOfficerId))
            .Concat(raids.SelectMany(r => r.Recordings.Select(v => v.RecordedByOfficerId)))
            .Concat(exhibits.Where(e => e.Imaging?.PartASignedBy != null).Select(e => e.Imaging!.PartASignedBy!.Value))
            .Concat(io is { } ioId ? [ioId] : [])
            .Concat(accused.SelectMany(a => a.Arrests.Select(m => m.ArrestingOfficerId)))
            .Concat(memos.Select(m => m.PreparedBy))
            .Concat(exhibits.SelectMany(e => e.Custody.SelectMany(c => new[] { c.FromOfficerId, c.ToOfficerId }).OfType<Guid>()))
            .Distinct().ToList();
        var officers = await db.Officers.AsNoTracking().Where(o => officerIds.Contains(o.Id)).ToDictionaryAsync(o => o.Id, ct);

        return new CaseFacts
        {
            Accused = accused,
            Persons = persons,
            Premises = premises,
            Raids = raids,
            Memos = memos,
            Exhibits = exhibits,
            Officers = officers,
            ReasonsEntries = entries,
            InvestigatingOfficerId = io,
            PremisesNumbers = premises.Select((p, i) => (p.Id, i + 1)).ToDictionary(),
            RaidNumbers = raids.Select((r, i) => (r.Id, i + 1)).ToDictionary(),
        };
    }

    /// <summary>Every dated fact, so that the bundle's date is the latest of them.</summary>
    public IEnumerable<DateTimeOffset> Dates() =>
        Accused.SelectMany(a => a.Arrests.Select(m => m.ArrestedAt).Concat(a.Custody.Select(c => c.At)))
            .Concat(Raids.SelectMany(r => new[] { r.StartedAt, r.EndedAt, r.RecordingForwardedToMagistrateAt, r.CalledOffAt }.OfType<DateTimeOffset>()))
            .Concat(Raids.SelectMany(r => r.Recordings.SelectMany(v => new[] { v.ForwardedAt, v.CertificateSignedAt, v.ExpertSignedAt }.OfType<DateTimeOffset>())))
            .Concat(Memos.Select(m => m.DrawnUpAt))
            .Concat(Memos.Select(m => m.ReportedToMagistrateAt).OfType<DateTimeOffset>())
            .Concat(Exhibits.SelectMany(e => new[] { e.Imaging?.ExaminerSignedAt, e.Imaging?.PartASignedAt }.OfType<DateTimeOffset>()))
            .Concat(Exhibits.SelectMany(e => e.Custody.Select(c => c.At)));

    public string PremisesRef(Guid id) => PremisesNumbers.TryGetValue(id, out var n) ? $"P-{n}" : "P-?";

    /// <summary>"P-1 Skyline Tech Solutions, Rangreth, Srinagar".</summary>
    public string PremisesTitle(Guid id)
    {
        var p = Premises.FirstOrDefault(x => x.Id == id);
        return p is null ? "Premises of another station" : $"{PremisesRef(id)} {p.Name}, {string.Join(", ", new[] { p.Address.Locality, p.Address.City }.OfType<string>())}";
    }

    public string RaidRef(Guid id) => RaidNumbers.TryGetValue(id, out var n) ? $"R-{n}" : "R-?";

    public string OfficerName(Guid id) => Officers.TryGetValue(id, out var o) ? o.FullName : "Officer " + id;

    /// <summary>"Irshad Ahmad Khan (Inspector)".</summary>
    public string OfficerTitle(Guid id) => Officers.TryGetValue(id, out var o)
        ? o.Rank is { } rank ? $"{o.FullName} ({Ranks.Title(rank)})" : o.FullName
        : "Officer " + id;

    /// <summary>Where an exhibit was seized: its own premises, else the premises of its seizure memo.</summary>
    public Guid? SeizedAtPremises(Exhibit e) =>
        e.SeizedFromPremisesId ?? (e.SeizureMemoId is { } memo ? Memos.FirstOrDefault(m => m.Id == memo)?.PremisesId : null);
}
