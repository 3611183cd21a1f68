using System.Net;
using System.Net.Http.Json;
using CyberCase.Api.Tests.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CyberCase.Api.Tests.Auth;

public sealed class LoginRateLimitTests
{
    /// <summary>
    /// The test server has no client address; this gives each request the one in its X-Test-Address header, so that
    /// two callers can be told apart.
    /// </summary>
    private sealed class TestAddresses : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((http, inner) =>
            {
                if (http.Request.Headers.TryGetValue("X-Test-Address", out var address))
                {
                    http.Connection.RemoteIpAddress = IPAddress.Parse(address.ToString());
                }

                return inner(http);
            });
            next(app);
        };
    }

    private sealed class App(Dictionary<string, string?> settings) : IDisposable
    {
        public CyberCaseApp Host { get; } = new(settings, s => s.AddTransient<IStartupFilter, TestAddresses>());

        public async Task<HttpResponseMessage> Login(string address, string user, string password = "wrong")
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "/api/auth/login")
            {
                Content = JsonContent.Create(new { username = user, password }),
            };
            request.Headers.Add("X-Test-Address", address);
            return await Host.CreateClient().SendAsync(request);
        }

        public Task<List<string>> ThrottleRecords() => Host.WithDb(db => db.AuditRecords
            .Where(a => a.Action == "Security.LoginThrottled").OrderBy(a => a.Sequence).Select(a => a.Changes).ToListAsync());

        public void Dispose() => Host.Dispose();
    }

    [Test]
    public async Task One_address_over_its_limit_gets_429_with_Retry_After_and_another_address_does_not()
    {
        using var app = new App(new() { ["Auth:LoginPerAddress:PermitLimit"] = "3", ["Auth:LoginPerUser:PermitLimit"] = "100" });
        for (var i = 0; i < 3; i++)
        {
            await (await app.Login("10.0.0.1", $"user{i}")).ShouldBe(HttpStatusCode.Unauthorized);
        }

        var refused = await app.Login("10.0.0.1", Demo.IoKashmir, CyberCaseApp.Password);
        await refused.ShouldBe(HttpStatusCode.TooManyRequests, "Auth.TooManyAttempts");
        Assert.That(refused.Headers.RetryAfter?.Delta, Is.GreaterThan(TimeSpan.Zero).And.LessThanOrEqualTo(TimeSpan.FromSeconds(60)));

        await (await app.Login("10.0.0.2", Demo.IoKashmir, CyberCaseApp.Password)).ShouldBe(HttpStatusCode.OK);
    }

    [Test]
    public async Task One_username_over_its_limit_gets_429_from_every_address_before_it_can_be_locked()
    {
        using var app = new App(new() { ["Auth:LoginPerUser:PermitLimit"] = "4" });
        for (var i = 0; i < 4; i++)
        {
            await (await app.Login($"10.0.1.{i}", Demo.Io2Kashmir)).ShouldBe(HttpStatusCode.Unauthorized);
        }

        var refused = await app.Login("10.0.1.99", Demo.Io2Kashmir.ToUpperInvariant());
        await refused.ShouldBe(HttpStatusCode.TooManyRequests, "Auth.TooManyAttempts");
        Assert.That(refused.Headers.RetryAfter?.Delta, Is.GreaterThan(TimeSpan.Zero));

        var lockoutEnd = await app.Host.WithDb(db => db.Users.Where(u => u.UserName == Demo.Io2Kashmir).Select(u => u.LockoutEnd).SingleAsync());
        Assert.That(lockoutEnd, Is.Null, "four failures do not lock; the fifth never reached the account");
        await (await app.Login("10.0.1.100", Demo.IoKashmir, CyberCaseApp.Password)).ShouldBe(HttpStatusCode.OK, null);
    }

    [Test]
    public async Task A_refused_burst_is_recorded_once_not_per_request()
    {
        using var app = new App(new() { ["Auth:LoginPerAddress:PermitLimit"] = "2", ["Auth:LoginPerUser:PermitLimit"] = "100" });
        for (var i = 0; i < 2; i++)
        {
            await (await app.Login("10.0.2.1", $"someone{i}")).ShouldBe(HttpStatusCode.Unauthorized);
        }

        for (var i = 0; i < 20; i++)
        {
            await (await app.Login("10.0.2.1", $"someone{i}")).ShouldBe(HttpStatusCode.TooManyRequests, "Auth.TooManyAttempts");
        }

        var records = await app.ThrottleRecords();
        Assert.That(records, Has.Count.EqualTo(1), string.Join("\n", records));
        Assert.That(records[0], Does.Contain("10.0.2.1"));

        // The next burst, after the interval, is recorded with the count of the refusals left out.
        app.Host.Clock.Advance(TimeSpan.FromMinutes(1));
        await (await app.Login("10.0.2.1", "someone")).ShouldBe(HttpStatusCode.TooManyRequests);
        records = await app.ThrottleRecords();
        Assert.That(records, Has.Count.EqualTo(2));
        Assert.That(records[1], Does.Contain("\"suppressedSinceLastRecord\":19"));
    }
}
