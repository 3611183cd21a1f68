using CyberCase.Application.CaseFiles;
using CyberCase.Infrastructure.CaseFiles.Layout;

namespace CyberCase.Infrastructure.CaseFiles.Documents;

/// <summary>Where an index row was printed, so that the assembler can link it to the document's first page.</summary>
internal sealed record IndexRowPlacement(IndexEntry Entry, int PageIndex, float Top, float Bottom);

/// <summary>The index: serial, document, page range (and volume, when the bundle has several).</summary>
internal sealed class IndexDocument(string title, IReadOnlyList<IndexEntry> entries, bool showVolume) : IBundleDocument
{
    private readonly List<IndexRowPlacement> _placements = [];

    public string Title => title;

    public IReadOnlyList<IndexRowPlacement> Placements => _placements;

    public void Compose(PageComposer page)
    {
        page.Compose(new SectionHeading(title));
        ComposeTable(page);
    }

    private void ComposeTable(PageComposer page)
    {
        GridColumn[] columns = showVolume
            ? [new("Sl.", 0.1f), new("Document", 0.56f), new("Vol.", 0.1f), new("Pages", 0.24f)]
            : [new("Sl.", 0.1f), new("Document", 0.64f), new("Pages", 0.26f)];
        var rows = entries.Select(e => new GridRow(showVolume
            ? [e.Serial.ToString(System.Globalization.CultureInfo.InvariantCulture), e.Title, e.Volume.ToString(System.Globalization.CultureInfo.InvariantCulture), Range(e)]
            : [e.Serial.ToString(System.Globalization.CultureInfo.InvariantCulture), e.Title, Range(e)])).ToList();
        _placements.Clear();
        page.Compose(new GridTable(columns, rows)
        {
            RowPlaced = (row, pageIndex, top, bottom) => _placements.Add(new IndexRowPlacement(entries[row], pageIndex, top, bottom)),
        });
    }

    private static string Range(IndexEntry e) => e.FirstPage == e.LastPage ? $"{e.FirstPage}" : $"{e.FirstPage}–{e.LastPage}";
}
