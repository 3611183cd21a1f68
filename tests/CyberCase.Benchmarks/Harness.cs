using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace CyberCase.Benchmarks;

/// <summary>The real API on Kestrel (loopback, a real port) over a fresh SQLite database with the demo data.</summary>
public sealed class ApiHost : WebApplicationFactory<Program>
{
    private readonly Dictionary<string, string> _settings;

    public ApiHost(string dataDirectory, Dictionary<string, string>? settings = null)
    {
        DataDirectory = dataDirectory;
        _settings = settings ?? [];
        UseKestrel(0);
    }

    public string DataDirectory { get; }

    /// <summary>More of the host's set-up for one benchmark (e.g. a timing middleware).</summary>
    public Action<IWebHostBuilder>? Configure { get; init; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        Configure?.Invoke(builder);
        builder.UseEnvironment("Benchmark");
        builder.UseSetting("CyberCase:DataDirectory", DataDirectory);
        builder.UseSetting("Demo:Seed", "true");
        builder.UseSetting("Jwt:SigningKey", "benchmark-signing-key-0123456789-0123456789");
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }
    }

    /// <summary>A plain HttpClient (SocketsHttpHandler) to the Kestrel port, signed in: the path a real client takes.</summary>
    public async Task<HttpClient> SignedInClient(string user)
    {
        var client = AnonymousClient();
        var login = await client.PostAsJsonAsync("/api/auth/login", new { username = user, password = "CyberCase@2021" });
        login.EnsureSuccessStatusCode();
        var token = (await login.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString();
        client.DefaultRequestHeaders.Authorization = new("Bearer", token);
        return client;
    }

    public HttpClient AnonymousClient()
    {
        StartServer();
        var address = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new HttpClient { BaseAddress = new Uri(address), Timeout = TimeSpan.FromMinutes(10) };
    }
}

public static class Measure
{
    public static string TempDirectory(string name)
    {
        var dir = Path.Combine(Path.GetTempPath(), "cybercase-bench", name + "-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(dir);
        return dir;
    }

    /// <summary>Runs <paramref name="total"/> calls with <paramref name="concurrency"/> workers; answers calls per second.</summary>
    public static async Task<double> Throughput(int total, int concurrency, Func<int, Task> call)
    {
        var next = -1;
        var watch = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, concurrency).Select(async _ =>
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < total)
            {
                await call(i);
            }
        }));
        return total / watch.Elapsed.TotalSeconds;
    }

    public static double Percentile(List<double> samples, double p)
    {
        var sorted = samples.Order().ToList();
        var rank = (int)Math.Ceiling(p / 100 * sorted.Count) - 1;
        return sorted[Math.Clamp(rank, 0, sorted.Count - 1)];
    }
}

/// <summary>Prints SQLite's EXPLAIN QUERY PLAN of a query as EF's ToQueryString() writes it (".param set" lines, then SQL).</summary>
public static partial class QueryPlan
{
    /// <summary>Prints each plan line and answers how many of them <paramref name="isTableScan"/> calls a table scan.</summary>
    public static async Task<int> PrintAsync(CyberCase.Application.Persistence.CyberCaseDbContext db, string sql, string title,
        Func<string, bool> isTableScan)
    {
        var connection = (Microsoft.Data.Sqlite.SqliteConnection)Microsoft.EntityFrameworkCore.RelationalDatabaseFacadeExtensions.GetDbConnection(db.Database);
        if (connection.State != System.Data.ConnectionState.Open)
        {
            await connection.OpenAsync();
        }

        await using var command = connection.CreateCommand();
        var lines = sql.Split('\n');
        foreach (var line in lines.Where(l => l.StartsWith(".param set", StringComparison.Ordinal)))
        {
            var m = ParamPattern().Match(line);
            command.Parameters.AddWithValue(m.Groups[1].Value, m.Groups[2].Value.Trim('\''));
        }

        command.CommandText = "EXPLAIN QUERY PLAN " + string.Join('\n', lines.Where(l => !l.StartsWith(".param", StringComparison.Ordinal)));
        Console.WriteLine($"query plan, {title}:");
        await using var reader = await command.ExecuteReaderAsync();
        var scans = 0;
        while (await reader.ReadAsync())
        {
            var detail = reader.GetString(3);
            scans += isTableScan(detail) ? 1 : 0;
            Console.WriteLine("  " + detail);
        }

        return scans;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^\.param set (\S+) (.*)$")]
    private static partial System.Text.RegularExpressions.Regex ParamPattern();
}

/// <summary>The lower bound's server: a bare Kestrel application on a loopback port with the endpoints it is given.</summary>
public sealed class BareServer : IAsyncDisposable
{
    private readonly Microsoft.AspNetCore.Builder.WebApplication _app;

    private BareServer(Microsoft.AspNetCore.Builder.WebApplication app, string address)
    {
        _app = app;
        Address = address;
    }

    public string Address { get; }

    public static async Task<BareServer> StartAsync(Action<Microsoft.AspNetCore.Builder.WebApplication> map)
    {
        var builder = Microsoft.AspNetCore.Builder.WebApplication.CreateSlimBuilder();
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        map(app);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new BareServer(app, address);
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
