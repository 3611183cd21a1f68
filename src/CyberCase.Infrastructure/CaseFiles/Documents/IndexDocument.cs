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
        // Rows of a group (the certificates, the annexures ...) are printed under a heading row of their own, which
        // their bookmarks are nested under too.
        var rows = new List<GridRow>();
        var entryOfRow = new List<IndexEntry?>();
        for (var i = 0; i < entries.Count; i++)
        {
            var e = entries[i];
            if (e.Group is { } group && (i == 0 || entries[i - 1].Group != group))
            {
                var members = entries.Skip(i).TakeWhile(m => m.Group == group).ToList();
                var range = Range(members[0].FirstPage, members[^1].LastPage);
                rows.Add(new GridRow(showVolume ? ["", group.ToUpperInvariant(), "", range] : ["", group.ToUpperInvariant(), range]));
                entryOfRow.Add(null);
            }

            var serial = e.Serial.ToString(System.Globalization.CultureInfo.InvariantCulture);
            rows.Add(new GridRow(showVolume
                ? [serial, e.Title, e.Volume.ToString(System.Globalization.CultureInfo.InvariantCulture), Range(e.FirstPage, e.LastPage)]
                : [serial, e.Title, Range(e.FirstPage, e.LastPage)]));
            entryOfRow.Add(e);
        }

        _placements.Clear();
        page.Compose(new GridTable(columns, rows)
        {
            RowPlaced = (row, pageIndex, top, bottom) =>
            {
                if (entryOfRow[row] is { } entry)
                {
                    _placements.Add(new IndexRowPlacement(entry, pageIndex, top, bottom));
                }
            },
        });
    }

    private static string Range(int first, int last) => first == last ? $"{first}" : $"{first}–{last}";
}
