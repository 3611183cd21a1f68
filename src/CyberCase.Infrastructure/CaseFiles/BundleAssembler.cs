using System.Security.Cryptography;
using CyberCase.Application.CaseFiles;
using CyberCase.Domain.Common;
using CyberCase.Infrastructure.CaseFiles.Layout;
using PdfSharp.Drawing;
using PdfSharp.Pdf;
using PdfSharp.Pdf.IO;

namespace CyberCase.Infrastructure.CaseFiles;

/// <summary>
/// Puts one volume together with PDFsharp: imports the generated pages and the annexure PDFs page by page (never
/// re-rendered), places images on A4 pages, stamps every page with the running header and "Page X of Y", and adds
/// one bookmark per index row and a link from each index row to the page it names.
/// The stamps are drawn by Skia too (one overlay page per bundle page, placed as a form), so every glyph in the
/// bundle comes from the shipped fonts and PDFsharp needs no font of its own.
/// </summary>
internal sealed class BundleAssembler(CaseHeader header, byte[] generatedPdf, IReadOnlyList<LoadedAnnexure> annexures)
{
    private readonly string _generatedSha256 = Convert.ToHexString(SHA256.HashData(generatedPdf));

    /// <summary>
    /// Opens an annexed PDF for import, once: its page sizes are read from it and the same document is merged into
    /// every volume that needs it (the caller disposes it after the last volume).
    /// </summary>
    public static PdfDocument OpenAnnexure(string fileName, byte[] bytes)
    {
        try
        {
            return PdfReader.Open(new MemoryStream(bytes, writable: false), PdfDocumentOpenMode.Import);
        }
        // PDFsharp reports a damaged file with PdfReaderException or InvalidOperationException, a truncated one with an
        // ArgumentOutOfRangeException or a bare Exception ("StartXRef table could not be found"), and a feature it does
        // not implement (some encryption handlers, exotic filters) with NotImplementedException: whatever it throws on
        // these bytes means "cannot merge", never a server error.
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            throw new DomainException("CaseBundle.AnnexureUnreadable",
                $"The annexed file '{fileName}' is not a PDF that can be merged (it may be damaged or encrypted).",
                RuleKind.Unprocessable);
        }
    }

    /// <summary>The pages of one index row, imported from its volume as they are (stamps, page numbers and all).</summary>
    public static byte[] Extract(RenderedVolume volume, IndexEntry entry, CaseHeader header)
    {
        using var source = PdfReader.Open(new MemoryStream(volume.Pdf, writable: false), PdfDocumentOpenMode.Import);
        using var document = new PdfDocument();
        document.Info.Title = $"{entry.Title}, {header.Caption} (pages {entry.FirstPage}–{entry.LastPage} of the case bundle)";
        document.Info.Author = header.StationName;
        document.Info.Creator = "CyberCase";
        document.Info.CreationDate = header.AsOf.ToIst().DateTime;
        document.Info.ModificationDate = header.AsOf.ToIst().DateTime;
        document.Options.CompressContentStreams = false;
        document.Options.NoCompression = true;
        for (var page = entry.FirstPage; page <= entry.LastPage; page++)
        {
            document.AddPage(source.Pages[page - volume.FirstPage]);
        }

        using var output = new MemoryStream();
        document.Save(output, false);
        return output.ToArray();
    }

    public static IReadOnlyList<(float Width, float Height)> PageSizes(PdfDocument document) =>
        Enumerable.Range(0, document.PageCount)
            .Select(i => ((float)document.Pages[i].Width.Point, (float)document.Pages[i].Height.Point)).ToList();

    public RenderedVolume Assemble(int volume, int volumeCount, FrontMatter front, IReadOnlyList<PlannedPage> plan)
    {
        var firstPage = front.VolumeFirstPage[volume];
        using var document = new PdfDocument();
        Configure(document, volume, volumeCount);
        // The generated pages, opened for import once per volume.
        using var generatedStream = new MemoryStream(generatedPdf, writable: false);
        using var generated = PdfReader.Open(generatedStream, PdfDocumentOpenMode.Import);

        var overlays = new List<(int Page, int GeneratedIndex)>();
        foreach (var planned in plan)
        {
            var source = planned.Source;
            switch (source.Origin)
            {
                case PageOrigin.AnnexureImage:
                    AddImagePage(document, annexures[source.Annexure].Bytes);
                    overlays.Add((document.PageCount - 1, planned.GeneratedIndex));
                    break;
                case PageOrigin.AnnexurePdf:
                    document.AddPage(annexures[source.Annexure].Pdf!.Pages[source.Index]);
                    overlays.Add((document.PageCount - 1, planned.GeneratedIndex));
                    break;
                default:
                    document.AddPage(generated.Pages[planned.GeneratedIndex]);
                    break;
            }
        }

        Stamp(document, overlays);
        AddBookmarks(document, front, volume, firstPage);
        AddIndexLinks(document, front, volume, front.FrontPages[volume].Start, firstPage);

        using var output = new MemoryStream();
        document.Save(output, false);
        return new RenderedVolume(volume, firstPage, firstPage + plan.Count - 1, WithFixedDocumentId(output.ToArray(), volume));
    }

    private void Configure(PdfDocument document, int volume, int volumeCount)
    {
        var title = volumeCount > 1 ? $"Case bundle, {header.Caption}, volume {volume} of {volumeCount}" : $"Case bundle, {header.Caption}";
        document.Info.Title = title;
        document.Info.Author = header.StationName;
        document.Info.Subject = "Court bundle: " + string.Join(", ", header.Sections);
        document.Info.Creator = "CyberCase";
        // Dates and the document id come from the case, never the clock: the same case gives the same bytes.
        document.Info.CreationDate = header.AsOf.ToIst().DateTime;
        document.Info.ModificationDate = header.AsOf.ToIst().DateTime;
        document.PageMode = PdfPageMode.UseOutlines;
        // PDFsharp's own flate streams end without a complete zlib trailer (qpdf: "input stream is complete but
        // output may still be valid"), so PDFsharp compresses nothing. Its own streams are only the few operators
        // that place the stamp forms and images; the generated pages and merged PDFs keep their own compression.
        document.Options.CompressContentStreams = false;
        document.Options.NoCompression = true;
    }

    /// <summary>
    /// PDFsharp gives every new document a random /ID (and XMP uuids) and offers no setter, so the two ids in the trailer
    /// (after the cross-reference table) are overwritten with a hash of the inputs, hex for hex, so no offset moves.
    /// </summary>
    private byte[] WithFixedDocumentId(byte[] pdf, int volume)
    {
        var seed = SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(
            $"{header.StationCode}|{header.FirNumber}|{header.AsOf:O}|{volume}|{_generatedSha256}|" +
            $"{string.Join(",", annexures.Select(a => a.Meta.Sha256))}"));
        var fixedId = System.Text.Encoding.ASCII.GetBytes(Convert.ToHexString(seed));
        var trailer = pdf.AsSpan().LastIndexOf("/ID"u8);
        if (trailer >= 0)
        {
            var at = trailer;
            for (var n = 0; n < 2; n++)
            {
                var open = pdf.AsSpan(at).IndexOf((byte)'<') + at;
                var close = pdf.AsSpan(open).IndexOf((byte)'>') + open;
                for (var i = open + 1; i < close; i++)
                {
                    pdf[i] = fixedId[(i - open - 1) % fixedId.Length];
                }

                at = close;
            }
        }

        // The XMP metadata (written uncompressed) repeats the ids as uuids: same length, so no offset moves.
        var uuid = System.Text.Encoding.ASCII.GetBytes(new Guid(seed.AsSpan(0, 16)).ToString());
        foreach (var marker in new[] { "DocumentID>uuid:"u8.ToArray(), "InstanceID>uuid:"u8.ToArray() })
        {
            var found = pdf.AsSpan().IndexOf(marker);
            if (found >= 0)
            {
                uuid.CopyTo(pdf.AsSpan(found + marker.Length, uuid.Length));
            }
        }

        return pdf;
    }

    /// <summary>Merged pages are not re-rendered: their stamp is a generated overlay page placed over them as a form.</summary>
    private void Stamp(PdfDocument document, List<(int Page, int GeneratedIndex)> overlays)
    {
        if (overlays.Count == 0)
        {
            return;
        }

        using var stream = new MemoryStream(generatedPdf, writable: false);
        using var form = XPdfForm.FromStream(stream);
        foreach (var (page, generatedIndex) in overlays)
        {
            form.PageNumber = generatedIndex + 1;
            using var gfx = XGraphics.FromPdfPage(document.Pages[page], XGraphicsPdfPageOptions.Append);
            gfx.DrawImage(form, 0, 0);
        }
    }

    /// <summary>An uploaded photograph or scan image, scaled to fit inside the margins of an A4 page.</summary>
    private static void AddImagePage(PdfDocument document, byte[] bytes)
    {
        var page = document.AddPage();
        page.Width = XUnit.FromPoint(Typography.PageWidth);
        page.Height = XUnit.FromPoint(Typography.PageHeight);
        using var stream = new MemoryStream(bytes, writable: false);
        using var image = XImage.FromStream(stream);
        var boxWidth = Typography.ContentWidth;
        var boxHeight = Typography.PageHeight - Typography.MarginTop - Typography.MarginBottom;
        var scale = Math.Min(boxWidth / image.PixelWidth, boxHeight / image.PixelHeight);
        var width = image.PixelWidth * scale;
        var height = image.PixelHeight * scale;
        using var gfx = XGraphics.FromPdfPage(page);
        gfx.DrawImage(image, Typography.MarginLeft + ((boxWidth - width) / 2), Typography.MarginTop + ((boxHeight - height) / 2), width, height);
    }

    /// <summary>One bookmark per index row, in index order (for the rows this volume holds).</summary>
    private static void AddBookmarks(PdfDocument document, FrontMatter front, int volume, int firstPage)
    {
        foreach (var entry in front.Entries.Where(e => e.Volume == volume))
        {
            document.Outlines.Add(entry.Title, document.Pages[entry.FirstPage - firstPage], true);
        }
    }

    /// <summary>Each index row links to the first page of its document (when it is in this volume).</summary>
    private static void AddIndexLinks(PdfDocument document, FrontMatter front, int volume, int frontStart, int firstPage)
    {
        foreach (var (v, placement) in front.Placements)
        {
            if (v != volume || placement.Entry.Volume != volume)
            {
                continue;
            }

            var page = document.Pages[placement.PageIndex - frontStart];
            var h = page.Height.Point;
            // PDF user space runs from the bottom left; the layout from the top left.
            var rect = new PdfRectangle(new XPoint(PageComposer.Left, h - placement.Bottom),
                new XPoint(PageComposer.Left + PageComposer.Width, h - placement.Top));
            var link = page.AddDocumentLink(rect, placement.Entry.FirstPage - firstPage + 1);
            // PDFsharp names each annotation with a random id and the clock; the bundle must not depend on either.
            link.Elements.SetString("/NM", $"index-row-{placement.Entry.Serial}");
            link.Elements.Remove("/M");
        }
    }
}
