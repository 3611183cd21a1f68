using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace CyberCase.Web.Tests.Infrastructure;

/// <summary>
/// The real host on a real Kestrel port (a browser cannot use the in-memory test server), with a fresh SQLite
/// database seeded with the demo data at startup, as in the quick start; in the Testing environment, so the cookies
/// are Secure as in production (Chromium accepts Secure cookies from http://localhost).
/// </summary>
public sealed class WebApp : WebApplicationFactory<Program>
{
    public const string Password = "CyberCase@2021";

    private readonly IReadOnlyDictionary<string, string> _settings;

    /// <param name="settings">Configuration of this host beyond the quick start's (e.g. a lower background-export threshold).</param>
    public WebApp(IReadOnlyDictionary<string, string>? settings = null)
    {
        _settings = settings ?? new Dictionary<string, string>();
        UseKestrel(0);
        DataDirectory = Path.Combine(Path.GetTempPath(), "cybercase-web-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(DataDirectory);
    }

    public string DataDirectory { get; }

    /// <summary>http://localhost:port of the started server.</summary>
    public Uri BaseAddress
    {
        get
        {
            StartServer();
            var address = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
            return new UriBuilder(address) { Host = "localhost" }.Uri;
        }
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Database:Provider", "Sqlite");
        builder.UseSetting("CyberCase:DataDirectory", DataDirectory);
        builder.UseSetting("ConnectionStrings:CyberCase", "");
        builder.UseSetting("Demo:Seed", "true");
        builder.UseSetting("Jwt:SigningKey", "test-signing-key-0123456789-0123456789-abcdef");
        // The journeys sign in many times from one address and user; the limits have tests of their own in the API suite.
        builder.UseSetting("Auth:LoginPerAddress:PermitLimit", "1000");
        builder.UseSetting("Auth:LoginPerUser:PermitLimit", "1000");
        builder.UseSetting("Auth:TokenCheckCacheSeconds", "0");
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }
    }

    /// <summary>Runs raw SQL on the database file, outside the application.</summary>
    public async Task<object?> ScalarAsync(string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={Path.Combine(DataDirectory, "cybercase.db")};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync();
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            SqliteConnection.ClearAllPools();
            try
            {
                Directory.Delete(DataDirectory, recursive: true);
            }
            catch (IOException)
            {
                // a file still open on a slow shutdown; the temp folder is cleaned by the system
            }
        }
    }
}
