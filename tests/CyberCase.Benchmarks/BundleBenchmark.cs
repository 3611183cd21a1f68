using System.Diagnostics;
using System.Runtime;
using System.Globalization;
using System.Security.Cryptography;
using CyberCase.Application.CaseFiles;
using CyberCase.Domain.Common;
using CyberCase.Infrastructure.CaseFiles;
using PdfSharp.Pdf.IO;
using SkiaSharp;
using UglyToad.PdfPig;

namespace CyberCase.Benchmarks;

/// <summary>
/// The court-bundle renderer against the libraries used directly, in the same run:
/// <list type="bullet">
/// <item><c>bundle</c>: ours builds a bundle of about 300 generated pages plus 200 merged scanned pages (PDF pages
/// that each carry a JPEG), with layout, HarfBuzz shaping, index, stamps on every page, bookmarks, links and the
/// re-hashing of every annexure. The lower bound draws the same 300 pages (the same words at the same positions in
/// the same font, read back from our output) straight onto an <c>SKDocument</c> and merges them and the same 200
/// scanned pages with PDFsharp, with nothing else.</item>
/// <item><c>bundle-1000</c>: 250, 500 and 1,000 pages (3 generated : 2 scanned), time per size and the peak resident
/// memory of the process during each render.</item>
/// </list>
/// Both run in one volume (no size split), the costliest case for memory.
/// </summary>
public static class BundleBenchmark
{
    private const int Rounds = 9;
    private static readonly CaseBundleRenderOptions OneVolume = new(long.MaxValue / 2);

    public static async Task Run()
    {
        var scans = Scans.Make(200);
        var content = await Synthetic.WithGeneratedPages(300, scans);
        var renderer = new CaseBundleRenderer();
        var reference = await renderer.RenderAsync(content, OneVolume, CancellationToken.None);
        var total = reference.Pages;
        var generated = total - scans.Sum(s => s.Pages);
        var pages = Baseline.ReadPages(reference.Volumes[0].Pdf, generated);

        // Warm both paths until the tiered JIT has settled (a round of each is only 0.3-0.4 s: after one warm-up the
        // JIT still compiled 50-220 methods during each of our renders), then alternate them so that neither gets
        // the quieter part of the run.
        for (var warmUp = 1; warmUp <= 30; warmUp++)
        {
            var compiledBefore = JitInfo.GetCompiledMethodCount();
            await renderer.RenderAsync(content, OneVolume, CancellationToken.None);
            Baseline.Build(pages, scans);
            if (JitInfo.GetCompiledMethodCount() - compiledBefore < 10)
            {
                Console.WriteLine($"warmed up: {warmUp} rounds of each path");
                break;
            }
        }

        var jitBefore = JitInfo.GetCompiledMethodCount();
        var ours = new List<double>();
        var lower = new List<double>();
        for (var round = 0; round < Rounds; round++)
        {
            var watch = Stopwatch.StartNew();
            var bundle = await renderer.RenderAsync(content, OneVolume, CancellationToken.None);
            ours.Add(bundle.Pages / watch.Elapsed.TotalSeconds);
            if (bundle.Volumes[0].Sha256 != reference.Volumes[0].Sha256)
            {
                throw new InvalidOperationException("The same content gave different bytes.");
            }

            watch.Restart();
            var direct = Baseline.Build(pages, scans);
            lower.Add(total / watch.Elapsed.TotalSeconds);
            if (direct.Length == 0)
            {
                throw new InvalidOperationException("The baseline produced nothing.");
            }
        }

        var jitted = JitInfo.GetCompiledMethodCount() - jitBefore;
        var oursMedian = Measure.Percentile(ours, 50);
        var lowerMedian = Measure.Percentile(lower, 50);
        Console.WriteLine($"bundle: {generated} generated + {total - generated} merged scanned pages = {total} pages, " +
            $"{reference.Volumes[0].Pdf.Length / 1024.0 / 1024:F1} MB, median of {Rounds} rounds");
        Console.WriteLine($"ours (CaseBundleRenderer)        : {oursMedian,8:F1} pages/s  ({total / oursMedian:F2} s)");
        Console.WriteLine($"SkiaSharp draw + PDFsharp merge  : {lowerMedian,8:F1} pages/s  ({total / lowerMedian:F2} s)");
        Console.WriteLine($"ratio                            : {oursMedian / lowerMedian,8:F2}  (target >= 0.70)");
        Console.WriteLine($"methods JIT-compiled meanwhile   : {jitted,8}  (over all {Rounds} rounds of both paths)");
    }

