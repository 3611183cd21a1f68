using System.Text.Unicode;

namespace CyberCase.Domain.Evidence;

/// <summary>
/// Tells a file's type from its first bytes (its "magic number"). The name and Content-Type a client sends are
/// not evidence of anything: an executable renamed to photo.jpg must not enter the case file as a photo.
/// </summary>
public static class EvidenceMediaType
{
    public const string Pdf = "application/pdf";
    public const string Jpeg = "image/jpeg";
    public const string Png = "image/png";
    public const string Heic = "image/heic";
    public const string Mp4 = "video/mp4";
    public const string QuickTime = "video/quicktime";
    public const string ThreeGpp = "video/3gpp";
    public const string Zip = "application/zip";
    public const string PlainText = "text/plain";
    /// <summary>Anything not recognised. Never on an allow-list.</summary>
    public const string Unknown = "application/octet-stream";

    /// <summary>How many leading bytes <see cref="Detect"/> looks at (more are ignored, fewer are fine).</summary>
    public const int HeadLength = 4096;

    /// <summary>The types accepted when configuration names none.</summary>
    public static readonly IReadOnlyList<string> DefaultAllowed = [Pdf, Jpeg, Png, Mp4, QuickTime, Zip, PlainText];

    public static string Detect(ReadOnlySpan<byte> head)
    {
        if (head.StartsWith("%PDF-"u8))
        {
            return Pdf;
        }

        if (head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF]))
        {
            return Jpeg;
        }

        if (head.StartsWith((ReadOnlySpan<byte>)[0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A]))
        {
            return Png;
        }

        // ISO base media files (MP4, QuickTime, 3GP, HEIC) open with a box of type "ftyp" whose major brand names the format.
        if (head.Length >= 12 && head[4..8].SequenceEqual("ftyp"u8))
        {
            var brand = head[8..12];
            return brand switch
            {
                _ when brand.SequenceEqual("qt  "u8) => QuickTime,
                _ when brand[..3].SequenceEqual("3gp"u8) || brand[..3].SequenceEqual("3g2"u8) => ThreeGpp,
                _ when brand.SequenceEqual("heic"u8) || brand.SequenceEqual("heix"u8) || brand.SequenceEqual("mif1"u8) => Heic,
                _ => Mp4,
            };
        }

        // Local file header, or the end record of an empty archive. Forensic tools export reports as ZIP (UFDR and the like).
        if (head.StartsWith("PK\x03\x04"u8) || head.StartsWith("PK\x05\x06"u8))
        {
            return Zip;
        }

        return IsPlainText(head) ? PlainText : Unknown;
    }

    /// <summary>
    /// UTF-8 (an optional BOM) with no control characters other than tab, line feed, form feed and carriage return.
    /// Only the head is seen, so a multi-byte character cut at its end is allowed.
    /// </summary>
    private static bool IsPlainText(ReadOnlySpan<byte> head)
    {
        if (head.IsEmpty)
        {
            return false;
        }

        foreach (var b in head)
        {
            if (b < 0x20 && b is not (0x09 or 0x0A or 0x0C or 0x0D) || b == 0x7F)
            {
                return false;
            }
        }

        var text = head;
        for (var cut = 0; cut < 4 && text.Length > 0; cut++)
        {
            if (Utf8.IsValid(text))
            {
                return true;
            }

            // Drop a trailing partial character (at most 3 bytes) and try again.
            text = text[..^1];
        }

        return false;
    }
}
