using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Text.RegularExpressions;
using CyberCase.Infrastructure.Seeding.Demo;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace CyberCase.Benchmarks;

/// <summary>
/// The officers' pages under load: 20 signed-in cookie sessions of the demo users (6 SHO, 6 IO, 3 prosecutor,
/// 3 malkhana, 2 admin) request every main page of their role on the founding case at once, each session one page at a
/// time. Reported per page: the server's time (first middleware in, handler done) and the client's time to the last byte
/// over loopback, both p50/p95/max. Target: every page p95 &lt; 100 ms.
/// </summary>
public static partial class PagesBenchmark
{
    private const int Sessions = 20;
    private const int Rounds = 25;

    /// <summary>The second factor is a sign-in step, not a cost of a page: the benchmark signs in with the password only.</summary>
    public static readonly Dictionary<string, string> Settings = new()
    {
        ["Auth:TwoFactorRequiredRoles"] = "",
        ["Auth:LoginPerAddress:PermitLimit"] = "1000",
        ["Auth:LoginPerUser:PermitLimit"] = "1000",
    };

    public static async Task Run()
    {
        var server = new ConcurrentDictionary<string, ConcurrentBag<double>>();
        Sql.Clear();
        using var api = new ApiHost(Measure.TempDirectory("pages"), Settings)
        {
            Configure = web => web.ConfigureServices(s => s.AddSingleton<IStartupFilter>(new ServerTiming(server))),
        };
        using var probe = await SignIn(api, "sho.kashmir");
        var fir = DemoFirs.FoundingFirId;
        var exhibit = ExhibitLink().Match(await probe.GetStringAsync($"/cases/{fir}")).Groups[1].Value;
        var pages = new (string Name, string Path, string[] Users)[]
        {
            ("station dashboard", "/station", ["sho.kashmir"]),
            ("cases list (IO: mine)", "/cases", ["io.kashmir"]),
            ("cases list (SHO: station)", "/cases", ["sho.kashmir"]),
            ("case page 02/2021", $"/cases/{fir}", ["sho.kashmir", "io.kashmir", "prosecutor.kashmir"]),
            ("case diary", $"/cases/{fir}/diary", ["sho.kashmir", "io.kashmir"]),
            ("links", $"/cases/{fir}/links", ["sho.kashmir", "io.kashmir"]),
            ("audit trail", $"/cases/{fir}/audit", ["sho.kashmir", "admin"]),
            ("malkhana register", "/malkhana", ["malkhana.kashmir"]),
            ("exhibit", $"/exhibits/{exhibit}", ["sho.kashmir", "io.kashmir", "malkhana.kashmir"]),
            ("prosecution", "/prosecution", ["prosecutor.kashmir"]),
            ("admin", "/admin", ["admin"]),
        };
        string[] users = [.. Enumerable.Repeat("sho.kashmir", 6), .. Enumerable.Repeat("io.kashmir", 6),
            .. Enumerable.Repeat("prosecutor.kashmir", 3), .. Enumerable.Repeat("malkhana.kashmir", 3), "admin", "admin"];
        var sessions = new List<(HttpClient Client, (string Name, string Path)[] Pages)>();
        foreach (var user in users)
        {
            sessions.Add((await SignIn(api, user), [.. pages.Where(p => p.Users.Contains(user)).Select(p => (p.Name, p.Path))]));
        }

        var sizes = new Dictionary<string, int>();
        foreach (var (client, own) in sessions)
        {
            foreach (var (name, path) in own)
            {
                for (var i = 0; i < 3; i++)
                {
                    sizes[name] = (await Get(client, name, path)).Length;
                }
            }
        }

        // Each page alone first (one session, one request at a time): its own cost, without the queue of the others.
        server.Clear();
        Sql.Clear();
        foreach (var (client, own) in sessions.DistinctBy(s => string.Join(",", s.Pages.Select(p => p.Name))))
        {
            foreach (var (name, path) in own.Where(p => !server.ContainsKey(p.Name)))
            {
                for (var i = 0; i < 20; i++)
                {
                    await Get(client, name, path);
                }
            }
        }

        Console.WriteLine("each page alone, 20 requests one after another: server p50 / p95 ms; per request SQL commands and the time their readers were open (ms):");
        foreach (var (name, _, _) in pages)
        {
            var alone = server[name].ToList();
            var sql = Sql.Of(name);
            Console.WriteLine($"  {name,-28} {Measure.Percentile(alone, 50),6:F1} {Measure.Percentile(alone, 95),6:F1}   " +
                $"{sql.Commands / (double)alone.Count,5:F1} commands {sql.Milliseconds / alone.Count,6:F1} ms");
        }

        server.Clear();
        var client_ = new ConcurrentDictionary<string, ConcurrentBag<double>>();
        var watch = Stopwatch.StartNew();
        await Task.WhenAll(sessions.Select((s, n) => Task.Run(async () =>
        {
            var random = new Random(n);
            for (var round = 0; round < Rounds; round++)
            {
                foreach (var (name, path) in s.Pages.OrderBy(_ => random.Next()))
                {
                    var start = Stopwatch.GetTimestamp();
                    await Get(s.Client, name, path);
                    client_.GetOrAdd(name, _ => []).Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
                }
            }
        })));
        var total = client_.Values.Sum(b => b.Count);
        Console.WriteLine($"{Sessions} sessions x {Rounds} rounds of their role's pages at once: {total} pages in " +
            $"{watch.Elapsed.TotalSeconds:F1} s ({total / watch.Elapsed.TotalSeconds:F0} pages/s), {Environment.ProcessorCount} cores, " +
            "client and server in one process");
        Console.WriteLine($"{"page",-28} {"KiB",5} {"n",5} | server p50   p95   max | client p50   p95   max (ms)");
        foreach (var (name, _, _) in pages)
        {
            var s = server[name].ToList();
            var c = client_[name].ToList();
            Console.WriteLine($"{name,-28} {sizes[name] / 1024.0,5:F0} {c.Count,5} |     {Measure.Percentile(s, 50),6:F1}{Measure.Percentile(s, 95),6:F1}{s.Max(),6:F0} " +
                $"|     {Measure.Percentile(c, 50),6:F1}{Measure.Percentile(c, 95),6:F1}{c.Max(),6:F0}");
        }

        var worst = pages.Select(p => (p.Name, P95: Measure.Percentile([.. server[p.Name]], 95))).MaxBy(p => p.P95);
        Console.WriteLine($"worst server p95: {worst.Name} {worst.P95:F1} ms (target < 100 ms)");
    }

