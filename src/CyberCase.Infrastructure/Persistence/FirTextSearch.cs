using System.Text;
using CyberCase.Application.Firs.SearchFirs;
using CyberCase.Application.Persistence;
using CyberCase.Domain.Firs;
using Microsoft.EntityFrameworkCore;

namespace CyberCase.Infrastructure.Persistence;

/// <summary>
/// FTS5 over FIR number, informant name and narrative (the FirSearch table, kept by triggers from the migration).
/// Every word the user typed becomes a quoted prefix term, so FTS syntax in the input cannot break the query.
/// </summary>
public sealed class SqliteFirTextSearch(CyberCaseDbContext db) : IFirTextSearch
{
    public IQueryable<Fir> Matching(IQueryable<Fir> firs, string q)
    {
        var match = ToFtsQuery(q);
        if (match.Length == 0)
        {
            return firs.Where(_ => false);
        }

        var ids = db.Database.SqlQuery<Guid>($"SELECT FirId AS Value FROM FirSearch WHERE FirSearch MATCH {match}");
        return firs.Where(f => ids.Contains(f.Id));
    }

    public async Task<(IReadOnlyList<Guid> Ids, int Total)?> TryPageAsync(Guid stationId, string q, int skip, int take,
        CancellationToken ct)
    {
        var terms = ToFtsQuery(q);
        if (terms.Length == 0)
        {
            return ([], 0);
        }

        // The station token narrows the match inside the index; rowid order is registration order (newest last).
        var match = $"Station:{StationToken(stationId)} AND ({terms})";
        var ids = await db.Database.SqlQuery<Guid>(
                $"SELECT FirId AS Value FROM FirSearch WHERE FirSearch MATCH {match} ORDER BY rowid DESC LIMIT {take} OFFSET {skip}")
            .ToListAsync(ct);
        var total = await db.Database.SqlQuery<int>($"SELECT count(*) AS Value FROM FirSearch WHERE FirSearch MATCH {match}")
            .SingleAsync(ct);
        return (ids, total);
    }

    /// <summary>The station as one FTS token, as the triggers write it: 's' + the id's hex digits.</summary>
    public static string StationToken(Guid stationId) => "s" + stationId.ToString("N");

    public static string ToFtsQuery(string q)
    {
        var terms = new StringBuilder();
        foreach (var word in q.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!word.Any(char.IsLetterOrDigit))
            {
                continue;
            }

            if (terms.Length > 0)
            {
                terms.Append(' ');
            }

            terms.Append('"').Append(word.Replace("\"", "\"\"", StringComparison.Ordinal)).Append("\"*");
        }

        return terms.ToString();
    }
}

/// <summary>SQL Server full-text search (the full-text index is created by the SQL Server migration).</summary>
public sealed class SqlServerFirTextSearch : IFirTextSearch
{
    public IQueryable<Fir> Matching(IQueryable<Fir> firs, string q)
    {
        var term = string.Join(" AND ", q.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(w => "\"" + w.Replace("\"", "", StringComparison.Ordinal) + "*\""));
        return firs.Where(f => f.Number == q || EF.Functions.Contains(f.Narrative, term) || EF.Functions.Contains(f.Informant.Name, term));
    }

    public Task<(IReadOnlyList<Guid> Ids, int Total)?> TryPageAsync(Guid stationId, string q, int skip, int take,
        CancellationToken ct) => Task.FromResult<(IReadOnlyList<Guid>, int)?>(null);
}
