using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using CyberCase.Infrastructure.Seeding.Demo;

namespace CyberCase.Benchmarks;

/// <summary>
/// GET /api/firs/{id} of the founding FIR (authentication, role check, the FIR with its sections, statements, officers
/// and statutory deadlines of its 23 accused) against the lower bound: a bare Kestrel endpoint that answers the same
/// JSON with one SELECT by key from a SQLite file. Same client, same concurrency, same run.
/// </summary>
public static class FirReadBenchmark
{
    private const int Warmup = 3000;
    private const int Total = 4000;
    private const int Concurrency = 8;

    public static async Task Run()
    {
        using var api = new ApiHost(Measure.TempDirectory("fir-read-api"));
        var client = await api.SignedInClient("io.kashmir");
        var path = $"/api/firs/{DemoFirs.FoundingFirId}";
        var json = await client.GetStringAsync(path);
        await using var bare = await BareSelectServer.Start(Measure.TempDirectory("fir-read-bare"), DemoFirs.FoundingFirId, json);
        using var bareClient = new HttpClient { BaseAddress = new Uri(bare.Address) };
        var barePath = $"/fir/{DemoFirs.FoundingFirId}";
        if (await bareClient.GetStringAsync(barePath) != json)
        {
            throw new InvalidOperationException("The lower bound must answer the same JSON.");
        }

        async Task Ours(int _) => (await client.GetAsync(path)).EnsureSuccessStatusCode();
        async Task Bare(int _) => (await bareClient.GetAsync(barePath)).EnsureSuccessStatusCode();

        await Measure.Throughput(Warmup, Concurrency, Ours);
        await Measure.Throughput(Warmup, Concurrency, Bare);
        double ours = 0, lower = 0;
        for (var round = 0; round < 2; round++)
        {
            lower += await Measure.Throughput(Total / 2, Concurrency, Bare);
            ours += await Measure.Throughput(Total / 2, Concurrency, Ours);
        }

        ours /= 2;
        lower /= 2;
        Console.WriteLine($"GET /api/firs/{{id}}  : {ours,8:F0} req/s  ({Total} requests, {Concurrency} concurrent, {json.Length} bytes of JSON)");
        Console.WriteLine($"bare SELECT by key   : {lower,8:F0} req/s");
        Console.WriteLine($"ratio                : {ours / lower,8:F2}  (target >= 0.25)");
    }

    /// <summary>The lower bound: one endpoint, one SELECT by primary key, the stored JSON written out as it is.</summary>
    private static class BareSelectServer
    {
        public static async Task<BareServer> Start(string dir, Guid id, string json)
        {
            var connectionString = $"Data Source={Path.Combine(dir, "bare.db")}";
            await using (var setup = new SqliteConnection(connectionString))
            {
                await setup.OpenAsync();
                await using var command = setup.CreateCommand();
                command.CommandText = """
                    PRAGMA journal_mode = WAL;
                    CREATE TABLE Firs (Id TEXT PRIMARY KEY, Json TEXT NOT NULL);
                    INSERT INTO Firs (Id, Json) VALUES ($id, $json);
                    """;
                command.Parameters.AddWithValue("$id", id.ToString());
                command.Parameters.AddWithValue("$json", json);
                await command.ExecuteNonQueryAsync();
            }

            return await BareServer.StartAsync(app =>
            app.MapGet("/fir/{id}", async (string id) =>
            {
                await using var connection = new SqliteConnection(connectionString);
                await connection.OpenAsync();
                await using var command = connection.CreateCommand();
                command.CommandText = "SELECT Json FROM Firs WHERE Id = $id";
                command.Parameters.AddWithValue("$id", id);
                return await command.ExecuteScalarAsync() is string found ? Results.Text(found, "application/json") : Results.NotFound();
            }));
        }
    }
}
