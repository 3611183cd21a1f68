using System.Net;
using CyberCase.Web.Tests.Infrastructure;
using Microsoft.Playwright;

namespace CyberCase.Web.Tests;

public sealed class SignInTests : BrowserTest
{
    [Test]
    public async Task The_first_address_opens_the_sign_in_page_and_a_signed_in_officer_lands_on_their_cases()
    {
        await Visit("/");
        Assert.That(new Uri(Page.Url).AbsolutePath, Is.EqualTo("/signin"));
        await Screenshot(Page, "sign-in");

        await SignIn("io.kashmir");

        Assert.That(new Uri(Page.Url).AbsolutePath, Is.EqualTo("/cases"));
        await CheckPage(Page);
    }

    [Test]
    public async Task A_wrong_password_and_an_unknown_user_get_the_same_refusal_and_keep_the_username()
    {
        async Task<string> Refusal(string user)
        {
            await Page.GotoAsync("/signin");
            await Page.GetByLabel("Username").FillAsync(user);
            await Page.GetByLabel("Password").FillAsync("not-the-password");
            await Page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
            Assert.That(await Page.GetByLabel("Username").InputValueAsync(), Is.EqualTo(user));
            return await Page.GetByRole(AriaRole.Alert).InnerTextAsync();
        }

        var wrong = await Refusal("io2.kashmir");
        var unknown = await Refusal("nobody.kashmir");

        Assert.That(wrong, Is.EqualTo(unknown));
        Assert.That(new Uri(Page.Url).AbsolutePath, Is.EqualTo("/signin"));
        await CheckPage(Page);
    }

    [Test]
    public async Task The_session_cookie_is_http_only_strict_and_secure()
    {
        await SignIn("io.kashmir");

        var cookie = (await Page.Context.CookiesAsync()).Single(c => c.Name == "cybercase_session");
        Assert.Multiple(() =>
        {
            Assert.That(cookie.HttpOnly, Is.True);
            Assert.That(cookie.SameSite, Is.EqualTo(SameSiteAttribute.Strict));
            Assert.That(cookie.Secure, Is.True);
            Assert.That(cookie.Expires, Is.EqualTo(-1), "a session cookie: it ends with the browser, and idles out on the server");
        });
    }

    [Test]
    public async Task Signing_out_ends_the_session()
    {
        await SignIn("io.kashmir");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();

        Assert.That(new Uri(Page.Url).AbsolutePath, Is.EqualTo("/signin"));
        await Page.GotoAsync("/cases");
        Assert.That(new Uri(Page.Url).AbsolutePath, Is.EqualTo("/signin"));
    }

    [Test]
    public async Task A_form_posted_without_its_anti_forgery_token_is_refused_with_400()
    {
        await SignIn("io.kashmir");

        // The browser's own cookies, but no token in the body: what a forged form would send.
        var response = await Page.APIRequest.PostAsync("/signout", new() { Form = Page.APIRequest.CreateFormData() });

        Assert.That(response.Status, Is.EqualTo((int)HttpStatusCode.BadRequest));
        await Page.GotoAsync("/cases");
        Assert.That(new Uri(Page.Url).AbsolutePath, Is.EqualTo("/cases"), "still signed in");
    }

    [Test]
    public async Task An_api_call_without_a_token_still_answers_401_problem_details_not_a_redirect()
    {
        using var client = new HttpClient { BaseAddress = App.BaseAddress };
        using var response = await client.GetAsync(new Uri("/api/me", UriKind.Relative));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"));
    }

    [Test]
    public async Task A_locked_officer_session_ends_at_the_next_page()
    {
        await SignIn("io2.kashmir");
        await Visit("/cases");

        await App.ScalarAsync("UPDATE AspNetUsers SET SecurityStamp = 'renewed' WHERE UserName = 'io2.kashmir'");
        // What a lock, a disable or a password change does to the account (the test host checks the stamp on every request).
        await Page.GotoAsync("/cases");

        Assert.That(new Uri(Page.Url).AbsolutePath, Is.EqualTo("/signin"));
    }
}
