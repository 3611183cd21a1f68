using CyberCase.Application.Common;
using CyberCase.Application.Persistence;
using CyberCase.Domain.Clocks;
using CyberCase.Domain.Law;
using CyberCase.Domain.Firs;
using Microsoft.EntityFrameworkCore;

namespace CyberCase.Application.Deadlines;

public static class DeadlineReads
{
    /// <summary>
    /// The statutory deadlines of the station's open FIRs (or of one FIR): loads the facts, then leaves the
    /// arithmetic to the pure <see cref="StatutoryClocks"/>. The 60/90-day class comes from the sections reference data.
    /// </summary>
    public static async Task<IReadOnlyList<StatutoryDeadline>> StatutoryDeadlinesAsync(this CyberCaseDbContext db, Guid stationId,
        Guid? firId, OffenceSectionCatalog catalog, CancellationToken ct)
    {
        var firs = db.Firs.AsNoTracking().Where(f => f.StationId == stationId);
        firs = firId is { } id
            ? firs.Where(f => f.Id == id)
            : firs.Where(f => f.Status == FirStatus.Registered || f.Status == FirStatus.UnderInvestigation);
        var firRows = await firs.Select(f => new FirRow(f.Id, f.Number, f.RegisteredAt, f.Status, f.Sections.ToList(),
                f.InformationType == InformationType.SuoMotu ? null : f.Informant.Name))
            .ToListAsync(ct);
        return await DeadlinesOfAsync(db, firRows, catalog, ct);
    }

    /// <summary>The statutory deadlines of one FIR already read (its page), without reading it again.</summary>
    public static Task<IReadOnlyList<StatutoryDeadline>> StatutoryDeadlinesAsync(this CyberCaseDbContext db, Fir fir,
        OffenceSectionCatalog catalog, CancellationToken ct) =>
        DeadlinesOfAsync(db, [new FirRow(fir.Id, fir.Number, fir.RegisteredAt, fir.Status, fir.Sections.ToList(),
            fir.InformationType == InformationType.SuoMotu ? null : fir.Informant.Name)], catalog, ct);

    private sealed record AccusedRow(Guid Id, Guid FirId, string Code, string Name, Domain.Accused.AccusedStatus Status,
        DateTimeOffset? ProducedAt, List<DateTimeOffset> Arrests);

    private sealed record FirRow(Guid Id, string Number, DateTimeOffset RegisteredAt, FirStatus Status, List<FirSection> Sections,
        string? InformantName);

    private static async Task<IReadOnlyList<StatutoryDeadline>> DeadlinesOfAsync(CyberCaseDbContext db, List<FirRow> firRows,
        OffenceSectionCatalog catalog, CancellationToken ct)
    {
        if (firRows.Count == 0)
        {
            return [];
        }

        var firIds = firRows.Select(f => f.Id).ToList();
        // The accused with their persons and arrest times in one round trip; the times are compared here: SQLite cannot
        // order DateTimeOffset values.
        var accused = await db.CaseAccused.AsNoTracking().Where(a => firIds.Contains(a.FirId))
            .Join(db.AccusedPersons, a => a.PersonId, p => p.Id, (a, p) => new AccusedRow(a.Id, a.FirId, a.Code, p.Name, a.Status,
                a.ProducedAt, db.ArrestMemos.Where(m => m.AccusedId == a.Id).Select(m => m.ArrestedAt).ToList()))
            .ToListAsync(ct);
        var arrests = accused.Where(a => a.Arrests.Count > 0)
            .ToDictionary(a => a.Id, a => (First: a.Arrests.Min(), Latest: a.Arrests.Max()));
        var reference = await catalog.GetAsync(db, ct);
        var recipients = await ProgressRecipientsAsync(db, firRows.Where(f => Regime.ForFir(f.RegisteredAt).Has(Provision.VictimInformedOfProgress))
            .Select(f => (f.Id, f.InformantName)).ToList(), ct);

        var deadlines = new List<StatutoryDeadline>();
        foreach (var fir in firRows)
        {
            var facts = new FirClockFacts(fir.Id, fir.Number, fir.RegisteredAt, fir.Status, fir.InformantName);
            var charged = Charged(fir.Sections, reference);
            var accusedFacts = accused.Where(a => a.FirId == fir.Id).OrderBy(a => a.Code.Length).ThenBy(a => a.Code, StringComparer.Ordinal)
                .Select(a =>
                {
                    var arrest = arrests.TryGetValue(a.Id, out var x) ? x : default;
                    return new AccusedClockFacts(a.Id, a.Code, a.Name, a.Status,
                        arrests.ContainsKey(a.Id) ? arrest.First : null, arrests.ContainsKey(a.Id) ? arrest.Latest : null, a.ProducedAt);
                })
                .ToList();
            deadlines.AddRange(StatutoryClocks.ForFir(facts, accusedFacts, charged, recipients.GetValueOrDefault(fir.Id, [])));
            foreach (var a in accusedFacts)
            {
                deadlines.AddRange(StatutoryClocks.ForAccused(facts, a, charged));
            }
        }

        return deadlines;
    }

