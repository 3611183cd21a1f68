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
        var upper = term.ToUpperInvariant();
        string mac = DeviceIdentifiers.TryNormaliseMac(term, out var m) ? m : term;
        var imei = DeviceIdentifiers.TryNormaliseImei(term, out var normalised) ? normalised : term;
        // One indexed lookup per identifier, united: an OR across columns would make SQLite scan the table.
        var own = db.Exhibits.Where(e => e.StationId == stationId);
        var ids = own.Where(e => e.Number == upper).Select(e => e.Id)
            .Union(own.Where(e => e.SerialNumber != null && e.SerialNumber == term).Select(e => e.Id))
            .Union(own.Where(e => e.SealNumber != null && e.SealNumber == term).Select(e => e.Id))
            .Union(own.Where(e => e.MacAddress != null && e.MacAddress == mac).Select(e => e.Id))
            .Union(db.ExhibitImeis.Where(i => i.Imei == imei).Select(i => i.ExhibitId));
        return exhibits.Where(e => ids.Contains(e.Id));
    }
}
