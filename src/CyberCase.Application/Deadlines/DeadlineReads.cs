using CyberCase.Application.Common;
using CyberCase.Application.Persistence;
using CyberCase.Domain.Clocks;
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
        var firRows = await firs.Select(f => new FirRow(f.Id, f.Number, f.RegisteredAt, f.Status, f.Sections.ToList()))
            .ToListAsync(ct);
        return await DeadlinesOfAsync(db, firRows, catalog, ct);
    }

    /// <summary>The statutory deadlines of one FIR already read (its page), without reading it again.</summary>
    public static Task<IReadOnlyList<StatutoryDeadline>> StatutoryDeadlinesAsync(this CyberCaseDbContext db, Fir fir,
        OffenceSectionCatalog catalog, CancellationToken ct) =>
        DeadlinesOfAsync(db, [new FirRow(fir.Id, fir.Number, fir.RegisteredAt, fir.Status, fir.Sections.ToList())], catalog, ct);

    private sealed record AccusedRow(Guid Id, Guid FirId, string Code, string Name, Domain.Accused.AccusedStatus Status,
        DateTimeOffset? ProducedAt, List<DateTimeOffset> Arrests);

    private sealed record FirRow(Guid Id, string Number, DateTimeOffset RegisteredAt, FirStatus Status, List<FirSection> Sections);

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

        var deadlines = new List<StatutoryDeadline>();
        foreach (var fir in firRows)
        {
            var facts = new FirClockFacts(fir.Id, fir.Number, fir.RegisteredAt, fir.Status);
            var charged = Charged(fir.Sections, reference);
            var accusedFacts = accused.Where(a => a.FirId == fir.Id).OrderBy(a => a.Code.Length).ThenBy(a => a.Code, StringComparer.Ordinal)
                .Select(a =>
                {
                    var arrest = arrests.TryGetValue(a.Id, out var x) ? x : default;
                    return new AccusedClockFacts(a.Id, a.Code, a.Name, a.Status,
                        arrests.ContainsKey(a.Id) ? arrest.First : null, arrests.ContainsKey(a.Id) ? arrest.Latest : null, a.ProducedAt);
                })
                .ToList();
            deadlines.AddRange(StatutoryClocks.ForFir(facts, accusedFacts, charged));
            foreach (var a in accusedFacts)
            {
                deadlines.AddRange(StatutoryClocks.ForAccused(facts, a, charged));
            }
        }

        return deadlines;
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
