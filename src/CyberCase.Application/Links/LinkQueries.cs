using CyberCase.Application.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CyberCase.Application.Links;

/// <summary>
/// Each lookup starts from an index: ExhibitImeis(Imei), AccusedPhones(Number), CaseAccounts(StationId, Number|Identifier),
/// FirPremises(PremisesId); the station filter follows on the row found, never a scan of the station's records.
/// </summary>
internal static class LinkQueries
{
    public sealed record Hit(Guid FirId, LinkSource How, Guid RecordId, string Label, string Value);

    public static async Task<List<Hit>> ImeiHitsAsync(this CyberCaseDbContext db, Guid stationId, IReadOnlyCollection<string> imeis,
        CancellationToken ct)
    {
        var rows = await (from i in db.ExhibitImeis
                          where imeis.Contains(i.Imei)
                          join e in db.Exhibits on i.ExhibitId equals e.Id
                          where e.StationId == stationId
                          select new { e.FirId, e.Id, e.Number, e.Kind, e.Make, e.Model, i.Imei }).ToListAsync(ct);
        return rows.Select(r => new Hit(r.FirId, LinkSource.ExhibitImei, r.Id,
            $"{r.Number} {r.Kind} {string.Join(' ', new[] { r.Make, r.Model }.Where(x => x is not null))}".TrimEnd(), r.Imei)).ToList();
    }

    public static async Task<List<Hit>> PhoneHitsAsync(this CyberCaseDbContext db, Guid stationId, IReadOnlyCollection<string> phones,
        CancellationToken ct)
    {
        var persons = await db.AccusedPersons.AsNoTracking()
            .SelectMany(p => p.Phones, (p, ph) => new { p.Id, p.StationId, p.Name, ph.Number })
            .Where(x => phones.Contains(x.Number) && x.StationId == stationId)
            .ToListAsync(ct);
        if (persons.Count == 0)
        {
            return [];
        }

        var personIds = persons.Select(p => p.Id).Distinct().ToList();
        var accused = await db.CaseAccused.AsNoTracking().Where(a => personIds.Contains(a.PersonId))
            .Select(a => new { a.Id, a.FirId, a.PersonId, a.Code }).ToListAsync(ct);
        return (from p in persons
                join a in accused on p.Id equals a.PersonId
                select new Hit(a.FirId, LinkSource.AccusedPhone, a.Id, $"{a.Code} {p.Name}", p.Number)).ToList();
    }

    public static async Task<List<Hit>> AccountHitsAsync(this CyberCaseDbContext db, Guid stationId, IReadOnlyCollection<string> numbers,
        string? ifsc, CancellationToken ct)
    {
        var rows = await db.CaseAccounts.AsNoTracking()
            .Where(a => a.StationId == stationId && numbers.Contains(a.Number) && (ifsc == null || a.Ifsc == ifsc))
            .Select(a => new { a.FirId, a.Id, a.Kind, a.Identifier, a.Bank, a.Holder }).ToListAsync(ct);
        return rows.Select(r => new Hit(r.FirId, LinkSource.CaseAccount, r.Id, Label(r.Kind, r.Identifier, r.Bank, r.Holder), r.Identifier)).ToList();
    }

    public static async Task<List<Hit>> AccountIdentifierHitsAsync(this CyberCaseDbContext db, Guid stationId,
        IReadOnlyCollection<string> identifiers, CancellationToken ct)
    {
        var rows = await db.CaseAccounts.AsNoTracking()
            .Where(a => a.StationId == stationId && identifiers.Contains(a.Identifier))
            .Select(a => new { a.FirId, a.Id, a.Kind, a.Identifier, a.Bank, a.Holder }).ToListAsync(ct);
        return rows.Select(r => new Hit(r.FirId, LinkSource.CaseAccount, r.Id, Label(r.Kind, r.Identifier, r.Bank, r.Holder), r.Identifier)).ToList();
    }

    public static async Task<List<Hit>> PremisesHitsAsync(this CyberCaseDbContext db, Guid stationId, IReadOnlyCollection<Guid> premisesIds,
        CancellationToken ct)
    {
        var rows = await (from l in db.FirPremises
                          where premisesIds.Contains(l.PremisesId)
                          join p in db.Premises on l.PremisesId equals p.Id
                          where p.StationId == stationId
                          select new { l.FirId, p.Id, p.Name, p.Address.Locality, p.Address.City }).ToListAsync(ct);
        return rows.Select(r => new Hit(r.FirId, LinkSource.Premises, r.Id,
            string.Join(", ", new[] { r.Name, r.Locality, r.City }.Where(x => !string.IsNullOrEmpty(x))), r.Name)).ToList();
    }

    private static string Label(Domain.Money.AccountKind kind, string identifier, string? bank, string? holder) =>
        string.Join(", ", new[] { $"{kind} {identifier}", bank, holder }.Where(x => !string.IsNullOrEmpty(x)));
}
