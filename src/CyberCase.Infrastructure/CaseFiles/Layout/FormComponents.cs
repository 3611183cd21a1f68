namespace CyberCase.Infrastructure.CaseFiles.Layout;

/// <summary>
/// Signature lines for what only a person can supply on paper (the informant, the arrestee, the witness, the
/// officer): a ruled blank marked "to be signed" with the signer's capacity and name under it, each kept whole on a page.
/// </summary>
internal sealed class SignatureLines(IReadOnlyList<(string Capacity, string? Name)> signers) : IComponent
{
    public const string Line = "______________________________  (to be signed)";

    public void Compose(PageComposer page)
    {
        foreach (var (capacity, name) in signers)
        {
            var caption = page.Text.Wrap(name is null ? capacity : $"{capacity}: {name}", Typography.Table, PageComposer.Width);
            var line = page.Text.Wrap(Line, Typography.Body, PageComposer.Width);
            var gap = Typography.Body.LineHeight;
            page.Ensure(gap + (line.Count * Typography.Body.LineHeight) + (caption.Count * Typography.Table.LineHeight));
            if (!page.AtTopOfPage)
            {
                page.Advance(gap);
            }

            Paragraph.DrawLines(page, line, Align.Left);
            Paragraph.DrawLines(page, caption, Align.Left);
            page.Advance(Typography.ParagraphGap);
        }
    }
}