    /// <summary>
    /// Each size in a fresh process of its own (this program, <c>bundle-size N</c>), so that one size's heap does not
    /// count in the next one's peak: the garbage collector keeps memory it has used rather than give it back.
    /// </summary>
    public static async Task RunThousand()
    {
        var self = Environment.ProcessPath!;
        var rows = new List<(int Pages, double Seconds, double PeakMb)>();
        foreach (var size in new[] { 250, 500, 1000 })
        {
            var info = new ProcessStartInfo(self) { RedirectStandardOutput = true, UseShellExecute = false };
            if (Path.GetFileNameWithoutExtension(self) == "dotnet")
            {
                info.ArgumentList.Add(typeof(BundleBenchmark).Assembly.Location);
            }

            info.ArgumentList.Add("bundle-size");
            info.ArgumentList.Add(size.ToString(CultureInfo.InvariantCulture));
            using var child = Process.Start(info)!;
            var output = await child.StandardOutput.ReadToEndAsync();
            await child.WaitForExitAsync();
            var result = output.Split('\n').Single(l => l.StartsWith("RESULT ", StringComparison.Ordinal)).Split(' ');
            rows.Add((int.Parse(result[1], CultureInfo.InvariantCulture), double.Parse(result[2], CultureInfo.InvariantCulture),
                double.Parse(result[3], CultureInfo.InvariantCulture)));
            Console.Write(string.Join('\n', output.Split('\n').Where(l => !l.StartsWith("RESULT ", StringComparison.Ordinal) && l.Length > 0 && !l.StartsWith("==", StringComparison.Ordinal))) + "\n");
        }

        var perPage = rows.Select(r => r.Seconds / r.Pages * 1000).ToList();
        Console.WriteLine($"ms per page: {string.Join(" / ", perPage.Select(p => p.ToString("F2", CultureInfo.InvariantCulture)))} " +
            "(250 / 500 / 1000; time grows linearly when these stay level)");
        Console.WriteLine($"peak RSS of the 1000-page process after three renders: {rows[^1].PeakMb:F0} MB (target < 512 MB for one bundle: see the first-render column)");
    }

    /// <summary>
    /// <c>bundle-5000</c>: 500, 1,000, 2,500 and 5,000 pages (3 generated : 2 merged), the merged pages scans of about
    /// 512 KB each read from files (1 GB at 5,000 pages), the bundle split into volumes at the default 10 MB and
    /// written to a real bundle store in a temporary folder: time per page and peak RSS of each size, each size in a
    /// process of its own (<c>bundle-large N</c>).
    /// </summary>
    public static async Task RunLarge()
    {
        var self = Environment.ProcessPath!;
        Console.WriteLine(" pages | merged MB | volumes | seconds | ms/page | peak RSS MB");
        foreach (var size in new[] { 500, 1000, 2500, 5000 })
        {
            var info = new ProcessStartInfo(self) { RedirectStandardOutput = true, UseShellExecute = false };
            if (Path.GetFileNameWithoutExtension(self) == "dotnet")
            {
                info.ArgumentList.Add(typeof(BundleBenchmark).Assembly.Location);
            }

            info.ArgumentList.Add("bundle-large");
            info.ArgumentList.Add(size.ToString(CultureInfo.InvariantCulture));
            using var child = Process.Start(info)!;
            var output = await child.StandardOutput.ReadToEndAsync();
            await child.WaitForExitAsync();
            Console.Write(string.Join('\n', output.Split('\n').Where(l => l.Length > 0 && !l.StartsWith("==", StringComparison.Ordinal))) + "\n");
        }
    }

