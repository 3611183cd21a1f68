using SkiaSharp;

namespace CyberCase.Infrastructure.CaseFiles.Layout;

internal abstract record DrawOp;

internal sealed record TextOp(TextLine Line, float X, float Baseline) : DrawOp;

internal sealed record RuleOp(float X1, float Y1, float X2, float Y2, float Width) : DrawOp;

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

    public void NewPage()
    {
        _pages.Add(new ComposedPage());
        Y = Top;
    }

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

    public void DrawText(TextLine line, float x, float baseline) => _pages[^1].Ops.Add(new TextOp(line, x, baseline));

    public void DrawRule(float x1, float y1, float x2, float y2, float width = Typography.RuleWidth) =>
        _pages[^1].Ops.Add(new RuleOp(x1, y1, x2, y2, width));

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
