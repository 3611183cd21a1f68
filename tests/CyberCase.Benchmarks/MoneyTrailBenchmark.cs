using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using CyberCase.Application.Money;
using CyberCase.Application.Persistence;
using CyberCase.Domain.Money;
using CyberCase.Domain.Victims;
using CyberCase.Infrastructure.Seeding;
using CyberCase.Infrastructure.Seeding.Demo;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace CyberCase.Benchmarks;

/// <summary>
/// The money trail of one case with 5,000 transactions over 2,000 accounts (200 victims; five layers of 400 accounts;
/// 50 transfers sent back up the chain): GET /api/firs/{id}/money-trail through Kestrel (the recursive layers query,
/// the accounts, transactions, statuses and totals, serialised) against the same recursive query run bare on the
/// SQLite file.
/// </summary>
public static class MoneyTrailBenchmark
{
    private const int Victims = 200;
    private const int Layers = 5;
    private const int PerLayer = 400;
    private const int Transactions = 5000;
    private const int BackTransfers = 50;
    private const int Runs = 200;

    public static async Task Run()
    {
        using var api = new ApiHost(Measure.TempDirectory("money"));
        var client = await api.SignedInClient("io.kashmir");
        var fir = await (await client.PostAsJsonAsync("/api/firs", new
        {
            occurredFrom = "2025-10-01T10:00:00+05:30",
            occurredTo = "2025-10-02T18:00:00+05:30",
            placeOfOccurrence = "Online",
            informationType = "Written",
            informant = new { name = "Benchmark Informant" },
            sections = new[] { new { act = "BNS", section = "318(4)" } },
            narrative = "Money-trail benchmark.",
        })).Content.ReadFromJsonAsync<JsonElement>();
        var firId = fir.GetProperty("id").GetGuid();
        var watch = Stopwatch.StartNew();
        await Seed(api, firId);
        Console.WriteLine($"seeded {Victims} victims, {Layers * PerLayer:N0} accounts, {Transactions:N0} transactions in {watch.Elapsed.TotalSeconds:F1} s");

        var bare = new List<double>();
        var layered = 0;
        await using (var connection = new SqliteConnection($"Data Source={Path.Combine(api.DataDirectory, "cybercase.db")}"))
        {
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = MoneyTrailReads.SqliteLayersSql.Replace("{0}", "$fir", StringComparison.Ordinal).Replace("{1}", "$max", StringComparison.Ordinal);
            command.Parameters.AddWithValue("$fir", firId.ToString().ToUpperInvariant());
            command.Parameters.AddWithValue("$max", MoneyTrailReads.MaxLayers);
            var sql = command.CommandText;
            command.CommandText = "EXPLAIN QUERY PLAN " + sql;
            await using (var plan = await command.ExecuteReaderAsync())
            {
                Console.WriteLine("query plan of the layers:");
                while (await plan.ReadAsync())
                {
                    Console.WriteLine("  " + plan.GetString(3));
                }
            }

            command.CommandText = sql;
            for (var i = 0; i < Runs + 20; i++)
            {
                var t = Stopwatch.StartNew();
                var rows = 0;
                await using (var reader = await command.ExecuteReaderAsync())
                {
                    while (await reader.ReadAsync())
                    {
                        _ = reader.GetString(0);
                        rows++;
                    }
                }

                if (i >= 20)
                {
                    bare.Add(t.Elapsed.TotalMilliseconds);
                }

                layered = rows;
                if (i == 0)
                {
                    Console.WriteLine($"bare layers, first run: {t.Elapsed.TotalMilliseconds:F0} ms, {rows} accounts");
                }
            }
        }

        var first = Stopwatch.StartNew();
        (await client.GetAsync($"/api/firs/{firId}/money-trail")).EnsureSuccessStatusCode();
        Console.WriteLine($"first request (cold): {first.Elapsed.TotalMilliseconds:F0} ms");
        for (var i = 0; i < 20; i++)
        {
            (await client.GetAsync($"/api/firs/{firId}/money-trail")).EnsureSuccessStatusCode();
        }

        var ours = new List<double>();
        var accounts = 0;
        for (var i = 0; i < Runs; i++)
        {
            var t = Stopwatch.StartNew();
            var response = await client.GetAsync($"/api/firs/{firId}/money-trail");
            var body = await response.Content.ReadAsByteArrayAsync();
            ours.Add(t.Elapsed.TotalMilliseconds);
            response.EnsureSuccessStatusCode();
            if (i == 0)
            {
                using var json = JsonDocument.Parse(body);
                accounts = json.RootElement.GetProperty("accounts").EnumerateArray().Count(a => a.GetProperty("layer").ValueKind == JsonValueKind.Number);
            }
        }

        Console.WriteLine($"our trail (API)  : p50 {Measure.Percentile(ours, 50):F1} ms  p95 {Measure.Percentile(ours, 95):F1} ms  (target p95 < 100 ms; {accounts} accounts layered, {Runs} requests)");
        Console.WriteLine($"bare recursive SQL: p50 {Measure.Percentile(bare, 50):F1} ms  p95 {Measure.Percentile(bare, 95):F1} ms  ({layered} accounts layered)");
    }

