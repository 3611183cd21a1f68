using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using CyberCase.Application.CaseFiles;
using SkiaSharp;

namespace CyberCase.Api.Tests.CaseFiles;

/// <summary>A rich case as the renderer will see it once every section is filled: 23 accused, exhibits, custody, annexures.</summary>
public static class SampleBundle
{
    public const string HindiName = "राजेश कुमार";
    public const string UrduName = "محمد یوسف";
    public const string MarkerOne = "ANNEXURE-ONE-MARKER";
    public const string MarkerTwo = "ANNEXURE-TWO-MARKER";

    private static readonly TimeSpan Ist = TimeSpan.FromHours(5.5);

    private static DateTimeOffset At(int y, int m, int d, int h, int min) => new(y, m, d, h, min, 0, Ist);

    public static readonly string[] AccusedNames =
    [
        "Mohammad Yousuf Bhat", "Bilal Ahmad Dar", "Irfan Rashid Mir", "Aijaz Ahmad Sheikh", "Tariq Hussain Lone",
        "Shahid Ahmad Wani", "Umar Farooq Khan", "Adil Manzoor Rather", "Sameer Ahmad Malik", "Junaid Qadir Bhat",
        "Rayees Ahmad Ganie", "Faisal Nazir Shah", "Showkat Ali Parray", "Zahid Hussain Mir", "Arif Ahmad Lone",
        "Naveed Aslam Dar", "Basit Manzoor Bhat", "Owais Ahmad Wani", "Aamir Sohail Khan", "Danish Rafiq Sheikh",
        "Imran Yousuf Malik", HindiName, UrduName,
    ];

    public static (string Hash, byte[] Bytes) Annexure(byte[] bytes) => (Convert.ToHexStringLower(SHA256.HashData(bytes)), bytes);

    public static CaseBundleContent Build(out byte[] pdfOne, out byte[] pdfTwo, out byte[] image)
    {
        pdfOne = MakePdf(MarkerOne, 2, 595.276f, 841.89f);
        pdfTwo = MakePdf(MarkerTwo, 1, 612f, 792f); // US Letter: stamped relative to its own size
        image = MakePng();
        return Build(pdfOne, pdfTwo, image);
    }

