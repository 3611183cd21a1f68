using System.Runtime.CompilerServices;
using CyberCase.Application.Persistence;
using CyberCase.Domain.Money;
using Microsoft.EntityFrameworkCore;

namespace CyberCase.Application.Money;

/// <summary>
/// The trail as one recursive query: layer 1 is every account a victim paid into; layer n+1 every account an account
/// of layer n sent money to. An account's layer is the fewest hops from a victim's payment; money sent back up the
/// chain (a cycle) does not make it recurse again. SQLite walks (account, depth) pairs with UNION, which queues each
/// pair once, so the work is bounded by accounts x layers; SQL Server allows only UNION ALL in a recursive CTE, so
/// there each path carries the accounts it went through and never enters one twice (the work there grows with the
/// number of distinct paths, not checked on a server here: see docs/money-trail.md).
/// </summary>
public static class MoneyTrailReads
{
    /// <summary>
    /// How many hops are followed. Mule networks seen in CFCFRMS replies run to five or six layers before cash-out;
    /// the bound keeps any walk finite (SQL Server's own limit is 100 levels).
    /// </summary>
    public const int MaxLayers = 12;

    public sealed class LayerRow
    {
        public Guid AccountId { get; set; }
        public int Layer { get; set; }
    }

    /// <summary>
    /// The SQLite SQL of the trail, with {0} the FIR and {1} the hop bound; the benchmark runs the same text bare. The
    /// recursive step joins the transactions table itself, so each (account, depth) in the queue is one search of the
    /// (FirId, FromAccountId) index; a CTE of distinct edges here was materialised without an index and scanned whole
    /// for every row of the queue (3.4 s for 5,000 transactions; docs/performance.md). UNION drops the repeated rows
    /// that several transfers between the same two accounts make. CROSS JOIN is SQLite's way of fixing the join order
    /// (the queue row outside, the index search inside): without statistics the planner put the transactions outside,
    /// searched by FirId alone, and scanned the queue for each of them (2.6 s for 5,000 transactions).
    /// </summary>
    public const string SqliteLayersSql = """
        WITH Trail (AccountId, Depth) AS (
            SELECT ToAccountId, 1 FROM MoneyTransactions WHERE FirId = {0} AND VictimId IS NOT NULL
            UNION
            SELECT m.ToAccountId, t.Depth + 1 FROM Trail t
            CROSS JOIN MoneyTransactions m ON m.FirId = {0} AND m.FromAccountId = t.AccountId
            WHERE t.Depth < {1}
        )
        SELECT AccountId, MIN(Depth) AS Layer FROM Trail GROUP BY AccountId
        """;

    public const string SqlServerLayersSql = """
        WITH Edges (FromId, ToId) AS (
            SELECT DISTINCT FromAccountId, ToAccountId FROM MoneyTransactions
            WHERE FirId = {0} AND FromAccountId IS NOT NULL
        ),
        Trail (AccountId, Depth, Path) AS (
            SELECT DISTINCT ToAccountId, 1, CAST(CONCAT('/', ToAccountId, '/') AS nvarchar(max))
            FROM MoneyTransactions WHERE FirId = {0} AND VictimId IS NOT NULL
            UNION ALL
            SELECT e.ToId, t.Depth + 1, CAST(CONCAT(t.Path, e.ToId, '/') AS nvarchar(max))
            FROM Trail t INNER JOIN Edges e ON e.FromId = t.AccountId
            WHERE t.Depth < {1} AND CHARINDEX(CONCAT('/', e.ToId, '/'), t.Path) = 0
        )
        SELECT AccountId, MIN(Depth) AS Layer FROM Trail GROUP BY AccountId
        """;

    /// <summary>Each account of the FIR reached from a victim's payment, with its layer.</summary>
    public static async Task<Dictionary<Guid, int>> LayersAsync(this CyberCaseDbContext db, Guid firId, CancellationToken ct)
    {
        // EF makes parameters of the arguments, mapped as the columns are (a Guid as SQLite stores it).
        var sql = db.Database.ProviderName?.EndsWith(".SqlServer", StringComparison.Ordinal) == true ? SqlServerLayersSql : SqliteLayersSql;
        var rows = await db.Database.SqlQuery<LayerRow>(FormattableStringFactory.Create(sql, firId, MaxLayers)).ToListAsync(ct);
        return rows.ToDictionary(r => r.AccountId, r => r.Layer);
    }

