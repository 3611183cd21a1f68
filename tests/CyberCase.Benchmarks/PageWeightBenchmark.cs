using System.Text.Json;
using CyberCase.Infrastructure.Seeding.Demo;
using Microsoft.Playwright;

namespace CyberCase.Benchmarks;

/// <summary>
/// The pages in a real browser (Debian's chromium by its path, nothing downloaded; CYBERCASE_CHROMIUM overrides it):
/// (1) the bytes over the wire for the founding case's page, as served (compressed, headers included, scripts and
/// styles included), on a cold cache and then again with the cache of that first load; target &lt; 200 KB first.
/// (2) First contentful paint of the dashboards with Chromium's network throttled to 750 kbit/s both ways and 100 ms
/// latency (DevTools' Network.emulateNetworkConditions), cold cache and warm; target &lt; 2 s.
/// </summary>
public static class PageWeightBenchmark
{
    private const int Runs = 5;

    public static async Task Run()
    {
        using var api = new ApiHost(Measure.TempDirectory("page-weight"), PagesBenchmark.Settings);
        Uri address;
        using (var anonymous = api.AnonymousClient())
        {
            // localhost, not 127.0.0.1: Chromium keeps Secure cookies from http://localhost only.
            address = new UriBuilder(anonymous.BaseAddress!) { Host = "localhost" }.Uri;
        }

        // The server warm (JIT, page compilation, the demo's queries) before anything is measured.
        foreach (var (user, path) in new[] { ("io.kashmir", $"/cases/{DemoFirs.FoundingFirId}"), ("io.kashmir", "/cases"), ("sho.kashmir", "/station") })
        {
            using var warm = await PagesBenchmark.SignIn(api, user);
            for (var i = 0; i < 5; i++)
            {
                (await warm.GetAsync(path)).EnsureSuccessStatusCode();
            }
        }

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Environment.GetEnvironmentVariable("CYBERCASE_CHROMIUM") ?? "/usr/bin/chromium",
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"],
        });

        await CasePageWeight(address, browser);
        await Dashboard(address, browser, "sho.kashmir", "/station", "SHO's station dashboard");
        await Dashboard(address, browser, "io.kashmir", "/cases", "IO's cases and deadlines");
    }

    private static async Task CasePageWeight(Uri address, IBrowser browser)
    {
        var (context, page, cdp) = await SignedIn(address, browser, "io.kashmir");
        await using var _ = context;
        var wire = new Wire(cdp);
        await cdp.SendAsync("Network.clearBrowserCache");
        var path = $"/cases/{DemoFirs.FoundingFirId}";
        foreach (var title in new[] { "first load, cold cache", "second load, cache of the first" })
        {
            wire.Reset();
            await page.GotoAsync(path, new PageGotoOptions { WaitUntil = WaitUntilState.NetworkIdle });
            var loads = wire.Loads();
            Console.WriteLine($"case page 02/2021, {title}: {loads.Sum(l => l.Bytes) / 1000.0:F1} kB over the wire in {loads.Count} " +
                "responses (target < 200 kB on the first load)");
            foreach (var load in loads)
            {
                Console.WriteLine($"  {load.Bytes / 1000.0,7:F1} kB  {load.Encoding,-5} {(load.Cached ? "cache" : "net"),-5} {load.Url}");
            }
        }
    }

    private static async Task Dashboard(Uri address, IBrowser browser, string user, string path, string title)
    {
        foreach (var cold in new[] { true, false })
        {
            var paints = new List<double>();
            var loaded = new List<double>();
            for (var run = 0; run < Runs; run++)
            {
                var (context, page, cdp) = await SignedIn(address, browser, user);
                await using var _ = context;
                if (cold)
                {
                    await cdp.SendAsync("Network.clearBrowserCache");
                }
                else
                {
                    await page.GotoAsync(path, new PageGotoOptions { WaitUntil = WaitUntilState.NetworkIdle });
                }

                await cdp.SendAsync("Network.emulateNetworkConditions", new Dictionary<string, object>
                {
                    ["offline"] = false,
                    ["latency"] = 100,
                    ["downloadThroughput"] = 750_000 / 8,
                    ["uploadThroughput"] = 750_000 / 8,
                });
                await page.GotoAsync(path, new PageGotoOptions { WaitUntil = WaitUntilState.Load });
                // The entry is queued after the frame is presented, which may be after the load event.
                paints.Add(await page.EvaluateAsync<double>("""
                    () => new Promise(done => new PerformanceObserver(list => {
                        const fcp = list.getEntries().find(e => e.name === 'first-contentful-paint');
                        if (fcp) done(fcp.startTime);
                    }).observe({ type: 'paint', buffered: true }))
                    """));
                loaded.Add(await page.EvaluateAsync<double>("() => performance.getEntriesByType('navigation')[0].loadEventEnd"));
            }

            Console.WriteLine($"{title} ({path}), 750 kbit/s, 100 ms, {(cold ? "cold cache" : "warm cache")}: first contentful paint " +
                $"median {Measure.Percentile(paints, 50):F0} ms, max {paints.Max():F0} ms; load event median " +
                $"{Measure.Percentile(loaded, 50):F0} ms ({Runs} runs; target FCP < 2000 ms)");
        }
    }

    private static async Task<(IBrowserContext, IPage, ICDPSession)> SignedIn(Uri address, IBrowser browser, string user)
    {
        var context = await browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = address.ToString() });
        // Generous: on a loaded machine the first sign-in (a password hash, pages compiled) takes tens of seconds.
        context.SetDefaultTimeout(180_000);
        context.SetDefaultNavigationTimeout(180_000);
        var page = await context.NewPageAsync();
        await page.GotoAsync("/signin");
        await page.Locator("#username").FillAsync(user);
        await page.Locator("#password").FillAsync("CyberCase@2021");
        await page.Locator("form button[type=submit]").First.ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("/signin", StringComparison.Ordinal));
        var cdp = await context.NewCDPSessionAsync(page);
        await cdp.SendAsync("Network.enable");
        return (context, page, cdp);
    }

    /// <summary>What DevTools' network panel counts: per response the encoded bytes received (headers and body).</summary>
    private sealed class Wire
    {
        private readonly Dictionary<string, (string Url, string Encoding, bool Cached, long Bytes)> _loads = [];
        private readonly Lock _lock = new();

        public Wire(ICDPSession cdp)
        {
            cdp.Event("Network.responseReceived").OnEvent += (_, e) => Update(e, (load, p) =>
            {
                var response = p.GetProperty("response");
                var encoding = response.GetProperty("headers").EnumerateObject()
                    .FirstOrDefault(h => h.Name.Equals("content-encoding", StringComparison.OrdinalIgnoreCase)).Value;
                return load with
                {
                    Url = response.GetProperty("url").GetString()!,
                    Encoding = encoding.ValueKind == JsonValueKind.String ? encoding.GetString()! : "-",
                    Cached = load.Cached || (response.TryGetProperty("fromDiskCache", out var disk) && disk.GetBoolean()),
                };
            });
            cdp.Event("Network.requestServedFromCache").OnEvent += (_, e) => Update(e, (load, _) => load with { Cached = true });
            cdp.Event("Network.loadingFinished").OnEvent += (_, e) =>
                Update(e, (load, p) => load with { Bytes = (long)p.GetProperty("encodedDataLength").GetDouble() });
        }

        public void Reset()
        {
            lock (_lock)
            {
                _loads.Clear();
            }
        }

        public List<(string Url, string Encoding, bool Cached, long Bytes)> Loads()
        {
            lock (_lock)
            {
                return [.. _loads.Values.Where(l => l.Url.Length > 0)];
            }
        }

        private void Update(JsonElement? e, Func<(string Url, string Encoding, bool Cached, long Bytes), JsonElement,
            (string, string, bool, long)> change)
        {
            var p = e!.Value;
            var id = p.GetProperty("requestId").GetString()!;
            lock (_lock)
            {
                _loads[id] = change(_loads.GetValueOrDefault(id, ("", "-", false, 0)), p);
            }
        }
    }
}
