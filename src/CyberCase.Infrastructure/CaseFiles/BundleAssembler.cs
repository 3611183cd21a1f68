using System.Security.Cryptography;
using CyberCase.Application.CaseFiles;
using CyberCase.Domain.Common;
using CyberCase.Infrastructure.CaseFiles.Layout;
using PdfSharp.Drawing;
using PdfSharp.Pdf;
using PdfSharp.Pdf.IO;

namespace CyberCase.Infrastructure.CaseFiles;

/// <summary>
/// Puts one volume together with PDFsharp: imports the generated pages, draws each merged annexure page (never
/// re-rendered: the page itself, as a form) scaled into the binding margins of an A4 page that carries its stamp,
/// places images on A4 pages, and adds the nested bookmarks and a link from each index row to the page it names.
/// The stamps are drawn by Skia too (one overlay page per bundle page), so every glyph the bundle prints comes from
/// the shipped fonts and PDFsharp needs no font of its own. An annexure is read (and re-hashed) when its pages come
/// and closed after the volume is saved, so memory is bounded by one volume.
/// </summary>
internal sealed class BundleAssembler(CaseHeader header, byte[] generatedPdf, IReadOnlyList<AnnexureLayout> annexures)
{
    private readonly string _generatedSha256 = Convert.ToHexString(SHA256.HashData(generatedPdf));

    /// <summary>Opens an annexed PDF for import; a file PDFsharp cannot read is 422, never a server error.</summary>
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
            throw Unreadable(fileName);
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
        var date = PdfDateInIst(header.AsOf);
        document.Info.Elements.SetString("/CreationDate", date);
        document.Info.Elements.SetString("/ModDate", date);
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

    private static DomainException Unreadable(string fileName) => new("CaseBundle.AnnexureUnreadable",
        $"The annexed file '{fileName}' is not a PDF that can be merged (it may be damaged or encrypted).",
        RuleKind.Unprocessable);

    public static IReadOnlyList<(float Width, float Height)> PageSizes(PdfDocument document) =>
        Enumerable.Range(0, document.PageCount)
            .Select(i => ((float)document.Pages[i].Width.Point, (float)document.Pages[i].Height.Point)).ToList();

    public async Task AssembleAsync(int volume, int volumeCount, FrontMatter front, IReadOnlyList<PlannedPage> plan, Stream output,
        Action<int, string> progress, CancellationToken ct)
    {
        var firstPage = front.VolumeFirstPage[volume];
        using var document = new PdfDocument();
        Configure(document, volume, volumeCount);
        // The generated pages (and the stamp overlays), opened for import once per volume.
        using var generatedStream = new MemoryStream(generatedPdf, writable: false);
        using var generated = PdfReader.Open(generatedStream, PdfDocumentOpenMode.Import);
        var open = new Dictionary<int, (byte[] Bytes, XPdfForm? Form)>();
        try
        {
            for (var i = 0; i < plan.Count; i++)
            {
                var planned = plan[i];
                var source = planned.Source;
                if (source.Origin is PageOrigin.AnnexurePdf or PageOrigin.AnnexureImage && !open.ContainsKey(source.Annexure))
                {
                    var meta = annexures[source.Annexure].Meta;
                    var bytes = await CaseBundleRenderer.ReadVerifiedAsync(meta, ct);
                    open[source.Annexure] = (bytes, source.Origin == PageOrigin.AnnexurePdf ? OpenForm(meta.FileName, bytes) : null);
                }

                // Every page starts as its generated page: a document page, or the stamp overlay of a merged one.
                var page = document.AddPage(generated.Pages[planned.GeneratedIndex]);
                switch (source.Origin)
                {
                    case PageOrigin.AnnexureImage:
                        DrawImage(page, open[source.Annexure].Bytes);
                        break;
                    case PageOrigin.AnnexurePdf:
                        var form = open[source.Annexure].Form!;
                        form.PageNumber = source.Index + 1;
                        DrawMerged(page, form);
                        break;
                }

                if (i + 1 == plan.Count || plan[i + 1].Document != planned.Document)
                {
                    progress(i + 1, planned.Document);
                }
            }

            AddBookmarks(document, front, volume, firstPage);
            AddIndexLinks(document, front, volume, front.FrontPages[volume].Start, firstPage);
            WithoutSubsetTags(document);
            var uuid = SetDocumentIds(document, volume);
            var start = output.Position;
            document.Save(output, false);
            FixXmpIds(output, start, uuid);
        }
        finally
        {
            foreach (var (_, form) in open.Values)
            {
                form?.Dispose();
            }
        }
    }

