using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using CyberCase.Application.Firs.SearchFirs;
using CyberCase.Application.Persistence;
using CyberCase.Infrastructure.Seeding;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Microsoft.Extensions.DependencyInjection;

namespace CyberCase.Benchmarks;

/// <summary>
/// GET /api/firs?q= over 100,000 FIRs of one station, through the real API on loopback: latency percentiles for a
/// mix of searches officers make (a name, an FIR number, a rare word, a common word), and the SQLite query plan of
/// the search to show that it uses the FTS5 index and the primary key, not a table scan.
/// </summary>
public static partial class FirSearchBenchmark
{
    private const int FirCount = 100_000;
    private const int Queries = 400;

    private static readonly string[] FirstNames = ["Farooq", "Mehraj", "Aasif", "Rubina", "Shazia", "Tanveer", "Imtiyaz", "Nusrat",
        "Bilal", "Sameer", "Irfan", "Sana", "Yasir", "Uzma", "Showkat", "Adil", "Rukhsana", "Zubair", "Mudasir", "Ishrat",
        "Aijaz", "Nazir", "Rafiq", "Gulzar", "Tabassum", "Arif", "Waseem", "Kounsar", "Suhail", "Hilal"];
    private static readonly string[] LastNames = ["Bhat", "Dar", "Mir", "Wani", "Lone", "Shah", "Malik", "Sheikh", "Khan", "Ganie",
        "Rather", "Parray", "Kumar", "Sharma", "Gupta", "Raina", "Koul", "Najar", "Sofi", "Hajam"];
    private static readonly string[] Words = ["upi", "kyc", "otp", "lottery", "loan", "investment", "crypto", "screen", "sharing",
        "courier", "customs", "parcel", "job", "offer", "sextortion", "video", "call", "bank", "wallet", "refund", "electricity",
        "bill", "army", "officer", "olx", "sale", "rent", "matrimonial", "gift", "card", "remote", "desktop", "anydesk", "telegram",
        "task", "review", "hotel", "booking", "insurance", "policy", "pension", "aadhaar", "pan", "sim", "swap", "qr", "code"];

    public static async Task Run()
    {
        using var api = new ApiHost(Measure.TempDirectory("fir-search"));
        var client = await api.SignedInClient("io.kashmir");
        var seedWatch = Stopwatch.StartNew();
        await SeedFirs(Path.Combine(api.DataDirectory, "cybercase.db"));
        Console.WriteLine($"seeded {FirCount:N0} FIRs in {seedWatch.Elapsed.TotalSeconds:F1} s");

        var random = new Random(7);
        var kinds = new (string Kind, Func<string> Query)[]
        {
            ("name", () => $"{FirstNames[random.Next(FirstNames.Length)]} {LastNames[random.Next(LastNames.Length)]}"),
            ("number", () => $"{random.Next(100, 100 + FirCount / 15)}/{2010 + random.Next(15)}"),
            ("rare word", () => $"ref{random.Next(FirCount)}"),
            ("common word", () => Words[random.Next(Words.Length)]),
        };

        for (var i = 0; i < 40; i++)
        {
            await client.GetAsync("/api/firs?q=" + Uri.EscapeDataString(kinds[i % kinds.Length].Query()));
        }

        var samples = kinds.ToDictionary(k => k.Kind, _ => new List<double>());
        long totalMatches = 0;
        for (var i = 0; i < Queries; i++)
        {
            var (kind, make) = kinds[i % kinds.Length];
            var q = make();
            var watch = Stopwatch.StartNew();
            var response = await client.GetAsync("/api/firs?q=" + Uri.EscapeDataString(q));
            var body = await response.Content.ReadAsStringAsync();
            samples[kind].Add(watch.Elapsed.TotalMilliseconds);
            response.EnsureSuccessStatusCode();
            totalMatches += long.Parse(TotalPattern().Match(body).Groups[1].Value, CultureInfo.InvariantCulture);
        }

        var all = samples.Values.SelectMany(s => s).ToList();
        foreach (var (kind, list) in samples)
        {
            Console.WriteLine($"{kind,-12} p50 {Measure.Percentile(list, 50),6:F1} ms  p95 {Measure.Percentile(list, 95),6:F1} ms");
        }

        Console.WriteLine($"all          p50 {Measure.Percentile(all, 50),6:F1} ms  p95 {Measure.Percentile(all, 95),6:F1} ms  p99 {Measure.Percentile(all, 99),6:F1} ms  (target p95 < 50 ms; {Queries} queries, {totalMatches / Queries} matches on average)");
        await PrintQueryPlan(api);
    }

