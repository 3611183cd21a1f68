using CyberCase.Application.Common;
using CyberCase.Application.Deadlines;
using CyberCase.Application.Persistence;
using CyberCase.Domain.Clocks;
using CyberCase.Domain.Firs;
using CyberCase.Domain.Officers;
using CyberCase.Domain.Statutes;
using Microsoft.EntityFrameworkCore;

namespace CyberCase.Application.Firs;

public sealed record StationRef(Guid Id, string Code, string Name, string District);
public sealed record OfficerRef(Guid Id, string FullName, Rank? Rank);
public sealed record FirSectionView(Act Act, string Section, string Title, string Display, FirSectionRef? BnsEquivalent);
public sealed record FirSectionRef(Act Act, string Section, string Display);
public sealed record SupplementaryStatementView(Guid Id, string Text, OfficerRef RecordedBy, DateTimeOffset RecordedAt);

/// <summary>When and how the FIR was sent to the Magistrate (CrPC 157 / BNSS 176(1)).</summary>
public sealed record FirDispatchView(DateTimeOffset At, string? How);

/// <summary>The court of the case and its numbers there, once known (set by the SHO).</summary>
public sealed record FirCourtView(string? Name, string? CaseNumber, string? CnrNumber);

/// <summary>An FIR as read by an officer of its station.</summary>
public sealed record FirDetails(
    Guid Id, string Number, StationRef Station, DateTimeOffset RegisteredAt, string? GdEntryNumber,
    DateTimeOffset OccurredFrom, DateTimeOffset OccurredTo, string PlaceOfOccurrence, InformationType InformationType,
    Informant Informant, IReadOnlyList<FirSectionView> Sections, string Narrative, FirStatus Status,
    OfficerRef? AssignedOfficer, IReadOnlyList<SupplementaryStatementView> SupplementaryStatements,
    IReadOnlyList<DeadlineView> Deadlines, Guid Version,
    FirParticulars Particulars, IReadOnlyList<FirAccusedParticular> AccusedParticulars, OfficerRef? OfficerInCharge,
    FirDispatchView? DispatchedToMagistrate, FirCourtView? Court);

public static class FirReads
{
    /// <summary>The FIR of the officer's station, or 404: another station's FIR is reported exactly like a missing one.</summary>
    /// <summary>
    /// The FIR of the officer's station, tracked. A page sends several use cases about one FIR through the request's one
    /// DbContext, so the FIR the first read is found in the change tracker by the next (FindAsync looks there before it
    /// queries), instead of one query per use case; the station is checked either way.
    /// </summary>
    public static async Task<Fir> FindOwnAsync(this CyberCaseDbContext db, Guid id, ICurrentOfficer officer, CancellationToken ct) =>
        await db.Firs.FindAsync([id], ct) is { } fir && fir.StationId == officer.StationId
            ? fir
            : throw new NotFoundException("Fir", id);

    public static async Task<FirDetails> LoadDetailsAsync(this CyberCaseDbContext db, Guid id, ICurrentOfficer officer,
        OffenceSectionCatalog catalog, StationDirectory stations, TimeProvider clock, CancellationToken ct)
    {
        var fir = await db.Firs.AsNoTracking().Include(f => f.SupplementaryStatements)
            .SingleOrDefaultAsync(f => f.Id == id && f.StationId == officer.StationId, ct)
            ?? throw new NotFoundException("Fir", id);
        var station = await stations.GetAsync(db, fir.StationId, ct);

        var officerIds = fir.SupplementaryStatements.Select(s => s.RecordedBy)
            .Append(fir.AssignedOfficerId ?? Guid.Empty).Append(fir.OfficerInChargeId ?? Guid.Empty).Distinct().ToList();
        var officers = await db.Officers.AsNoTracking().Where(o => officerIds.Contains(o.Id))
            .ToDictionaryAsync(o => o.Id, o => new OfficerRef(o.Id, o.FullName, o.Rank), ct);

        var now = clock.GetUtcNow();
        var deadlines = await db.StatutoryDeadlinesAsync(fir, catalog, ct);
        return Describe(fir, station, officers, await catalog.GetAsync(db, ct), deadlines, now);
    }

    /// <summary>
    /// A just-registered FIR as its registering officer reads it, built from what was written (no read back):
    /// nobody assigned, no statements, no accused, so its deadlines are the FIR's own.
    /// </summary>
    public static FirDetails DescribeNew(Fir fir, StationRef station,
        IReadOnlyDictionary<(Act Act, string Section), OffenceSection> reference, DateTimeOffset now, OfficerRef? officerInCharge = null) =>
        Describe(fir, station, officerInCharge is null ? [] : new Dictionary<Guid, OfficerRef> { [officerInCharge.Id] = officerInCharge }, reference,
            StatutoryClocks.ForFir(new FirClockFacts(fir.Id, fir.Number, fir.RegisteredAt, fir.Status,
                    fir.InformationType == InformationType.SuoMotu ? null : fir.Informant.Name), [],
                DeadlineReads.Charged(fir.Sections, reference)),
            now);

    private static FirDetails Describe(Fir fir, StationRef station, Dictionary<Guid, OfficerRef> officers,
        IReadOnlyDictionary<(Act Act, string Section), OffenceSection> reference, IEnumerable<StatutoryDeadline> deadlines,
        DateTimeOffset now) =>
        new(fir.Id, fir.Number, station, fir.RegisteredAt, fir.GdEntryNumber, fir.OccurredFrom,
            fir.OccurredTo, fir.PlaceOfOccurrence, fir.InformationType, fir.Informant, DescribeSections(reference, fir.Sections),
            fir.Narrative, fir.Status,
            fir.AssignedOfficerId is { } io ? officers[io] : null,
            fir.SupplementaryStatements.OrderBy(s => s.RecordedAt)
                .Select(s => new SupplementaryStatementView(s.Id, s.Text, officers[s.RecordedBy], s.RecordedAt)).ToList(),
            deadlines.Where(DeadlineReads.ShownOnCase).OrderBy(d => d.DueAt).Select(d => DeadlineView.From(d, now)).ToList(),
            fir.Version, fir.Particulars, fir.AccusedParticulars.OrderBy(a => a.Position).ToList(),
            fir.OfficerInChargeId is { } inCharge ? officers[inCharge] : null,
            fir.DispatchedToMagistrateAt is { } sent ? new FirDispatchView(sent, fir.DispatchedToMagistrateHow) : null,
            fir.CourtName is null && fir.CourtCaseNumber is null && fir.CnrNumber is null ? null
                : new FirCourtView(fir.CourtName, fir.CourtCaseNumber, fir.CnrNumber));

    /// <summary>Each section with its title and, for an IPC section, the BNS provision that replaced it (from reference data).</summary>
    public static IReadOnlyList<FirSectionView> DescribeSections(IReadOnlyDictionary<(Act Act, string Section), OffenceSection> reference,
        IEnumerable<FirSection> sections) =>
        sections.Select(s =>
        {
            reference.TryGetValue((s.Act, s.Section), out var r);
            FirSectionRef? bns = r is { Act: Act.IPC, EquivalentAct: Act.BNS, EquivalentSection: { } eq }
                ? new FirSectionRef(Act.BNS, eq, new FirSection(Act.BNS, eq).ToString())
                : null;
            return new FirSectionView(s.Act, s.Section, r?.Title ?? "", s.ToString(), bns);
        }).ToList();
}
