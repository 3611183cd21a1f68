using SkiaSharp;

namespace CyberCase.Infrastructure.CaseFiles.Layout;

internal abstract record DrawOp;

internal sealed record TextOp(TextLine Line, float X, float Baseline) : DrawOp;

internal sealed record RuleOp(float X1, float Y1, float X2, float Y2, float Width) : DrawOp;

/// <summary>A heading printed on page <see cref="PageIndex"/> of the composer at <see cref="Y"/> (points from the top).</summary>
internal sealed record PageMark(string Title, int PageIndex, float Y);

/// <summary>A page laid out and ready to paint: its size and what is drawn on it, in points from the top left.</summary>
internal sealed class ComposedPage(float width = Typography.PageWidth, float height = Typography.PageHeight)
{
    public float Width { get; } = width;
    public float Height { get; } = height;
    public List<DrawOp> Ops { get; } = [];
}

/// <summary>Something that lays itself out on the flowing pages (a heading, a paragraph, a table).</summary>
internal interface IComponent
{
    void Compose(PageComposer page);
}

/// <summary>
/// The flow of A4 pages a document is laid out on: a cursor moving down the content area between the margins,
/// breaking to a new page when something does not fit.
/// </summary>
internal sealed class PageComposer(TextEngine text)
{
    private readonly List<ComposedPage> _pages = [];
    private readonly List<PageMark> _marks = [];

    /// <summary>What is being kept with the next component: where it began (page, first op, y, first mark); null once that component draws.</summary>
    private (int Page, int Op, float Y, int Mark)? _kept;
    private bool _keeping;

    public TextEngine Text { get; } = text;
    public IReadOnlyList<ComposedPage> Pages => _pages;
    public int PageIndex => _pages.Count - 1;
    public float Y { get; private set; }
    public static float Left => Typography.MarginLeft;
    public static float Width => Typography.ContentWidth;
    public static float Top => Typography.MarginTop;
    public static float Bottom => Typography.PageHeight - Typography.MarginBottom;
    public float Remaining => Bottom - Y;
    public bool AtTopOfPage => Y <= Top + 0.01f;

    /// <summary>The headings below document titles, where they were printed (bookmarks nested under the document's).</summary>
    public IReadOnlyList<PageMark> Marks => _marks;

    public void NewPage()
    {
        _pages.Add(new ComposedPage());
        var moved = Y;
        Y = Top;
        if (_kept is { } kept && !_keeping && kept.Page == _pages.Count - 2)
        {
            // The kept heading was the last thing on the page it was drawn on: it moves to the top of this one, with
            // what it printed and its bookmarks.
            var from = _pages[kept.Page].Ops;
            var dy = Top - kept.Y;
            foreach (var op in from.Skip(kept.Op))
            {
                _pages[^1].Ops.Add(op switch
                {
                    TextOp t => t with { Baseline = t.Baseline + dy },
                    RuleOp r => r with { Y1 = r.Y1 + dy, Y2 = r.Y2 + dy },
                    _ => op,
                });
            }

            from.RemoveRange(kept.Op, from.Count - kept.Op);
            for (var m = kept.Mark; m < _marks.Count; m++)
            {
                _marks[m] = _marks[m] with { PageIndex = PageIndex, Y = _marks[m].Y + dy };
            }

            Y = Top + (moved - kept.Y);
        }

        _kept = null;
    }

    /// <summary>
    /// Draws something (a heading) that must not end a page: if the next thing drawn needs a new page first, what was
    /// drawn here moves there with it. Consecutive kept things (a title and a sub-heading) move together.
    /// </summary>
    public void KeepWithNext(Action draw)
    {
        if (_kept is null && !AtTopOfPage && _pages.Count > 0)
        {
            _kept = (PageIndex, _pages[^1].Ops.Count, Y, _marks.Count);
        }

        _keeping = true;
        try
        {
            draw();
        }
        finally
        {
            _keeping = false;
        }
    }

    /// <summary>A bookmark under the current document's, at the current position.</summary>
    public void Mark(string title) => _marks.Add(new PageMark(title, PageIndex, Y));

    /// <summary>Breaks the page unless <paramref name="height"/> still fits (or the page is still empty).</summary>
    public void Ensure(float height)
    {
        if (_pages.Count == 0 || (height > Remaining && !AtTopOfPage))
        {
            NewPage();
        }
    }

    public void Advance(float dy) => Y += dy;

    public void Compose(IComponent component) => component.Compose(this);

    public void DrawText(TextLine line, float x, float baseline)
    {
        Drawn();
        _pages[^1].Ops.Add(new TextOp(line, x, baseline));
    }

    public void DrawRule(float x1, float y1, float x2, float y2, float width = Typography.RuleWidth)
    {
        Drawn();
        _pages[^1].Ops.Add(new RuleOp(x1, y1, x2, y2, width));
    }

    /// <summary>Something after a kept heading was drawn on its page: the heading is no longer alone there.</summary>
    private void Drawn()
    {
        if (!_keeping)
        {
            _kept = null;
        }
    }

    /// <summary>Where a line's baseline sits in a line box starting at <paramref name="top"/>.</summary>
    public static float BaselineIn(float top, TextStyle style) => top + ((style.LineHeight - (style.Size * 1.15f)) / 2) + (style.Size * 0.9f);

    /// <summary>Paints the laid-out pages into a PDF with Skia (fonts subset and embedded, text extractable).</summary>
    public static byte[] Paint(IReadOnlyList<ComposedPage> pages, DateTimeOffset documentDate, string title)
    {
        using var output = new MemoryStream();
        var metadata = new SKDocumentPdfMetadata
        {
            Title = title,
            Creator = "CyberCase",
            Producer = "CyberCase",
            // Dates from the case, never the clock: the same case prints the same bytes.
            Creation = documentDate.UtcDateTime,
            Modified = documentDate.UtcDateTime,
            RasterDpi = 300,
            EncodingQuality = 101,
        };
        using (var document = SKDocument.CreatePdf(output, metadata))
        {
            using var ink = new SKPaint { Color = Typography.Ink, IsAntialias = true };
            using var rule = new SKPaint { Color = Typography.Ink, IsAntialias = true, Style = SKPaintStyle.Stroke };
            foreach (var page in pages)
            {
                var canvas = document.BeginPage(page.Width, page.Height);
                foreach (var op in page.Ops)
                {
                    switch (op)
                    {
                        case TextOp t:
                            using (var blob = TextEngine.ToBlob(t.Line))
                            {
                                if (blob is not null)
                                {
                                    canvas.DrawText(blob, t.X, t.Baseline, ink);
                                }
                            }

                            break;
                        case RuleOp r:
                            rule.StrokeWidth = r.Width;
                            canvas.DrawLine(r.X1, r.Y1, r.X2, r.Y2, rule);
                            break;
                    }
                }

                document.EndPage();
            }

            document.Close();
        }

        return output.ToArray();
    }
}