    public static List<CurrencyTotal> Totals(IEnumerable<(string Currency, decimal Amount)> amounts) =>
        amounts.GroupBy(a => a.Currency, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new CurrencyTotal(g.Key, g.Sum(a => a.Amount))).ToList();

    /// <summary>The trail of one FIR already known to be the officer's station's: the layers, the totals, the statuses.</summary>
    public static async Task<MoneyTrailView> TrailAsync(this CyberCaseDbContext db, Guid firId, string firNumber, CancellationToken ct)
    {
        var layers = await db.LayersAsync(firId, ct);
        var accounts = await db.CaseAccounts.AsNoTracking().Where(a => a.FirId == firId).ToListAsync(ct);
        var transactions = await db.MoneyTransactions.AsNoTracking().Where(t => t.FirId == firId).ToListAsync(ct);
        var history = (await db.AccountStatusEvents.AsNoTracking().Where(e => e.FirId == firId).ToListAsync(ct))
            .OrderBy(e => e.Sequence).ToLookup(e => e.AccountId);
        var victims = await db.Victims.AsNoTracking().Where(v => v.FirId == firId)
            .Select(v => new { v.Id, v.Name, v.AmountLost, v.AmountLostCurrency, v.RecordedAt }).ToListAsync(ct);

        // Times are ordered here: SQLite cannot order DateTimeOffset values.
        var ordered = transactions.OrderBy(t => t.OccurredAt).ThenBy(t => t.Id).ToList();
        var sentBy = ordered.Where(t => t.FromAccountId is not null).ToLookup(t => t.FromAccountId!.Value);
        var receivedBy = ordered.ToLookup(t => t.ToAccountId);
        var trail = accounts
            .Select(a =>
            {
                var steps = history[a.Id].ToList();
                var last = steps.LastOrDefault();
                var held = steps.Count == 0 || last!.Kind is AccountStatusKind.Released
                    ? []
                    : Totals(steps.Where(s => s.Kind is AccountStatusKind.Confirmed or AccountStatusKind.AttachedByCourt && s.Amount is not null)
                        .TakeLast(1).Select(s => (s.Currency!, s.Amount!.Value)));
                return new TrailAccount(CaseAccountView.From(a), layers.TryGetValue(a.Id, out var layer) ? layer : null,
                    layers.ContainsKey(a.Id) && !sentBy[a.Id].Any(),
                    Totals(receivedBy[a.Id].Select(t => (t.Currency, t.Amount))), Totals(sentBy[a.Id].Select(t => (t.Currency, t.Amount))),
                    held, last?.Kind, steps.Select(AccountStatusView.From).ToList());
            })
            .OrderBy(a => a.Layer ?? int.MaxValue).ThenBy(a => a.Account.RecordedAt).ThenBy(a => a.Account.Identifier, StringComparer.Ordinal)
            .ToList();
        var paid = ordered.Where(t => t.VictimId is not null).ToLookup(t => t.VictimId!.Value);
        var victimTotals = victims.OrderBy(v => v.RecordedAt).ThenBy(v => v.Id)
            .Select(v => new VictimTotal(v.Id, v.Name, Totals(paid[v.Id].Select(t => (t.Currency, t.Amount))),
                v.AmountLost is { } lost ? [new CurrencyTotal(v.AmountLostCurrency!, lost)] : []))
            .ToList();
        var lastSteps = history.Select(h => h.Last()).ToList();
        return new MoneyTrailView(firId, firNumber, trail, ordered.Select(TransactionView.From).ToList(), victimTotals,
            Totals(ordered.Where(t => t.VictimId is not null).Select(t => (t.Currency, t.Amount))),
            Totals(lastSteps.Where(s => s.Kind == AccountStatusKind.Confirmed && s.Amount is not null).Select(s => (s.Currency!, s.Amount!.Value))),
            Totals(lastSteps.Where(s => s.Kind == AccountStatusKind.AttachedByCourt && s.Amount is not null).Select(s => (s.Currency!, s.Amount!.Value))));
    }
}
