using CyberCase.Application.CaseFiles;
using CyberCase.Application.Common;
using CyberCase.Domain.Common;
using CyberCase.Domain.Law;
using CyberCase.Infrastructure.CaseFiles.Documents;
using CyberCase.Infrastructure.CaseFiles.Layout;

namespace CyberCase.Infrastructure.CaseFiles;

/// <summary>
/// Prints a case bundle. Generated pages are drawn with SkiaSharp + HarfBuzz (shaped, extractable text in any of
/// the shipped scripts); PDFsharp then assembles them with the annexures merged as pages, stamps the running header
/// and the continuous "Page X of Y" on every page, and adds the bookmarks and index links (see <see cref="BundleAssembler"/>).
/// Page numbers are settled before anything is assembled: the documents are laid out first, then the index, again
/// until the index's own length stops changing, so the index always matches the real pages.
/// </summary>
public sealed class CaseBundleRenderer : ICaseBundleRenderer
{
    private const long GeneratedPageBytes = 8 * 1024;
    private const long VolumeOverhead = 1024 * 1024;

    public async Task<RenderedCaseBundle> RenderAsync(CaseBundleContent content, CaseBundleRenderOptions options, CancellationToken ct)
    {
        // Reading and checking the annexures (disk, SHA-256, parsing) does not depend on the generated documents, so
        // it runs on another core while they are laid out (the figures are in docs/performance.md).
        var loading = Task.Run(() => LoadAnnexuresAsync(content.Annexures, ct), ct);
        using var text = new TextEngine(FontLibrary.Shared);
        List<LoadedAnnexure>? annexures = null;
        try
        {
            var (body, items) = ComposeBody(content, text);
            annexures = await loading;
            return Render(content, options, text, body, items, annexures);
        }
        finally
        {
            // Nothing may be left open, even when the composition failed while the annexures were still loading.
            DisposeAll(annexures ?? await LoadedOrNoneAsync(loading));
        }
    }

    /// <summary>What the loading opened, once it has finished; nothing if it failed (its failure is reported elsewhere).</summary>
    private static async Task<List<LoadedAnnexure>> LoadedOrNoneAsync(Task<List<LoadedAnnexure>> loading)
    {
        try
        {
            return await loading;
        }
        catch (Exception)
        {
            return [];
        }
    }

    /// <summary>1. The documents, each from a new page, in one generated PDF.</summary>
    private static (PageComposer Body, List<BundleItem> Items) ComposeBody(CaseBundleContent content, TextEngine text)
    {
        var body = new PageComposer(text);
        var items = new List<BundleItem>();
        foreach (var document in BodyDocuments(content))
        {
            body.NewPage();
            var first = body.PageIndex;
            document.Compose(body);
            items.Add(new BundleItem(document.Title, Enumerable.Range(first, body.PageIndex - first + 1)
                .Select(i => new PageSource(PageOrigin.Body, i, 0, Typography.PageWidth, Typography.PageHeight)).ToList(), null));
        }

        return (body, items);
    }

    private static RenderedCaseBundle Render(CaseBundleContent content, CaseBundleRenderOptions options, TextEngine text,
        PageComposer body, List<BundleItem> items, List<LoadedAnnexure> annexures)
    {
        var title = "Case bundle, " + content.Header.Caption;

        // Estimated size of a generated page; the fonts are embedded once per volume (VolumeOverhead).
        foreach (var item in items)
        {
            item.EstimatedBytes = GeneratedPageBytes * item.Pages.Count;
        }

        for (var i = 0; i < annexures.Count; i++)
        {
            var a = annexures[i];
            items.Add(new BundleItem($"{CaseBundleContent.AnnexureLabel(i)}: {a.Meta.Title}",
                a.PageSizes.Select((s, p) => new PageSource(a.Meta.Kind == AnnexureKind.Pdf ? PageOrigin.AnnexurePdf : PageOrigin.AnnexureImage,
                    p, i, s.Width, s.Height)).ToList(), CaseBundleContent.AnnexureLabel(i))
            { EstimatedBytes = a.Bytes.Length });
        }

        // 2. Volumes: a new one whenever the next document would push the current one past the limit.
        var volumeCount = AssignVolumes(items, Math.Max(options.VolumeSizeLimitBytes - VolumeOverhead, options.VolumeSizeLimitBytes / 2));

        // 3. The front matter (cover and index of volume 1, the own index of each later volume) until page numbers settle.
        var front = LayOutFrontMatter(content.Header, items, volumeCount, text);

        // 4. Every page of every volume in order, stamped; annexure pages get a stamp-only overlay page.
        var stamper = new PageStamper(content.Header, text, front.TotalPages, volumeCount);
        var generated = new List<ComposedPage>();
        var plans = new List<List<PlannedPage>>();
        for (var v = 1; v <= volumeCount; v++)
        {
            var plan = new List<PlannedPage>();
            var number = front.VolumeFirstPage[v];
            var (frontStart, frontCount) = front.FrontPages[v];
            foreach (var page in front.Composer.Pages.Skip(frontStart).Take(frontCount))
            {
                stamper.Stamp(page, number++, v, null);
                plan.Add(new PlannedPage(new PageSource(PageOrigin.Generated, 0, 0, page.Width, page.Height), generated.Count));
                generated.Add(page);
            }

            foreach (var item in items.Where(i => i.Volume == v))
            {
                foreach (var source in item.Pages)
                {
                    var page = source.Origin == PageOrigin.Body ? body.Pages[source.Index] : new ComposedPage(source.Width, source.Height);
                    stamper.Stamp(page, number++, v, item.AnnexureLabel);
                    plan.Add(new PlannedPage(source, generated.Count));
                    generated.Add(page);
                }
            }

            plans.Add(plan);
        }

        // 5. One generated PDF (so each font is embedded once), then each volume assembled from it and the annexures.
        var generatedPdf = PageComposer.Paint(generated, content.Header.AsOf, title);
        var assembler = new BundleAssembler(content.Header, generatedPdf, annexures);
        var volumes = new List<RenderedVolume>();
        for (var v = 1; v <= volumeCount; v++)
        {
            volumes.Add(assembler.Assemble(v, volumeCount, front, plans[v - 1]));
        }

        return new RenderedCaseBundle(volumes, front.Entries);
    }

