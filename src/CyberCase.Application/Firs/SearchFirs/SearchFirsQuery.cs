using CyberCase.Application.Common;
using CyberCase.Application.Persistence;
using CyberCase.Domain.Firs;
using CyberCase.Domain.Officers;
using CyberCase.Domain.Statutes;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CyberCase.Application.Firs.SearchFirs;

[AllowedRoles(Roles.InvestigatingOfficer, Roles.StationHouseOfficer, Roles.Prosecutor, Roles.MalkhanaInCharge, Roles.Admin)]
public sealed record SearchFirsQuery(string? Q, FirStatus? Status, int? Year, string? Section, int? Page, int? PageSize)
    : IQuery<Paged<FirSummary>>;

public sealed record FirSummary(Guid Id, string Number, DateTimeOffset RegisteredAt, FirStatus Status,
    string InformantName, string PlaceOfOccurrence, IReadOnlyList<string> Sections, Guid? AssignedOfficerId);

/// <summary>The provider's full-text index over FIR number, informant and narrative (FTS5 on SQLite, full-text on SQL Server).</summary>
public interface IFirTextSearch
{
    IQueryable<Fir> Matching(IQueryable<Fir> firs, string q);

    /// <summary>
    /// A page of a plain text search (no other filter) read straight from the index, newest first, with the total;
    /// null when the provider has no such path and the general query is used.
    /// </summary>
    Task<(IReadOnlyList<Guid> Ids, int Total)?> TryPageAsync(Guid stationId, string q, int skip, int take, CancellationToken ct);
}

public sealed class SearchFirsValidator : AbstractValidator<SearchFirsQuery>
{
    public SearchFirsValidator()
    {
        RuleFor(q => q.Q).MaximumLength(200);
        RuleFor(q => q.Year).InclusiveBetween(1900, 2999);
        RuleFor(q => q.Page).GreaterThanOrEqualTo(1);
        RuleFor(q => q.PageSize).InclusiveBetween(1, Paging.MaxPageSize);
        RuleFor(q => q.Section).MaximumLength(OffenceSection.SectionMaxLength + 8);
        RuleFor(q => q.Status).IsInEnum();
    }
}

public sealed class SearchFirsHandler(CyberCaseDbContext db, ICurrentOfficer officer, IFirTextSearch textSearch)
    : IQueryHandler<SearchFirsQuery, Paged<FirSummary>>
{
    public async ValueTask<Paged<FirSummary>> Handle(SearchFirsQuery query, CancellationToken ct)
    {
        var (page, pageSize) = Paging.Normalise(query.Page, query.PageSize);
        var firs = db.Firs.AsNoTracking().Where(f => f.StationId == officer.StationId);
        int total;
        List<Guid>? order = null;
        if (query is { Q: { } q, Status: null, Year: null, Section: null } && !string.IsNullOrWhiteSpace(q)
            && await textSearch.TryPageAsync(officer.StationId, q.Trim(), (page - 1) * pageSize, pageSize, ct) is { } hit)
        {
            // The common case, a plain search: the index gives the page and the total without touching the table.
            total = hit.Total;
            order = [.. hit.Ids];
            firs = firs.Where(f => order.Contains(f.Id));
        }
        else
        {
            firs = Filter(firs, query, textSearch);
            total = await firs.CountAsync(ct);
            firs = Newest(firs).Skip((page - 1) * pageSize).Take(pageSize);
        }

        var rows = await firs
            .Select(f => new
            {
                f.Id,
                f.Number,
                f.RegisteredAt,
                f.Status,
                InformantName = f.Informant.Name,
                f.PlaceOfOccurrence,
                Sections = f.Sections.ToList(),
                f.AssignedOfficerId,
            })
            .ToListAsync(ct);
        if (order is not null)
        {
            rows = [.. rows.OrderBy(r => order.IndexOf(r.Id))];
        }

        var items = rows.Select(r => new FirSummary(r.Id, r.Number, r.RegisteredAt, r.Status, r.InformantName,
            r.PlaceOfOccurrence, r.Sections.Select(s => s.ToString()).ToList(), r.AssignedOfficerId)).ToList();
        return new Paged<FirSummary>(items, total, page, pageSize);
    }

    public static IOrderedQueryable<Fir> Newest(IQueryable<Fir> firs) =>
        firs.OrderByDescending(f => f.RegisteredAt).ThenByDescending(f => f.Serial);

    /// <summary>The search conditions, shared with the benchmark that shows the query plan uses the indexes.</summary>
    public static IQueryable<Fir> Filter(IQueryable<Fir> firs, SearchFirsQuery query, IFirTextSearch textSearch)
    {
        if (!string.IsNullOrWhiteSpace(query.Q))
        {
            firs = textSearch.Matching(firs, query.Q.Trim());
        }

        if (query.Status is { } status)
        {
            firs = firs.Where(f => f.Status == status);
        }

        if (query.Year is { } year)
        {
            firs = firs.Where(f => f.Year == year);
        }

        if (!string.IsNullOrWhiteSpace(query.Section))
        {
            // "420" matches the section in any act; "IPC 420" or "ITAct 66C" names the act too.
            var parts = query.Section.Trim().Split(' ', 2, StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length == 2 && Enum.TryParse<Act>(parts[0], true, out var act))
            {
                var section = parts[1];
                firs = firs.Where(f => f.Sections.Any(s => s.Act == act && s.Section == section));
            }
            else
            {
                var section = query.Section.Trim();
                firs = firs.Where(f => f.Sections.Any(s => s.Section == section));
            }
        }

        return firs;
    }
}
