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
internal sealed class BundleAssembler(CaseHeader header, TextEngine text, byte[] bodyPdf, byte[] frontPdf,
    IReadOnlyList<LoadedAnnexure> annexures)
{
    public static IReadOnlyList<(float Width, float Height)> PdfPageSizes(string fileName, byte[] bytes)
    {
        try
        {
            using var stream = new MemoryStream(bytes, writable: false);
            using var document = PdfReader.Open(stream, PdfDocumentOpenMode.Import);
            return Enumerable.Range(0, document.PageCount)
                .Select(i => ((float)document.Pages[i].Width.Point, (float)document.Pages[i].Height.Point)).ToList();
        }
        catch (Exception e) when (e is PdfReaderException or InvalidOperationException or NotImplementedException)
        {
            throw new DomainException("CaseBundle.AnnexureUnreadable",
                $"The annexed file '{fileName}' is not a PDF that can be merged (it may be damaged or encrypted).",
                RuleKind.Unprocessable);
        }
    }

    public RenderedVolume Assemble(int volume, int volumeCount, FrontMatter front, IReadOnlyList<BundleItem> items)
    {
        var plan = new List<(PageSource Source, string? Label)>();
        var (frontStart, frontCount) = front.FrontPages[volume];
        for (var i = frontStart; i < frontStart + frontCount; i++)
        {
            plan.Add((new PageSource(PageOrigin.Front, i, 0, Typography.PageWidth, Typography.PageHeight), null));
        }

        foreach (var item in items.Where(i => i.Volume == volume))
        {
            plan.AddRange(item.Pages.Select(p => (p, item.AnnexureLabel)));
        }

        var firstPage = front.VolumeFirstPage[volume];
        var stampPdf = PageComposer.Paint(Stamps(plan, firstPage, front.TotalPages, volume, volumeCount), header.AsOf, "stamps");

        using var document = new PdfDocument();
        Configure(document, volume, volumeCount);
        var sources = new Dictionary<(PageOrigin, int), PdfDocument>();
        var streams = new List<MemoryStream>();
        try
        {
            foreach (var (source, _) in plan)
            {
                if (source.Origin == PageOrigin.AnnexureImage)
                {
                    AddImagePage(document, annexures[source.Annexure].Bytes);
                    continue;
                }

                var key = (source.Origin, source.Origin == PageOrigin.AnnexurePdf ? source.Annexure : 0);
                if (!sources.TryGetValue(key, out var from))
                {
                    var bytes = source.Origin switch
                    {
                        PageOrigin.Front => frontPdf,
                        PageOrigin.Body => bodyPdf,
                        _ => annexures[source.Annexure].Bytes,
                    };
                    var stream = new MemoryStream(bytes, writable: false);
                    streams.Add(stream);
                    from = PdfReader.Open(stream, PdfDocumentOpenMode.Import);
                    sources[key] = from;
                }

                document.AddPage(from.Pages[source.Index]);
            }

            Stamp(document, stampPdf);
            AddBookmarks(document, front, volume, firstPage);
            AddIndexLinks(document, front, volume, frontStart, firstPage);

            using var output = new MemoryStream();
            document.Save(output, false);
            return new RenderedVolume(volume, firstPage, firstPage + plan.Count - 1, WithFixedDocumentId(output.ToArray(), volume));
        }
        finally
        {
            foreach (var d in sources.Values)
            {
                d.Dispose();
            }

            foreach (var s in streams)
            {
                s.Dispose();
            }
        }
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
        document.Options.CompressContentStreams = true;
        document.Options.FlateEncodeMode = PdfFlateEncodeMode.BestCompression;
    }

    /// <summary>
    /// PDFsharp gives every new document a random /ID and offers no setter, so the two ids in the trailer (after the
    /// cross-reference table, so no offset moves) are overwritten with a hash of the inputs, hex for hex.
    /// </summary>
    private byte[] WithFixedDocumentId(byte[] pdf, int volume)
    {
        var seed = SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(
            $"{header.StationCode}|{header.FirNumber}|{header.AsOf:O}|{volume}|{Convert.ToHexString(SHA256.HashData(bodyPdf))}|" +
            $"{Convert.ToHexString(SHA256.HashData(frontPdf))}|{string.Join(",", annexures.Select(a => a.Meta.Sha256))}"));
        var trailer = pdf.AsSpan().LastIndexOf("/ID"u8);
        if (trailer < 0)
        {
            return pdf;
        }

        var fixedId = System.Text.Encoding.ASCII.GetBytes(Convert.ToHexString(seed));
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

        return pdf;
    }

    /// <summary>The running header (case caption, and the annexure's label on annexure pages) and the page number.</summary>
    private List<ComposedPage> Stamps(List<(PageSource Source, string? Label)> plan, int firstPage, int totalPages,
        int volume, int volumeCount)
    {
        var pages = new List<ComposedPage>();
        for (var k = 0; k < plan.Count; k++)
        {
            var (source, label) = plan[k];
            var page = new ComposedPage(source.Width, source.Height);
            var style = Typography.PageMark;
            var lines = new List<string> { header.Caption };
            if (label is not null)
            {
                lines.Add(label);
            }

            var y = Math.Min(Typography.MarginTop * 0.5f, source.Height * 0.04f);
            foreach (var line in lines.SelectMany(l => text.Wrap(l, style, source.Width - 40)))
            {
                page.Ops.Add(new TextOp(line, (source.Width - line.Width) / 2, y));
                y += style.LineHeight;
            }

            var number = $"Page {firstPage + k} of {totalPages}" + (volumeCount > 1 ? $" (volume {volume} of {volumeCount})" : "");
            var footer = text.Wrap(number, style, source.Width)[0];
            page.Ops.Add(new TextOp(footer, (source.Width - footer.Width) / 2, source.Height - Math.Min(Typography.MarginBottom * 0.45f, source.Height * 0.03f)));
            pages.Add(page);
        }

        return pages;
    }

    private static void Stamp(PdfDocument document, byte[] stampPdf)
    {
        using var stream = new MemoryStream(stampPdf, writable: false);
        using var form = XPdfForm.FromStream(stream);
        for (var k = 0; k < document.PageCount; k++)
        {
            form.PageNumber = k + 1;
            using var gfx = XGraphics.FromPdfPage(document.Pages[k], XGraphicsPdfPageOptions.Append);
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
            page.AddDocumentLink(rect, placement.Entry.FirstPage - firstPage + 1);
        }
    }
}