    /// <summary>One size of <c>bundle-large</c> in this process: the scans written to files first, then one render (after a small warm-up).</summary>
    public static async Task RunLargeSize(int size)
    {
        var folder = Path.Combine(Path.GetTempPath(), "cybercase-bundle-large-" + Environment.ProcessId.ToString(CultureInfo.InvariantCulture));
        Directory.CreateDirectory(folder);
        try
        {
            var merged = size * 2 / 5;
            var files = HeavyScans.Write(folder, merged);
            var renderer = new CaseBundleRenderer();
            await renderer.RenderAsync(await Synthetic.WithGeneratedPages(30, Scans.Make(10)), new CaseBundleRenderOptions(), CancellationToken.None);
            var content = await Synthetic.WithGeneratedPages(size * 3 / 5, [], files);
            GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
            var reset = PeakMemory.Reset();
            var store = new FileCaseBundleStore(Path.Combine(folder, "bundles"));
            var watch = Stopwatch.StartNew();
            var bundle = await renderer.RenderAsync(content, new CaseBundleRenderOptions(), store, null, CancellationToken.None);
            var seconds = watch.Elapsed.TotalSeconds;
            var peak = PeakMemory.PeakMb();
            var mb = files.Sum(f => f.SizeBytes) / 1024.0 / 1024;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{bundle.Pages,6} | {mb,9:F0} | {bundle.Volumes.Count,7} | {seconds,7:F1} | {seconds / bundle.Pages * 1000,7:F2} | {peak,6:F0}{(reset ? "" : " (process peak)")}"));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>One size, in this process: a warm-up, then the render whose peak memory is taken, then two more for time.</summary>
    public static async Task RunSize(int size)
    {
        var renderer = new CaseBundleRenderer();
        await renderer.RenderAsync(await Synthetic.WithGeneratedPages(30, Scans.Make(20)), OneVolume, CancellationToken.None);
        var scans = Scans.Make(size * 2 / 5);
        var content = await Synthetic.WithGeneratedPages(size * 3 / 5, scans);
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        var before = PeakMemory.ResidentMb();
        var reset = PeakMemory.Reset();
        var times = new List<double>();
        double renderPeak = 0;
        var pages = 0;
        long bytes = 0;
        for (var round = 0; round < 3; round++)
        {
            var watch = Stopwatch.StartNew();
            var bundle = await renderer.RenderAsync(content, OneVolume, CancellationToken.None);
            times.Add(watch.Elapsed.TotalSeconds);
            (pages, bytes) = (bundle.Pages, bundle.Volumes[0].Pdf.LongLength);
            if (round == 0)
            {
                renderPeak = PeakMemory.PeakMb();
            }
        }

        var seconds = Measure.Percentile(times, 50);
        var processPeak = PeakMemory.PeakMb();
        Console.WriteLine($"{pages,5} pages: {seconds,6:F2} s (median of 3)  {pages / seconds,6:F1} pages/s  {bytes / 1024.0 / 1024,5:F1} MB file  " +
            $"peak RSS {renderPeak,4:F0} MB in the first render{(reset ? "" : " (process peak)")}, {processPeak,4:F0} MB after three (RSS before {before:F0} MB)");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"RESULT {pages} {seconds} {Math.Max(renderPeak, processPeak)}"));
    }
}

/// <summary>Peak resident memory of this process (Linux VmHWM, which <c>clear_refs</c> can reset; elsewhere the process peak).</summary>
internal static class PeakMemory
{
    public static bool Reset()
    {
        try
        {
            // Writing 5 to clear_refs resets the peak resident set size (VmHWM) to the current one (Linux 4.0+).
            File.WriteAllText("/proc/self/clear_refs", "5");
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or PlatformNotSupportedException)
        {
            return false;
        }
    }

