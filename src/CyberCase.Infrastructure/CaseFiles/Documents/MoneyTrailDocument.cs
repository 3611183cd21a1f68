using CyberCase.Application.CaseFiles;
using CyberCase.Infrastructure.CaseFiles.Layout;

namespace CyberCase.Infrastructure.CaseFiles.Documents;

/// <summary>
/// Victims and the money trail: the victims with what they lost, the transactions in time order, the accounts with
/// their freeze, lien and attachment, the totals per currency, and a drawing of the trail (victims on the left, each
/// layer of accounts to the right, cash-out last) drawn as ruled boxes, arrows and text: vector, searchable, no picture.
/// </summary>
internal sealed class MoneyTrailDocument(MoneyTrailContent money) : IBundleDocument
{
    private static readonly TextStyle Box = new(8, 1f, Weight.Regular);
    private const float BoxHeight = 30f;
    private const float RowGap = 8f;
    private const float ColumnGap = 16f;
    private const int MaxRowsDrawn = 18;

    public string Title => "Victims and money trail";

    public void Compose(PageComposer page)
    {
        page.Compose(new SectionHeading("VICTIMS AND MONEY TRAIL"));
        if (money.Victims.Count > 0)
        {
            page.Compose(new SectionHeading("Victims", Typography.Heading, Align.Left));
            page.Compose(new GridTable(
                [new("Ref.", 0.08f), new("Name", 0.2f), new("Nationality, id, country, contact", 0.32f), new("Language", 0.14f),
                    new("Amount lost", 0.13f), new("Paid", 0.13f)],
                money.Victims.Select(v => new GridRow([v.Reference, v.Name, v.Particulars, v.Language, v.AmountLost, v.Paid])).ToList()));
        }

        if (money.Transactions.Count > 0)
        {
            page.Compose(new SectionHeading("Transactions in time order", Typography.Heading, Align.Left));
            page.Compose(new GridTable(
                [new("Date and time", 0.2f), new("Amount", 0.18f), new("Channel", 0.12f), new("Reference", 0.28f), new("From", 0.11f), new("To", 0.11f)],
                money.Transactions.Select(t => new GridRow([t.When, t.Amount, t.Channel, t.Reference, t.From, t.To])).ToList()));
        }

        if (money.Accounts.Count > 0)
        {
            page.Compose(new SectionHeading("Accounts, freeze, lien and attachment", Typography.Heading, Align.Left));
            page.Compose(new GridTable(
                [new("Ref.", 0.08f), new("Layer", 0.1f), new("Account and holder", 0.3f), new("Received", 0.16f), new("Status", 0.36f)],
                money.Accounts.Select(a => new GridRow([a.Reference, a.Layer, a.Holder is null ? a.Account : $"{a.Account}\n{a.Holder}", a.Received, a.Status]))
                    .ToList()));
        }

        page.Compose(new SectionHeading("Totals (per currency, never added across currencies)", Typography.Heading, Align.Left));
        foreach (var line in money.Totals)
        {
            page.Compose(new Paragraph(line, Typography.Table));
        }

        if (money.Drawing.Nodes.Count > 0 && money.Drawing.Edges.Count > 0)
        {
            page.Compose(new SectionHeading("The trail", Typography.Heading, Align.Left));
            Draw(page, money.Drawing);
        }
    }

    private static void Draw(PageComposer page, TrailDrawing drawing)
    {
        var columns = drawing.Nodes.GroupBy(n => n.Column).OrderBy(g => g.Key).Select(g => g.ToList()).ToList();
        var rows = columns.Max(c => c.Count);
        if (rows > MaxRowsDrawn)
        {
            page.Compose(new Paragraph($"The trail has more than {MaxRowsDrawn} victims or accounts in one layer and is not drawn; the tables above list it in full.",
                Typography.Note));
            return;
        }

        var height = rows * (BoxHeight + RowGap);
        page.Ensure(height + Typography.Body.LineHeight);
        var width = (PageComposer.Width - (ColumnGap * (columns.Count - 1))) / columns.Count;
        var top = page.Y;
        var boxes = new Dictionary<string, (float X, float Y)>(StringComparer.Ordinal);
        for (var c = 0; c < columns.Count; c++)
        {
            var x = PageComposer.Left + (c * (width + ColumnGap));
            // Each column centred on the tallest one, so the arrows run mostly left to right.
            var y0 = top + ((rows - columns[c].Count) * (BoxHeight + RowGap) / 2);
            for (var r = 0; r < columns[c].Count; r++)
            {
                var node = columns[c][r];
                var y = y0 + (r * (BoxHeight + RowGap));
                boxes[node.Key] = (x, y);
                page.DrawRule(x, y, x + width, y);
                page.DrawRule(x, y + BoxHeight, x + width, y + BoxHeight);
                page.DrawRule(x, y, x, y + BoxHeight);
                page.DrawRule(x + width, y, x + width, y + BoxHeight);
                if (node.CashOut)
                {
                    // A double right edge marks where the money left the trail.
                    page.DrawRule(x + width - 2, y, x + width - 2, y + BoxHeight);
                }

                var lines = page.Text.Wrap(node.CashOut ? node.Label + " (cash-out)" : node.Label, Box, width - 4);
                for (var l = 0; l < Math.Min(lines.Count, 3); l++)
                {
                    page.DrawText(lines[l], x + 2, PageComposer.BaselineIn(y + 2 + (l * Box.LineHeight), Box));
                }
            }
        }

        foreach (var edge in drawing.Edges)
        {
            var (fx, fy) = boxes[edge.From];
            var (tx, ty) = boxes[edge.To];
            var x1 = fx + width;
            var y1 = fy + (BoxHeight / 2);
            var x2 = tx;
            var y2 = ty + (BoxHeight / 2);
            if (x2 <= x1)
            {
                // Money sent back to an earlier layer: drawn to the box's right edge instead.
                x1 = fx;
                x2 = tx + width;
            }

            page.DrawRule(x1, y1, x2, y2);
            var angle = MathF.Atan2(y2 - y1, x2 - x1);
            foreach (var side in new[] { -0.45f, 0.45f })
            {
                page.DrawRule(x2, y2, x2 - (5 * MathF.Cos(angle + side)), y2 - (5 * MathF.Sin(angle + side)));
            }
        }

        page.Advance(height + Typography.ParagraphGap);
    }
}
