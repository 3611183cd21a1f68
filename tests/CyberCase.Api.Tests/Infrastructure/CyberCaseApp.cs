using System.Collections.Concurrent;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;
using CyberCase.Api.Infrastructure;
using CyberCase.Application.Persistence;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
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
    private readonly Action<IServiceCollection>? _services;

    private readonly bool _ownsDataDirectory;

    /// <param name="settings">Configuration over the test defaults.</param>
    /// <param name="services">Test-only service registrations, applied after the application's own.</param>
    /// <param name="sharedWith">Another host whose database and data folder this one uses too (a second API process on
    /// the same database); the first host owns and removes the files.</param>
    /// <param name="kestrel">Serve on Kestrel on a loopback port instead of the in-memory test server, for what only
    /// the real server does (connection limits and data rates); clients from <see cref="ClientFor"/> connect to it.</param>
    public CyberCaseApp(Dictionary<string, string?>? settings = null, Action<IServiceCollection>? services = null,
        CyberCaseApp? sharedWith = null, bool kestrel = false)
    {
        if (kestrel)
        {
            UseKestrel(0);
        }

        _services = services;
        _ownsDataDirectory = sharedWith is null;
        DataDirectory = sharedWith?.DataDirectory ?? Path.Combine(Path.GetTempPath(), "cybercase-tests", Guid.NewGuid().ToString("N"));
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
            // Every error a test provokes is checked against what the endpoint's OpenAPI entry says it answers.
            services.PostConfigure<ProblemDetailsOptions>(options =>
            {
                var customize = options.CustomizeProblemDetails;
                options.CustomizeProblemDetails = context =>
                {
                    customize?.Invoke(context);
                    CheckDocumented(context);
                };
            });
            _services?.Invoke(services);
        });
    }

    /// <summary>
    /// Error answers given by an endpoint whose OpenAPI entry does not list that status with that code: the document
    /// (and so every generated client) would be wrong. <see cref="ApiTest"/> fails the test that provoked one.
    /// </summary>
    public ConcurrentQueue<string> UndocumentedErrors { get; } = new();

    private void CheckDocumented(ProblemDetailsContext context)
    {
        // The exception handler clears the request's endpoint before it writes the error; its feature keeps it.
        var endpoint = context.HttpContext.GetEndpoint() ?? context.HttpContext.Features.Get<IExceptionHandlerFeature>()?.Endpoint;
        var documented = OpenApiExtensions.DocumentedErrors(endpoint?.Metadata ?? []);
        var status = context.ProblemDetails.Status ?? context.HttpContext.Response.StatusCode;
        if (documented.Count == 0 || status >= 500 && status != StatusCodes.Status503ServiceUnavailable)
        {
            return; // not an API operation (no route, the OpenAPI or Scalar page), or a 500 that tests fail on anyway
        }

        var code = context.ProblemDetails.Extensions.TryGetValue("code", out var value) ? value?.ToString() : null;
        if (!documented.TryGetValue(status, out var codes) || code is null || !codes.Contains(code))
        {
            var name = endpoint!.Metadata.GetMetadata<IEndpointNameMetadata>()?.EndpointName ?? endpoint.DisplayName;
            UndocumentedErrors.Enqueue($"{name} answered {status} {code}, which its OpenAPI entry does not list " +
                "(add it with .Fails(status, code) in src/CyberCase.Api/Endpoints, then refresh docs/openapi/v1.json)");
        }
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

    /// <summary>
    /// Takes the database file's write lock (BEGIN IMMEDIATE on a connection of its own) as a writer in another process
    /// would, and holds it until disposed.
    /// </summary>
    public async Task<IAsyncDisposable> HoldWriteLockAsync()
    {
        var connection = new SqliteConnection($"Data Source={DatabasePath};Pooling=False");
        await connection.OpenAsync();
        var transaction = connection.BeginTransaction(deferred: false);
        return new WriteLock(connection, transaction);
    }

    private sealed class WriteLock(SqliteConnection connection, SqliteTransaction transaction) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            await transaction.RollbackAsync();
            await transaction.DisposeAsync();
            await connection.DisposeAsync();
        }
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
        if (!_ownsDataDirectory)
        {
            return;
        }

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
