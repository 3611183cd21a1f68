using CyberCase.Application.CaseFiles;
using CyberCase.Infrastructure.CaseFiles.Layout;

namespace CyberCase.Infrastructure.CaseFiles.Documents;

/// <summary>The sequence of custody of every electronic device, as BNSS 193(3)(i) requires in the final report.</summary>
internal sealed class CustodyDocument(IReadOnlyList<CustodySequenceContent> sequences) : IBundleDocument
{
    public string Title => "Sequence of custody of electronic exhibits";

    public void Compose(PageComposer page)
    {
        page.Compose(new SectionHeading("SEQUENCE OF CUSTODY\n(section 193(3)(i) BNSS)"));
        foreach (var sequence in sequences)
        {
            page.Compose(new SectionHeading($"{sequence.ExhibitNumber}: {sequence.Description}", Typography.Heading, Align.Left));
            page.Compose(new GridTable(
                [new("When", 0.2f), new("From", 0.2f), new("To", 0.2f), new("Purpose", 0.24f), new("Seal / hash", 0.16f)],
                sequence.Steps.Select(s => new GridRow(
                [
                    Print.DateTime(s.At), s.From, s.To, s.Purpose,
                    $"Seal intact: {Print.YesNo(s.SealIntact)}\nHash verified: {Print.YesNo(s.HashVerified)}",
                ])).ToList()));
        }
    }
}
