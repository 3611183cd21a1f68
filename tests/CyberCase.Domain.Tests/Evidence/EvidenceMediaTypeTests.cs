using System.Text;
using CyberCase.Domain.Evidence;

namespace CyberCase.Domain.Tests.Evidence;

public sealed class EvidenceMediaTypeTests
{
    private static byte[] Bytes(params object[] parts) =>
        parts.SelectMany(p => p switch
        {
            string s => Encoding.Latin1.GetBytes(s),
            byte[] b => b,
            int i => [(byte)i],
            _ => throw new ArgumentException("part"),
        }).ToArray();

    [Test]
    public void Types_are_told_by_their_first_bytes()
    {
        Assert.Multiple(() =>
        {
            Assert.That(EvidenceMediaType.Detect(Bytes("%PDF-1.7\n%\u00e2\u00e3")), Is.EqualTo("application/pdf"));
            Assert.That(EvidenceMediaType.Detect(Bytes(0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10, "JFIF")), Is.EqualTo("image/jpeg"));
            Assert.That(EvidenceMediaType.Detect(Bytes(0x89, "PNG\r\n", 0x1A, "\n", 0, 0, 0, 13, "IHDR")), Is.EqualTo("image/png"));
            Assert.That(EvidenceMediaType.Detect(Bytes(0, 0, 0, 0x20, "ftypisom", 0, 0, 2, 0)), Is.EqualTo("video/mp4"));
            Assert.That(EvidenceMediaType.Detect(Bytes(0, 0, 0, 0x14, "ftypqt  ", 0, 0, 0, 0)), Is.EqualTo("video/quicktime"));
            Assert.That(EvidenceMediaType.Detect(Bytes(0, 0, 0, 0x18, "ftyp3gp4", 0, 0, 0, 0)), Is.EqualTo("video/3gpp"));
            Assert.That(EvidenceMediaType.Detect(Bytes("PK", 3, 4, 20, 0)), Is.EqualTo("application/zip"));
            Assert.That(EvidenceMediaType.Detect(Encoding.UTF8.GetBytes("Call log export\r\n+91 94190 00101\tमोबाइल\n")), Is.EqualTo("text/plain"));
        });
    }

    [Test]
    public void Executables_random_bytes_and_nothing_are_unknown()
    {
        var random = new byte[512];
        new Random(7).NextBytes(random);
        random[0] = 0x00;
        Assert.Multiple(() =>
        {
            Assert.That(EvidenceMediaType.Detect(Bytes(0x7F, "ELF", 2, 1, 1, 0)), Is.EqualTo(EvidenceMediaType.Unknown));
            Assert.That(EvidenceMediaType.Detect(Bytes("MZ", 0x90, 0, 3, 0)), Is.EqualTo(EvidenceMediaType.Unknown));
            Assert.That(EvidenceMediaType.Detect(random), Is.EqualTo(EvidenceMediaType.Unknown));
            Assert.That(EvidenceMediaType.Detect([]), Is.EqualTo(EvidenceMediaType.Unknown));
        });
    }

    [Test]
    public void Text_cut_inside_a_multi_byte_character_at_the_end_of_the_head_is_still_text()
    {
        var text = Encoding.UTF8.GetBytes("साइबर पुलिस स्टेशन");
        Assert.That(EvidenceMediaType.Detect(text.AsSpan(0, text.Length - 1)), Is.EqualTo("text/plain"));
        Assert.That(EvidenceMediaType.Detect(Bytes("abc", 0xC3, 0x28, "def")), Is.EqualTo(EvidenceMediaType.Unknown), "invalid UTF-8 inside");
    }
}
