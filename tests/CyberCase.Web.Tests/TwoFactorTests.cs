using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CyberCase.Web.Tests.Infrastructure;
using Microsoft.Playwright;
using OtpNet;

namespace CyberCase.Web.Tests;

public sealed class TwoFactorTests : BrowserTest
{
    private static string CodeAt(string secret, DateTime utc) => new Totp(Base32Encoding.ToBytes(secret)).ComputeTotp(utc);

    [Test]
    public async Task A_prosecutor_enrols_at_first_sign_in_then_needs_a_code_on_the_page_and_on_the_token_endpoint()
    {
        await SignIn("prosecutor.kashmir");
        Assert.That(new Uri(Page.Url).AbsolutePath, Is.EqualTo("/account/two-factor"), "the enrolment step comes right after the password");
        await Page.GotoAsync("/account");
        Assert.That(new Uri(Page.Url).AbsolutePath, Is.EqualTo("/account/two-factor"), "nothing else until enrolled");
        await CheckPage(Page);

        await Page.GetByRole(AriaRole.Button, new() { Name = "Set up two-factor sign-in" }).ClickAsync();
        var secret = await Page.Locator("#secret").InnerTextAsync();
        await Expect(Page.GetByAltText("QR code of the authenticator key")).ToBeVisibleAsync();
        await CheckPage(Page);
        await Screenshot(Page, "two-factor-enrolment");
        await Page.GetByLabel("Code from the app").FillAsync("000000" == CodeAt(secret, TimeProvider.System.GetUtcNow().UtcDateTime) ? "111111" : "000000");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Turn on two-factor sign-in" }).ClickAsync();
        Assert.That(await Page.Locator("#err-code").InnerTextAsync(), Does.Contain("does not match"), "a wrong code is refused beside the field");

        await Page.GetByLabel("Code from the app").FillAsync(CodeAt(secret, TimeProvider.System.GetUtcNow().UtcDateTime));
        await Page.GetByRole(AriaRole.Button, new() { Name = "Turn on two-factor sign-in" }).ClickAsync();
        var recovery = await Page.Locator("#recovery-codes li").AllInnerTextsAsync();
        Assert.That(recovery, Has.Count.EqualTo(10));
        await Page.GotoAsync("/account");
        Assert.That(new Uri(Page.Url).AbsolutePath, Is.EqualTo("/account"), "enrolled: the session goes everywhere again");
        var stored = (string)(await App.ScalarAsync(
            "SELECT Value FROM AspNetUserTokens t JOIN AspNetUsers u ON u.Id = t.UserId WHERE u.UserName = 'prosecutor.kashmir' AND t.Name = 'Secret'"))!;
        Assert.That(stored, Does.Not.Contain(secret), "the secret is protected at rest");
        var hashes = (string)(await App.ScalarAsync(
            "SELECT Value FROM AspNetUserTokens t JOIN AspNetUsers u ON u.Id = t.UserId WHERE u.UserName = 'prosecutor.kashmir' AND t.Name = 'RecoveryCodes'"))!;
        Assert.That(recovery.Any(c => hashes.Contains(c.Replace("-", ""), StringComparison.OrdinalIgnoreCase)), Is.False, "only hashes are kept");

        // The page: the password alone is not enough any more.
        await Page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        await SignIn("prosecutor.kashmir");
        Assert.That(await Page.GetByRole(AriaRole.Alert).InnerTextAsync(), Does.Contain("authenticator"));
        Assert.That(new Uri(Page.Url).AbsolutePath, Is.EqualTo("/signin"));
        // The code of the next step (the enrolment used this one; a code is never accepted twice).
        await Page.GetByLabel("Authenticator code (if you have set one up)").FillAsync(CodeAt(secret, TimeProvider.System.GetUtcNow().UtcDateTime.AddSeconds(30)));
        await Page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        Assert.That(new Uri(Page.Url).AbsolutePath, Is.EqualTo("/prosecution").Or.EqualTo("/error/404"), "signed in");
        Assert.That((await Page.Context.CookiesAsync()).Any(c => c.Name == "cybercase_session"), Is.True);

        // The token endpoint honours it too.
        using var api = new HttpClient { BaseAddress = App.BaseAddress };
        async Task<(HttpStatusCode, string?)> Login(string? code)
        {
            using var response = await api.PostAsJsonAsync("/api/auth/login", new { username = "prosecutor.kashmir", password = WebApp.Password, code });
            var body = await response.Content.ReadFromJsonAsync<JsonElement>();
            return (response.StatusCode, body.TryGetProperty("code", out var c) ? c.GetString() : null);
        }

        Assert.That(await Login(null), Is.EqualTo((HttpStatusCode.Unauthorized, "Auth.TwoFactorRequired")));
        Assert.That(await Login("123-not-a-code"), Is.EqualTo((HttpStatusCode.Unauthorized, "Auth.InvalidCredentials")));
        Assert.That((await Login(recovery[0])).Item1, Is.EqualTo(HttpStatusCode.OK), "a recovery code signs in once");
        Assert.That(await Login(recovery[0]), Is.EqualTo((HttpStatusCode.Unauthorized, "Auth.InvalidCredentials")), "and only once");
    }

    [Test]
    public async Task An_administrator_resets_a_second_factor_and_the_officer_enrols_again()
    {
        await App.ScalarAsync("UPDATE AspNetUsers SET TwoFactorEnabled = 1 WHERE UserName = 'sho.jammu'");
        using var api = new HttpClient { BaseAddress = App.BaseAddress };
        using var login = await api.PostAsJsonAsync("/api/auth/login", new { username = "admin", password = WebApp.Password });
        var token = (await login.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString();
        var id = (string)(await App.ScalarAsync("SELECT Id FROM AspNetUsers WHERE UserName = 'sho.jammu'"))!;
        using var reset = new HttpRequestMessage(HttpMethod.Post, $"/api/officers/{id}/two-factor/reset");
        reset.Headers.Authorization = new("Bearer", token);

        using var response = await api.SendAsync(reset);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
        await SignIn("sho.jammu");
        Assert.That(new Uri(Page.Url).AbsolutePath, Is.EqualTo("/account/two-factor"), "no code asked; enrolment again");
    }

    private static ILocatorAssertions Expect(ILocator locator) => Assertions.Expect(locator);
}