    /// <summary>Bulk-loads FIRs with raw SQL in one transaction (the FTS5 triggers index them as in production).</summary>
    private static async Task SeedFirs(string databasePath)
    {
        var station = ReferenceData.StationId("CPS-KZ").ToString().ToUpperInvariant();
        var officer = DeterministicGuid.From("officer:io.kashmir").ToString().ToUpperInvariant();
        var toBinary = new DateTimeOffsetToBinaryConverter();
        var random = new Random(42);
        await using var connection = new SqliteConnection($"Data Source={databasePath}");
        await connection.OpenAsync();
        await using var transaction = connection.BeginTransaction();
        await using var command = connection.CreateCommand();
        command.CommandText = """
            INSERT INTO Firs (Id, StationId, Year, Serial, Number, RegisteredAt, RegisteredBy, OccurredFrom, OccurredTo,
                PlaceOfOccurrence, InformationType, InformantName, Narrative, Status, Version)
            VALUES ($id, $station, $year, $serial, $number, $at, $officer, $at, $at, 'Online', 'Written', $name, $narrative,
                'Registered', $id);
            INSERT INTO FirSections (FirId, Act, Section) VALUES ($id, 'ITAct', '66D');
            """;
        var p = new Func<string, SqliteParameter>(name => command.Parameters.Add(new SqliteParameter(name, null)));
        var (id, st, year, serial, number, at, off, name, narrative) =
            (p("$id"), p("$station"), p("$year"), p("$serial"), p("$number"), p("$at"), p("$officer"), p("$name"), p("$narrative"));
        st.Value = station;
        off.Value = officer;
        for (var i = 0; i < FirCount; i++)
        {
            var y = 2010 + (i % 15);
            var s = 100 + (i / 15);
            id.Value = Guid.CreateVersion7().ToString().ToUpperInvariant();
            year.Value = y;
            serial.Value = s;
            number.Value = $"{s:00}/{y}";
            at.Value = toBinary.ConvertToProvider(new DateTimeOffset(y, 1, 1, 0, 0, 0, TimeSpan.Zero).AddMinutes(s))!;
            name.Value = $"{FirstNames[random.Next(FirstNames.Length)]} {LastNames[random.Next(LastNames.Length)]}";
            narrative.Value = $"Complaint ref{i}: the complainant lost money through " +
                string.Join(' ', Enumerable.Range(0, 12).Select(_ => Words[random.Next(Words.Length)])) + ".";
            await command.ExecuteNonQueryAsync();
        }

        await transaction.CommitAsync();
        await using var analyze = connection.CreateCommand();
        analyze.CommandText = "ANALYZE;";
        await analyze.ExecuteNonQueryAsync();
    }

    /// <summary>EXPLAIN QUERY PLAN of the SQL the search runs: the index page query, and the general (filtered) query.</summary>
    private static async Task PrintQueryPlan(ApiHost api)
    {
        await using var scope = api.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CyberCaseDbContext>();
        var search = scope.ServiceProvider.GetRequiredService<IFirTextSearch>();
        var station = ReferenceData.StationId("CPS-KZ");
        var match = $"Station:{CyberCase.Infrastructure.Persistence.SqliteFirTextSearch.StationToken(station)} AND (\"upi\"*)";
        await Explain(db, $".param set @m '{match}'\nSELECT FirId FROM FirSearch WHERE FirSearch MATCH @m ORDER BY rowid DESC LIMIT 20", "plain q= (index page)");
        var filtered = SearchFirsHandler.Newest(SearchFirsHandler.Filter(db.Firs.Where(f => f.StationId == station),
            new SearchFirsQuery("Farooq Bhat", Domain.Firs.FirStatus.Registered, null, null, 1, 20), search)).Take(20);
        await Explain(db, filtered.ToQueryString(), "q= with status= (general)");
    }

    private static async Task Explain(CyberCaseDbContext db, string sql, string title)
    {
        // FTS5 reads its own index ("SCAN FirSearch VIRTUAL TABLE INDEX ..."); a scan of Firs itself is the failure.
        var scans = await QueryPlan.PrintAsync(db, sql, title,
            detail => detail is "SCAN Firs" or "SCAN f" || detail.StartsWith("SCAN f USING", StringComparison.Ordinal));
        Console.WriteLine(scans == 0 ? "no table scan of Firs" : "WARNING: the plan scans Firs");
    }


    [GeneratedRegex("\"total\":(\\d+)")]
    private static partial Regex TotalPattern();
}
