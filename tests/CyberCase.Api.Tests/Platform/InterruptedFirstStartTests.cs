using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using CyberCase.Api.Tests.Infrastructure;

namespace CyberCase.Api.Tests.Platform;

/// <summary>
/// The first start of a station's server (migrations, reference data, the demo) is killed the hard way at several
/// moments, as a power cut or an impatient operator would: the real API as its own process, killed with SIGKILL.
/// Whatever the moment, the next start must come up with the demo complete and the audit chain intact: never a
/// database that refuses to start, never half a demo.
/// The moments are states of the data folder, not clock times, so each run hits the same phase however fast the
/// machine is: the database file created, a migration's journal open, the migrations done (the WAL appears as the
/// seed transaction begins) and 0.3 s later, and the demo's evidence files stored (the seed about to commit).
/// </summary>
[NonParallelizable]
public sealed class InterruptedFirstStartTests
{
    private static readonly (string Moment, Func<string, bool> Reached, int ThenWaitMs)[] Moments =
    [
        ("database file created", dir => File.Exists(Db(dir)), 0),
        ("inside a migration", dir => File.Exists(Db(dir) + "-journal"), 0),
        ("migrations done, seed starting", dir => File.Exists(Db(dir) + "-wal"), 0),
        ("seed under way", dir => File.Exists(Db(dir) + "-wal"), 300),
        ("demo evidence stored, seed not committed", EvidenceStored, 0),
    ];

