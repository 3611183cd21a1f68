using System.Net;
using System.Net.Http.Json;
using CyberCase.Api.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CyberCase.Api.Tests.Auth;

public sealed class LoginTests : ApiTest
{
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
    public async Task A_wrong_password_or_unknown_user_answers_401()
    {
        await (await Login(Demo.Io2Kashmir, "wrong-password")).ShouldBe(HttpStatusCode.Unauthorized, "Auth.InvalidCredentials");
        await (await Login("nobody.here", CyberCaseApp.Password)).ShouldBe(HttpStatusCode.Unauthorized, "Auth.InvalidCredentials");
    }

    [Test]
    public async Task A_missing_field_answers_400()
    {
        var problem = await (await App.CreateClient().PostAsJsonAsync("/api/auth/login", new { username = "io.kashmir" }))
            .ShouldBe(HttpStatusCode.BadRequest, "Validation.Failed");
        Assert.That(problem.FieldErrors(), Is.EqualTo(new[] { "password" }));
    }

    [Test]
    public async Task Five_failures_lock_the_account_and_then_the_right_password_is_refused_too()
    {
        for (var i = 0; i < 4; i++)
        {
            await (await Login(Demo.MalkhanaKashmir, "wrong")).ShouldBe(HttpStatusCode.Unauthorized, "Auth.InvalidCredentials");
        }

        await (await Login(Demo.MalkhanaKashmir, "wrong")).ShouldBe(HttpStatusCode.Unauthorized, "Auth.LockedOut");
        await (await Login(Demo.MalkhanaKashmir, CyberCaseApp.Password)).ShouldBe(HttpStatusCode.Unauthorized, "Auth.LockedOut");

        var lockoutEnd = await App.WithDb(db => db.Users.Where(u => u.UserName == Demo.MalkhanaKashmir).Select(u => u.LockoutEnd).SingleAsync());
        Assert.That(lockoutEnd, Is.GreaterThanOrEqualTo(App.Clock.GetUtcNow().AddMinutes(10).AddSeconds(-5)), "locked for at least 10 minutes");
    }

    [Test]
    public async Task Logins_are_audited_success_and_failure()
    {
        await (await Login(Demo.ShoJammu, "wrong")).ShouldBe(HttpStatusCode.Unauthorized);
        await (await Login(Demo.ShoJammu, CyberCaseApp.Password)).ShouldBe(HttpStatusCode.OK);
        var actions = await App.WithDb(db => db.AuditRecords.Where(a => a.UserName == Demo.ShoJammu)
            .OrderBy(a => a.Sequence).Select(a => a.Action).ToListAsync());
        Assert.That(actions.TakeLast(2), Is.EqualTo(new[] { "Login.Failed", "Login.Succeeded" }), string.Join(",", actions));
    }

    [Test]
    public async Task A_forged_or_expired_token_answers_401()
    {
        var client = App.CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl");
        await (await client.GetAsync("/api/firs")).ShouldBe(HttpStatusCode.Unauthorized, "Auth.Required");

        var clock = new CyberCaseApp();
        try
        {
            var io = await clock.ClientFor(Demo.IoKashmir);
            clock.Clock.Advance(TimeSpan.FromHours(2));
            await (await io.GetAsync("/api/firs")).ShouldBe(HttpStatusCode.Unauthorized, "Auth.Required");
        }
        finally
        {
            clock.Dispose();
        }
    }
}