    /// <summary>
    /// Who is owed the 90-day progress update of each FIR (BNSS 193(3)(ii)) and when each was first told: the informant
    /// (unless suo motu, or recorded as a victim) and every victim. The pre-filing scrutiny reads the same through
    /// <see cref="ProgressClocksAsync"/>.
    /// </summary>
    public static async Task<Dictionary<Guid, List<ProgressRecipient>>> ProgressRecipientsAsync(CyberCaseDbContext db,
        IReadOnlyCollection<(Guid FirId, string? InformantName)> firs, CancellationToken ct)
    {
        if (firs.Count == 0)
        {
            return [];
        }

        var ids = firs.Select(f => f.FirId).ToList();
        var victims = await db.Victims.AsNoTracking().Where(v => ids.Contains(v.FirId))
            .Select(v => new { v.Id, v.FirId, v.Name, v.IsInformant, v.RecordedAt }).ToListAsync(ct);
        var told = await db.ProgressCommunications.AsNoTracking().Where(c => ids.Contains(c.FirId))
            .Select(c => new { c.FirId, c.VictimId, c.At }).ToListAsync(ct);
        DateTimeOffset? FirstTold(Guid firId, Guid? victimId) =>
            told.Where(c => c.FirId == firId && c.VictimId == victimId).Select(c => (DateTimeOffset?)c.At).Min();

        var result = new Dictionary<Guid, List<ProgressRecipient>>();
        foreach (var (firId, informant) in firs)
        {
            var list = new List<ProgressRecipient>();
            var ofFir = victims.Where(v => v.FirId == firId).OrderBy(v => v.RecordedAt).ThenBy(v => v.Id).ToList();
            if (informant is not null && !ofFir.Any(v => v.IsInformant))
            {
                list.Add(new ProgressRecipient(null, informant, FirstTold(firId, null)));
            }

            list.AddRange(ofFir.Select(v => new ProgressRecipient(v.Id, v.Name, FirstTold(firId, v.Id))));
            result[firId] = list;
        }

        return result;
    }

    /// <summary>
    /// The 90-day progress clocks of one FIR of the station, cleared or not (none under the CrPC): what a pre-filing
    /// scrutiny rule reads to say "the informant or victim not told of progress within 90 days".
    /// </summary>
    public static async Task<IReadOnlyList<ProgressClock>> ProgressClocksAsync(this CyberCaseDbContext db, Guid stationId, Guid firId,
        CancellationToken ct)
    {
        var fir = await db.Firs.AsNoTracking().Where(f => f.Id == firId && f.StationId == stationId)
            .Select(f => new { f.Id, f.Number, f.RegisteredAt, f.Status, Informant = f.InformationType == InformationType.SuoMotu ? null : f.Informant.Name })
            .SingleOrDefaultAsync(ct) ?? throw new NotFoundException("Fir", firId);
        var recipients = await ProgressRecipientsAsync(db, [(fir.Id, fir.Informant)], ct);
        return StatutoryClocks.ProgressClocks(new FirClockFacts(fir.Id, fir.Number, fir.RegisteredAt, fir.Status, fir.Informant),
            recipients[fir.Id]);
    }

    /// <summary>The reference data of the sections an FIR charges (its 60/90-day class and punishments).</summary>
    public static IReadOnlyCollection<Domain.Statutes.OffenceSection> Charged(IEnumerable<FirSection> sections,
        IReadOnlyDictionary<(Domain.Statutes.Act Act, string Section), Domain.Statutes.OffenceSection> reference) =>
        sections.Select(s => reference.GetValueOrDefault((s.Act, s.Section))).OfType<Domain.Statutes.OffenceSection>().ToList();

    /// <summary>
    /// What a station or an FIR shows: the FIR's own deadlines and each accused's production. The per-accused
    /// charge-sheet dates repeat the FIR's and are shown on the accused's own record instead.
    /// </summary>
    public static bool ShownOnCase(StatutoryDeadline d) => d.AccusedId is null || d.Kind != DeadlineKind.ChargeSheet;
}