    [Test]
    public async Task A_first_start_killed_at_any_moment_starts_again_with_the_whole_demo()
    {
        var interrupted = new List<string>();
        foreach (var (moment, reached, thenWaitMs) in Moments)
        {
            var dir = Path.Combine(Path.GetTempPath(), "cybercase-tests", "kill-" + Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(dir);
            try
            {
                long killedAt;
                await using (var first = ApiProcess.Start(dir))
                {
                    var since = Stopwatch.StartNew();
                    while (!reached(dir) && !first.Listening && !first.Exited)
                    {
                        await Task.Delay(2);
                    }

                    await Task.Delay(thenWaitMs);
                    var wasListening = first.Listening;
                    first.Kill();
                    killedAt = since.ElapsedMilliseconds;
                    Assert.That(first.ExitedBeforeKill, Is.False, $"{moment}: the first start failed by itself:\n{first.Output}");
                    if (!wasListening)
                    {
                        interrupted.Add(moment);
                    }
                }

                var watch = Stopwatch.StartNew();
                await using var second = ApiProcess.Start(dir);
                await AssertDemoComplete(second, moment);
                TestContext.Out.WriteLine($"{moment}: killed at {killedAt} ms, second start checked in {watch.ElapsedMilliseconds} ms");
            }
            finally
            {
                Directory.Delete(dir, recursive: true);
            }
        }

        TestContext.Out.WriteLine("first start interrupted: " + string.Join("; ", interrupted));
        // Every moment but a missed one interrupted the start (a fast machine may finish a phase between two polls).
        Assert.That(interrupted, Has.Count.GreaterThanOrEqualTo(Moments.Length - 1), "too few kills landed inside the first start");
    }

    private static async Task AssertDemoComplete(ApiProcess api, string moment)
    {
        using var http = new HttpClient { BaseAddress = api.BaseAddress, Timeout = TimeSpan.FromSeconds(30) };
        var healthy = false;
        for (var i = 0; i < 600 && !healthy && !api.Exited; i++)
        {
            try
            {
                healthy = (await http.GetAsync("/health")).StatusCode == HttpStatusCode.OK;
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            if (!healthy)
            {
                await Task.Delay(100);
            }
        }

        Assert.That(healthy, Is.True, $"after a kill at '{moment}' the API did not start again:\n{api.Output}");

        await SignIn(http, Demo.IoKashmir, moment);
        var accused = await Get(http, $"/api/firs/{Demo.FoundingFirId}/accused");
        Assert.That(accused.GetArrayLength(), Is.EqualTo(23), moment);
        var exhibits = await Get(http, $"/api/exhibits?firId={Demo.FoundingFirId}&pageSize=20");
        Assert.That(exhibits.GetProperty("total").GetInt32(), Is.EqualTo(47), moment);
        var evidence = await Get(http, $"/api/firs/{Demo.FoundingFirId}/evidence");
        Assert.That(evidence.GetArrayLength(), Is.GreaterThan(0), moment);

        await SignIn(http, Demo.Admin, moment);
        var chain = await Get(http, "/api/audit/verify");
        Assert.That(chain.GetProperty("valid").GetBoolean(), Is.True, $"{moment}: {chain}");
        var marker = await Get(http, "/api/audit?entityType=DemoData");
        Assert.That(marker.GetProperty("total").GetInt32(), Is.EqualTo(1), $"{moment}: the demo was seeded once");
    }

    private static async Task SignIn(HttpClient http, string user, string moment)
    {
        var login = await http.PostAsJsonAsync("/api/auth/login", new { username = user, password = CyberCaseApp.Password });
        Assert.That(login.StatusCode, Is.EqualTo(HttpStatusCode.OK), $"{moment}: login as {user}: {await login.Content.ReadAsStringAsync()}");
        var token = (await login.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
    }

    private static async Task<JsonElement> Get(HttpClient http, string url)
    {
        var response = await http.GetAsync(url);
        var body = await response.Content.ReadAsStringAsync();
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), $"{url}: {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    private static string Db(string dir) => Path.Combine(dir, "cybercase.db");

    private static bool EvidenceStored(string dir)
    {
        var store = Path.Combine(dir, "evidence");
        return Directory.Exists(store) && Directory.EnumerateFiles(store, "*", SearchOption.AllDirectories)
            .Any(f => !f.Contains("staging", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>The built API (CyberCase.Api.dll) run with `dotnet` on a free port, its output kept for failure messages.</summary>
    private sealed class ApiProcess : IAsyncDisposable
    {
        private readonly Process _process;
        private readonly StringBuilder _output = new();
        private volatile bool _listening;
        private bool _killed;

        private ApiProcess(Process process, Uri baseAddress)
        {
            _process = process;
            BaseAddress = baseAddress;
        }

        public Uri BaseAddress { get; }

        public bool Listening => _listening;

        public bool Exited => _process.HasExited;

        public bool ExitedBeforeKill { get; private set; }

        public string Output
        {
            get
            {
                lock (_output)
                {
                    return _output.ToString();
                }
            }
        }

        public static ApiProcess Start(string dataDirectory)
        {
            var bin = AppContext.BaseDirectory;
            var url = $"http://127.0.0.1:{FreePort()}";
            var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet")
            {
                WorkingDirectory = bin,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            start.ArgumentList.Add(Path.Combine(bin, "CyberCase.Api.dll"));
            start.ArgumentList.Add("--urls");
            start.ArgumentList.Add(url);
            start.Environment["ASPNETCORE_ENVIRONMENT"] = "Testing";
            start.Environment["CyberCase__DataDirectory"] = dataDirectory;
            start.Environment["Database__Provider"] = "Sqlite";
            start.Environment["ConnectionStrings__CyberCase"] = "";
            start.Environment["Demo__Seed"] = "true";
            start.Environment["Jwt__SigningKey"] = "test-signing-key-0123456789-0123456789-abcdef";
            start.Environment["Logging__LogLevel__Default"] = "Warning";
            var process = new Process { StartInfo = start };
            var api = new ApiProcess(process, new Uri(url));
            process.OutputDataReceived += (_, e) => api.Append(e.Data);
            process.ErrorDataReceived += (_, e) => api.Append(e.Data);
            process.Start();
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();
            return api;
        }

        private void Append(string? line)
        {
            if (line is null)
            {
                return;
            }

            if (line.Contains("listening on", StringComparison.Ordinal))
            {
                _listening = true;
            }

            lock (_output)
            {
                _output.AppendLine(line);
            }
        }

        public void Kill()
        {
            ExitedBeforeKill = _process.HasExited;
            _killed = true;
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
            }

            _process.WaitForExit();
        }

        public ValueTask DisposeAsync()
        {
            if (!_killed)
            {
                Kill();
            }

            _process.Dispose();
            return ValueTask.CompletedTask;
        }

        private static int FreePort()
        {
            using var listener = new TcpListener(IPAddress.Loopback, 0);
            listener.Start();
            return ((IPEndPoint)listener.LocalEndpoint).Port;
        }
    }
}