    public static double PeakMb()
    {
        using var process = Process.GetCurrentProcess();
        return process.PeakWorkingSet64 / 1024.0 / 1024;
    }

    public static double ResidentMb()
    {
        using var process = Process.GetCurrentProcess();
        return process.WorkingSet64 / 1024.0 / 1024;
    }
}

/// <summary>Scanned documents: PDFs of 10 pages, each page one A4 JPEG at 100 dpi, as a scanner sends them. Made once.</summary>
internal sealed record Scan(string FileName, byte[] Pdf, int Pages);

internal static class Scans
{
    private const int PagesPerFile = 10;

    public static List<Scan> Make(int pages)
    {
        var random = new Random(2021);
        var files = new List<Scan>();
        for (var f = 0; f * PagesPerFile < pages; f++)
        {
            var count = Math.Min(PagesPerFile, pages - (f * PagesPerFile));
            using var output = new MemoryStream();
            var when = new DateTime(2021, 2, 1, 0, 0, 0, DateTimeKind.Unspecified);
            using (var document = SKDocument.CreatePdf(output, new SKDocumentPdfMetadata { Creation = when, Modified = when }))
            {
                for (var p = 0; p < count; p++)
                {
                    using var jpeg = SKImage.FromEncodedData(Page(random, (f * PagesPerFile) + p));
                    var canvas = document.BeginPage(595.276f, 841.89f);
                    canvas.DrawImage(jpeg, new SKRect(0, 0, 595.276f, 841.89f), new SKSamplingOptions(SKFilterMode.Linear));
                    document.EndPage();
                }

                document.Close();
            }

            files.Add(new Scan($"scan-{f + 1:000}.pdf", output.ToArray(), count));
        }

        return files;
    }

    /// <summary>A greyish page with lines of "typed" strokes and a little noise, JPEG-encoded like a scan.</summary>
    private static SKData Page(Random random, int n)
    {
        using var bitmap = new SKBitmap(827, 1169, SKColorType.Gray8, SKAlphaType.Opaque);
        using (var canvas = new SKCanvas(bitmap))
        {
            canvas.Clear(new SKColor(236, 236, 232));
            using var ink = new SKPaint { Color = new SKColor(40, 40, 40), StrokeWidth = 2 };
            for (var line = 0; line < 40; line++)
            {
                var y = 90 + (line * 25);
                var x = 80f;
                while (x < 740)
                {
                    var word = random.Next(20, 90);
                    canvas.DrawRect(x, y, word, 9, ink);
                    x += word + random.Next(8, 16);
                }
            }

            using var speck = new SKPaint { Color = new SKColor(120, 120, 120) };
            for (var i = 0; i < 3000; i++)
            {
                canvas.DrawPoint(random.Next(827), random.Next(1169), speck);
            }

            using var font = new SKFont(SKTypeface.Default, 18);
            canvas.DrawText($"Scanned page {n + 1}", 80, 60, SKTextAlign.Left, font, ink);
        }

        return bitmap.Encode(SKEncodedImageFormat.Jpeg, 70);
    }
}

