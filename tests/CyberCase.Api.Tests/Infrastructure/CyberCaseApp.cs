using System.Collections.Concurrent;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;
using CyberCase.Application.Persistence;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;

namespace CyberCase.Api.Tests.Infrastructure;

/// <summary>
/// The real API host on a real SQLite database file of its own (migrated and seeded with the demo data at
/// startup, exactly as in production), with a controllable clock. One per test fixture; disposed with its files.
/// </summary>
public sealed class CyberCaseApp : WebApplicationFactory<Program>
{
    public const string Password = "CyberCase@2021";

    private readonly ConcurrentDictionary<string, string> _tokens = new();
    private readonly Dictionary<string, string?> _settings;

    /// <param name="settings">Configuration on top of the test defaults.</param>
    /// <param name="kestrel">Serve on Kestrel on a loopback port instead of the in-memory test server, for what only
    /// the real server does (connection limits and data rates); clients from <see cref="ClientFor"/> connect to it.</param>
    public CyberCaseApp(Dictionary<string, string?>? settings = null, bool kestrel = false)
    {
        if (kestrel)
        {
            UseKestrel(0);
        }

        DataDirectory = Path.Combine(Path.GetTempPath(), "cybercase-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(DataDirectory);
        _settings = new Dictionary<string, string?>
        {
            ["Database:Provider"] = "Sqlite",
            ["CyberCase:DataDirectory"] = DataDirectory,
            ["ConnectionStrings:CyberCase"] = "",
            ["Demo:Seed"] = "true",
            ["Jwt:SigningKey"] = "test-signing-key-0123456789-0123456789-abcdef",
        };
        foreach (var (key, value) in settings ?? [])
        {
            _settings[key] = value;
        }
    }

    public string DataDirectory { get; }

    public string DatabasePath => Path.Combine(DataDirectory, "cybercase.db");

    /// <summary>Starts at the real time (tokens must validate) and moves only when a test says so.</summary>
    public FakeTimeProvider Clock { get; } = new(TimeProvider.System.GetUtcNow());

    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureServices(services =>
        {
            services.RemoveAll<TimeProvider>();
            services.AddSingleton<TimeProvider>(Clock);
        });
    }

    /// <summary>An HTTP client signed in as the given demo user (password CyberCase@2021).</summary>
    public async Task<HttpClient> ClientFor(string userName)
    {
        StartServer();
        var client = CreateClient();
        if (!_tokens.TryGetValue(userName, out var token))
        {
            var response = await client.PostAsJsonAsync("/api/auth/login", new { username = userName, password = Password });
            response.EnsureSuccessStatusCode();
            token = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString()!;
            _tokens[userName] = token;
        }

        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    /// <summary>Direct access to the database, for arranging facts and for tampering the way an attacker would.</summary>
    public async Task<T> WithDb<T>(Func<CyberCaseDbContext, Task<T>> action)
    {
        await using var scope = Services.CreateAsyncScope();
        return await action(scope.ServiceProvider.GetRequiredService<CyberCaseDbContext>());
    }

    /// <summary>Runs raw SQL on the database file, outside the application (no audit, no interceptors).</summary>
    public async Task<int> ExecuteRawSqlAsync(string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={DatabasePath};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteNonQueryAsync();
    }

    /// <summary>Reads rows straight from the database file, each as column -> value.</summary>
    public async Task<List<Dictionary<string, object?>>> QueryRowsAsync(string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={DatabasePath};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<Dictionary<string, object?>>();
        while (await reader.ReadAsync())
        {
            rows.Add(Enumerable.Range(0, reader.FieldCount)
                .ToDictionary(reader.GetName, i => reader.IsDBNull(i) ? null : reader.GetValue(i)));
        }

        return rows;
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(DataDirectory, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open on some platform: the temp folder is cleaned by the OS.
        }
    }
}
