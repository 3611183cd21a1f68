using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using CyberCase.Web.Tests.Infrastructure;
using Microsoft.Playwright;

namespace CyberCase.Web.Tests;

/// <summary>
/// Evidence uploads from the case page on a link that breaks: the bytes the server kept are not sent again, and the file
/// stored is the file chosen, byte for byte (its SHA-256 is computed here from the bytes the test generated). Chromium's
/// offline emulation lets a request already on the wire finish, so the breaks fall between chunks; a chunk cut off
/// mid-body is the API suite's (ResumableUploadTests).
/// </summary>
public sealed class InterruptedUploadTests : BrowserTest
{
    private const int FileSize = 3 * 1024 * 1024;

    private static ILocatorAssertions Expect(ILocator locator) => Assertions.Expect(locator);

    [Test]
    public async Task The_io_registers_an_FIR_and_an_upload_cut_off_by_the_network_resumes_from_the_servers_offset()
    {
        await SignIn("io.kashmir");
        await Page.GotoAsync("/firs/new");
        await Page.GetByLabel("From (IST)").FillAsync("2025-11-03T09:00");
        await Page.GetByLabel("To (IST)").FillAsync("2025-11-03T11:30");
        await Page.GetByLabel("Place of occurrence").FillAsync("Online; complainant at Rajbagh, Srinagar");
        await Page.GetByLabel("Information received").SelectOptionAsync("Written");
        await Page.GetByLabel("Name", new() { Exact = true }).FillAsync("Irfan Ahmad");
        await Page.GetByLabel("Act 1").SelectOptionAsync("BNS");
        await Page.GetByLabel("Section 1").FillAsync("318(4)");
        await Page.GetByLabel("What the informant reported").FillAsync("A caller posing as bank support took an OTP and the money.");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Register the FIR" }).ClickAsync();
        await Expect(Page.Locator("p[role=status]")).ToContainTextAsync("The FIR is registered.");

        // A slow link (256 KB/s up) and 512 KiB chunks (the form's data-chunk-size), so that the network goes while the
        // file is on its way. Chromium lets the chunk already on the wire finish; the next one fails.
        await Page.EvalOnSelectorAsync("form[data-evidence-upload]", "f => f.setAttribute('data-chunk-size', String(512 * 1024))");
        var network = await Page.Context.NewCDPSessionAsync(Page);
        await network.SendAsync("Network.enable");
        Task Link(bool offline) => network.SendAsync("Network.emulateNetworkConditions", new Dictionary<string, object>
        {
            ["offline"] = offline,
            ["latency"] = 20,
            ["downloadThroughput"] = -1,
            ["uploadThroughput"] = 256 * 1024,
        });
        await Link(offline: false);
        var (name, bytes) = CallLog(1);
        var log = Record(Page);
        await Choose(name, bytes);

        await Page.WaitForFunctionAsync("() => document.querySelector('progress[data-upload-progress]').value >= 20");
        await Link(offline: true);

        // The officer sees how far it came and that it will go on by itself.
        var status = Page.Locator("output[data-upload-status]");
        await Expect(status).ToContainTextAsync("The connection broke off at");
        await Expect(status).ToContainTextAsync("the network is gone");
        Assert.That(await Page.EvalOnSelectorAsync<int>("progress[data-upload-progress]", "p => p.value"), Is.GreaterThanOrEqualTo(20),
            "the progress stays where the upload stopped");
        await CheckPage(Page);

        await Link(offline: false);
        var evidenceId = await Finished(status, bytes);
        AssertResumedFromServersOffset(log, bytes.Length);
        await AssertStored(evidenceId, name, bytes);
    }

    [Test]
    public async Task A_chunk_whose_connection_drops_is_sent_again_by_the_page_from_the_servers_offset_not_from_zero()
    {
        await SignIn("io.kashmir");
        await Page.GotoAsync("/cases");
        await Page.GetByRole(AriaRole.Link, new() { Name = "02/2021" }).First.ClickAsync();
        // 1 MiB chunks (the form's data-chunk-size): two are accepted, then the connection of the third drops, twice.
        await Page.EvalOnSelectorAsync("form[data-evidence-upload]", "f => f.setAttribute('data-chunk-size', String(1024 * 1024))");
        var patches = 0;
        await Page.RouteAsync("**/api/uploads/*", async route =>
        {
            if (route.Request.Method == "PATCH" && ++patches is 3 or 4)
            {
                await route.AbortAsync("connectionreset");
                return;
            }

            await route.ContinueAsync();
        });
        var (name, bytes) = CallLog(2);
        var log = Record(Page);
        await Choose(name, bytes);

        // The second retry waits a second: the page says so, with how far the upload had come.
        var status = Page.Locator("output[data-upload-status]");
        await Expect(status).ToHaveTextAsync(new System.Text.RegularExpressions.Regex(
            @"^The connection broke off at \d+ % \(\d+ of 3145728 bytes sent\); trying again in 1 s, from where the server stopped\.$"));

        var evidenceId = await Finished(status, bytes);
        Assert.That(patches, Is.EqualTo(5), "three chunks went through, two attempts were cut off");
        var offset = AssertResumedFromServersOffset(log, bytes.Length);
        Assert.That(offset, Is.EqualTo(2 * 1024 * 1024), "the two chunks the server had accepted");
        await AssertStored(evidenceId, name, bytes);
    }

