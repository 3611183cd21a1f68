using System.Net;
using System.Net.Http.Json;
using CyberCase.Api.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CyberCase.Api.Tests.Auth;

public sealed class LoginTests : ApiTest
{
    // Lockout after five failures is what these tests are about, so the per-username rate limit (below five) is lifted.
    protected override Dictionary<string, string?> Settings => new() { ["Auth:LoginPerUser:PermitLimit"] = "1000" };

    private Task<HttpResponseMessage> Login(string user, string password) =>
        App.CreateClient().PostAsJsonAsync("/api/auth/login", new { username = user, password });

    [Test]
    public async Task Every_demo_user_signs_in_with_the_documented_password()
    {
        foreach (var user in new[] { Demo.ShoKashmir, Demo.IoKashmir, Demo.Io2Kashmir, Demo.ProsecutorKashmir, Demo.MalkhanaKashmir, Demo.Admin, Demo.ShoJammu, Demo.IoJammu })
        {
            var body = await (await Login(user, CyberCaseApp.Password)).ShouldBe(HttpStatusCode.OK);
            Assert.That(body.GetProperty("accessToken").GetString(), Is.Not.Empty);
            Assert.That(body.GetProperty("expiresIn").GetInt32(), Is.EqualTo(3600));
        }
    }

    [Test]
    public async Task An_unknown_user_a_wrong_password_and_a_locked_account_get_the_same_answer()
    {
        var admin = await App.ClientFor(Demo.Admin);
        (await admin.PostAsync($"/api/officers/{Demo.OfficerId(Demo.ShoJammu)}/lock", null)).EnsureSuccessStatusCode();

        var unknown = await (await Login("nobody.here", CyberCaseApp.Password)).ShouldBe(HttpStatusCode.Unauthorized, "Auth.InvalidCredentials");
        var wrong = await (await Login(Demo.Io2Kashmir, "wrong-password")).ShouldBe(HttpStatusCode.Unauthorized, "Auth.InvalidCredentials");
        var locked = await (await Login(Demo.ShoJammu, CyberCaseApp.Password)).ShouldBe(HttpStatusCode.Unauthorized, "Auth.InvalidCredentials");

        Assert.That(wrong.WithoutTraceId(), Is.EqualTo(unknown.WithoutTraceId()));
        Assert.That(locked.WithoutTraceId(), Is.EqualTo(unknown.WithoutTraceId()));
        Assert.That(unknown.WithoutTraceId(), Does.Not.Contain("lock").IgnoreCase);
        (await admin.PostAsync($"/api/officers/{Demo.OfficerId(Demo.ShoJammu)}/unlock", null)).EnsureSuccessStatusCode();
        await (await Login(Demo.ShoJammu, CyberCaseApp.Password)).ShouldBe(HttpStatusCode.OK);
    }

    [Test]
    public async Task A_missing_field_answers_400()
    {
        var problem = await (await App.CreateClient().PostAsJsonAsync("/api/auth/login", new { username = "io.kashmir" }))
            .ShouldBe(HttpStatusCode.BadRequest, "Validation.Failed");
        Assert.That(problem.FieldErrors(), Is.EqualTo(new[] { "password" }));
    }

    [Test]
    public async Task Five_failures_lock_the_account_without_saying_so_and_then_the_right_password_is_refused_too()
    {
        var answers = new List<string>();
        for (var i = 0; i < 5; i++)
        {
            answers.Add((await (await Login(Demo.MalkhanaKashmir, "wrong")).ShouldBe(HttpStatusCode.Unauthorized, "Auth.InvalidCredentials")).WithoutTraceId());
        }

        var afterLock = await (await Login(Demo.MalkhanaKashmir, CyberCaseApp.Password)).ShouldBe(HttpStatusCode.Unauthorized, "Auth.InvalidCredentials");
        Assert.That(answers.Append(afterLock.WithoutTraceId()).Distinct().Count(), Is.EqualTo(1), "the lockout is never revealed");

        var lockoutEnd = await App.WithDb(db => db.Users.Where(u => u.UserName == Demo.MalkhanaKashmir).Select(u => u.LockoutEnd).SingleAsync());
        Assert.That(lockoutEnd, Is.GreaterThanOrEqualTo(App.Clock.GetUtcNow().AddMinutes(10).AddSeconds(-5)), "locked for at least 10 minutes");
        var reasons = await App.WithDb(db => db.AuditRecords.Where(a => a.UserName == Demo.MalkhanaKashmir && a.Action == "Login.Failed")
            .OrderBy(a => a.Sequence).Select(a => a.Changes).ToListAsync());
        Assert.That(reasons[^1], Does.Contain("LockedOut"), "the audit trail keeps the real reason");
    }

    [Test]
    public async Task Logins_are_audited_success_and_failure()
    {
        await (await Login(Demo.IoJammu, "wrong")).ShouldBe(HttpStatusCode.Unauthorized);
        await (await Login(Demo.IoJammu, CyberCaseApp.Password)).ShouldBe(HttpStatusCode.OK);
        await (await Login("nobody.at.all", "wrong")).ShouldBe(HttpStatusCode.Unauthorized);
        var actions = await App.WithDb(db => db.AuditRecords.Where(a => a.UserName == Demo.IoJammu)
            .OrderBy(a => a.Sequence).Select(a => a.Action).ToListAsync());
        Assert.That(actions.TakeLast(2), Is.EqualTo(new[] { "Login.Failed", "Login.Succeeded" }), string.Join(",", actions));
        var unknown = await App.WithDb(db => db.AuditRecords.Where(a => a.UserName == "nobody.at.all").Select(a => a.Changes).SingleAsync());
        Assert.That(unknown, Does.Contain("UnknownUser"));
    }

    [Test]
    public async Task A_forged_or_expired_token_answers_401()
    {
        var client = App.CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl");
        await (await client.GetAsync("/api/firs")).ShouldBe(HttpStatusCode.Unauthorized, "Auth.Required");

        using var clock = new CyberCaseApp();
        var io = await clock.ClientFor(Demo.IoKashmir);
        clock.Clock.Advance(TimeSpan.FromHours(2));
        await (await io.GetAsync("/api/firs")).ShouldBe(HttpStatusCode.Unauthorized, "Auth.Required");
    }
}
