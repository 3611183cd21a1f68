using CyberCase.Application.Common;
using CyberCase.Application.Persistence;
using CyberCase.Domain.Exhibits;
using CyberCase.Domain.Officers;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CyberCase.Application.Exhibits.SearchExhibits;

/// <summary>The station's exhibits by exhibit number, IMEI, serial number, MAC address or seal number (exact match).</summary>
[AllowedRoles(Roles.InvestigatingOfficer, Roles.StationHouseOfficer, Roles.Prosecutor, Roles.MalkhanaInCharge, Roles.Admin)]
public sealed record SearchExhibitsQuery(string? Q, Guid? FirId, int? Page, int? PageSize) : IQuery<Paged<ExhibitSummary>>;

public sealed class SearchExhibitsValidator : AbstractValidator<SearchExhibitsQuery>
{
    public SearchExhibitsValidator()
    {
        RuleFor(q => q.Q).MaximumLength(64);
        RuleFor(q => q.Page).GreaterThanOrEqualTo(1);
        RuleFor(q => q.PageSize).InclusiveBetween(1, Paging.MaxPageSize);
    }
}

public sealed class SearchExhibitsHandler(CyberCaseDbContext db, ICurrentOfficer officer)
    : IQueryHandler<SearchExhibitsQuery, Paged<ExhibitSummary>>
{
    public async ValueTask<Paged<ExhibitSummary>> Handle(SearchExhibitsQuery query, CancellationToken ct)
    {
        var (page, pageSize) = Paging.Normalise(query.Page, query.PageSize);
        var exhibits = Matching(db, officer.StationId, query.Q);
        if (query.FirId is { } firId)
        {
            exhibits = exhibits.Where(e => e.FirId == firId);
        }

        var total = await exhibits.CountAsync(ct);
        var items = await exhibits.OrderBy(e => e.Serial).Skip((page - 1) * pageSize).Take(pageSize).ToListAsync(ct);
        return new Paged<ExhibitSummary>(items.Select(e => e.Summary()).ToList(), total, page, pageSize);
    }

    /// <summary>Each identifier is an exact, indexed match (shared with the IMEI lookup benchmark).</summary>
    public static IQueryable<Exhibit> Matching(CyberCaseDbContext db, Guid stationId, string? q)
    {
        var exhibits = db.Exhibits.AsNoTracking().Where(e => e.StationId == stationId);
        if (string.IsNullOrWhiteSpace(q))
        {
            return exhibits;
        }

        var term = q.Trim();
        // One indexed lookup per identifier the text can be, united: an OR across columns would make SQLite scan
        // the table, and a branch for a shape the text cannot have (an IMEI that fails its check digit) is skipped.
        var own = db.Exhibits.Where(e => e.StationId == stationId);
        var ids = own.Where(e => e.SerialNumber != null && e.SerialNumber == term).Select(e => e.Id)
            .Union(own.Where(e => e.SealNumber != null && e.SealNumber == term).Select(e => e.Id));
        if (term.StartsWith("EX-", StringComparison.OrdinalIgnoreCase))
        {
            var number = term.ToUpperInvariant();
            ids = ids.Union(own.Where(e => e.Number == number).Select(e => e.Id));
        }

        if (DeviceIdentifiers.TryNormaliseMac(term, out var mac))
        {
            ids = ids.Union(own.Where(e => e.MacAddress != null && e.MacAddress == mac).Select(e => e.Id));
        }

        if (DeviceIdentifiers.TryNormaliseImei(term, out var imei))
        {
            ids = ids.Union(db.ExhibitImeis.Where(i => i.Imei == imei).Select(i => i.ExhibitId));
        }

        return exhibits.Where(e => ids.Contains(e.Id));
    }
}
