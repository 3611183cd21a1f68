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

    public async Task<RenderedCaseBundle> RenderAsync(CaseBundleContent content, CaseBundleRenderOptions options, ICaseBundleVolumeSink sink,
        IProgress<CaseBundleProgress>? progress, CancellationToken ct)
    {
        // Checking the annexures (disk, SHA-256, page count) does not depend on the generated documents, so it runs
        // on another core while they are laid out (the figures are in docs/performance.md). Nothing of an annexure is
        // kept: each is read again, and hashed again, when its volume is assembled.
        var loading = Task.Run(() => CheckAnnexuresAsync(content.Annexures, ct), ct);
        using var text = new TextEngine(FontLibrary.Shared);
        List<AnnexureLayout> annexures;
        List<BundleItem> items;
        PageComposer body;
        Dictionary<string, int> rows;
        try
        {
            (body, items, rows) = ComposeBody(content, text, null);
        }
        finally
        {
            // The check is awaited even when the composition failed, so nothing is left reading.
            annexures = await loading;
        }

        if (content.PoliceReport is not null)
        {
            (body, items) = SettleReportReferences(content, options, text, annexures, items, rows);
        }

        return await RenderAsync(content, options, text, body, items, annexures, sink, progress, ct);
    }

    /// <summary>Pages the bundle will have, roughly: a page per document and per few records, plus the annexures' own pages (from their size).</summary>
    public int EstimatePages(CaseBundleContent c)
    {
        const long BytesPerScannedPage = 150 * 1024;
        var generated = 4 + 2 + (c.Accused.Count / 4) + c.Premises.Count + (c.Raids.Count * 2) + (c.SeizureMemos.Count * 2)
            + (c.Exhibits.Count / 3) + (c.CustodySequences.Count / 2) + (c.Certificates.Count * 2) + 1
            + (c.CaseDiary is { } diary ? 1 + diary.Volume.Pages.Count : 0);
        var merged = c.Annexures.Sum(a => a.Kind == AnnexureKind.Image ? 1 : Math.Max(1, a.SizeBytes / BytesPerScannedPage));
        return (int)Math.Min(int.MaxValue, generated + merged);
    }

    public byte[] Extract(RenderedCaseBundle bundle, IndexEntry entry, CaseHeader header) =>
        BundleAssembler.Extract(bundle.Volumes.Single(v => v.Number == entry.Volume), entry, header);

    public byte[] RenderDiary(CaseDiaryVolumeContent diary)
    {
        using var text = new TextEngine(FontLibrary.Shared);
        var composer = new PageComposer(text);
        var stamps = new List<(int PageIndex, string Label)>();
        foreach (var page in diary.Pages)
        {
            composer.NewPage();
            var first = composer.PageIndex;
            new CaseDiaryPageDocument(diary, page).Compose(composer);
            for (var i = first; i <= composer.PageIndex; i++)
            {
                stamps.Add((i, i == first ? $"Case diary page {page.Page}" : $"Case diary page {page.Page} (continued)"));
            }
        }

        if (diary.Pages.Count == 0)
        {
            composer.NewPage();
            composer.Compose(new SectionHeading($"CASE DIARY\n(under {diary.Provision})"));
            composer.Compose(new Paragraph("No day of this case diary has been closed: it has no numbered page yet."));
            stamps.Add((0, "Case diary"));
        }

        foreach (var (index, label) in stamps)
        {
            PageStamper.StampLabel(composer.Pages[index], text, $"FIR No. {diary.FirNumber}, PS {diary.Station}, District {diary.District}", label);
        }

        return PageComposer.Paint(composer.Pages, diary.AsOf, $"Case diary, FIR No. {diary.FirNumber}, PS {diary.Station}");
    }

    /// <summary>
    /// The police report lists the bundle pages of the documents and exhibits after it, which are known only once the
    /// bundle is laid out, and its own length moves them. So the body is laid out with the pages of the previous pass
    /// until the report's page count stops changing (two passes in practice: the numbers change no line breaks).
    /// </summary>
    private static (PageComposer Body, List<BundleItem> Items) SettleReportReferences(CaseBundleContent content,
        CaseBundleRenderOptions options, TextEngine text, List<AnnexureLayout> annexures, List<BundleItem> items, Dictionary<string, int> rows)
    {
        for (var attempt = 0; attempt < 8; attempt++)
        {
            var planned = new List<BundleItem>(items);
            var (_, front) = Plan(content, options, text, planned, annexures);
            var bundlePage = new Dictionary<int, int>();
            foreach (var item in planned)
            {
                for (var k = 0; k < item.Pages.Count; k++)
                {
                    if (item.Pages[k].Origin == PageOrigin.Body)
                    {
                        bundlePage[item.Pages[k].Index] = item.FirstPage + k;
                    }
                }
            }

            var references = new ReportReferences(front.Entries.Skip(1).Where(e => !IsCaseDiary(content, e.Title)).ToList(),
                rows.ToDictionary(r => r.Key, r => bundlePage[r.Value]));
            var (body, next, nextRows) = ComposeBody(content, text, references);
            if (next[0].Pages.Count == items[0].Pages.Count)
            {
                return (body, next);
            }

            items = next;
            rows = nextRows;
        }

        throw new InvalidOperationException("The police report's length did not settle.");
    }

    /// <summary>1. The documents, each from a new page, with the headings inside them (nested bookmarks).</summary>
    private static (PageComposer Body, List<BundleItem> Items, Dictionary<string, int> ExhibitRows) ComposeBody(CaseBundleContent content,
        TextEngine text, ReportReferences? references)
    {
        var body = new PageComposer(text);
        var items = new List<BundleItem>();
        var rows = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (document, group) in BodyDocuments(content, references, rows))
        {
            body.NewPage();
            var first = body.PageIndex;
            var marksBefore = body.Marks.Count;
            document.Compose(body);
            items.Add(new BundleItem(document.Title, Enumerable.Range(first, body.PageIndex - first + 1)
                .Select(i => new PageSource(PageOrigin.Body, i, 0, Typography.PageWidth, Typography.PageHeight)).ToList(), null)
            {
                Group = group,
                Marks = body.Marks.Skip(marksBefore).Select(m => (m.Title, m.PageIndex - first)).ToList(),
                AfterAnnexures = document is CaseDiaryExtractDocument,
            });
        }

        return (body, items, rows);
    }

    /// <summary>2 and 3: the annexures as index rows, the volumes, and the front matter until its page numbers settle.</summary>
    private static (int VolumeCount, FrontMatter Front) Plan(CaseBundleContent content, CaseBundleRenderOptions options, TextEngine text,
        List<BundleItem> items, List<AnnexureLayout> annexures)
    {
        // Estimated size of a generated page; the fonts are embedded once per volume (VolumeOverhead).
        foreach (var item in items)
        {
            item.EstimatedBytes = GeneratedPageBytes * item.Pages.Count;
        }

        // The annexures follow the documents, before what the court's copy alone has (the case diary extract).
        var annexuresAt = items.FindIndex(i => i.AfterAnnexures) is var at and >= 0 ? at : items.Count;
        for (var i = 0; i < annexures.Count; i++)
        {
            var a = annexures[i];
            // A merged page is drawn on an A4 page inside the binding margins, so it is laid out as A4.
            items.Insert(annexuresAt + i, new BundleItem($"{CaseBundleContent.AnnexureLabel(i)}: {a.Meta.Title}",
                a.PageSizes.Select((s, p) => new PageSource(a.Meta.Kind == AnnexureKind.Pdf ? PageOrigin.AnnexurePdf : PageOrigin.AnnexureImage,
                    p, i, Typography.PageWidth, Typography.PageHeight)).ToList(), CaseBundleContent.AnnexureLabel(i))
            { EstimatedBytes = a.Meta.SizeBytes, Group = IndexGroups.Annexures });
        }

        // A group of one (a single raid) needs no heading of its own.
        foreach (var item in items.Where(i => i.Group is not null && items.Count(o => o.Group == i.Group) < 2))
        {
            item.Group = null;
        }

        // 2. Volumes: a new one whenever the next document would push the current one past the limit.
        var volumeCount = AssignVolumes(items, Math.Max(options.VolumeSizeLimitBytes - VolumeOverhead, options.VolumeSizeLimitBytes / 2));

        // 3. The front matter (cover and index of volume 1, the own index of each later volume) until page numbers settle.
        return (volumeCount, LayOutFrontMatter(content.Header, items, volumeCount, text));
    }

    private static async Task<RenderedCaseBundle> RenderAsync(CaseBundleContent content, CaseBundleRenderOptions options, TextEngine text,
        PageComposer body, List<BundleItem> items, List<AnnexureLayout> annexures, ICaseBundleVolumeSink sink,
        IProgress<CaseBundleProgress>? progress, CancellationToken ct)
    {
        var title = "Case bundle, " + content.Header.Caption;
        var (volumeCount, front) = Plan(content, options, text, items, annexures);
        // Everything is laid out: what is still shaped from here on is the stamps of each page.
        text.ForgetShapedWords();

        // 4. Volume by volume: its pages stamped and painted (each volume a PDF of its own, fonts embedded once in
        // it), assembled with its annexures and written to the sink, then let go: memory is bounded by one volume.
        var stamper = new PageStamper(content.Header, text, front.TotalPages, volumeCount);
        var volumes = new List<RenderedVolume>();
        var done = 0;
        for (var v = 1; v <= volumeCount; v++)
        {
            ct.ThrowIfCancellationRequested();
            var generated = new List<ComposedPage>();
            var plan = new List<PlannedPage>();
            var number = front.VolumeFirstPage[v];
            var (frontStart, frontCount) = front.FrontPages[v];
            foreach (var page in front.Composer.Pages.Skip(frontStart).Take(frontCount))
            {
                stamper.Stamp(page, number++, v, null);
                plan.Add(new PlannedPage(new PageSource(PageOrigin.Generated, 0, 0, page.Width, page.Height), generated.Count, "Index"));
                generated.Add(page);
            }

            foreach (var item in items.Where(i => i.Volume == v))
            {
                foreach (var source in item.Pages)
                {
                    var page = source.Origin == PageOrigin.Body ? body.Pages[source.Index] : new ComposedPage(source.Width, source.Height);
                    stamper.Stamp(page, number++, v, item.AnnexureLabel);
                    plan.Add(new PlannedPage(source, generated.Count, item.Title));
                    generated.Add(page);
                }
            }

            var generatedPdf = PageComposer.Paint(generated, content.Header.AsOf, title);
            // What is painted is not needed again.
            foreach (var page in generated)
            {
                page.Ops.Clear();
            }

            var assembler = new BundleAssembler(content.Header, generatedPdf, annexures);
            var firstDone = done;
            var stored = await sink.WriteAsync((stream, token) => assembler.AssembleAsync(v, volumeCount, front, plan, stream,
                (pages, current) => progress?.Report(new CaseBundleProgress(firstDone + pages, front.TotalPages, current)), token), ct);
            done += plan.Count;
            progress?.Report(new CaseBundleProgress(done, front.TotalPages, v < volumeCount ? $"Volume {v} written" : "Bundle written"));
            volumes.Add(new RenderedVolume(v, front.VolumeFirstPage[v], front.VolumeFirstPage[v] + plan.Count - 1, stored.Sha256, stored.SizeBytes));
        }

        return new RenderedCaseBundle(volumes, front.Entries);
    }

    /// <summary>The documents in the order they are registered here, with the index heading each is grouped under.</summary>
    private static IEnumerable<(IBundleDocument Document, string? Group)> BodyDocuments(CaseBundleContent c, ReportReferences? references,
        Dictionary<string, int> exhibitRows) =>
        Documents(c, references, exhibitRows).Select(d => (d, d switch
        {
            EvidenceActCertificateDocument or BsaCertificateDocument => IndexGroups.Certificates,
            RaidDocument => IndexGroups.Searches,
            SeizureMemoDocument => IndexGroups.SeizureMemos,
            _ => (string?)null,
        }));

    private static IEnumerable<IBundleDocument> Documents(CaseBundleContent c, ReportReferences? references, Dictionary<string, int> exhibitRows)
    {
        var rest = DocumentsAfterTheReport(c, exhibitRows).ToList();
        if (c.PoliceReport is { } report)
        {
            yield return new PoliceReportDocument(report, c.Exhibits, references ?? Provisional(c, rest));
        }

        foreach (var document in rest)
        {
            yield return document;
        }
    }

    /// <summary>
    /// The first pass's references: every row the report will list, with a three-digit page, so that the first layout
    /// is already about as long as the last and the second pass settles it.
    /// </summary>
    private static ReportReferences Provisional(CaseBundleContent c, List<IBundleDocument> rest) =>
        new(rest.Where(d => d is not CaseDiaryExtractDocument).Select(d => d.Title).Concat(c.Annexures.Select((a, i) => $"{CaseBundleContent.AnnexureLabel(i)}: {a.Title}"))
                .Select((title, i) => new IndexEntry(i + 2, title, 100, 100, 1)).ToList(),
            c.Exhibits.ToDictionary(e => e.ExhibitNumber, _ => 100));

    private static IEnumerable<IBundleDocument> DocumentsAfterTheReport(CaseBundleContent c, Dictionary<string, int> exhibitRows)
    {
        var regime = Regime.ForFir(c.Header.ProceedingsBegan);
        yield return new FirDocument(c.Fir);
        if (c.Accused.Count > 0)
        {
            yield return new AccusedDocument(c.Accused);
        }

        foreach (var arrested in c.Accused.Where(a => a.Arrest?.Memorandum is not null))
        {
            yield return new ArrestMemoDocument(c.Header, arrested);
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
            yield return new ExhibitRegisterDocument(c.Exhibits, exhibitRows);
        }

        if (c.CustodySequences.Count > 0)
        {
            yield return new CustodyDocument(c.CustodySequences, regime);
        }

        if (c.MoneyTrail is { } money)
        {
            yield return new MoneyTrailDocument(money);
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

        if (c.CaseDiary is { } diary)
        {
            yield return new CaseDiaryExtractDocument(diary, regime);
        }
    }

    /// <summary>The police report lists the documents relied on: the case diary is an aid to the court, not one of them.</summary>
    private static bool IsCaseDiary(CaseBundleContent c, string title) =>
        c.CaseDiary is { } diary && title == CaseDiaryExtractDocument.TitleOf(diary);

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
                    entries.Add(new IndexEntry(entries.Count + 1, item.Title, page, page + item.Pages.Count - 1, v, item.Group));
                    front.Marks[entries.Count] = item.Marks.Select(m => (m.Title, page + m.PageOffset)).ToList();
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
    /// Reads every annexed file and hashes it again: a file that changed since upload stops the export. A PDF is
    /// opened for its page sizes and closed again; nothing of it is kept.
    /// </summary>
    private static async Task<List<AnnexureLayout>> CheckAnnexuresAsync(IReadOnlyList<AnnexureContent> annexures, CancellationToken ct)
    {
        var checkedOnes = new List<AnnexureLayout>();
        foreach (var a in annexures)
        {
            var bytes = await ReadVerifiedAsync(a, ct);
            if (a.Kind == AnnexureKind.Pdf)
            {
                using var pdf = BundleAssembler.OpenAnnexure(a.FileName, bytes);
                checkedOnes.Add(new AnnexureLayout(a, BundleAssembler.PageSizes(pdf)));
            }
            else
            {
                checkedOnes.Add(new AnnexureLayout(a, [(Typography.PageWidth, Typography.PageHeight)]));
            }
        }

        return checkedOnes;
    }

    /// <summary>The whole file, checked against the SHA-256 and size recorded at upload.</summary>
    internal static async Task<byte[]> ReadVerifiedAsync(AnnexureContent a, CancellationToken ct)
    {
        var bytes = await ReadAllAsync(a, ct);
        var actual = StreamedSha256.Of(bytes);
        if (!string.Equals(actual, a.Sha256, StringComparison.OrdinalIgnoreCase) || bytes.LongLength != a.SizeBytes)
        {
            throw new AnnexureIntegrityException(a.FileName, a.Sha256.ToLowerInvariant(), actual);
        }

        return bytes;
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
    public string? Group { get; set; }

    /// <summary>The case diary extract: printed after the annexures, so an accused's copy without it has the same page numbers.</summary>
    public bool AfterAnnexures { get; init; }

    /// <summary>Headings inside the document (bookmarks nested under its own) and their page within it.</summary>
    public IReadOnlyList<(string Title, int PageOffset)> Marks { get; init; } = [];

    public string Title { get; } = title;
    public IReadOnlyList<PageSource> Pages { get; } = pages;
    public string? AnnexureLabel { get; } = annexureLabel;
    public long EstimatedBytes { get; set; }
    public int Volume { get; set; }
    public int FirstPage { get; set; }
}

/// <summary>A page of a volume: where it comes from, its page (or its stamp overlay) in the volume's generated PDF, and its document.</summary>
internal sealed record PlannedPage(PageSource Source, int GeneratedIndex, string Document);

/// <summary>An annexure checked against its recorded hash, with the sizes of its pages (its bytes are read again to merge it).</summary>
internal sealed record AnnexureLayout(AnnexureContent Meta, IReadOnlyList<(float Width, float Height)> PageSizes);

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

    /// <summary>Per index serial: the headings inside the document, with their bundle page numbers.</summary>
    public Dictionary<int, List<(string Title, int Page)>> Marks { get; } = [];
}
