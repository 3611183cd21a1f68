using System.Diagnostics;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using CyberCase.Infrastructure.Seeding.Demo;

namespace CyberCase.Benchmarks;

/// <summary>
/// A 1 GB evidence upload through the API (multipart over loopback, hashed while streamed to disk, flushed, recorded)
/// against the lower bound: SHA256.HashData over the same file, in the same run. Also samples the process's working
/// set during the upload: the server streams, so memory must not grow with the file (target: under 64 MB).
/// </summary>
public static class UploadBenchmark
{
    private const long Size = 1L << 30;

    public static async Task Run()
    {
        var dir = Measure.TempDirectory("upload");
        var path = Path.Combine(dir, "search-video.mp4");
        await WriteVideoLikeFile(path);
        using var api = new ApiHost(Path.Combine(dir, "data"));
        var client = await api.SignedInClient("io.kashmir");

        // Warm up the path (JIT, connections) with a small file, then settle the heap.
        var small = Path.Combine(dir, "small.mp4");
        await File.WriteAllBytesAsync(small, (await File.ReadAllBytesAsync(path)).AsSpan(0, 1 << 20).ToArray());
        await Upload(client, small);
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();

        var hashWatch = Stopwatch.StartNew();
        await using (var stream = File.OpenRead(path))
        {
            SHA256.HashData(stream);
        }

        var hashSeconds = hashWatch.Elapsed.TotalSeconds;

        using var process = Process.GetCurrentProcess();
        process.Refresh();
        var baseline = process.WorkingSet64;
        var peak = baseline;
        using var sampling = new CancellationTokenSource();
        var sampler = Task.Run(async () =>
        {
            while (!sampling.IsCancellationRequested)
            {
                process.Refresh();
                peak = Math.Max(peak, process.WorkingSet64);
                await Task.Delay(20);
            }
        });

        var uploadWatch = Stopwatch.StartNew();
        await Upload(client, path);
        var uploadSeconds = uploadWatch.Elapsed.TotalSeconds;
        await sampling.CancelAsync();
        await sampler;

        var gb = Size / (double)(1L << 30);
        Console.WriteLine($"SHA256.HashData over the file : {gb / hashSeconds,6:F2} GB/s ({hashSeconds:F2} s)");
        Console.WriteLine($"upload through the API        : {gb / uploadSeconds,6:F2} GB/s ({uploadSeconds:F2} s)");
        Console.WriteLine($"ratio                         : {hashSeconds / uploadSeconds,6:F2}  (target >= 0.85)");
        Console.WriteLine($"working set growth            : {(peak - baseline) / 1048576.0,6:F1} MB (client and server share this process; target < 64 MB)");
        Console.WriteLine($"managed heap after            : {GC.GetTotalMemory(false) / 1048576.0,6:F1} MB, gen2 collections {GC.CollectionCount(2)}");
        Directory.Delete(dir, recursive: true);
    }

    private static async Task Upload(HttpClient client, string path)
    {
        await using var file = File.OpenRead(path);
        using var form = new MultipartFormDataContent
        {
            { new StringContent("Fir"), "ownerType" },
            { new StringContent(DemoFirs.FoundingFirId.ToString()), "ownerId" },
            { new StringContent("Video of the search (benchmark)"), "description" },
        };
        var content = new StreamContent(file, 256 * 1024);
        content.Headers.ContentType = new MediaTypeHeaderValue("video/mp4");
        form.Add(content, "file", Path.GetFileName(path));
        var response = await client.PostAsync("/api/evidence", form);
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"upload failed: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        }
    }

    /// <summary>An MP4 'ftyp' box followed by pseudo-random bytes (so no layer can compress it away).</summary>
    private static async Task WriteVideoLikeFile(string path)
    {
        var random = new Random(5);
        var buffer = new byte[4 << 20];
        await using var file = File.Create(path);
        byte[] ftyp = [0, 0, 0, 0x18, (byte)'f', (byte)'t', (byte)'y', (byte)'p', (byte)'i', (byte)'s', (byte)'o', (byte)'m', 0, 0, 2, 0,
            (byte)'i', (byte)'s', (byte)'o', (byte)'m', (byte)'m', (byte)'p', (byte)'4', (byte)'1'];
        for (long written = 0; written < Size; written += buffer.Length)
        {
            random.NextBytes(buffer);
            if (written == 0)
            {
                ftyp.CopyTo(buffer, 0);
            }

            await file.WriteAsync(buffer);
        }
    }
}
