using CyberCase.Domain.Common;
using CyberCase.Domain.Evidence;
using CyberCase.Infrastructure.CaseFiles.Layout;
using SkiaSharp;

namespace CyberCase.Infrastructure.Seeding.Demo;

/// <summary>A small file of the demo case, generated in code (no binary in the repository) with the same bytes every run.</summary>
public sealed record DemoEvidenceFile(Guid Id, string FileName, string Description, byte[] Content, DateTimeOffset UploadedAt,
    EvidenceOwnerType OwnerType = EvidenceOwnerType.Fir, Guid? OwnerId = null, Guid? UploadedBy = null, Guid? FirId = null);

/// <summary>
/// The founding case's evidence files: typed transcripts of the seizure memos (one page of text each, labelled as
/// transcripts), an FSL report and photographs (PNGs drawn pixel by pixel). An earlier placeholder "scanned memo" of
/// Rangreth, whose items and times contradicted seizure memo SM-01/2021, is gone: a court copy annexes no stand-in.
/// </summary>
public static class DemoEvidence
{
    public static Guid FileId(string name) => DeterministicGuid.From("evidence:CPS-KZ:02/2021:" + name);

    public static IReadOnlyList<DemoEvidenceFile> All() =>
    [
        new(FileId("rangreth-workstations.png"), "rangreth-workstations.png",
            "Photograph of the seized workstations at Rangreth before sealing",
            WorkstationsPng(), new DateTimeOffset(2021, 1, 13, 21, 20, 0, Ist.Offset)),
        .. DemoSeizures.Files(),
    ];

    /// <summary>
    /// A one-page A4 PDF of the given lines in the shipped Liberation Serif, embedded (a court bundle must not depend
    /// on the reader's fonts). Fixed metadata dates, so the bytes are the same every run.
    /// </summary>
    public static byte[] TextPdf(IReadOnlyList<string> lines)
    {
        using var output = new MemoryStream();
        var fixedDate = new DateTime(2021, 1, 13, 0, 0, 0, DateTimeKind.Utc);
        using (var document = SKDocument.CreatePdf(output, new SKDocumentPdfMetadata
        {
            Title = lines.Count > 0 ? lines[0] : "",
            Creator = "CyberCase demo data",
            Producer = "CyberCase",
            Creation = fixedDate,
            Modified = fixedDate,
        }))
        {
            var canvas = document.BeginPage(595, 842);
            using var font = new SKFont(FontLibrary.Shared.SerifRegular, 12);
            using var ink = new SKPaint { Color = SKColors.Black, IsAntialias = true };
            var y = 72f;
            foreach (var line in lines)
            {
                canvas.DrawText(line, 72, y, SKTextAlign.Left, font, ink);
                y += 16;
            }

            document.EndPage();
            document.Close();
        }

        return output.ToArray();
    }

    /// <summary>A 96x64 RGB picture: a wall, a desk and a row of monitors. Encoded by Skia: same pixels, same bytes.</summary>
    public static byte[] WorkstationsPng() => Png((x, y) => y switch
    {
        >= 44 => ((byte)(120 - (y - 44)), (byte)(80 - (y - 44)), (byte)40),          // desk
        >= 20 when x % 24 is >= 3 and <= 20 => y < 40                                   // monitors
            ? ((byte)20, (byte)(30 + (x % 24) * 4), (byte)(90 + y))
            : ((byte)30, (byte)30, (byte)30),
        _ => ((byte)(200 - y), (byte)(196 - y), (byte)(180 - (y / 2))),                  // wall
    });

    /// <summary>A 96x64 RGB picture drawn by <paramref name="pixel"/>, PNG-encoded by Skia (same pixels, same bytes).</summary>
    public static byte[] Png(Func<int, int, (byte R, byte G, byte B)> pixel)
    {
        const int width = 96, height = 64;
        using var bitmap = new SKBitmap(width, height, SKColorType.Rgba8888, SKAlphaType.Opaque);
        for (var y = 0; y < height; y++)
        {
            for (var x = 0; x < width; x++)
            {
                var (r, g, b) = pixel(x, y);
                bitmap.SetPixel(x, y, new SKColor(r, g, b));
            }
        }

        using var png = bitmap.Encode(SKEncodedImageFormat.Png, 100);
        return png.ToArray();
    }
}
