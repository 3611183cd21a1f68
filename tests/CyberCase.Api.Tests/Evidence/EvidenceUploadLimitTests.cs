using System.Net;
using System.Net.Sockets;
using System.Text;
using CyberCase.Api.Tests.Infrastructure;
using CyberCase.Application.Evidence;
using CyberCase.Infrastructure.Evidence;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using static CyberCase.Api.Tests.Evidence.EvidenceUploads;

namespace CyberCase.Api.Tests.Evidence;

/// <summary>
/// What an upload may hold of the server: an officer has at most three in flight, and a stalled one is dropped by the
/// minimum data rate. The waits below are ceilings for a slow machine, not timings under test.
/// </summary>
public sealed class EvidenceUploadLimitTests
{
    private static readonly TimeSpan Ceiling = TimeSpan.FromSeconds(30);

    [Test]
    public async Task An_officers_fourth_upload_in_flight_is_refused_with_429_and_another_officer_is_not_affected()
    {
        // No minimum data rate here: the held uploads must stay open for as long as the test needs.
        using var app = new CyberCaseApp(new() { ["Evidence:MinUploadBytesPerSecond"] = "0" }, kestrel: true);
        var io = await app.ClientFor(Demo.IoKashmir);
        var inFlight = new List<RawUpload>();
        try
        {
            for (var i = 0; i < 3; i++)
            {
                inFlight.Add(await RawUpload.StartAsync(app, io, Png(64 * 1024), sendFirst: 16 * 1024));
            }

            // All three are past the limiter and streaming into staging when their bodies stop.
            Assert.That(() => StagedFiles(app), Has.Length.EqualTo(3).After((int)Ceiling.TotalMilliseconds, 50));

            var fourth = await io.Upload(Demo.FoundingFirId, Png());
            Assert.That(fourth.Headers.RetryAfter?.Delta, Is.GreaterThan(TimeSpan.Zero));
            await fourth.ShouldBe(HttpStatusCode.TooManyRequests, "Evidence.TooManyUploads");

            var colleague = await app.ClientFor(Demo.Io2Kashmir);
            await (await colleague.Upload(Demo.FoundingFirId, Png())).ShouldBe(HttpStatusCode.Created);

            foreach (var upload in inFlight)
            {
                Assert.That(await upload.FinishAsync(), Does.StartWith("HTTP/1.1 201"));
            }

            // Their permits came back with their answers.
            await (await io.Upload(Demo.FoundingFirId, Png())).ShouldBe(HttpStatusCode.Created);
        }
        finally
        {
            inFlight.ForEach(u => u.Dispose());
        }
    }

    [Test]
    public async Task A_stalled_upload_is_dropped_by_the_minimum_data_rate_and_leaves_nothing_in_staging()
    {
        using var app = new CyberCaseApp(new()
        {
            ["Evidence:MinUploadBytesPerSecond"] = "100000",
            ["Evidence:MinUploadRateGraceSeconds"] = "2",
        }, kestrel: true);
        var io = await app.ClientFor(Demo.IoKashmir);

        // 16 KB of the file, then nothing: far below 100 KB/s once the 2 s of grace are over.
        using var upload = await RawUpload.StartAsync(app, io, Png(10 << 20), sendFirst: 16 * 1024, fileName: "stalled.png");
        Assert.That(() => StagedFiles(app), Has.Length.EqualTo(1).After((int)Ceiling.TotalMilliseconds, 50), "the upload started");

        using var wait = new CancellationTokenSource(Ceiling);
        var answer = await upload.ReadUntilClosedAsync(wait.Token);
        Assert.That(wait.IsCancellationRequested, Is.False, "the server ended the stalled upload");
        Assert.That(answer, Does.Not.StartWith("HTTP/1.1 201"));
        Assert.That(() => StagedFiles(app), Is.Empty.After((int)Ceiling.TotalMilliseconds, 50), "nothing left in staging");
        Assert.That(await app.WithDb(db => Task.FromResult(db.EvidenceFiles.Count(e => e.OriginalFileName == "stalled.png"))), Is.Zero);
    }