    public static CaseBundleContent Build(byte[] pdfOne, byte[] pdfTwo, byte[] image, string? recordedHashOfFirst = null)
    {
        var header = new CaseHeader("02/2021", "Cyber Police Station Kashmir Zone", "CPS-KZ", "Srinagar", "Jammu and Kashmir",
            ["IPC 419", "IPC 420", "IPC 120-B", "IT Act 66C", "IT Act 66D"], "SI Aadil Hussain", "Adv. Nighat Shafi (APP)",
            At(2021, 6, 30, 17, 0), At(2021, 1, 12, 19, 40), At(2021, 1, 12, 19, 40));
        var fir = new FirContent("02/2021", At(2021, 1, 12, 19, 40), "GD-17/2021", At(2020, 10, 1, 0, 0), At(2021, 1, 12, 18, 0),
            "Rangreth, Habbakadal and Natipora, Srinagar", "SuoMotu", "Insp. Farooq Ahmad Mir", "S/o Abdul Rashid Mir", "Indian",
            "Cyber Police Station Kashmir Zone, Srinagar", "+919419000101",
            [new("IPC 419", "Cheating by personation", "BNS 319(2)"), new("IPC 420", "Cheating", "BNS 318(4)"),
             new("IT Act 66C", "Identity theft", null), new("IT Act 66D", "Cheating by personation using a computer resource", null)],
            string.Join(" ", Enumerable.Repeat("Reliable source information was received that fake technical-support call centres are running round the clock in Srinagar.", 12)),
            "UnderInvestigation", "SI Aadil Hussain",
            [new(At(2021, 1, 20, 10, 0), "SI Aadil Hussain", "Raids conducted at three premises; 23 persons arrested.")]);

        var accused = AccusedNames.Select((name, i) => new AccusedContent($"A{i + 1}", name, "S/o Ghulam Nabi", (22 + i).ToString(System.Globalization.CultureInfo.InvariantCulture),
            "Natipora, Srinagar", i == 0 ? "Owner" : "Caller",
            new ArrestContent(At(2021, 1, 14, 3, 30), "Natipora call centre", "SI Aadil Hussain", "Offences under IPC 419, 420", "Father informed by phone", At(2021, 1, 14, 22, 0)),
            "Judicial custody")).ToList();

        var premises = new List<PremisesContent>
        {
            new("P1", "Tech Support Solutions", "Call centre", "Natipora, Srinagar", "34.0531 N, 74.7946 E", "A1", ["A1", "A2"], ["E1", "E2"]),
        };
        var raids = new List<RaidContent>
        {
            new("R1", "P1: Tech Support Solutions", At(2021, 1, 14, 2, 0), At(2021, 1, 14, 6, 0), "Insp. Farooq Ahmad Mir",
                ["SI Aadil Hussain", "ASI Mushtaq Ahmad"], [new("Ghulam Hassan", "S/o Ali Mohammad", "Natipora"), new("Abdul Majeed", null, "Natipora")],
                "Recorded on body camera; copy forwarded to the Magistrate on 14/01/2021", "23 persons arrested, 14 devices seized."),
        };
        var hashes = Enumerable.Range(1, 6).Select(i => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"exhibit-{i}")))).ToList();
        var exhibits = hashes.Select((h, i) => new ExhibitContent($"E{i + 1}", i % 2 == 0 ? "Laptop" : "Mobile", $"Dell Latitude {i}",
            $"S/N DL{i}X99, MAC 00:1A:2B:3C:4D:{i:00}", $"CPS-KZ/{i + 1}", "P1", h, true)).ToList();
        var memos = new List<SeizureMemoContent>
        {
            new("SM1", "R1", "P1", At(2021, 1, 14, 5, 30), "SI Aadil Hussain", [new("Ghulam Hassan", "S/o Ali Mohammad", "Natipora"), new("Abdul Majeed", null, "Natipora")],
                exhibits.Select(e => new SeizedItemContent(e.ExhibitNumber, e.Description, "Hall 1", e.SealNumber)).ToList()),
        };
        var custody = exhibits.Select(e => new CustodySequenceContent(e.ExhibitNumber, e.Description,
        [
            new(At(2021, 1, 14, 6, 0), "Raid team", "Malkhana CPS-KZ", "Deposit after seizure", true, null),
            new(At(2021, 2, 1, 11, 0), "Malkhana CPS-KZ", "FSL Srinagar", "Forensic imaging", true, true),
        ])).ToList();
        var examiner = new CertificateSigner("Dr. Nusrat Jan", "D/o Ghulam Rasool Shah", "Scientific Officer", "FSL Srinagar",
            "the examiner who made the copy", At(2021, 2, 2, 15, 45), "Srinagar", true);
        var certificates = exhibits.Select(e => new CertificateContent(e.ExhibitNumber, $"Forensic image of {e.ExhibitNumber}",
            e.Kind == "Laptop" ? "Computer / storage media" : "Mobile", "Dell", e.Description, "Black", $"SN-{e.ExhibitNumber}",
            "MAC 00:1A:2B:3C:4D:5E", null, "FTK Imager", "4.5.0", "Write-blocked acquisition", "SHA-256", null, e.Sha256!,
            examiner, examiner with { Name = "SI Aadil Hussain", Capacity = "the investigating officer", OperatesDevice = false }, examiner)).ToList();

        var annexures = new List<AnnexureContent>
        {
            new("Scanned seizure memo SM1", "seizure-memo-sm1.pdf", AnnexureKind.Pdf, recordedHashOfFirst ?? Annexure(pdfOne).Hash, pdfOne.Length, Opener(pdfOne)),
            new("FSL report", "fsl-report.pdf", AnnexureKind.Pdf, Annexure(pdfTwo).Hash, pdfTwo.Length, Opener(pdfTwo)),
            new("Photograph of the premises", "premises-photo.png", AnnexureKind.Image, Annexure(image).Hash, image.Length, Opener(image)),
        };
        return new CaseBundleContent(header, fir, accused, premises, raids, memos, exhibits, custody, certificates, annexures);
    }

    private static Func<CancellationToken, Task<Stream>> Opener(byte[] bytes) => _ => Task.FromResult<Stream>(new MemoryStream(bytes, writable: false));

    /// <summary>A PDF as a scanner or the FSL would send it: its own pages, with a marker string to find after merging.</summary>
    public static byte[] MakePdf(string marker, int pages, float width, float height)
    {
        using var fontStream = typeof(CyberCase.Infrastructure.CaseFiles.CaseBundleRenderer).Assembly
            .GetManifestResourceStream("fonts.LiberationSerif-Regular.ttf")!;
        using var data = SKData.Create(fontStream);
        using var typeface = SKTypeface.FromData(data, 0);
        using var font = new SKFont(typeface, 18);
        using var output = new MemoryStream();
        using (var document = SKDocument.CreatePdf(output, new SKDocumentPdfMetadata { Creation = new DateTime(2021, 2, 1), Modified = new DateTime(2021, 2, 1) }))
        {
            using var paint = new SKPaint { Color = SKColors.DarkBlue };
            for (var p = 1; p <= pages; p++)
            {
                var canvas = document.BeginPage(width, height);
                canvas.DrawText($"{marker} page {p}", 80, 300, SKTextAlign.Left, font, paint);
                document.EndPage();
            }

            document.Close();
        }

        return output.ToArray();
    }

    public static byte[] MakePng()
    {
        using var bitmap = new SKBitmap(400, 300);
        using (var canvas = new SKCanvas(bitmap))
        {
            canvas.Clear(SKColors.LightGray);
            using var paint = new SKPaint { Color = SKColors.DarkGreen };
            canvas.DrawRect(50, 50, 300, 200, paint);
        }

        using var image = SKImage.FromBitmap(bitmap);
        using var png = image.Encode(SKEncodedImageFormat.Png, 100);
        return png.ToArray();
    }

    internal static Assembly InfrastructureAssembly => typeof(CyberCase.Infrastructure.CaseFiles.CaseBundleRenderer).Assembly;
}