    /// <summary>A call-detail record of 3 MiB, different for each test (a finished upload of the same bytes is the same file).</summary>
    private static (string Name, byte[] Bytes) CallLog(int seed)
    {
        var random = new Random(seed);
        var text = new StringBuilder(FileSize + 64);
        for (var i = 0; text.Length < FileSize; i++)
        {
            text.Append(CultureInfo.InvariantCulture, $"{i},{random.NextInt64(100_000_000_000_000, 999_999_999_999_999)},+9194{random.Next(10_000_000, 99_999_999)}\n");
        }

        return ($"cdr-{seed}-{Guid.NewGuid():N}.csv", Encoding.ASCII.GetBytes(text.ToString(0, FileSize)));
    }

    private async Task Choose(string name, byte[] bytes)
    {
        await Page.GetByLabel("File", new() { Exact = true }).SetInputFilesAsync(new FilePayload { Name = name, MimeType = "text/plain", Buffer = bytes });
        await Page.GetByRole(AriaRole.Button, new() { Name = "Upload", Exact = true }).ClickAsync();
    }

    /// <summary>The tus requests of the page and the offsets in them, in order.</summary>
    private static List<(string Method, long? Sent, long? Answered)> Record(IPage page)
    {
        var log = new List<(string, long?, long?)>();
        page.RequestFinished += async (_, request) =>
        {
            if (!request.Url.Contains("/api/uploads/", StringComparison.Ordinal))
            {
                return;
            }

            var response = await request.ResponseAsync();
            var answered = response is null ? null : await response.HeaderValueAsync("upload-offset");
            lock (log)
            {
                log.Add((request.Method, Number(request.Headers.GetValueOrDefault("upload-offset")), Number(answered)));
            }
        };
        return log;
    }

    private static long? Number(string? value) => value is null ? null : long.Parse(value, CultureInfo.InvariantCulture);

    private static async Task<string> Finished(ILocator status, byte[] bytes)
    {
        var sha = Convert.ToHexStringLower(SHA256.HashData(bytes));
        await Expect(status).ToContainTextAsync(sha, new() { Timeout = 60_000 });
        var text = await status.InnerTextAsync();
        return text.Split(' ')[3].TrimEnd(',');
    }

    /// <summary>
    /// After the break the page asked the server how much it had (HEAD) and sent from exactly there: the first PATCH after
    /// that HEAD starts at its answer, which is past zero. Answers that offset.
    /// </summary>
    private static long AssertResumedFromServersOffset(List<(string Method, long? Sent, long? Answered)> log, long length)
    {
        List<(string Method, long? Sent, long? Answered)> requests;
        lock (log)
        {
            requests = [.. log];
        }

        TestContext.Out.WriteLine("tus requests (method, Upload-Offset sent, Upload-Offset answered): " + string.Join("; ", requests));
        var head = requests.FindIndex(r => r.Method == "HEAD");
        Assert.That(head, Is.Not.Negative, "the page asked for the offset after the break: " + string.Join("; ", requests));
        var offset = requests[head].Answered!.Value;
        Assert.That(offset, Is.GreaterThan(0).And.LessThan(length), "the server had kept part of the file");
        var next = requests.Skip(head + 1).First(r => r.Method == "PATCH");
        Assert.That(next.Sent, Is.EqualTo(offset), "the resumed PATCH started at the server's offset");
        var patches = requests.Where(r => r.Method == "PATCH").ToList();
        Assert.That(patches.Max(r => r.Answered), Is.EqualTo(length));
        Assert.That(patches.Sum(r => r.Answered - r.Sent), Is.EqualTo(length), "no byte the server had accepted was sent again");
        return offset;
    }

    /// <summary>The evidence record and the file in the store both carry the SHA-256 of the bytes chosen.</summary>
    private async Task AssertStored(string evidenceId, string name, byte[] bytes)
    {
        var sha = Convert.ToHexStringLower(SHA256.HashData(bytes));
        var key = (string)(await App.ScalarAsync($"SELECT StorageKey FROM EvidenceFiles WHERE OriginalFileName = '{name}'"))!;
        var recorded = (string)(await App.ScalarAsync($"SELECT Sha256 FROM EvidenceFiles WHERE OriginalFileName = '{name}'"))!;
        Assert.That(recorded, Is.EqualTo(sha).IgnoreCase);
        var stored = Directory.EnumerateFiles(Path.Combine(App.DataDirectory, "evidence"), key, SearchOption.AllDirectories)
            .Single(f => !f.Contains(".uploads", StringComparison.Ordinal));
        await using (var file = File.OpenRead(stored))
        {
            Assert.That(Convert.ToHexStringLower(await SHA256.HashDataAsync(file)), Is.EqualTo(sha), "the bytes stored");
        }

        Assert.That(new FileInfo(stored).Length, Is.EqualTo(bytes.Length));
        var id = (string)(await App.ScalarAsync($"SELECT Id FROM EvidenceFiles WHERE OriginalFileName = '{name}'"))!;
        Assert.That(evidenceId, Is.EqualTo(id).IgnoreCase, "the page showed the record's id");
    }
}
