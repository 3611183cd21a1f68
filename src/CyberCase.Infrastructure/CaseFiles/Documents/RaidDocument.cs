using CyberCase.Application.CaseFiles;
using CyberCase.Infrastructure.CaseFiles.Layout;

namespace CyberCase.Infrastructure.CaseFiles.Documents;

/// <summary>A search under BNSS 103/105/185: team, the independent witnesses, the recording and the outcome.</summary>
internal sealed class RaidDocument(RaidContent raid) : IBundleDocument
{
    public string Title => $"Raid {raid.Reference}: {raid.Premises}";

    public void Compose(PageComposer page)
    {
        page.Compose(new SectionHeading($"SEARCH AND SEIZURE {raid.Reference}"));
        page.Compose(new KeyValueTable(
        [
            ("Premises", raid.Premises),
            ("Started", Print.DateTime(raid.StartedAt)),
            ("Ended", Print.DateTime(raid.EndedAt)),
            ("Led by", raid.LeadOfficer),
            ("Team", Print.Lines(raid.Team)),
            ("Audio-video recording", raid.AudioVideoRecording),
        ]));
        ComposeWitnesses(page);
        page.Compose(new SectionHeading("Outcome", Typography.Heading, Align.Left));
        page.Compose(new Paragraph(raid.Outcome));
    }

    private void ComposeWitnesses(PageComposer page)
    {
        page.Compose(new SectionHeading("Independent witnesses", Typography.Heading, Align.Left));
        page.Compose(new GridTable(
            [new("Name", 0.34f), new("Parentage", 0.3f), new("Address", 0.36f)],
            raid.Witnesses.Select(w => new GridRow([w.Name, w.Parentage, w.Address])).ToList()));
    }
}
