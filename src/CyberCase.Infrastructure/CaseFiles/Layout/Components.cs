namespace CyberCase.Infrastructure.CaseFiles.Layout;

/// <summary>
/// A document title or section heading, kept with what follows it: if the next component starts on a new page the
/// heading moves there with it (<see cref="PageComposer.KeepWithNext"/>), so no heading is left alone at a page foot.
/// A heading below the document's title is also a bookmark under the document's own (<see cref="PageComposer.Marks"/>).
/// </summary>
internal sealed class SectionHeading(string text, TextStyle? style = null, Align align = Align.Center) : IComponent
{
    public void Compose(PageComposer page)
    {
        var s = style ?? Typography.Title;
        var lines = page.Text.Wrap(text, s, PageComposer.Width);
        page.Ensure((lines.Count * s.LineHeight) + (Typography.Body.LineHeight * 2));
        page.KeepWithNext(() =>
        {
            if (s != Typography.Title)
            {
                page.Mark(text.Replace('\n', ' '));
            }

            Paragraph.DrawLines(page, lines, align);
            page.Advance(Typography.ParagraphGap);
        });
    }
}

/// <summary>Running text, broken into lines and across pages.</summary>
internal sealed class Paragraph(string? text, TextStyle? style = null, Align align = Align.Left) : IComponent
{
    public void Compose(PageComposer page)
    {
        var lines = page.Text.Wrap(text, style ?? Typography.Body, PageComposer.Width);
        DrawLines(page, lines, align);
        page.Advance(Typography.ParagraphGap);
    }

    public static void DrawLines(PageComposer page, IReadOnlyList<TextLine> lines, Align align)
    {
        foreach (var line in lines)
        {
            page.Ensure(line.Style.LineHeight);
            // A right-to-left paragraph (Urdu) starts at the right margin.
            var x = align == Align.Center ? PageComposer.Left + ((PageComposer.Width - line.Width) / 2)
                : line.RightToLeft ? PageComposer.Left + PageComposer.Width - line.Width : PageComposer.Left;
            page.DrawText(line, x, PageComposer.BaselineIn(page.Y, line.Style));
            page.Advance(line.Style.LineHeight);
        }
    }
}

internal sealed class Spacer(float height) : IComponent
{
    public void Compose(PageComposer page)
    {
        if (!page.AtTopOfPage)
        {
            page.Ensure(height);
            page.Advance(Math.Min(height, page.Remaining));
        }
    }
}

/// <param name="Header">Printed at the top of the column (and again on every page the table continues on).</param>
/// <param name="Fraction">Share of the width left over when every cell of the table fits unwrapped (the columns are
/// otherwise sized from their content, see <see cref="GridTable"/>).</param>
internal sealed record GridColumn(string Header, float Fraction, TextStyle? Style = null);

/// <param name="Spanning">An optional line across the whole row under its cells (used for hash values).</param>
internal sealed record GridRow(IReadOnlyList<string?> Cells, string? Spanning = null);

/// <summary>
/// A ruled table at 12 pt single spacing, its columns sized to their content as a browser sizes an automatic table:
/// each column gets at least its widest unbreakable token (an IMEI, a date, half a hash) and the rest of the width
/// in proportion to how much wider its text is unwrapped, so short columns do not wrap and long ones take the room.
/// When it breaks across pages its header row is printed again; a row
/// that does not fit moves to the next page whole, and only a row taller than a page is itself split.
/// <see cref="RowPlaced"/> tells where each row landed (the index uses it for its links).
/// </summary>
internal sealed class GridTable(IReadOnlyList<GridColumn> columns, IReadOnlyList<GridRow> rows, bool showHeader = true) : IComponent
{
    public Action<int, int, float, float>? RowPlaced { get; init; }

    public void Compose(PageComposer page)
    {
        var widths = ColumnWidths(page.Text);
        var pad = Typography.CellPadding;
        List<IReadOnlyList<TextLine>>? header = showHeader
            ? columns.Select((c, i) => page.Text.Wrap(c.Header, Typography.TableHeader, widths[i] - (2 * pad))).ToList()
            : null;
        var headerHeight = header is null ? 0 : (header.Max(h => h.Count) * Typography.TableHeader.LineHeight) + (2 * pad);

        var startedOn = -1;
        for (var r = 0; r < rows.Count; r++)
        {
            var row = rows[r];
            var cells = columns.Select((c, i) => page.Text.Wrap(i < row.Cells.Count ? row.Cells[i] : "",
                c.Style ?? Typography.Table, widths[i] - (2 * pad))).ToList();
            var spanning = row.Spanning is null ? null : page.Text.Wrap(row.Spanning, Typography.Table, PageComposer.Width - (2 * pad));
            var lineHeight = Typography.Table.LineHeight;
            var cellLines = cells.Max(c => c.Count);
            var rowHeight = (cellLines * lineHeight) + (2 * pad) + (spanning is null ? 0 : (spanning.Count * lineHeight) + (2 * pad));

            if (startedOn < 0 || rowHeight > page.Remaining)
            {
                // Start (or continue) the table on a page where the header and at least this row fit.
                var needed = headerHeight + Math.Min(rowHeight, PageComposer.Bottom - PageComposer.Top - headerHeight);
                if (startedOn < 0)
                {
                    page.Ensure(needed);
                }
                else
                {
                    page.NewPage();
                }

                startedOn = page.PageIndex;
                if (header is not null)
                {
                    DrawRow(page, header, widths, Typography.TableHeader.LineHeight, 0, header.Max(h => h.Count));
                }
            }

            var rowTop = page.Y;
            var rowPage = page.PageIndex;
            var drawn = 0;
            while (drawn < cellLines)
            {
                var fit = (int)Math.Floor((page.Remaining - (2 * pad)) / lineHeight);
                var take = Math.Min(Math.Max(fit, 1), cellLines - drawn);
                DrawRow(page, cells, widths, lineHeight, drawn, take);
                drawn += take;
                if (drawn < cellLines)
                {
                    page.NewPage();
                    if (header is not null)
                    {
                        DrawRow(page, header, widths, Typography.TableHeader.LineHeight, 0, header.Max(h => h.Count));
                    }
                }
            }

            if (spanning is not null)
            {
                if ((spanning.Count * lineHeight) + (2 * pad) > page.Remaining)
                {
                    page.NewPage();
                    if (header is not null)
                    {
                        DrawRow(page, header, widths, Typography.TableHeader.LineHeight, 0, header.Max(h => h.Count));
                    }
                }

                DrawRow(page, new List<IReadOnlyList<TextLine>> { spanning }, [PageComposer.Width], lineHeight, 0, spanning.Count);
            }

            RowPlaced?.Invoke(r, rowPage, rowTop, page.PageIndex == rowPage ? page.Y : PageComposer.Bottom);
        }

        page.Advance(Typography.ParagraphGap);
    }

