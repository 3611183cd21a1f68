using System.Globalization;
using System.Text.RegularExpressions;
using CyberCase.Application.Common;
using CyberCase.Application.Persistence;
using CyberCase.Domain.Clocks;
using CyberCase.Domain.Officers;
using FluentValidation;
using Mediator;

namespace CyberCase.Application.Deadlines.GetDeadlines;

/// <summary>The station's statutory deadlines due within a window from now ("7d", "24h"), overdue ones included.</summary>
[AllowedRoles(Roles.InvestigatingOfficer, Roles.StationHouseOfficer, Roles.Prosecutor, Roles.MalkhanaInCharge, Roles.Admin)]
public sealed record GetDeadlinesQuery(string? Within) : IQuery<DeadlineBoard>;

public sealed record DeadlineBoard(DateTimeOffset Now, DateTimeOffset Until, IReadOnlyList<DeadlineView> Items);

public static partial class Window
{
    public const string Default = "7d";
    public static readonly TimeSpan Max = TimeSpan.FromDays(3650);

    /// <summary>"7d" is seven days, "24h" twenty-four hours; nothing else.</summary>
    public static bool TryParse(string? value, out TimeSpan window)
    {
        window = default;
        var match = Pattern().Match(value ?? "");
        if (!match.Success)
        {
            return false;
        }

        var n = int.Parse(match.Groups["n"].Value, CultureInfo.InvariantCulture);
        window = match.Groups["unit"].Value == "d" ? TimeSpan.FromDays(n) : TimeSpan.FromHours(n);
        return window > TimeSpan.Zero && window <= Max;
    }

    [GeneratedRegex("^(?<n>[0-9]{1,5})(?<unit>[dh])$")]
    private static partial Regex Pattern();
}

public sealed class GetDeadlinesValidator : AbstractValidator<GetDeadlinesQuery>
{
    public GetDeadlinesValidator() =>
        RuleFor(q => q.Within).Must(w => w is null || Window.TryParse(w, out _))
            .WithMessage("Write the window as days or hours, e.g. 7d or 24h (at most 3650d).");
}

public sealed class GetDeadlinesHandler(CyberCaseDbContext db, ICurrentOfficer officer, TimeProvider clock, OffenceSectionCatalog catalog)
    : IQueryHandler<GetDeadlinesQuery, DeadlineBoard>
{
    public async ValueTask<DeadlineBoard> Handle(GetDeadlinesQuery query, CancellationToken ct)
    {
        if (!Window.TryParse(query.Within ?? Window.Default, out var within))
        {
            throw new InvalidOperationException("The validator lets only a valid window through.");
        }

        var now = clock.GetUtcNow();
        var items = (await db.StatutoryDeadlinesAsync(officer.StationId, null, catalog, ct))
            .Where(DeadlineReads.ShownOnCase)
            .Where(d => StatutoryClocks.IsDueWithin(d.DueAt, now, within))
            .OrderBy(d => d.DueAt)
            .Select(d => DeadlineView.From(d, now))
            .ToList();
        return new DeadlineBoard(now, now + within, items);
    }
}