    private static async Task<string> Get(HttpClient client, string name, string path)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Add(ServerTiming.Header, name);
        using var response = await client.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        if (response.StatusCode != HttpStatusCode.OK)
        {
            throw new InvalidOperationException($"{path} answered {(int)response.StatusCode}");
        }

        return body;
    }

    /// <summary>A cookie session signed in through the sign-in page (its anti-forgery token, its form).</summary>
    public static async Task<HttpClient> SignIn(ApiHost api, string user)
    {
        var anonymous = api.AnonymousClient();
        var client = new HttpClient(new CookieJar { InnerHandler = new HttpClientHandler { UseCookies = false, AllowAutoRedirect = false } })
        {
            BaseAddress = anonymous.BaseAddress,
        };
        anonymous.Dispose();
        var form = await client.GetStringAsync("/signin");
        var token = Antiforgery().Match(form).Groups[1].Value;
        using var posted = await client.PostAsync("/signin", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["username"] = user,
            ["password"] = "CyberCase@2021",
            ["returnUrl"] = "/",
        }));
        if (posted.StatusCode != HttpStatusCode.Redirect || posted.Headers.Location?.OriginalString.StartsWith("/signin", StringComparison.Ordinal) != false)
        {
            throw new InvalidOperationException($"sign-in of {user} answered {(int)posted.StatusCode} {posted.Headers.Location}");
        }

        return client;
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Antiforgery();

    [GeneratedRegex("href=\"/exhibits/([0-9a-f-]{36})\"")]
    private static partial Regex ExhibitLink();

    /// <summary>
    /// The session's cookies, sent back over plain HTTP: outside Development the sign-in cookie is Secure, which
    /// CookieContainer keeps from http://127.0.0.1 (a browser makes the same exception for localhost).
    /// </summary>
    private sealed class CookieJar : DelegatingHandler
    {
        private readonly ConcurrentDictionary<string, string> _cookies = new();

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken ct)
        {
            if (!_cookies.IsEmpty)
            {
                request.Headers.Add("Cookie", string.Join("; ", _cookies.Select(c => c.Key + "=" + c.Value)));
            }

            var response = await base.SendAsync(request, ct);
            foreach (var header in response.Headers.TryGetValues("Set-Cookie", out var values) ? values : [])
            {
                var pair = header.Split(';', 2)[0].Split('=', 2);
                if (pair[1].Length == 0)
                {
                    _cookies.TryRemove(pair[0], out _);
                }
                else
                {
                    _cookies[pair[0]] = pair[1];
                }
            }

            return response;
        }
    }

    /// <summary>EF Core's diagnostic events, counted for the page being served (the profile of a page's SQL).</summary>
    private static class Sql
    {
        public static readonly AsyncLocal<string?> Current = new();
        private static readonly ConcurrentDictionary<string, (int Commands, double Milliseconds)> Totals = new();

        static Sql() => DiagnosticListener.AllListeners.Subscribe(new Observer<DiagnosticListener>(listener =>
        {
            if (listener.Name == DbLoggerCategory.Name)
            {
                listener.Subscribe(new Observer<KeyValuePair<string, object?>>(Record));
            }
        }));

        public static (int Commands, double Milliseconds) Of(string page) => Totals.GetValueOrDefault(page);

        private static void Record(KeyValuePair<string, object?> e)
        {
            if (Current.Value is not { Length: > 0 } page)
            {
                return;
            }

            if (e.Value is CommandExecutedEventData)
            {
                Totals.AddOrUpdate(page, (1, 0), (_, t) => (t.Commands + 1, t.Milliseconds));
            }
            else if (e.Value is DataReaderDisposingEventData reader)
            {
                Totals.AddOrUpdate(page, (0, reader.Duration.TotalMilliseconds), (_, t) => (t.Commands, t.Milliseconds + reader.Duration.TotalMilliseconds));
            }
        }

        public static void Clear() => Totals.Clear();
    }

    private sealed class Observer<T>(Action<T> next) : IObserver<T>
    {
        public void OnNext(T value) => next(value);

        public void OnCompleted()
        {
        }

        public void OnError(Exception error)
        {
        }
    }

    /// <summary>Times each request in the server, from the first middleware until the handler is done, by its page name.</summary>
    private sealed class ServerTiming(ConcurrentDictionary<string, ConcurrentBag<double>> samples) : IStartupFilter
    {
        public const string Header = "X-Bench-Page";

        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use(async (HttpContext http, RequestDelegate inner) =>
            {
                var start = Stopwatch.GetTimestamp();
                Sql.Current.Value = http.Request.Headers[Header].ToString();
                await inner(http);
                if (http.Request.Headers[Header].ToString() is { Length: > 0 } name)
                {
                    samples.GetOrAdd(name, _ => []).Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
                }
            });
            next(app);
        };
    }
}