    /// <summary>
    /// Column widths from the content (CSS 2.1 automatic table layout, 17.5.2.2): minimum = widest token, maximum =
    /// text unwrapped. All maxima fit: each column its maximum, the slack shared by <see cref="GridColumn.Fraction"/>.
    /// All minima fit: each its minimum plus a share of the rest in proportion to (max - min). Else the minima scaled down.
    /// </summary>
    internal float[] ColumnWidths(TextEngine text)
    {
        var pad = 2 * Typography.CellPadding;
        var min = new float[columns.Count];
        var max = new float[columns.Count];
        for (var c = 0; c < columns.Count; c++)
        {
            if (showHeader)
            {
                (min[c], max[c]) = text.MinMax(columns[c].Header, Typography.TableHeader);
            }

            foreach (var row in rows)
            {
                var (lo, hi) = text.MinMax(c < row.Cells.Count ? row.Cells[c] : "", columns[c].Style ?? Typography.Table);
                min[c] = Math.Max(min[c], lo);
                max[c] = Math.Max(max[c], hi);
            }

            // A rounding margin, so that text measured to fit does fit when it is wrapped to the width again.
            min[c] += pad + 0.5f;
            max[c] = Math.Max(max[c] + pad + 0.5f, min[c]);
        }

        var width = PageComposer.Width;
        var sumMin = min.Sum();
        var sumMax = max.Sum();
        if (sumMax <= width)
        {
            var fractions = columns.Sum(c => c.Fraction);
            return max.Select((m, c) => m + ((width - sumMax) * (fractions > 0 ? columns[c].Fraction / fractions : 1f / columns.Count))).ToArray();
        }

        if (sumMin <= width)
        {
            return min.Select((m, c) => m + ((max[c] - m) * (width - sumMin) / (sumMax - sumMin))).ToArray();
        }

        return min.Select(m => m * width / sumMin).ToArray();
    }

    /// <summary>Lines [from, from+count) of each cell, ruled; cells drawn one after another so each cell's text stays together.</summary>
    private static void DrawRow(PageComposer page, List<IReadOnlyList<TextLine>> cells, float[] widths, float lineHeight,
        int from, int count)
    {
        var pad = Typography.CellPadding;
        var top = page.Y;
        var height = (count * lineHeight) + (2 * pad);
        var x = PageComposer.Left;
        for (var c = 0; c < cells.Count; c++)
        {
            for (var l = from; l < Math.Min(from + count, cells[c].Count); l++)
            {
                var line = cells[c][l];
                var left = line.RightToLeft ? x + widths[c] - pad - line.Width : x + pad;
                page.DrawText(line, left, PageComposer.BaselineIn(top + pad + ((l - from) * lineHeight), line.Style));
            }

            x += widths[c];
        }

        var right = PageComposer.Left + widths.Sum();
        page.DrawRule(PageComposer.Left, top, right, top);
        page.DrawRule(PageComposer.Left, top + height, right, top + height);
        x = PageComposer.Left;
        page.DrawRule(x, top, x, top + height);
        foreach (var w in widths)
        {
            x += w;
            page.DrawRule(x, top, x, top + height);
        }

        page.Advance(height);
    }
}

/// <summary>Particulars as label / value pairs: a two-column grid without a header, labels in bold.</summary>
internal sealed class KeyValueTable(IEnumerable<(string Key, string? Value)> rows) : IComponent
{
    public void Compose(PageComposer page) =>
        page.Compose(new GridTable(
            [new GridColumn("", 0.36f, Typography.TableHeader), new GridColumn("", 0.64f)],
            rows.Select(r => new GridRow([r.Key, string.IsNullOrWhiteSpace(r.Value) ? "—" : r.Value])).ToList(),
            showHeader: false));
}
