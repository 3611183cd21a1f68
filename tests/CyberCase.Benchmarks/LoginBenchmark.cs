using System.Diagnostics;
using System.Net.Http.Json;

namespace CyberCase.Benchmarks;

/// <summary>
/// (a) Sign-in refusals cost the same: median time of an unknown user, a wrong password and a locked account (and of
/// a success), one request at a time, interleaved. (b) Logins do not stall writers: FIR registration by one client,
/// p50/p95, alone and while four clients sign in continuously. The rate limits are lifted: this measures the cost of
/// the work, not the limiter.
/// </summary>
public static class LoginBenchmark
{
    private const int Rounds = 60;
    private const int Registrations = 400;

    public static async Task Run()
    {
        using var api = new ApiHost(Measure.TempDirectory("login"), new()
        {
            ["Auth:LoginPerAddress:PermitLimit"] = "1000000",
            ["Auth:LoginPerUser:PermitLimit"] = "1000000",
        });
        var anonymous = api.AnonymousClient();
        var admin = await api.SignedInClient("admin");
        (await admin.PostAsync($"/api/officers/{OfficerId("malkhana.kashmir")}/lock", null)).EnsureSuccessStatusCode();

        async Task<double> Login(string user, string password, bool ok)
        {
            var watch = Stopwatch.StartNew();
            var response = await anonymous.PostAsJsonAsync("/api/auth/login", new { username = user, password });
            var elapsed = watch.Elapsed.TotalMilliseconds;
            if (response.IsSuccessStatusCode != ok)
            {
                throw new InvalidOperationException($"{user}: {response.StatusCode}");
            }

            return elapsed;
        }

        var unknown = new List<double>();
        var wrong = new List<double>();
        var locked = new List<double>();
        var success = new List<double>();
        for (var round = -10; round < Rounds; round++)
        {
            // Four wrong passwords, then the right one, so the account never reaches the five failures that lock it.
            var sample = new[]
            {
                await Login("nobody." + round, "Wrong-password-1", false),
                await Login("io2.kashmir", "Wrong-password-1", false),
                await Login("malkhana.kashmir", "CyberCase@2021", false),
                await Login("io2.kashmir", "Wrong-password-2", false),
                await Login("nobody.else", "Wrong-password-2", false),
                await Login("io2.kashmir", "CyberCase@2021", true),
            };
            if (round >= 0)
            {
                unknown.Add(sample[0]);
                unknown.Add(sample[4]);
                wrong.Add(sample[1]);
                wrong.Add(sample[3]);
                locked.Add(sample[2]);
                success.Add(sample[5]);
            }
        }

        double Median(List<double> s) => Measure.Percentile(s, 50);
        Console.WriteLine($"login median, ms: unknown user {Median(unknown):F1}, wrong password {Median(wrong):F1}, " +
                          $"locked account {Median(locked):F1}, success {Median(success):F1} ({Rounds * 2} / {Rounds * 2} / {Rounds} / {Rounds} samples)");
        Console.WriteLine($"unknown vs wrong password: {Math.Abs(Median(unknown) - Median(wrong)) / Median(wrong) * 100:F1} % apart (target < 20 %)");

        // (b) FIR registration latency, alone and under a shift change of logins.
        var io = await api.SignedInClient("io.kashmir");
        var next = 0;
        async Task<List<double>> Register(int count)
        {
            var samples = new List<double>(count);
            for (var i = 0; i < count; i++)
            {
                var watch = Stopwatch.StartNew();
                (await io.PostAsJsonAsync("/api/firs", FirInsertBenchmark.Body(Interlocked.Increment(ref next)))).EnsureSuccessStatusCode();
                samples.Add(watch.Elapsed.TotalMilliseconds);
            }

            return samples;
        }

        await Register(Registrations);
        var alone = await Register(Registrations);

        using var stop = new CancellationTokenSource();
        var logins = 0;
        var users = new[] { "sho.kashmir", "io2.kashmir", "prosecutor.kashmir", "sho.jammu" };
        var loginClients = users.Select(user => Task.Run(async () =>
        {
            using var client = api.AnonymousClient();
            while (!stop.IsCancellationRequested)
            {
                (await client.PostAsJsonAsync("/api/auth/login", new { username = user, password = "CyberCase@2021" })).EnsureSuccessStatusCode();
                Interlocked.Increment(ref logins);
            }
        })).ToList();
        await Task.Delay(1000);
        var loginsBefore = logins;
        var watchAll = Stopwatch.StartNew();
        var underLogins = await Register(Registrations);
        var loginRate = (logins - loginsBefore) / watchAll.Elapsed.TotalSeconds;
        await stop.CancelAsync();
        await Task.WhenAll(loginClients);

        Console.WriteLine($"FIR register alone        : p50 {Measure.Percentile(alone, 50):F2} ms, p95 {Measure.Percentile(alone, 95):F2} ms ({Registrations} sequential)");
        Console.WriteLine($"FIR register, 4 log-ins   : p50 {Measure.Percentile(underLogins, 50):F2} ms, p95 {Measure.Percentile(underLogins, 95):F2} ms ({loginRate:F1} logins/s meanwhile)");
        Console.WriteLine($"p95 ratio                 : {Measure.Percentile(underLogins, 95) / Measure.Percentile(alone, 95):F2}  (target <= 2)");
    }

    private static Guid OfficerId(string userName) => CyberCase.Infrastructure.Seeding.DeterministicGuid.From("officer:" + userName);
}