/// <summary>
/// Scans as big as a 150 dpi colour-ish scanner makes them (about 512 KB a page), written to files: ten distinct
/// 10-page PDFs, copied as often as needed under their own names, opened from disk when the renderer reads them.
/// </summary>
internal static class HeavyScans
{
    public static List<AnnexureContent> Write(string folder, int pages)
    {
        var random = new Random(2024);
        var templates = new List<byte[]>();
        for (var t = 0; t < Math.Min(10, (pages + 9) / 10); t++)
        {
            using var output = new MemoryStream();
            var when = new DateTime(2024, 8, 1, 0, 0, 0, DateTimeKind.Unspecified);
            using (var document = SKDocument.CreatePdf(output, new SKDocumentPdfMetadata { Creation = when, Modified = when }))
            {
                for (var p = 0; p < 10; p++)
                {
                    using var jpeg = SKImage.FromEncodedData(Page(random));
                    var canvas = document.BeginPage(595.276f, 841.89f);
                    canvas.DrawImage(jpeg, new SKRect(0, 0, 595.276f, 841.89f), new SKSamplingOptions(SKFilterMode.Linear));
                    document.EndPage();
                }

                document.Close();
            }

            templates.Add(output.ToArray());
        }

        var files = new List<AnnexureContent>();
        for (var f = 0; f * 10 < pages; f++)
        {
            var bytes = templates[f % templates.Count];
            var path = Path.Combine(folder, $"scan-{f + 1:0000}.pdf");
            File.WriteAllBytes(path, bytes);
            files.Add(new AnnexureContent($"Scanned record {f + 1}", Path.GetFileName(path), AnnexureKind.Pdf,
                Convert.ToHexStringLower(SHA256.HashData(bytes)), bytes.LongLength,
                _ => Task.FromResult<Stream>(new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16))));
        }

        return files;
    }

    /// <summary>A 150 dpi grey page with dense noise, JPEG at quality 80: about half a megabyte.</summary>
    private static SKData Page(Random random)
    {
        using var bitmap = new SKBitmap(1240, 1754, SKColorType.Gray8, SKAlphaType.Opaque);
        var pixels = new byte[1240 * 1754];
        for (var i = 0; i < pixels.Length; i++)
        {
            pixels[i] = (byte)(200 + random.Next(56) - ((i / 1240 % 40) < 12 && random.Next(3) == 0 ? 150 : 0));
        }

        System.Runtime.InteropServices.Marshal.Copy(pixels, 0, bitmap.GetPixels(), pixels.Length);
        return bitmap.Encode(SKEncodedImageFormat.Jpeg, 55);
    }
}

/// <summary>A large synthetic case: accused, raids, memos, and electronic exhibits with custody and certificates.</summary>
internal static class Synthetic
{
    /// <summary>A case whose generated pages (front matter and documents) come to about <paramref name="generatedPages"/>.</summary>
    public static async Task<CaseBundleContent> WithGeneratedPages(int generatedPages, IReadOnlyList<Scan> scans, IReadOnlyList<AnnexureContent>? files = null)
    {
        var renderer = new CaseBundleRenderer();
        var exhibits = 20;
        for (var attempt = 0; attempt < 4; attempt++)
        {
            var pages = (await renderer.RenderAsync(Build(exhibits, []), new CaseBundleRenderOptions(long.MaxValue / 2), CancellationToken.None)).Pages;
            var next = Math.Max(1, (int)Math.Round(exhibits * (double)generatedPages / pages));
            if (Math.Abs(pages - generatedPages) <= 2 || next == exhibits)
            {
                break;
            }

            exhibits = next;
        }

        var built = Build(exhibits, scans);
        return files is null ? built : built with { Annexures = [.. built.Annexures, .. files] };
    }

    private static readonly DateTimeOffset Registered = new(2024, 8, 12, 19, 40, 0, Ist.Offset);

