using System.Globalization;
using CyberCase.Application.Money;
using CyberCase.Application.Persistence;
using CyberCase.Domain.Common;
using CyberCase.Domain.Money;
using Microsoft.EntityFrameworkCore;

namespace CyberCase.Application.CaseFiles;

public static partial class CaseBundleContentBuilder
{
    /// <summary>
    /// The victims and the money trail, from the same query as the API's trail; null when the case has neither. Amounts
    /// are printed in their own currency with its decimals and never summed across currencies.
    /// </summary>
    private static async Task<MoneyTrailContent?> MoneyTrailAsync(CyberCaseDbContext db, Guid firId, string firNumber, CancellationToken ct)
    {
        var victims = await db.Victims.AsNoTracking().Where(v => v.FirId == firId).ToListAsync(ct);
        var trail = await db.TrailAsync(firId, firNumber, ct);
        if (victims.Count == 0 && trail.Accounts.Count == 0)
        {
            return null;
        }

        victims = victims.OrderBy(v => v.RecordedAt).ThenBy(v => v.Id).ToList();
        var victimRef = victims.Select((v, i) => (v.Id, Ref: $"V{i + 1}")).ToDictionary(x => x.Id, x => x.Ref);
        var accountRef = trail.Accounts.Select((a, i) => (a.Account.Id, Ref: $"AC{i + 1}")).ToDictionary(x => x.Id, x => x.Ref);
        var paid = trail.Victims.ToDictionary(v => v.VictimId);

        var victimLines = victims.Select(v => new VictimLine(victimRef[v.Id], v.Name,
            string.Join("; ", new[] { v.Nationality, v.PassportOrId, v.Country, v.Contact }.Where(s => !string.IsNullOrWhiteSpace(s))),
            v.Language is null ? "—" : v.InterpreterNeeded ? $"{v.Language} (interpreter needed)" : v.Language,
            v.AmountLost is { } lost ? Amount(lost, v.AmountLostCurrency!) : "—",
            paid.TryGetValue(v.Id, out var p) && p.Paid.Count > 0 ? string.Join("\n", p.Paid.Select(t => Amount(t.Amount, t.Currency))) : "—")).ToList();

        string Source(TransactionView t) => t.FromAccountId is { } from ? accountRef[from] : t.VictimId is { } v ? victimRef[v] : "—";
        var transactionLines = trail.Transactions.Select(t => new TransactionLine(DateTime(t.OccurredAt), Amount(t.Amount, t.Currency),
            Channel(t.Channel), t.Reference, Source(t), accountRef[t.ToAccountId])).ToList();

        var accountLines = trail.Accounts.Select(a => new AccountLine(accountRef[a.Account.Id],
            a.Layer is { } l ? (a.CashOut ? $"{l} (cash-out)" : l.ToString(Invariant)) : "—",
            AccountLabel(a.Account), a.Account.Holder,
            a.Received.Count == 0 ? "—" : string.Join("\n", a.Received.Select(t => Amount(t.Amount, t.Currency))),
            a.History.Count == 0 ? "No freeze or lien requested" : string.Join("\n", a.History.Select(StatusLine)))).ToList();

        var totals = new List<string>
        {
            "Paid by the victims: " + Joined(trail.PaidByVictims),
            "Held by banks (freeze or lien confirmed): " + Joined(trail.Held),
            "Attached by the court's order: " + Joined(trail.Attached),
        };

        var nodes = victims.Select(v => new TrailNode(victimRef[v.Id], 0, $"{victimRef[v.Id]} {v.Name}", false))
            .Concat(trail.Accounts.Where(a => a.Layer is not null)
                .Select(a => new TrailNode(accountRef[a.Account.Id], a.Layer!.Value, $"{accountRef[a.Account.Id]} {AccountLabel(a.Account)}", a.CashOut)))
            .ToList();
        var keys = nodes.Select(n => n.Key).ToHashSet(StringComparer.Ordinal);
        var edges = trail.Transactions.Select(t => new TrailEdge(Source(t), accountRef[t.ToAccountId]))
            .Where(e => keys.Contains(e.From) && keys.Contains(e.To)).Distinct().ToList();
        return new MoneyTrailContent(victimLines, transactionLines, accountLines, totals, new TrailDrawing(nodes, edges));
    }

    private static string Channel(PaymentChannel channel) =>
        channel is PaymentChannel.Upi or PaymentChannel.Imps or PaymentChannel.Neft or PaymentChannel.Rtgs
            ? channel.ToString().ToUpperInvariant()
            : CodeName.InWords(channel.ToString());

    /// <summary>"USD 1,500.00", "JPY 12,000": the currency's own decimals.</summary>
    private static string Amount(decimal amount, string currency) =>
        currency + " " + amount.ToString("N" + (Currency.DecimalsOf(currency) ?? 2).ToString(Invariant), Invariant);

    private static string Joined(IReadOnlyList<CurrencyTotal> totals) =>
        totals.Count == 0 ? "none" : string.Join("; ", totals.Select(t => Amount(t.Amount, t.Currency)));

    private static string AccountLabel(CaseAccountView a) =>
        a.Kind switch
        {
            AccountKind.BankAccount => $"{a.Bank ?? "Bank"} A/c {a.Number} (IFSC {a.Ifsc})",
            AccountKind.Upi => $"UPI {a.Number}",
            AccountKind.Wallet => $"{a.Bank ?? "Wallet"} {a.Number}",
            AccountKind.Card => $"Card {a.Number}",
            _ => $"Crypto {a.Number}",
        };

    private static string StatusLine(AccountStatusView s)
    {
        var what = s.Kind switch
        {
            AccountStatusKind.FreezeRequested => "Debit freeze requested",
            AccountStatusKind.LienRequested => "Lien requested",
            AccountStatusKind.Confirmed => "Confirmed by the bank",
            AccountStatusKind.Released => "Released",
            _ => "Attached by the court's order",
        };
        var parts = new List<string> { $"{what} on {Ist.FormDate(s.At)}" };
        if (s.Addressee is not null)
        {
            parts.Add((s.Kind == AccountStatusKind.AttachedByCourt ? "court: " : "to ") + s.Addressee);
        }

        if (s.Reference is not null)
        {
            parts.Add("ref. " + s.Reference);
        }

        if (s.Amount is { } amount)
        {
            parts.Add((s.Kind == AccountStatusKind.AttachedByCourt ? "attached " : s.Kind == AccountStatusKind.Confirmed ? "held " : "for ") + Amount(amount, s.Currency!));
        }

        if (s.Kind == AccountStatusKind.AttachedByCourt)
        {
            parts.Add($"SP's approval {s.SpApprovalReference} of {s.SpApprovedOn:dd/MM/yyyy}; applied {s.ApplicationDate:dd/MM/yyyy}; ordered {s.OrderDate:dd/MM/yyyy}");
        }

        return string.Join(", ", parts);
    }
}
