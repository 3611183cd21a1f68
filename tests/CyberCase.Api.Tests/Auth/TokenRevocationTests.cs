using System.Net;
using System.Net.Http.Json;
using CyberCase.Api.Tests.Infrastructure;

namespace CyberCase.Api.Tests.Auth;

/// <summary>A token issued before a lock, a disable or a password change is refused afterwards.</summary>
public sealed class TokenRevocationTests : ApiTest
{
    // The check's cache window is 0 here, so the refusal shows on the very next request.
    protected override Dictionary<string, string?> Settings => new() { ["Auth:TokenCheckCacheSeconds"] = "0" };

    private async Task<HttpClient> FreshClient(string user, string password = CyberCaseApp.Password)
    {
        var client = App.CreateClient();
        var login = await (await client.PostAsJsonAsync("/api/auth/login", new { username = user, password })).ShouldBe(HttpStatusCode.OK);
        client.DefaultRequestHeaders.Authorization = new("Bearer", login.GetProperty("accessToken").GetString());
        return client;
    }

    [Test]
    public async Task Locking_ends_the_officers_tokens_and_unlocking_lets_them_sign_in_again()
    {
        var io = await FreshClient(Demo.IoKashmir);
        await (await io.GetAsync("/api/me")).ShouldBe(HttpStatusCode.OK);

        var sho = await App.ClientFor(Demo.ShoKashmir);
        await (await sho.PostAsync($"/api/officers/{Demo.OfficerId(Demo.IoKashmir)}/lock", null)).ShouldBe(HttpStatusCode.NoContent);
        await (await io.GetAsync("/api/me")).ShouldBe(HttpStatusCode.Unauthorized, "Auth.Required");

        await (await sho.PostAsync($"/api/officers/{Demo.OfficerId(Demo.IoKashmir)}/unlock", null)).ShouldBe(HttpStatusCode.NoContent);
        await (await io.GetAsync("/api/me")).ShouldBe(HttpStatusCode.Unauthorized, "Auth.Required");
        var again = await FreshClient(Demo.IoKashmir);
        await (await again.GetAsync("/api/me")).ShouldBe(HttpStatusCode.OK);
    }

    [Test]
    public async Task Disabling_ends_the_tokens_and_the_account_cannot_be_unlocked()
    {
        var io = await FreshClient(Demo.IoJammu);
        var admin = await App.ClientFor(Demo.Admin);
        await (await admin.PostAsync($"/api/officers/{Demo.OfficerId(Demo.IoJammu)}/disable", null)).ShouldBe(HttpStatusCode.NoContent);
        await (await io.GetAsync("/api/me")).ShouldBe(HttpStatusCode.Unauthorized, "Auth.Required");
        await (await admin.PostAsync($"/api/officers/{Demo.OfficerId(Demo.IoJammu)}/unlock", null)).ShouldBe(HttpStatusCode.Conflict, "Officer.Disabled");
        await (await App.CreateClient().PostAsJsonAsync("/api/auth/login", new { username = Demo.IoJammu, password = CyberCaseApp.Password }))
            .ShouldBe(HttpStatusCode.Unauthorized, "Auth.InvalidCredentials");
    }

    [Test]
    public async Task Changing_the_password_ends_every_earlier_token_and_the_new_password_signs_in()
    {
        var first = await FreshClient(Demo.ProsecutorKashmir);
        var second = await FreshClient(Demo.ProsecutorKashmir);
        const string newPassword = "Kashmir-Court#2026";
        await (await first.PostAsJsonAsync("/api/me/password", new { currentPassword = CyberCaseApp.Password, newPassword }))
            .ShouldBe(HttpStatusCode.NoContent);

        await (await first.GetAsync("/api/me")).ShouldBe(HttpStatusCode.Unauthorized, "Auth.Required");
        await (await second.GetAsync("/api/me")).ShouldBe(HttpStatusCode.Unauthorized, "Auth.Required");
        var renewed = await FreshClient(Demo.ProsecutorKashmir, newPassword);
        await (await renewed.GetAsync("/api/me")).ShouldBe(HttpStatusCode.OK);
    }

    [Test]
    public async Task A_wrong_current_password_or_a_weak_new_one_answers_400_and_changes_nothing()
    {
        var io = await FreshClient(Demo.Io2Kashmir);
        var wrong = await (await io.PostAsJsonAsync("/api/me/password", new { currentPassword = "not-it", newPassword = "Kashmir-Court#2026" }))
            .ShouldBe(HttpStatusCode.BadRequest, "Validation.Failed");
        Assert.That(wrong.FieldErrors(), Is.EqualTo(new[] { "currentPassword" }));
        var weak = await (await io.PostAsJsonAsync("/api/me/password", new { currentPassword = CyberCaseApp.Password, newPassword = "short" }))
            .ShouldBe(HttpStatusCode.BadRequest, "Validation.Failed");
        Assert.That(weak.FieldErrors(), Is.EqualTo(new[] { "newPassword" }));
        await (await io.GetAsync("/api/me")).ShouldBe(HttpStatusCode.OK);
    }

    [Test]
    public async Task Failed_sign_ins_lock_the_account_but_do_not_end_the_officers_session()
    {
        // Someone guessing an officer's password must not be able to throw them out of their work.
        var malkhana = await FreshClient(Demo.MalkhanaKashmir);
        for (var i = 0; i < 4; i++)
        {
            await App.CreateClient().PostAsJsonAsync("/api/auth/login", new { username = Demo.MalkhanaKashmir, password = "guess" + i });
        }

        await (await malkhana.GetAsync("/api/me")).ShouldBe(HttpStatusCode.OK);
    }
}