    private static IEnumerable<IBundleDocument> BodyDocuments(CaseBundleContent c)
    {
        var regime = Regime.ForFir(c.Header.ProceedingsBegan);
        yield return new FirDocument(c.Fir);
        if (c.Accused.Count > 0)
        {
            yield return new AccusedDocument(c.Accused);
        }

        if (c.Premises.Count > 0)
        {
            yield return new PremisesDocument(c.Premises);
        }

        foreach (var raid in c.Raids)
        {
            yield return new RaidDocument(raid, regime);
        }

        foreach (var memo in c.SeizureMemos)
        {
            yield return new SeizureMemoDocument(memo, regime);
        }

        if (c.Exhibits.Count > 0)
        {
            yield return new ExhibitRegisterDocument(c.Exhibits);
        }

        if (c.CustodySequences.Count > 0)
        {
            yield return new CustodyDocument(c.CustodySequences, regime);
        }

        foreach (var certificate in c.Certificates)
        {
            yield return regime.IsOld
                ? new EvidenceActCertificateDocument(certificate, regime)
                : new BsaCertificateDocument(certificate, regime);
        }

        if (c.Annexures.Count > 0)
        {
            yield return new HashManifestDocument(c.HashManifest);
        }
    }

    private static int AssignVolumes(List<BundleItem> items, long limit)
    {
        var volume = 1;
        long used = 0;
        foreach (var item in items)
        {
            if (used > 0 && used + item.EstimatedBytes > limit)
            {
                volume++;
                used = 0;
            }

            item.Volume = volume;
            used += item.EstimatedBytes;
        }

        return volume;
    }

    private static FrontMatter LayOutFrontMatter(CaseHeader header, List<BundleItem> items, int volumeCount, TextEngine text)
    {
        var indexPages = Enumerable.Repeat(1, volumeCount + 1).ToArray();
        for (var attempt = 0; ; attempt++)
        {
            var front = new FrontMatter(new PageComposer(text), volumeCount);
            var page = 1;
            var entries = new List<IndexEntry>();
            var coverPages = 0;
            for (var v = 1; v <= volumeCount; v++)
            {
                front.VolumeFirstPage[v] = page;
                if (v == 1)
                {
                    coverPages = CountPages(new CoverDocument(header, 1, volumeCount), text);
                    page += coverPages;
                }

                page += indexPages[v];
                foreach (var item in items.Where(i => i.Volume == v))
                {
                    item.FirstPage = page;
                    entries.Add(new IndexEntry(entries.Count + 1, item.Title, page, page + item.Pages.Count - 1, v));
                    page += item.Pages.Count;
                }
            }

            front.Entries = entries;
            front.TotalPages = page - 1;
            var settled = true;
            for (var v = 1; v <= volumeCount; v++)
            {
                var composer = front.Composer;
                var start = composer.Pages.Count;
                if (v == 1)
                {
                    composer.NewPage();
                    new CoverDocument(header, 1, volumeCount).Compose(composer);
                }

                composer.NewPage();
                var indexStart = composer.PageIndex;
                var index = v == 1
                    ? new IndexDocument(volumeCount > 1 ? "INDEX (all volumes)" : "INDEX", entries, volumeCount > 1)
                    : new IndexDocument($"INDEX TO VOLUME {v}\n{header.Caption}", entries.Where(e => e.Volume == v).ToList(), false);
                index.Compose(composer);
                front.Placements.AddRange(index.Placements.Select(p => (v, p)));
                front.FrontPages[v] = (start, composer.Pages.Count - start);
                var actual = composer.PageIndex - indexStart + 1;
                settled &= actual == indexPages[v];
                indexPages[v] = actual;
            }

            if (settled)
            {
                return front;
            }

            if (attempt > 8)
            {
                throw new InvalidOperationException("The index length did not settle.");
            }
        }
    }

