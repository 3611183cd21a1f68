using CyberCase.Application.Common;
using CyberCase.Application.Persistence;
using CyberCase.Domain.Officers;
using CyberCase.Domain.Raids;
using FluentValidation;
using Mediator;

namespace CyberCase.Application.Raids.SearchRaids;

/// <summary>The station's raid board: raids by status and scheduled time (from inclusive, to exclusive).</summary>
[AllowedRoles(Roles.InvestigatingOfficer, Roles.StationHouseOfficer, Roles.Prosecutor, Roles.MalkhanaInCharge, Roles.Admin)]
public sealed record SearchRaidsQuery(RaidStatus? Status, DateTimeOffset? From, DateTimeOffset? To) : IQuery<IReadOnlyList<RaidSummary>>;

public sealed class SearchRaidsValidator : AbstractValidator<SearchRaidsQuery>
{
    public SearchRaidsValidator()
    {
        RuleFor(q => q.Status).IsInEnum();
        RuleFor(q => q.To).GreaterThan(q => q.From).When(q => q.From is not null && q.To is not null)
            .WithMessage("'to' must be after 'from'.");
    }
}

public sealed class SearchRaidsHandler(CyberCaseDbContext db, ICurrentOfficer officer)
    : IQueryHandler<SearchRaidsQuery, IReadOnlyList<RaidSummary>>
{
    public async ValueTask<IReadOnlyList<RaidSummary>> Handle(SearchRaidsQuery query, CancellationToken ct)
    {
        var raids = db.Raids.Where(r => r.StationId == officer.StationId);
        if (query.Status is { } status)
        {
            raids = raids.Where(r => r.Status == status);
        }

        // Raids are stored in UTC, so the bounds are compared in UTC too.
        if (query.From is { } from)
        {
            var fromUtc = from.ToUniversalTime();
            raids = raids.Where(r => r.ScheduledAt >= fromUtc);
        }

        if (query.To is { } to)
        {
            var toUtc = to.ToUniversalTime();
            raids = raids.Where(r => r.ScheduledAt < toUtc);
        }

        return await db.SummariseRaidsAsync(raids, ct);
    }
}
