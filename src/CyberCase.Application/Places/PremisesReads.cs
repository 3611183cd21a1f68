using CyberCase.Application.Common;
using CyberCase.Application.Exhibits;
using CyberCase.Application.Persistence;
using CyberCase.Domain.Accused;
using CyberCase.Domain.Places;
using CyberCase.Domain.Raids;
using Microsoft.EntityFrameworkCore;

namespace CyberCase.Application.Places;

public sealed record PremisesRaidView(Guid Id, Guid FirId, string FirNumber, DateTimeOffset ScheduledAt, RaidStatus Status);
public sealed record PremisesAccusedView(Guid Id, string Code, string Name, AccusedStatus Status, Guid FirId, string FirNumber);

/// <summary>A premises with the cases, raids, accused and exhibits (seized there) linked to it.</summary>
public sealed record PremisesDetails(Guid Id, string Name, PremisesKind Kind, PostalAddress Address, string AddressText,
    double? Latitude, double? Longitude, string? OwnerOperator, Guid? OwnerAccusedPersonId, string? Notes, DateTimeOffset RecordedAt,
    IReadOnlyList<FirRef> Firs, IReadOnlyList<PremisesRaidView> Raids, IReadOnlyList<PremisesAccusedView> Accused,
    IReadOnlyList<Exhibits.ExhibitSummary> Exhibits, Guid Version);

public static class PremisesReads
{
    /// <summary>The premises of the officer's station, or 404 (another station's premises is reported like a missing one).</summary>
    public static async Task<Premises> FindOwnPremisesAsync(this CyberCaseDbContext db, Guid id, ICurrentOfficer officer, CancellationToken ct) =>
        await db.Premises.SingleOrDefaultAsync(p => p.Id == id && p.StationId == officer.StationId, ct)
        ?? throw new NotFoundException("Premises", id);

    public static async Task<PremisesDetails> LoadPremisesAsync(this CyberCaseDbContext db, Guid id, ICurrentOfficer officer,
        CancellationToken ct)
    {
        var p = await db.Premises.AsNoTracking().SingleOrDefaultAsync(x => x.Id == id && x.StationId == officer.StationId, ct)
            ?? throw new NotFoundException("Premises", id);
        var firs = await db.FirPremises.AsNoTracking().Where(l => l.PremisesId == id)
            .Join(db.Firs, l => l.FirId, f => f.Id, (l, f) => new FirRef(f.Id, f.Number))
            .ToListAsync(ct);
        var raids = await db.Raids.AsNoTracking().Where(r => r.PremisesId == id && r.StationId == officer.StationId)
            .Join(db.Firs, r => r.FirId, f => f.Id, (r, f) => new PremisesRaidView(r.Id, r.FirId, f.Number, r.ScheduledAt, r.Status))
            .ToListAsync(ct);
        var accused = await db.CaseAccused.AsNoTracking().Where(a => a.PremisesId == id && a.StationId == officer.StationId)
            .Join(db.AccusedPersons, a => a.PersonId, person => person.Id, (a, person) => new { a, person.Name })
            .Join(db.Firs, x => x.a.FirId, f => f.Id,
                (x, f) => new PremisesAccusedView(x.a.Id, x.a.Code, x.Name, x.a.Status, f.Id, f.Number))
            .ToListAsync(ct);
        return new PremisesDetails(p.Id, p.Name, p.Kind, p.Address, p.Address.ToString(), p.Latitude, p.Longitude, p.OwnerOperator,
            p.OwnerAccusedPersonId, p.Notes, p.RecordedAt,
            firs.OrderBy(f => f.Number, StringComparer.Ordinal).ToList(),
            raids.OrderBy(r => r.ScheduledAt).ToList(),
            accused.OrderBy(a => a.FirNumber, StringComparer.Ordinal).ThenBy(a => a.Code.Length).ThenBy(a => a.Code, StringComparer.Ordinal).ToList(),
            (await db.Exhibits.AsNoTracking().Where(e => e.SeizedFromPremisesId == id && e.StationId == officer.StationId)
                .OrderBy(e => e.Serial).ToListAsync(ct)).Select(e => e.Summary()).ToList(),
            p.Version);
    }
}