    private static XPdfForm OpenForm(string fileName, byte[] bytes)
    {
        try
        {
            return XPdfForm.FromStream(new MemoryStream(bytes, writable: false));
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            throw Unreadable(fileName);
        }
    }

    /// <summary>
    /// A merged page, scaled (never up) to fit between the binding margins (4 cm left and right, 2 cm top and
    /// bottom) and centred, drawn under its stamp: a scan that fills its sheet does not lose its edge to the binding.
    /// </summary>
    private static void DrawMerged(PdfPage page, XPdfForm form)
    {
        var boxWidth = Typography.ContentWidth;
        var boxHeight = Typography.PageHeight - Typography.MarginTop - Typography.MarginBottom;
        var width = form.PointWidth;
        var height = form.PointHeight;
        var scale = Math.Min(1, Math.Min(boxWidth / width, boxHeight / height));
        using var gfx = XGraphics.FromPdfPage(page, XGraphicsPdfPageOptions.Prepend);
        gfx.DrawImage(form, Typography.MarginLeft + ((boxWidth - (width * scale)) / 2),
            Typography.MarginTop + ((boxHeight - (height * scale)) / 2), width * scale, height * scale);
    }

    /// <summary>An uploaded photograph or scan image, scaled to fit inside the margins of its A4 page, under its stamp.</summary>
    private static void DrawImage(PdfPage page, byte[] bytes)
    {
        using var stream = new MemoryStream(bytes, writable: false);
        using var image = XImage.FromStream(stream);
        var boxWidth = Typography.ContentWidth;
        var boxHeight = Typography.PageHeight - Typography.MarginTop - Typography.MarginBottom;
        var scale = Math.Min(boxWidth / image.PixelWidth, boxHeight / image.PixelHeight);
        var width = image.PixelWidth * scale;
        var height = image.PixelHeight * scale;
        using var gfx = XGraphics.FromPdfPage(page, XGraphicsPdfPageOptions.Prepend);
        gfx.DrawImage(image, Typography.MarginLeft + ((boxWidth - width) / 2), Typography.MarginTop + ((boxHeight - height) / 2), width, height);
    }

    private void Configure(PdfDocument document, int volume, int volumeCount)
    {
        var title = volumeCount > 1 ? $"Case bundle, {header.Caption}, volume {volume} of {volumeCount}" : $"Case bundle, {header.Caption}";
        document.Info.Title = title;
        document.Info.Author = header.StationName;
        document.Info.Subject = "Court bundle: " + string.Join(", ", header.Sections);
        document.Info.Creator = "CyberCase";
        // Dates and the document id come from the case, never the clock: the same case gives the same bytes. PDFsharp
        // would write the wall time of the machine's zone as if it were UTC; the date is written in IST with its offset.
        var date = PdfDateInIst(header.AsOf);
        document.Info.Elements.SetString("/CreationDate", date);
        document.Info.Elements.SetString("/ModDate", date);
        document.PageMode = PdfPageMode.UseOutlines;
        // PDFsharp's own flate streams end without a complete zlib trailer (qpdf: "input stream is complete but
        // output may still be valid"), so PDFsharp compresses nothing. Its own streams are only the few operators
        // that place the stamp forms and images; the generated pages and merged PDFs keep their own compression.
        document.Options.CompressContentStreams = false;
        document.Options.NoCompression = true;
    }

    /// <summary>A PDF date (ISO 32000 7.9.4) in IST: D:YYYYMMDDHHmmSS+05'30'.</summary>
    internal static string PdfDateInIst(DateTimeOffset at)
    {
        var ist = at.ToOffset(Ist.Offset);
        return string.Create(System.Globalization.CultureInfo.InvariantCulture,
            $"D:{ist:yyyyMMddHHmmss}+{Ist.Offset.Hours:00}'{Ist.Offset.Minutes:00}'");
    }

    /// <summary>
    /// Skia embeds each font whole (its PDF backend is built without a subsetter) but names it as a subset
    /// ("AAAAAA+LiberationSerif"), which is false and, with the same tag in every volume, ambiguous. A font embedded
    /// whole carries no tag (ISO 32000 9.6.4), so the tag is removed from the fonts and descriptors of the generated
    /// pages; a merged annexure's own fonts are left as they came. (PDFsharp has no subsetter for imported fonts,
    /// and Skia is built without one.)
    /// </summary>
    private static void WithoutSubsetTags(PdfDocument document)
    {
        // The generated pages name their fonts in their own resources; a merged page is a form with resources of its
        // own (under /XObject), which this does not reach.
        var seen = new HashSet<PdfDictionary>(ReferenceEqualityComparer.Instance);
        foreach (var page in document.Pages)
        {
            if (page.Elements.GetDictionary("/Resources")?.Elements.GetDictionary("/Font") is not { } fonts)
            {
                continue;
            }

            foreach (var key in fonts.Elements.Keys)
            {
                if (fonts.Elements.GetDictionary(key) is not { } font || !seen.Add(font))
                {
                    continue;
                }

                Untag(font, "/BaseFont");
                if (font.Elements.GetArray("/DescendantFonts") is { Elements.Count: > 0 } descendants
                    && descendants.Elements.GetDictionary(0) is { } cidFont)
                {
                    Untag(cidFont, "/BaseFont");
                    if (cidFont.Elements.GetDictionary("/FontDescriptor") is { } descriptor)
                    {
                        Untag(descriptor, "/FontName");
                    }
                }
            }
        }
    }