    private static int CountPages(CoverDocument document, TextEngine text)
    {
        var composer = new PageComposer(text);
        composer.NewPage();
        document.Compose(composer);
        return composer.Pages.Count;
    }

    /// <summary>
    /// Reads every annexed file and hashes it again: a file that changed since upload stops the export. Each PDF is
    /// then opened once, for its page sizes and later for the merge.
    /// </summary>
    private static async Task<List<LoadedAnnexure>> LoadAnnexuresAsync(IReadOnlyList<AnnexureContent> annexures, CancellationToken ct)
    {
        var loaded = new List<LoadedAnnexure>();
        try
        {
            foreach (var a in annexures)
            {
                var bytes = await ReadAllAsync(a, ct);
                var actual = StreamedSha256.Of(bytes);
                if (!string.Equals(actual, a.Sha256, StringComparison.OrdinalIgnoreCase) || bytes.LongLength != a.SizeBytes)
                {
                    throw new AnnexureIntegrityException(a.FileName, a.Sha256.ToLowerInvariant(), actual);
                }

                if (a.Kind == AnnexureKind.Pdf)
                {
                    var pdf = BundleAssembler.OpenAnnexure(a.FileName, bytes);
                    loaded.Add(new LoadedAnnexure(a, bytes, BundleAssembler.PageSizes(pdf), pdf));
                }
                else
                {
                    loaded.Add(new LoadedAnnexure(a, bytes, [(Typography.PageWidth, Typography.PageHeight)], null));
                }
            }
        }
        catch
        {
            DisposeAll(loaded);
            throw;
        }

        return loaded;
    }

    /// <summary>The whole file; read straight into an array of the recorded size when the stream can tell its length.</summary>
    private static async Task<byte[]> ReadAllAsync(AnnexureContent a, CancellationToken ct)
    {
        await using var stream = await a.Open(ct);
        if (stream.CanSeek && stream.Length - stream.Position == a.SizeBytes && a.SizeBytes <= Array.MaxLength)
        {
            var bytes = new byte[a.SizeBytes];
            await stream.ReadExactlyAsync(bytes, ct);
            return bytes;
        }

        using var copy = new MemoryStream();
        await stream.CopyToAsync(copy, ct);
        return copy.ToArray();
    }

    private static void DisposeAll(List<LoadedAnnexure> annexures)
    {
        foreach (var a in annexures)
        {
            a.Pdf?.Dispose();
        }
    }
}

internal enum PageOrigin
{
    Generated,
    Body,
    AnnexurePdf,
    AnnexureImage,
}

/// <summary>Where a page of the bundle comes from: page <see cref="Index"/> of the front matter, the body or annexure <see cref="Annexure"/>.</summary>
internal sealed record PageSource(PageOrigin Origin, int Index, int Annexure, float Width, float Height);

/// <summary>A row of the index with its pages.</summary>
internal sealed class BundleItem(string title, IReadOnlyList<PageSource> pages, string? annexureLabel)
{
    public string Title { get; } = title;
    public IReadOnlyList<PageSource> Pages { get; } = pages;
    public string? AnnexureLabel { get; } = annexureLabel;
    public long EstimatedBytes { get; set; }
    public int Volume { get; set; }
    public int FirstPage { get; set; }
}

/// <summary>A page of a volume: where it comes from, and its page (or its stamp overlay) in the generated PDF.</summary>
internal sealed record PlannedPage(PageSource Source, int GeneratedIndex);

/// <summary>An annexure read and re-hashed; a PDF is kept open (for import) until the bundle is assembled.</summary>
internal sealed record LoadedAnnexure(AnnexureContent Meta, byte[] Bytes, IReadOnlyList<(float Width, float Height)> PageSizes,
    PdfSharp.Pdf.PdfDocument? Pdf);

/// <summary>The laid-out front matter and the page numbers it settled on.</summary>
internal sealed class FrontMatter(PageComposer composer, int volumes)
{
    public PageComposer Composer { get; } = composer;
    public IReadOnlyList<IndexEntry> Entries { get; set; } = [];
    public int TotalPages { get; set; }
    public int[] VolumeFirstPage { get; } = new int[volumes + 1];

    /// <summary>Per volume: the first front-matter page and how many there are.</summary>
    public (int Start, int Count)[] FrontPages { get; } = new (int, int)[volumes + 1];
    public List<(int Volume, IndexRowPlacement Placement)> Placements { get; } = [];
}