    [Test]
    public async Task Staging_is_emptied_when_the_server_starts_and_stored_evidence_is_kept()
    {
        using var app = new CyberCaseApp();
        var staging = Path.Combine(app.EvidenceRoot(), ".staging");
        Directory.CreateDirectory(staging);
        // What a process killed in the middle of two uploads left behind, one of them a moment ago.
        await File.WriteAllBytesAsync(Path.Combine(staging, "killed-mid-upload.part"), Png(5000));
        await File.WriteAllBytesAsync(Path.Combine(staging, "another.part"), Png(5000));
        File.SetLastWriteTimeUtc(Path.Combine(staging, "another.part"), new DateTime(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc));

        var io = await app.ClientFor(Demo.IoKashmir);
        Assert.That(Directory.GetFiles(staging, "*.part", SearchOption.AllDirectories), Is.Empty);
        var stored = await (await io.Upload(Demo.FoundingFirId, Png())).ShouldBe(HttpStatusCode.Created);
        Assert.That(File.Exists(app.StoredPath(stored.GetProperty("sha256").GetString()!)), Is.True);
    }

    [TestCase(null, false)]
    [TestCase("false", false)]
    [TestCase("true", true)]
    public void Direct_io_is_off_unless_configured(string? setting, bool expected)
    {
        using var app = new CyberCaseApp(setting is null ? null : new() { ["Evidence:DirectIo"] = setting });
        var store = (LocalEvidenceStore)app.Services.GetRequiredService<IEvidenceStore>();
        Assert.That(store.DirectIo, Is.EqualTo(expected));
    }

    private static string[] StagedFiles(CyberCaseApp app)
    {
        var staging = Path.Combine(app.EvidenceRoot(), ".staging");
        return Directory.Exists(staging) ? Directory.GetFiles(staging, "*.part", SearchOption.AllDirectories) : [];
    }

    /// <summary>
    /// A multipart upload written on a socket of its own (HTTP/1.1), so the test decides when its bytes go: the form
    /// fields and the first <c>sendFirst</c> bytes of the file at once, the rest on <see cref="FinishAsync"/>.
    /// </summary>
    private sealed class RawUpload : IDisposable
    {
        private const string Boundary = "held-upload";
        private readonly TcpClient _socket = new();
        private byte[] _rest = [];

        private NetworkStream Stream => _socket.GetStream();

        public static async Task<RawUpload> StartAsync(CyberCaseApp app, HttpClient signedIn, byte[] file, int sendFirst,
            string fileName = "held.png")
        {
            var address = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
            var head = Encoding.ASCII.GetBytes(
                $"--{Boundary}\r\nContent-Disposition: form-data; name=\"ownerType\"\r\n\r\nFir\r\n" +
                $"--{Boundary}\r\nContent-Disposition: form-data; name=\"ownerId\"\r\n\r\n{Demo.FoundingFirId}\r\n" +
                $"--{Boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"{fileName}\"\r\n\r\n");
            var tail = Encoding.ASCII.GetBytes($"\r\n--{Boundary}--\r\n");
            var upload = new RawUpload { _rest = [.. file.AsSpan(sendFirst), .. tail] };
            await upload._socket.ConnectAsync(address.Host, address.Port);
            await upload.Stream.WriteAsync(Encoding.ASCII.GetBytes(
                $"POST /api/evidence HTTP/1.1\r\nHost: {address.Authority}\r\n" +
                $"Authorization: Bearer {signedIn.DefaultRequestHeaders.Authorization!.Parameter}\r\n" +
                $"Content-Type: multipart/form-data; boundary={Boundary}\r\n" +
                $"Content-Length: {head.Length + file.Length + tail.Length}\r\nConnection: close\r\n\r\n"));
            await upload.Stream.WriteAsync(head);
            await upload.Stream.WriteAsync(file.AsMemory(0, sendFirst));
            return upload;
        }

        /// <summary>Sends the rest of the file; answers the server's response.</summary>
        public async Task<string> FinishAsync()
        {
            await Stream.WriteAsync(_rest);
            using var wait = new CancellationTokenSource(Ceiling);
            return await ReadUntilClosedAsync(wait.Token);
        }

        /// <summary>What the server sent before it closed the connection (a reset counts as closed).</summary>
        public async Task<string> ReadUntilClosedAsync(CancellationToken ct)
        {
            var received = new MemoryStream();
            var buffer = new byte[4096];
            try
            {
                int read;
                while ((read = await Stream.ReadAsync(buffer, ct)) > 0)
                {
                    received.Write(buffer, 0, read);
                }
            }
            catch (IOException)
            {
                // Reset by the server.
            }
            catch (OperationCanceledException)
            {
                // Still open at the ceiling: the caller reports it.
            }

            return Encoding.ASCII.GetString(received.ToArray());
        }

        public void Dispose() => _socket.Dispose();
    }
}
