using CyberCase.Application.CaseFiles;
using CyberCase.Domain.Law;
using CyberCase.Infrastructure.CaseFiles.Layout;

namespace CyberCase.Infrastructure.CaseFiles.Documents;

/// <summary>
/// A search: the reasons recorded before it and where, the team, the occupant, the independent witnesses, the
/// audio-video recordings and their forwarding (a provision of the new regime only), and the outcome. Every section
/// cited is the case's regime's.
/// </summary>
internal sealed class RaidDocument(RaidContent raid, Regime regime) : IBundleDocument
{
    public string Title => $"Raid {raid.Reference}: {raid.Premises}";

    public void Compose(PageComposer page)
    {
        var provisions = new List<string> { regime.Cite(Provision.SearchReasonsRecorded), regime.Cite(Provision.SearchWitnessesAndList) };
        if (regime.Has(Provision.SearchAudioVideoRecording))
        {
            provisions.Add(regime.Cite(Provision.SearchAudioVideoRecording));
        }

        page.Compose(new SectionHeading($"SEARCH AND SEIZURE {raid.Reference}\n({string.Join(", ", provisions)})"));
        var rows = new List<(string, string?)>
        {
            ("Premises", raid.Premises),
            ($"Reasons recorded before the search ({regime.Cite(Provision.SearchReasonsRecorded)})", Form.OrBlank(raid.ReasonsRecorded, "reasons")),
            ("Recorded in", Form.OrBlank(raid.ReasonsDiaryReference, "case diary entry no., date and time")),
            ("Started", Print.DateTime(raid.StartedAt)),
            ("Ended", Print.DateTime(raid.EndedAt)),
            ("Led by", raid.LeadOfficer),
            ("Team", Print.Lines(raid.Team)),
            ("Occupant", Form.OrBlank(raid.Occupant, "occupant's name; present, or why not")),
        };
        if (raid.AudioVideoRecording is { } summary)
        {
            rows.Add(("Audio-video recording", summary));
        }

        page.Compose(new KeyValueTable(rows));
        ComposeWitnesses(page);
        ComposeRecordings(page);
        page.Compose(new SectionHeading("Outcome", Typography.Heading, Align.Left));
        page.Compose(new Paragraph(raid.Outcome));
    }

    private void ComposeWitnesses(PageComposer page)
    {
        page.Compose(new SectionHeading("Independent witnesses", Typography.Heading, Align.Left));
        page.Compose(new GridTable(
            [new("Name", 0.34f), new("Parentage", 0.3f), new("Address", 0.36f)],
            raid.Witnesses.Select(w => new GridRow([w.Name, Form.OrBlank(w.Parentage, "parentage"), Form.OrBlank(w.Address, "address")])).ToList()));
    }

    /// <summary>Under the new regime the recording is required, so its absence shows as a blank to complete; the old regime prints only what exists.</summary>
    private void ComposeRecordings(PageComposer page)
    {
        var recordings = raid.Recordings ?? [];
        var required = regime.Has(Provision.SearchAudioVideoRecording);
        if (recordings.Count == 0 && !required)
        {
            return;
        }

        page.Compose(new SectionHeading(required
            ? $"Audio-video recordings ({regime.Cite(Provision.SearchAudioVideoRecording)})"
            : "Audio-video recordings", Typography.Heading, Align.Left));
        if (recordings.Count == 0)
        {
            page.Compose(new Paragraph(Form.Blank("the audio-video recording of the search, its SHA-256 and its forwarding to the Magistrate")));
            return;
        }

        page.Compose(new RecordingsTable(recordings));
    }
}