    public static CaseBundleContent Build(int exhibitCount, IReadOnlyList<Scan> scans)
    {
        var c = CultureInfo.InvariantCulture;
        var header = new CaseHeader("07/2024", "Cyber Police Station Kashmir Zone", "CPS-KZ", "Srinagar", "Jammu and Kashmir",
            ["BNS 318(4) (Cheating)", "BNS 61(2) (Criminal conspiracy)", "IT Act 66D (Cheating by personation using a computer resource)"],
            "Insp. Irshad Ahmad Khan", "Adv. Nighat Shafi", Registered.AddDays(30), Registered, Registered);
        var fir = new FirContent("07/2024", Registered, "GD-118", Registered.AddDays(-60), Registered.AddDays(-1),
            "Online; call centres at Rangreth, Srinagar", "Written", "Sameena Akhtar", "D/o Ghulam Nabi", "Indian",
            "Rajbagh, Srinagar", "+919419000001",
            [new SectionLine("BNS 318(4)", "Cheating", null), new SectionLine("IT Act 66D", "Cheating by personation using a computer resource", null)],
            string.Join(" ", Enumerable.Repeat("Callers posing as bank and technical-support staff induced victims to install remote-access tools and pay for fake services.", 8)),
            "Under investigation", "Insp. Irshad Ahmad Khan", []);
        var accused = Enumerable.Range(1, 40).Select(i => new AccusedContent($"A{i}", $"Accused Person {i}", $"S/o Parent {i}",
            (20 + (i % 25)).ToString(c), $"House {i}, Rangreth, Srinagar", i % 10 == 1 ? "Owner" : "Caller",
            new ArrestContent(Registered.AddDays(1).AddMinutes(i), "Rangreth, Srinagar", "Insp. Irshad Ahmad Khan",
                "Grounds of arrest communicated in Kashmiri and English.", $"Relative {i} (father), by phone", Registered.AddDays(2)),
            "Judicial custody")).ToList();
        var premises = Enumerable.Range(1, 4).Select(i => new PremisesContent($"P-{i}", $"Call centre {i}", "Call centre",
            $"Building {i}, Rangreth, Srinagar 190007", "34.0116° N, 74.7932° E", $"Owner {i}",
            accused.Where((_, n) => n % 4 == i - 1).Select(a => $"{a.Code} {a.Name}").ToList(), [])).ToList();
        var raids = Enumerable.Range(1, 4).Select(i => new RaidContent($"R-{i}", $"P-{i} Call centre {i}", Registered.AddDays(1),
            Registered.AddDays(1).AddHours(5), "Insp. Irshad Ahmad Khan", ["SI Mehvish Jan", "HC Javaid Iqbal Khan"],
            [new WitnessContent("Mohammad Ramzan Dar", "S/o Ghulam Mohammad Dar", "Rangreth"), new WitnessContent("Abdul Hamid Wani", "S/o Abdul Aziz Wani", "Rangreth")],
            "Recorded (BNSS 105)", "Persons found at work were arrested and the systems seized.")).ToList();
        var exhibits = Enumerable.Range(1, exhibitCount).Select(i => new ExhibitContent($"EX-{i:0000}", "Mobile phone",
            $"Phone from workstation {i}; Samsung Galaxy M31 (black)", $"S/N R58N{i:000000}\nIMEI 490154203237518", $"KZ/07/24/S-{i}",
            $"P-{1 + (i % 4)} Call centre {1 + (i % 4)}", Convert.ToHexStringLower(SHA256.HashData(BitConverter.GetBytes(i))), true)).ToList();
        var memos = Enumerable.Range(1, 4).Select(m => new SeizureMemoContent($"SM-{m}/2024", $"R-{m}", $"P-{m} Call centre {m}",
            Registered.AddDays(1).AddHours(4), "Insp. Irshad Ahmad Khan",
            [new WitnessContent("Mohammad Ramzan Dar", null, "Rangreth"), new WitnessContent("Abdul Hamid Wani", null, "Rangreth")],
            exhibits.Where((_, n) => n % 4 == m - 1).Select(e => new SeizedItemContent(e.ExhibitNumber, e.Description, "Workstation", e.SealNumber)).ToList())).ToList();
        var custody = exhibits.Select(e => new CustodySequenceContent(e.ExhibitNumber, e.Description,
        [
            new CustodyStepContent(Registered.AddDays(1), "- (seizure)", "Insp. Irshad Ahmad Khan", "Seized", true, null),
            new CustodyStepContent(Registered.AddDays(2), "Insp. Irshad Ahmad Khan", "Malkhana", "Deposited", true, null),
            new CustodyStepContent(Registered.AddDays(5), "Malkhana", "Forensic lab: FSL Srinagar", "Imaging", true, true),
        ])).ToList();
        var signer = new CertificateSigner("Insp. Irshad Ahmad Khan", null, "Inspector", "Cyber Police Station Kashmir Zone, Srinagar",
            "the investigating officer", Registered.AddDays(5), "Srinagar", false);
        var certificates = exhibits.Select(e => new CertificateContent(e.ExhibitNumber, e.Description, "Mobile", "Samsung", "Galaxy M31", "Black",
            "R58N000001", "IMEI 490154203237518", null, "UFED", "7.40", "Logical extraction", "SHA-256", null, e.Sha256!, signer, signer, signer)).ToList();
        var annexures = scans.Select(s => new AnnexureContent($"Scanned record {s.FileName}", s.FileName, AnnexureKind.Pdf,
            Convert.ToHexStringLower(SHA256.HashData(s.Pdf)), s.Pdf.LongLength,
            _ => Task.FromResult<Stream>(new MemoryStream(s.Pdf, writable: false)))).ToList();
        return new CaseBundleContent(header, fir, accused, premises, raids, memos, exhibits, custody, certificates, annexures);
    }
}

