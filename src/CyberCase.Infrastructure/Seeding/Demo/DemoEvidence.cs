using System.Buffers.Binary;
using System.Globalization;
using System.Text;
using CyberCase.Domain.Common;
using CyberCase.Domain.Evidence;

namespace CyberCase.Infrastructure.Seeding.Demo;

/// <summary>A small file of the demo case, generated in code (no binary in the repository) with the same bytes every run.</summary>
public sealed record DemoEvidenceFile(Guid Id, string FileName, string Description, byte[] Content, DateTimeOffset UploadedAt,
    EvidenceOwnerType OwnerType = EvidenceOwnerType.Fir, Guid? OwnerId = null, Guid? UploadedBy = null);

/// <summary>
/// The founding case's evidence files: a scanned-memo style PDF written by hand (one page of text) and a photograph
/// (a PNG drawn pixel by pixel). They attach to FIR 02/2021 until raids and seizure memos exist to own them.
/// </summary>
public static class DemoEvidence
{
    /// <summary>Text on the memo, so tests can find it in the PDF.</summary>
    public const string MemoMarker = "CYBERCASE DEMO SEIZURE MEMO FIR 02/2021";

    public static Guid FileId(string name) => DeterministicGuid.From("evidence:CPS-KZ:02/2021:" + name);

    public static IReadOnlyList<DemoEvidenceFile> All() =>
    [
        new(FileId("seizure-memo-rangreth.pdf"), "seizure-memo-rangreth.pdf",
            "Seizure memo (panchnama), call centre at Rangreth, scanned copy signed by the witnesses",
            SeizureMemoPdf(), new DateTimeOffset(2021, 1, 13, 21, 15, 0, Ist.Offset)),
        new(FileId("rangreth-workstations.png"), "rangreth-workstations.png",
            "Photograph of the seized workstations at Rangreth before sealing",
            WorkstationsPng(), new DateTimeOffset(2021, 1, 13, 21, 20, 0, Ist.Offset)),
        .. DemoSeizures.Files(),
    ];

    public static byte[] SeizureMemoPdf() => TextPdf(
        [
            MemoMarker,
            "Cyber Police Station Kashmir Zone, Srinagar",
            "FIR No. 02/2021 u/s 419, 420, 120-B IPC, 66C, 66D IT Act",
            "Memo of seizure prepared at Rangreth, Srinagar on 13-01-2021 at 18:40 hrs",
            "Items: desktop computers (12), mobile phones (9), router (1), registers (3)",
            "Witnesses: (1) independent local witness  (2) independent local witness",
            "Copy given to the occupant of the premises.",
        ]);

    /// <summary>A one-page PDF of the given lines in Helvetica, written object by object (same bytes every run).</summary>
    public static byte[] TextPdf(IReadOnlyList<string> lines)
    {
        var text = new StringBuilder("BT\n/F1 12 Tf\n16 TL\n72 770 Td\n");
        foreach (var line in lines)
        {
            text.Append('(').Append(line.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("(", "\\(", StringComparison.Ordinal)
                .Replace(")", "\\)", StringComparison.Ordinal)).Append(") Tj T*\n");
        }

        text.Append("ET\n");
        var stream = text.ToString();
        string[] objects =
        [
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
            $"<< /Length {Encoding.ASCII.GetByteCount(stream)} >>\nstream\n{stream}endstream",
        ];

        var pdf = new StringBuilder("%PDF-1.4\n");
        var offsets = new List<int>();
        foreach (var (body, i) in objects.Select((o, i) => (o, i)))
        {
            offsets.Add(pdf.Length);
            pdf.Append(CultureInfo.InvariantCulture, $"{i + 1} 0 obj\n{body}\nendobj\n");
        }

        var xref = pdf.Length;
        pdf.Append(CultureInfo.InvariantCulture, $"xref\n0 {objects.Length + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets)
        {
            pdf.Append(CultureInfo.InvariantCulture, $"{offset:D10} 00000 n \n");
        }

        pdf.Append(CultureInfo.InvariantCulture, $"trailer\n<< /Size {objects.Length + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        return Encoding.ASCII.GetBytes(pdf.ToString());
    }

    /// <summary>A 96x64 RGB picture: a wall, a desk and a row of monitors. Stored (uncompressed) deflate blocks keep the bytes fixed.</summary>
    public static byte[] WorkstationsPng() => Png((x, y) => y switch
    {
        >= 44 => ((byte)(120 - (y - 44)), (byte)(80 - (y - 44)), (byte)40),          // desk
        >= 20 when x % 24 is >= 3 and <= 20 => y < 40                                   // monitors
            ? ((byte)20, (byte)(30 + (x % 24) * 4), (byte)(90 + y))
            : ((byte)30, (byte)30, (byte)30),
        _ => ((byte)(200 - y), (byte)(196 - y), (byte)(180 - (y / 2))),                  // wall
    });

    /// <summary>A 96x64 RGB picture drawn by <paramref name="pixel"/>; stored deflate blocks keep the bytes fixed.</summary>
    public static byte[] Png(Func<int, int, (byte R, byte G, byte B)> pixel)
    {
        const int width = 96, height = 64;
        var raw = new byte[height * (1 + (width * 3))];
        for (var y = 0; y < height; y++)
        {
            var row = y * (1 + (width * 3));
            raw[row] = 0; // filter: none
            for (var x = 0; x < width; x++)
            {
                var (r, g, b) = pixel(x, y);
                var p = row + 1 + (x * 3);
                raw[p] = r;
                raw[p + 1] = g;
                raw[p + 2] = b;
            }
        }

        var png = new MemoryStream();
        png.Write([0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A]);
        var header = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header, width);
        BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), height);
        header[8] = 8; // bit depth
        header[9] = 2; // colour type: truecolour
        WriteChunk(png, "IHDR", header);
        WriteChunk(png, "IDAT", ZlibStored(raw));
        WriteChunk(png, "IEND", []);
        return png.ToArray();
    }

    private static byte[] ZlibStored(byte[] data)
    {
        var z = new MemoryStream();
        z.Write([0x78, 0x01]);
        Span<byte> lengths = stackalloc byte[4];
        for (var offset = 0; offset < data.Length; offset += 65535)
        {
            var length = Math.Min(65535, data.Length - offset);
            z.WriteByte((byte)(offset + length == data.Length ? 1 : 0));
            BinaryPrimitives.WriteUInt16LittleEndian(lengths, (ushort)length);
            BinaryPrimitives.WriteUInt16LittleEndian(lengths[2..], (ushort)~length);
            z.Write(lengths);
            z.Write(data, offset, length);
        }

        uint a = 1, b = 0;
        foreach (var d in data)
        {
            a = (a + d) % 65521;
            b = (b + a) % 65521;
        }

        Span<byte> adler = stackalloc byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(adler, (b << 16) | a);
        z.Write(adler);
        return z.ToArray();
    }

    private static void WriteChunk(Stream png, string type, byte[] data)
    {
        Span<byte> number = stackalloc byte[4];
        BinaryPrimitives.WriteInt32BigEndian(number, data.Length);
        png.Write(number);
        var typeAndData = Encoding.ASCII.GetBytes(type).Concat(data).ToArray();
        png.Write(typeAndData);
        BinaryPrimitives.WriteUInt32BigEndian(number, Crc32(typeAndData));
        png.Write(number);
    }

    private static uint Crc32(byte[] bytes)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in bytes)
        {
            crc ^= b;
            for (var k = 0; k < 8; k++)
            {
                crc = (crc & 1) != 0 ? 0xEDB88320u ^ (crc >> 1) : crc >> 1;
            }
        }

        return ~crc;
    }
}
