using System.IO.Compression;
using CyberCase.Api.Tests.Infrastructure;

namespace CyberCase.Api.Tests.Platform;

/// <summary>The pages and their scripts and styles go compressed to a browser that asks; API answers go as they are.</summary>
public sealed class ResponseCompressionTests : ApiTest
{
    private static HttpRequestMessage Get(string path, string? encodings)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (encodings is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept-Encoding", encodings);
        }

        return request;
    }

    [TestCase("/lib/pico/pico.min.css")]
    [TestCase("/lib/htmx/htmx.min.js")]
    [TestCase("/signin")]
    public async Task A_page_or_its_asset_is_sent_with_brotli_to_a_browser_that_accepts_it_and_decodes_to_the_same_bytes(string path)
    {
        var client = App.CreateClient();
        using var plain = await client.SendAsync(Get(path, null));
        using var compressed = await client.SendAsync(Get(path, "gzip, deflate, br"));

        Assert.That(plain.Content.Headers.ContentEncoding, Is.Empty, "nothing asked, nothing compressed");
        Assert.That(compressed.Content.Headers.ContentEncoding, Is.EqualTo(new[] { "br" }));
        var wire = await compressed.Content.ReadAsByteArrayAsync();
        await using var decoded = new MemoryStream();
        await using (var brotli = new BrotliStream(new MemoryStream(wire), CompressionMode.Decompress))
        {
            await brotli.CopyToAsync(decoded);
        }

        var original = await plain.Content.ReadAsByteArrayAsync();
        Assert.That(wire, Has.Length.LessThan(original.Length));
        if (path != "/signin")
        {
            // (the sign-in page's anti-forgery token differs in every answer)
            Assert.That(decoded.ToArray(), Is.EqualTo(original));
        }
    }

    [Test]
    public async Task API_answers_and_evidence_files_are_not_compressed_even_when_asked()
    {
        var io = await App.ClientFor(Demo.IoKashmir);
        using var fir = await io.SendAsync(Get($"/api/firs/{Demo.FoundingFirId}", "gzip, br"));
        Assert.That(fir.IsSuccessStatusCode, Is.True);
        Assert.That(fir.Content.Headers.ContentEncoding, Is.Empty);

        var evidence = System.Text.Json.JsonDocument.Parse(await io.GetStringAsync($"/api/firs/{Demo.FoundingFirId}/evidence"))
            .RootElement.EnumerateArray().First().GetProperty("id").GetString();
        using var file = await io.SendAsync(Get($"/api/evidence/{evidence}/content", "gzip, br"));
        Assert.That(file.IsSuccessStatusCode, Is.True);
        Assert.That(file.Content.Headers.ContentEncoding, Is.Empty, "the bytes whose SHA-256 the record holds");
    }
}