/// <summary>The lower bound: the libraries used directly, with no layout, shaping, index, stamps, bookmarks or hashing.</summary>
internal static class Baseline
{
    internal sealed record Word(string Text, float X, float Y, float Size);

    /// <summary>The words of the first <paramref name="count"/> pages of our bundle, with their positions (read once, not timed).</summary>
    public static List<List<Word>> ReadPages(byte[] pdf, int count)
    {
        using var document = PdfDocument.Open(pdf);
        return document.GetPages().Take(count).Select(page => page.GetWords().Select(w =>
            new Word(w.Text, (float)w.BoundingBox.Left, (float)(page.Height - w.BoundingBox.Bottom),
                (float)Math.Max(6, w.Letters[0].PointSize))).ToList()).ToList();
    }

    private static readonly byte[] Font = ReadFont();

    private static byte[] ReadFont()
    {
        using var stream = typeof(CaseBundleRenderer).Assembly.GetManifestResourceStream("fonts.LiberationSerif-Regular.ttf")!;
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    public static byte[] Build(List<List<Word>> pages, IReadOnlyList<Scan> scans)
    {
        // 1. SkiaSharp: the same words at the same positions in the same font, one PDF.
        using var drawn = new MemoryStream();
        using (var data = SKData.CreateCopy(Font))
        using (var typeface = SKTypeface.FromData(data))
        using (var document = SKDocument.CreatePdf(drawn))
        using (var paint = new SKPaint { Color = SKColors.Black })
        {
            var fonts = new Dictionary<float, SKFont>();
            foreach (var page in pages)
            {
                var canvas = document.BeginPage(595.276f, 841.89f);
                foreach (var w in page)
                {
                    if (!fonts.TryGetValue(w.Size, out var font))
                    {
                        font = new SKFont(typeface, w.Size);
                        fonts[w.Size] = font;
                    }

                    canvas.DrawText(w.Text, w.X, w.Y, SKTextAlign.Left, font, paint);
                }

                document.EndPage();
            }

            document.Close();
            foreach (var font in fonts.Values)
            {
                font.Dispose();
            }
        }

        // 2. PDFsharp: import those pages and every page of the scans into one document.
        using var output = new PdfSharp.Pdf.PdfDocument();
        output.Options.CompressContentStreams = false;
        output.Options.NoCompression = true;
        drawn.Position = 0;
        // The sources stay open until the result is saved, as in the renderer.
        var sources = new List<PdfSharp.Pdf.PdfDocument> { PdfReader.Open(drawn, PdfDocumentOpenMode.Import) };
        try
        {
            sources.AddRange(scans.Select(s => PdfReader.Open(new MemoryStream(s.Pdf, writable: false), PdfDocumentOpenMode.Import)));
            foreach (var source in sources)
            {
                for (var i = 0; i < source.PageCount; i++)
                {
                    output.AddPage(source.Pages[i]);
                }
            }

            using var result = new MemoryStream();
            output.Save(result, false);
            return result.ToArray();
        }
        finally
        {
            foreach (var source in sources)
            {
                source.Dispose();
            }
        }
    }
}
