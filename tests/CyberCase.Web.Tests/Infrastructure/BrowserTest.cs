using System.Net.Http.Json;
using System.Text.Json;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace CyberCase.Web.Tests.Infrastructure;

/// <summary>
/// One host and one browser per fixture (Debian's chromium by its path; nothing is downloaded), a fresh browser
/// context (cookies) per test. Every page a test visits through <see cref="Visit"/> or <see cref="CheckPage"/> is
/// checked with axe: no serious or critical violation.
/// </summary>
[NonParallelizable]
public abstract class BrowserTest
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private IPlaywright? _playwright;
    private IBrowserContext? _context;

    protected WebApp App { get; private set; } = null!;

    protected IBrowser Browser { get; private set; } = null!;

    protected IPage Page { get; private set; } = null!;

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        App = CreateApp();
        _ = App.BaseAddress;
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Environment.GetEnvironmentVariable("CYBERCASE_CHROMIUM") ?? ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"],
        });
    }

    /// <summary>The host of this fixture; a fixture that needs other settings passes them to <see cref="WebApp"/>.</summary>
    protected virtual WebApp CreateApp() => new();

    [OneTimeTearDown]
    public async Task StopAsync()
    {
        await Browser.CloseAsync();
        _playwright?.Dispose();
        await App.DisposeAsync();
    }

    [SetUp]
    public async Task NewContextAsync()
    {
        _context = await NewContext();
        Page = await _context.NewPageAsync();
    }

    [TearDown]
    public async Task CloseContextAsync()
    {
        if (_context is not null)
        {
            await _context.CloseAsync();
        }
    }

    protected async Task<IBrowserContext> NewContext()
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = App.BaseAddress.ToString(),
            Locale = "en-IN",
            TimezoneId = "Asia/Kolkata",
            ViewportSize = new ViewportSize { Width = 1280, Height = 900 },
        });
        context.SetDefaultTimeout(15_000);
        return context;
    }

    /// <summary>Signs in through the sign-in page with the demo password (or another).</summary>
    protected async Task SignIn(string userName, IPage? page = null, string password = WebApp.Password)
    {
        page ??= Page;
        await page.GotoAsync("/signin");
        await page.GetByLabel("Username").FillAsync(userName);
        await page.GetByLabel("Password").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.WaitForLoadStateAsync(LoadState.DOMContentLoaded);
    }

    /// <summary>
    /// Signs in an officer whose role requires a second factor: the first time through the enrolment step (the secret and
    /// the recovery codes are kept for the fixture), later with the code of a time step not used yet or, once that is
    /// used too, with a recovery code (a code is accepted once, and tests sign in faster than the steps go by).
    /// </summary>
    protected async Task SignInWithSecondFactor(string userName, IPage? page = null)
    {
        page ??= Page;
        await SignIn(userName, page);
        if (new Uri(page.Url).AbsolutePath == "/account/two-factor")
        {
            await page.GetByRole(AriaRole.Button, new() { Name = "Set up two-factor sign-in" }).ClickAsync();
            var secret = await page.Locator("#secret").InnerTextAsync();
            _secrets[userName] = (secret, 0);
            await page.GetByLabel("Code from the app").FillAsync(NextCode(userName));
            await page.GetByRole(AriaRole.Button, new() { Name = "Turn on two-factor sign-in" }).ClickAsync();
            _recoveryCodes[userName] = new Queue<string>(await page.Locator("#recovery-codes li").AllInnerTextsAsync());
            await page.GetByRole(AriaRole.Link, new() { Name = "Continue" }).ClickAsync();
            return;
        }

        await page.GetByLabel("Authenticator code (if you have set one up)").FillAsync(NextCode(userName));
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
    }

    private readonly Dictionary<string, (string Secret, int Used)> _secrets = [];
    private readonly Dictionary<string, Queue<string>> _recoveryCodes = [];

    /// <summary>
    /// The enrolment's code (this step), then the code of the next step (within the allowed drift), then recovery codes.
    /// </summary>
    private string NextCode(string userName)
    {
        var (secret, used) = _secrets[userName];
        _secrets[userName] = (secret, used + 1);
        if (used >= 2)
        {
            return _recoveryCodes[userName].Dequeue();
        }

        return new OtpNet.Totp(OtpNet.Base32Encoding.ToBytes(secret))
            .ComputeTotp(TimeProvider.System.GetUtcNow().UtcDateTime.AddSeconds(30 * used));
    }

    /// <summary>The id of an FIR by its station's code and its number ("02/2021"), read from the database.</summary>
    protected async Task<string> FirId(string station, string number) => (string)(await App.ScalarAsync(
        $"SELECT f.Id FROM Firs f JOIN Stations s ON s.Id = f.StationId WHERE s.Code = '{station}' AND f.Number = '{number}'"))!;

    /// <summary>An API client signed in as a demo user: another officer's change "in another window" while a form is open.</summary>
    protected async Task<HttpClient> Api(string userName)
    {
        var api = new HttpClient { BaseAddress = App.BaseAddress };
        using var login = await api.PostAsJsonAsync("/api/auth/login", new { username = userName, password = WebApp.Password });
        api.DefaultRequestHeaders.Authorization = new("Bearer", (await login.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString());
        return api;
    }

    /// <summary>Opens the address, checks the answer's status and the page's accessibility.</summary>
    protected async Task<IResponse> Visit(string path, int status = 200, IPage? page = null)
    {
        page ??= Page;
        var response = await page.GotoAsync(path) ?? throw new AssertionException($"No answer for {path}");
        Assert.That(response.Status, Is.EqualTo(status), path);
        await CheckPage(page);
        return response;
    }

    /// <summary>axe on the page as it is now: no serious or critical violation.</summary>
    protected static async Task CheckPage(IPage page)
    {
        var results = await page.RunAxe();
        var bad = results.Violations.Where(v => v.Impact is "serious" or "critical")
            .Select(v => $"{v.Id} ({v.Impact}): {v.Help} at {string.Join(", ", v.Nodes.Take(3).Select(n => n.Target?.ToString()))}").ToList();
        Assert.That(bad, Is.Empty, $"accessibility of {page.Url}");
    }

    /// <summary>A screenshot into docs/screenshots/, only when CYBERCASE_SCREENSHOTS=1 (CI leaves the tree clean).</summary>
    protected static async Task Screenshot(IPage page, string name)
    {
        if (Environment.GetEnvironmentVariable("CYBERCASE_SCREENSHOTS") != "1")
        {
            return;
        }

        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "CyberCase.sln")))
        {
            dir = dir.Parent;
        }

        var folder = Path.Combine(dir!.FullName, "docs", "screenshots");
        Directory.CreateDirectory(folder);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, name + ".png"), FullPage = true });
    }
}