    /// <summary>
    /// The case's victims, accounts and transactions, made by the entities' own factories and written in one save (one
    /// transaction, audited by the interceptor like any write): what is measured is the read, not 7,200 POSTs.
    /// </summary>
    private static async Task Seed(ApiHost api, Guid firId)
    {
        await using var scope = api.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CyberCaseDbContext>();
        var station = ReferenceData.StationId("CPS-KZ");
        var io = DemoOfficers.IoKashmir.Id;
        var at = new DateTimeOffset(2025, 10, 2, 10, 0, 0, TimeSpan.FromHours(5.5));
        var random = new Random(13);
        var victims = Enumerable.Range(0, Victims).Select(i => Victim.Record(Guid.CreateVersion7(), station, firId, null, $"Victim {i}", null, null,
            null, null, null, "United States", "English", false, null, null, false, 1000m, "USD", [], io, at)).ToList();
        var layers = Enumerable.Range(0, Layers).Select(l => Enumerable.Range(0, PerLayer).Select(i => CaseAccount.Record(Guid.CreateVersion7(), station,
            firId, AccountKind.BankAccount, (100_000_000_000L + (l * PerLayer) + i).ToString(System.Globalization.CultureInfo.InvariantCulture), "SBIN0001234",
            "State Bank of India", $"Mule {l}-{i}", null, io, at)).ToList()).ToList();
        db.Victims.AddRange(victims);
        db.CaseAccounts.AddRange(layers.SelectMany(l => l));

        var transactions = new List<MoneyTransaction>();
        MoneyTransaction Tx(int n, Guid? victim, Guid? from, Guid to, string currency) => MoneyTransaction.Record(Guid.CreateVersion7(), station, firId,
            at.AddMinutes(-n), 100m + (n % 997), currency, victim is null ? PaymentChannel.Imps : PaymentChannel.Wire, $"UTR{n:D10}", victim, from, to,
            null, io, at);
        var n = 0;
        for (var i = 0; i < Victims * 5; i++, n++)
        {
            transactions.Add(Tx(n, victims[i % Victims].Id, null, layers[0][random.Next(PerLayer)].Id, "USD"));
        }

        var forward = Transactions - transactions.Count - BackTransfers;
        for (var i = 0; i < forward; i++, n++)
        {
            var layer = i % (Layers - 1);
            transactions.Add(Tx(n, null, layers[layer][random.Next(PerLayer)].Id, layers[layer + 1][random.Next(PerLayer)].Id, "INR"));
        }

        for (var i = 0; i < BackTransfers; i++, n++)
        {
            transactions.Add(Tx(n, null, layers[2][random.Next(PerLayer)].Id, layers[0][random.Next(PerLayer)].Id, "INR"));
        }

        db.MoneyTransactions.AddRange(transactions);
        await db.SaveChangesAsync();
    }
}
