using System.Diagnostics;
using System.Globalization;
using CyberCase.Application.Exhibits.SearchExhibits;
using CyberCase.Application.Persistence;
using CyberCase.Infrastructure.Seeding;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Microsoft.Extensions.DependencyInjection;

namespace CyberCase.Benchmarks;

/// <summary>
/// Exhibit lookup by IMEI over 1,000,000 exhibits, in-process: our search (the SearchExhibits query with its
/// station filter and summary materialisation) against the lower bound, one raw indexed SELECT on the same file.
/// Prints the query plan of our SQL to show it uses the IMEI index and no table scan.
/// </summary>
public static class ImeiLookupBenchmark
{
    private const int ExhibitCount = 1_000_000;
    private const int Lookups = 2_000;

    public static async Task Run()
    {
        using var api = new ApiHost(Measure.TempDirectory("imei"));
        await api.SignedInClient("io.kashmir");
        var databasePath = Path.Combine(api.DataDirectory, "cybercase.db");
        var watch = Stopwatch.StartNew();
        var imeis = await Seed(databasePath);
        Console.WriteLine($"seeded {ExhibitCount:N0} exhibits ({imeis.Count:N0} IMEIs) in {watch.Elapsed.TotalSeconds:F1} s");

        var station = ReferenceData.StationId("CPS-KZ");
        var random = new Random(11);
        var probes = Enumerable.Range(0, Lookups).Select(i => i % 10 == 0 ? Luhn("35" + random.NextInt64(1_000_000_000_000, 9_999_999_999_999).ToString(CultureInfo.InvariantCulture)) : imeis[random.Next(imeis.Count)]).ToList();

        await using var scope = api.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CyberCaseDbContext>();
        var ours = new List<double>();
        foreach (var imei in probes.Take(200))
        {
            await SearchExhibitsHandler.Matching(db, station, imei).ToListAsync();
        }

        foreach (var imei in probes)
        {
            var t = Stopwatch.StartNew();
            var found = await SearchExhibitsHandler.Matching(db, station, imei).ToListAsync();
            ours.Add(t.Elapsed.TotalMilliseconds);
            if (found.Count > 1)
            {
                throw new InvalidOperationException("an IMEI matched more than one exhibit");
            }
        }

        var bare = new List<double>();
        await using (var connection = new SqliteConnection($"Data Source={databasePath}"))
        {
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = "SELECT e.* FROM ExhibitImeis i JOIN Exhibits e ON e.Id = i.ExhibitId WHERE i.Imei = $imei";
            var p = command.Parameters.Add("$imei", SqliteType.Text);
            foreach (var imei in probes)
            {
                p.Value = imei;
                var t = Stopwatch.StartNew();
                await using var reader = await command.ExecuteReaderAsync();
                while (await reader.ReadAsync())
                {
                    _ = reader.GetValue(0);
                }

                bare.Add(t.Elapsed.TotalMilliseconds);
            }
        }

        Console.WriteLine($"our IMEI search : p50 {Measure.Percentile(ours, 50):F3} ms  p99 {Measure.Percentile(ours, 99):F3} ms  (target p99 < 5 ms; {Lookups} lookups, 10% unknown IMEIs)");
        Console.WriteLine($"raw indexed SQL : p50 {Measure.Percentile(bare, 50):F3} ms  p99 {Measure.Percentile(bare, 99):F3} ms");

        var sql = SearchExhibitsHandler.Matching(db, station, imeis[0]).ToQueryString();
        var scans = await QueryPlan.PrintAsync(db, sql, "IMEI lookup",
            detail => detail.StartsWith("SCAN ", StringComparison.Ordinal) && !detail.Contains("USING", StringComparison.Ordinal));
        Console.WriteLine(scans == 0 ? "no table scan" : "WARNING: a table scan");
    }

    private static async Task<List<string>> Seed(string databasePath)
    {
        var station = ReferenceData.StationId("CPS-KZ").ToString().ToUpperInvariant();
        var fir = CyberCase.Infrastructure.Seeding.Demo.DemoFirs.FoundingFirId.ToString().ToUpperInvariant();
        var seizedAt = new DateTimeOffsetToBinaryConverter().ConvertToProvider(new DateTimeOffset(2021, 1, 13, 12, 0, 0, TimeSpan.Zero))!;
        var random = new Random(3);
        var imeis = new List<string>();
        await using var connection = new SqliteConnection($"Data Source={databasePath}");
        await connection.OpenAsync();
        await using var transaction = connection.BeginTransaction();
        await using var exhibit = connection.CreateCommand();
        exhibit.CommandText = """
            INSERT INTO Exhibits (Id, StationId, FirId, Serial, Number, Kind, Description, SerialNumber, SeizedAt, HolderKind, Version)
            VALUES ($id, $station, $fir, $serial, $number, 'MobilePhone', 'Mobile phone', $sn, $at, 'Malkhana', $id);
            """;
        await using var imei = connection.CreateCommand();
        imei.CommandText = "INSERT INTO ExhibitImeis (ExhibitId, Slot, Imei) VALUES ($id, $slot, $imei);";
        var (eid, est, efir, eser, enum_, esn, eat) = (exhibit.Parameters.Add("$id", SqliteType.Text), exhibit.Parameters.Add("$station", SqliteType.Text),
            exhibit.Parameters.Add("$fir", SqliteType.Text), exhibit.Parameters.Add("$serial", SqliteType.Integer),
            exhibit.Parameters.Add("$number", SqliteType.Text), exhibit.Parameters.Add("$sn", SqliteType.Text), exhibit.Parameters.Add("$at", SqliteType.Integer));
        var (iid, islot, ival) = (imei.Parameters.Add("$id", SqliteType.Text), imei.Parameters.Add("$slot", SqliteType.Integer), imei.Parameters.Add("$imei", SqliteType.Text));
        est.Value = station;
        efir.Value = fir;
        eat.Value = seizedAt;
        for (var i = 0; i < ExhibitCount; i++)
        {
            var id = Guid.CreateVersion7().ToString().ToUpperInvariant();
            (eid.Value, eser.Value, enum_.Value, esn.Value) = (id, 10_000 + i, $"EX-{10_000 + i}", $"SN{i:D9}");
            await exhibit.ExecuteNonQueryAsync();
            var slots = i % 3 == 0 ? 2 : 1;
            for (var s = 1; s <= slots; s++)
            {
                var value = Luhn(string.Concat("86", ((long)i * 2 + s).ToString("D12", CultureInfo.InvariantCulture)));
                (iid.Value, islot.Value, ival.Value) = (id, s, value);
                await imei.ExecuteNonQueryAsync();
                if (random.Next(100) == 0)
                {
                    imeis.Add(value);
                }
            }
        }

        await transaction.CommitAsync();
        await using var analyze = connection.CreateCommand();
        analyze.CommandText = "ANALYZE;";
        await analyze.ExecuteNonQueryAsync();
        return imeis;
    }

    /// <summary>Appends the Luhn check digit to 14 digits.</summary>
    private static string Luhn(string fourteen)
    {
        var sum = 0;
        for (var i = 0; i < 14; i++)
        {
            var d = fourteen[13 - i] - '0';
            if (i % 2 == 0)
            {
                d *= 2;
                d = d > 9 ? d - 9 : d;
            }

            sum += d;
        }

        return fourteen + ((10 - (sum % 10)) % 10).ToString(CultureInfo.InvariantCulture);
    }
}
