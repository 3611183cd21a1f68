using CyberCase.Application.CaseFiles;
using CyberCase.Domain.Law;
using CyberCase.Infrastructure.CaseFiles.Layout;

namespace CyberCase.Infrastructure.CaseFiles.Documents;

/// <summary>
/// The custody of every electronic exhibit, hand-over by hand-over, with the receiving holder's register entry,
/// docket or property number. The new regime puts the sequence of custody into the police report by a provision
/// of its own; the old regime has none, so its title is the chain of custody and cites nothing.
/// </summary>
internal sealed class CustodyDocument(IReadOnlyList<CustodySequenceContent> sequences, Regime regime) : IBundleDocument
{
    private bool HasProvision => regime.Has(Provision.PoliceReportCustodySequence);

    public string Title => HasProvision ? "Sequence of custody of electronic exhibits" : "Chain of custody of electronic exhibits";

    public void Compose(PageComposer page)
    {
        page.Compose(new SectionHeading(HasProvision
            ? $"SEQUENCE OF CUSTODY\n({regime.CiteInFull(Provision.PoliceReportCustodySequence)})"
            : "CHAIN OF CUSTODY OF ELECTRONIC EXHIBITS"));
        foreach (var sequence in sequences)
        {
            page.Compose(new SectionHeading($"{sequence.ExhibitNumber}: {sequence.Description}", Typography.Heading, Align.Left));
            page.Compose(new GridTable(
                [new("When", 0.17f), new("From", 0.18f), new("To", 0.18f), new("Purpose", 0.19f), new("Register / docket", 0.14f), new("Seal / hash", 0.14f)],
                sequence.Steps.Select(s => new GridRow(
                [
                    Print.DateTime(s.At), s.From, s.To, s.Purpose, s.HolderReference ?? (s.HolderReferenceNeeded is { } needed ? Form.CellBlank(needed) : "—"),
                    $"Seal intact: {Print.YesNo(s.SealIntact)}\nHash verified: {Print.YesNo(s.HashVerified)}",
                ])).ToList()));
        }
    }
}
