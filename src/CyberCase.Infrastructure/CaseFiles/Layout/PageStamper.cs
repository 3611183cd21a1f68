using CyberCase.Application.CaseFiles;

namespace CyberCase.Infrastructure.CaseFiles.Layout;

/// <summary>
/// The running header (case caption, and on annexure pages the annexure's label) inside the top margin and the
/// continuous "Page X of Y" inside the bottom margin, placed relative to the page's own size so that merged pages
/// of any size are stamped too.
/// </summary>
internal sealed class PageStamper(CaseHeader header, TextEngine text, int totalPages, int volumes)
{
    public void Stamp(ComposedPage page, int number, int volume, string? label)
    {
        var style = Typography.PageMark;
        var lines = label is null ? new[] { header.Caption } : [header.Caption, label];
        var y = Math.Min(Typography.MarginTop * 0.5f, page.Height * 0.04f);
        foreach (var line in lines.SelectMany(l => text.Wrap(l, style, page.Width - 40)))
        {
            page.Ops.Add(new TextOp(line, (page.Width - line.Width) / 2, y));
            y += style.LineHeight;
        }

        var mark = $"Page {number} of {totalPages}" + (volumes > 1 ? $" (volume {volume} of {volumes})" : "");
        Footer(page, text, mark);
    }

    /// <summary>A document of its own (the case diary volume): its caption on top, its own page label at the foot.</summary>
    public static void StampLabel(ComposedPage page, TextEngine text, string caption, string footer)
    {
        var style = Typography.PageMark;
        var header = text.Wrap(caption, style, page.Width - 40)[0];
        page.Ops.Add(new TextOp(header, (page.Width - header.Width) / 2, Math.Min(Typography.MarginTop * 0.5f, page.Height * 0.04f)));
        Footer(page, text, footer);
    }

    private static void Footer(ComposedPage page, TextEngine text, string mark)
    {
        var footer = text.Wrap(mark, Typography.PageMark, page.Width)[0];
        page.Ops.Add(new TextOp(footer, (page.Width - footer.Width) / 2,
            page.Height - Math.Min(Typography.MarginBottom * 0.45f, page.Height * 0.03f)));
    }
}
