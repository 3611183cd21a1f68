using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Text;
using CyberCase.Api.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace CyberCase.Api.Tests.Evidence;

/// <summary>A tus 1.0.0 client as small as the tests need: creation, HEAD, PATCH (optionally checksummed), DELETE.</summary>
internal static class Tus
{
    public static HttpRequestMessage Request(HttpMethod method, string url)
    {
        var request = new HttpRequestMessage(method, url);
        request.Headers.Add("Tus-Resumable", "1.0.0");
        return request;
    }

    public static string Metadata(params (string Key, string Value)[] pairs) =>
        string.Join(",", pairs.Select(p => $"{p.Key} {Convert.ToBase64String(Encoding.UTF8.GetBytes(p.Value))}"));

    public static Task<HttpResponseMessage> Create(this HttpClient client, long length, Guid? firId = null, string fileName = "video.png",
        string ownerType = "Fir", string? description = null)
    {
        var request = Request(HttpMethod.Post, "/api/uploads");
        request.Headers.Add("Upload-Length", length.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var pairs = new List<(string, string)> { ("ownerType", ownerType), ("ownerId", (firId ?? Demo.FoundingFirId).ToString()), ("filename", fileName) };
        if (description is not null)
        {
            pairs.Add(("description", description));
        }

        request.Headers.Add("Upload-Metadata", Metadata([.. pairs]));
        return client.SendAsync(request);
    }

    /// <summary>Creates an upload and answers its URL (path).</summary>
    public static async Task<string> Created(this HttpClient client, long length, Guid? firId = null, string fileName = "video.png")
    {
        var response = await client.Create(length, firId, fileName);
        await response.ShouldBe(System.Net.HttpStatusCode.Created);
        Assert.That(response.Headers.GetValues("Tus-Resumable").Single(), Is.EqualTo("1.0.0"));
        return response.Headers.Location!.OriginalString;
    }

    public static Task<HttpResponseMessage> Patch(this HttpClient client, string url, long offset, HttpContent body, string? checksum = null)
    {
        var request = Request(HttpMethod.Patch, url);
        request.Headers.Add("Upload-Offset", offset.ToString(System.Globalization.CultureInfo.InvariantCulture));
        if (checksum is not null)
        {
            request.Headers.Add("Upload-Checksum", checksum);
        }

        body.Headers.ContentType = new MediaTypeHeaderValue("application/offset+octet-stream");
        request.Content = body;
        return client.SendAsync(request);
    }

    public static Task<HttpResponseMessage> Patch(this HttpClient client, string url, long offset, byte[] chunk, bool checksum = false) =>
        client.Patch(url, offset, new ByteArrayContent(chunk), checksum ? "sha256 " + Convert.ToBase64String(SHA256.HashData(chunk)) : null);

    public static async Task<HttpResponseMessage> Head(this HttpClient client, string url) =>
        await client.SendAsync(Request(HttpMethod.Head, url));

    public static async Task<long> Offset(this HttpClient client, string url)
    {
        var response = await client.Head(url);
        Assert.That((int)response.StatusCode, Is.EqualTo(200), url);
        Assert.That(response.Headers.CacheControl?.NoStore, Is.True);
        return long.Parse(response.Headers.GetValues("Upload-Offset").Single(), System.Globalization.CultureInfo.InvariantCulture);
    }

    public static Task<HttpResponseMessage> Delete(this HttpClient client, string url) =>
        client.SendAsync(Request(HttpMethod.Delete, url));

    public static string Header(this HttpResponseMessage response, string name) => response.Headers.GetValues(name).Single();

    /// <summary>
    /// A PATCH on a socket of its own (Kestrel) that announces <paramref name="announced"/> bytes, sends
    /// <paramref name="send"/> of them and then drops the connection, as a failing mobile link would.
    /// </summary>
    public static async Task PatchAndDrop(CyberCaseApp app, HttpClient signedIn, string url, long offset, Stream content,
        long announced, long send)
    {
        var address = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
        using var socket = new TcpClient();
        await socket.ConnectAsync(address.Host, address.Port);
        var stream = socket.GetStream();
        await stream.WriteAsync(Encoding.ASCII.GetBytes(
            $"PATCH {url} HTTP/1.1\r\nHost: {address.Authority}\r\n" +
            $"Authorization: Bearer {signedIn.DefaultRequestHeaders.Authorization!.Parameter}\r\n" +
            $"Tus-Resumable: 1.0.0\r\nUpload-Offset: {offset}\r\nContent-Type: application/offset+octet-stream\r\n" +
            $"Content-Length: {announced}\r\n\r\n"));
        var buffer = new byte[1 << 20];
        var sent = 0L;
        while (sent < send)
        {
            var read = await content.ReadAsync(buffer.AsMemory(0, (int)Math.Min(buffer.Length, send - sent)));
            await stream.WriteAsync(buffer.AsMemory(0, read));
            sent += read;
        }

        // No FIN handshake: the connection is reset, as when a link dies.
        socket.Client.LingerState = new LingerOption(true, 0);
        socket.Close();
    }
}

/// <summary>
/// A large file that is never held in memory: block i (1 MB) is the output of a generator seeded with i, and the first
/// bytes are a PNG signature so that the type check accepts it. Any offset can be read again, as a browser re-reads a
/// file from the disk when it resumes.
/// </summary>
internal sealed class GeneratedFile(long length, int seed = 1)
{
    private const int Block = 1 << 20;

    public long Length => length;

    public Stream OpenAt(long offset) => new Reader(this, offset);

    public string Sha256()
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        using var stream = OpenAt(0);
        var buffer = new byte[Block];
        int read;
        while ((read = stream.Read(buffer, 0, buffer.Length)) > 0)
        {
            hash.AppendData(buffer, 0, read);
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    private void FillBlock(long index, byte[] block)
    {
        new Random(HashCode.Combine(seed, index)).NextBytes(block);
        if (index == 0)
        {
            EvidenceUploads.PngSignature.CopyTo(block, 0);
        }
    }

    private sealed class Reader(GeneratedFile file, long position) : Stream
    {
        private readonly byte[] _block = new byte[Block];
        private long _blockIndex = -1;

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => file.Length;
        public override long Position { get => position; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override int Read(Span<byte> buffer)
        {
            if (position >= file.Length)
            {
                return 0;
            }

            var index = position / Block;
            if (index != _blockIndex)
            {
                file.FillBlock(index, _block);
                _blockIndex = index;
            }

            var inBlock = (int)(position % Block);
            var n = (int)Math.Min(Math.Min(buffer.Length, Block - inBlock), file.Length - position);
            _block.AsSpan(inBlock, n).CopyTo(buffer);
            position += n;
            return n;
        }

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            Task.FromResult(Read(buffer, offset, count));

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            ValueTask.FromResult(Read(buffer.Span));

        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
