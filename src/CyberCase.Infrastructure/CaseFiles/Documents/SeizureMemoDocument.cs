using CyberCase.Application.CaseFiles;
using CyberCase.Infrastructure.CaseFiles.Layout;

namespace CyberCase.Infrastructure.CaseFiles.Documents;

internal sealed class SeizureMemoDocument(SeizureMemoContent memo) : IBundleDocument
{
    public string Title => $"Seizure memo {memo.Reference}";

    public void Compose(PageComposer page)
    {
        page.Compose(new SectionHeading($"SEIZURE MEMO {memo.Reference}"));
        page.Compose(new KeyValueTable(
        [
            ("Raid", memo.Raid),
            ("Premises", memo.Premises),
            ("Prepared", Print.DateTime(memo.PreparedAt)),
            ("Prepared by", memo.PreparedBy),
            ("Witnesses", Print.Lines(memo.Witnesses)),
        ]));
        page.Compose(new SectionHeading("Items seized", Typography.Heading, Align.Left));
        page.Compose(new GridTable(
            [new("Exhibit", 0.16f), new("Description", 0.4f), new("Found at", 0.26f), new("Seal", 0.18f)],
            memo.Items.Select(i => new GridRow([i.ExhibitNumber, i.Description, i.FoundAt, i.SealNumber])).ToList()));
    }
}