    private static void Untag(PdfDictionary dictionary, string key)
    {
        var name = dictionary.Elements.GetName(key);
        if (name.Length > 8 && name[7] == '+' && name[1..7].All(char.IsAsciiLetterUpper))
        {
            dictionary.Elements.SetName(key, "/" + name[8..]);
        }
    }

    /// <summary>
    /// PDFsharp gives every new document a random /ID and random XMP uuids; they are set from a hash of the inputs
    /// instead, so the same case gives the same bytes. The ids can be set; the uuid is returned for <see cref="FixXmpIds"/>.
    /// </summary>
    private Guid SetDocumentIds(PdfDocument document, int volume)
    {
        var seed = SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(
            $"{header.StationCode}|{header.FirNumber}|{header.AsOf:O}|{volume}|{_generatedSha256}|" +
            $"{string.Join(",", annexures.Select(a => a.Meta.Sha256))}"));
        var id = System.Text.Encoding.Latin1.GetString(seed.AsSpan(0, 16));
        document.Internals.FirstDocumentID = id;
        document.Internals.SecondDocumentID = id;
        return new Guid(seed.AsSpan(0, 16));
    }

    /// <summary>
    /// The XMP uuids PDFsharp draws at random have no setter. The metadata is written uncompressed just before the
    /// cross-reference table, so the bytes between the start of that table (startxref) and up to 16 KB before it
    /// are read back from the (seekable) output and the uuids overwritten, same length: no offset moves.
    /// </summary>
    private static void FixXmpIds(Stream output, long start, Guid uuid)
    {
        var end = output.Length;
        var tailLength = (int)Math.Min(1024, end - start);
        var tail = new byte[tailLength];
        output.Position = end - tailLength;
        output.ReadExactly(tail);
        var at = tail.AsSpan().LastIndexOf("startxref"u8);
        if (at < 0 || !long.TryParse(System.Text.Encoding.ASCII.GetString(tail, at + 9, tailLength - at - 9).Split('\n', '\r', StringSplitOptions.RemoveEmptyEntries)[0].Trim(),
                System.Globalization.CultureInfo.InvariantCulture, out var xref))
        {
            throw new InvalidOperationException("PDFsharp wrote no startxref.");
        }

        var from = Math.Max(start, start + xref - (16 * 1024));
        var region = new byte[start + xref - from];
        output.Position = from;
        output.ReadExactly(region);
        var text = System.Text.Encoding.ASCII.GetBytes(uuid.ToString());
        foreach (var marker in new[] { "DocumentID>uuid:"u8.ToArray(), "InstanceID>uuid:"u8.ToArray() })
        {
            var found = region.AsSpan().LastIndexOf(marker);
            if (found >= 0)
            {
                output.Position = from + found + marker.Length;
                output.Write(text);
            }
        }

        output.Position = end;
    }

    /// <summary>
    /// One bookmark per index row, in index order (for the rows this volume holds): rows of a group (certificates,
    /// annexures ...) under a bookmark of their index heading, and the headings inside a document (each exhibit's
    /// custody sequence, Part A and Part B of a certificate) under the document's.
    /// </summary>
    private static void AddBookmarks(PdfDocument document, FrontMatter front, int volume, int firstPage)
    {
        PdfOutline? group = null;
        string? groupName = null;
        foreach (var entry in front.Entries.Where(e => e.Volume == volume))
        {
            var page = document.Pages[entry.FirstPage - firstPage];
            if (entry.Group != groupName)
            {
                groupName = entry.Group;
                group = groupName is null ? null : document.Outlines.Add(groupName, page, false);
            }

            var outline = (group?.Outlines ?? document.Outlines).Add(entry.Title, page, false);
            foreach (var (title, number) in front.Marks.GetValueOrDefault(entry.Serial) ?? [])
            {
                outline.Outlines.Add(title, document.Pages[number - firstPage], false);
            }
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
