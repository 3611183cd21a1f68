using CyberCase.Application.Common;
using CyberCase.Application.Persistence;
using CyberCase.Domain.Officers;
using CyberCase.Domain.Places;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CyberCase.Application.Places.SearchPremises;

[AllowedRoles(Roles.InvestigatingOfficer, Roles.StationHouseOfficer, Roles.Prosecutor, Roles.MalkhanaInCharge, Roles.Admin)]
public sealed record SearchPremisesQuery(string? Q, PremisesKind? Kind, int? Page, int? PageSize) : IQuery<Paged<PremisesSummary>>;

public sealed record PremisesSummary(Guid Id, string Name, PremisesKind Kind, string Address, string? Locality, string City);

public sealed class SearchPremisesValidator : AbstractValidator<SearchPremisesQuery>
{
    public SearchPremisesValidator()
    {
        RuleFor(q => q.Q).MaximumLength(200);
        RuleFor(q => q.Kind).IsInEnum();
        RuleFor(q => q.Page).GreaterThanOrEqualTo(1);
        RuleFor(q => q.PageSize).InclusiveBetween(1, Paging.MaxPageSize);
    }
}

/// <summary>The station's premises by name, address line, locality or city (case-insensitive substring).</summary>
public sealed class SearchPremisesHandler(CyberCaseDbContext db, ICurrentOfficer officer)
    : IQueryHandler<SearchPremisesQuery, Paged<PremisesSummary>>
{
    public async ValueTask<Paged<PremisesSummary>> Handle(SearchPremisesQuery query, CancellationToken ct)
    {
        var (page, pageSize) = Paging.Normalise(query.Page, query.PageSize);
        var premises = db.Premises.AsNoTracking().Where(p => p.StationId == officer.StationId);
        if (!string.IsNullOrWhiteSpace(query.Q))
        {
            // LIKE is case-insensitive on SQLite (ASCII) and under SQL Server's default collation; wildcards are escaped.
            var pattern = "%" + query.Q.Trim().Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal)
                .Replace("_", "\\_", StringComparison.Ordinal) + "%";
            premises = premises.Where(p => EF.Functions.Like(p.Name, pattern, "\\") || EF.Functions.Like(p.Address.Line, pattern, "\\")
                || (p.Address.Locality != null && EF.Functions.Like(p.Address.Locality, pattern, "\\"))
                || EF.Functions.Like(p.Address.City, pattern, "\\"));
        }

        if (query.Kind is { } kind)
        {
            premises = premises.Where(p => p.Kind == kind);
        }

        var total = await premises.CountAsync(ct);
        var rows = await premises.OrderBy(p => p.Name).ThenBy(p => p.Id).Skip((page - 1) * pageSize).Take(pageSize).ToListAsync(ct);
        return new Paged<PremisesSummary>(
            rows.Select(p => new PremisesSummary(p.Id, p.Name, p.Kind, p.Address.ToString(), p.Address.Locality, p.Address.City)).ToList(),
            total, page, pageSize);
    }
}
