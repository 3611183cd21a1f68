using CyberCase.Application.CaseFiles;
using CyberCase.Domain.Law;
using CyberCase.Infrastructure.CaseFiles.Layout;

namespace CyberCase.Infrastructure.CaseFiles.Documents;

/// <summary>
/// The seizure memo, the list of things seized signed by the witnesses (CrPC 100(4)-(7) / BNSS 103(4)-(7)): the
/// witnesses with parentage and address, the occupant and the copy given, every item with its identifiers, where it
/// was found and its seal, the specimen seal, the recording of the list being signed (new regime), the report of the
/// seizure to the Magistrate, and the signature lines.
/// </summary>
internal sealed class SeizureMemoDocument(SeizureMemoContent memo, Regime regime) : IBundleDocument
{
    public string Title => $"Seizure memo {memo.Reference}";

    public void Compose(PageComposer page)
    {
        page.Compose(new SectionHeading($"SEIZURE MEMO {memo.Reference}\nList of things seized ({regime.Cite(Provision.SearchWitnessesAndList)})"));
        page.Compose(new KeyValueTable(
        [
            ("Raid", memo.Raid),
            ("Premises", memo.Premises),
            ("Prepared", Print.DateTime(memo.PreparedAt)),
            ("Prepared by", memo.PreparedBy),
            ("Occupant", Form.OrBlank(memo.Occupant, "occupant's name; present, or why not")),
            ("Copy of the list given to", Form.OrBlank(memo.CopyGivenTo, "to whom the copy was given")),
            ("Copy received by", Form.OrBlank(memo.CopyReceivedBy, "name of who signed for the copy")),
        ]));
        page.Compose(new SectionHeading("Independent witnesses", Typography.Heading, Align.Left));
        page.Compose(new GridTable(
            [new("Name", 0.34f), new("Parentage", 0.3f), new("Address", 0.36f)],
            memo.Witnesses.Select(w => new GridRow([w.Name, Form.OrBlank(w.Parentage, "parentage"), Form.OrBlank(w.Address, "address")])).ToList()));
        page.Compose(new SectionHeading("Items seized", Typography.Heading, Align.Left));
        page.Compose(new GridTable(
            [new("Exhibit", 0.16f), new("Description and identifiers", 0.4f), new("Found at", 0.26f), new("Seal", 0.18f)],
            memo.Items.Select(i => new GridRow([i.ExhibitNumber, i.Description, Form.OrBlank(i.FoundAt, "where found"),
                Form.OrBlank(i.SealNumber, "seal no.")])).ToList()));
        page.Compose(new KeyValueTable(
        [
            ("Specimen seal", Form.OrBlank(memo.SpecimenSeal, "seal no., impression, where the specimen is kept")),
        ]));
        ComposeRecordings(page);
        page.Compose(new SectionHeading($"Report of the seizure to the Magistrate ({regime.Cite(Provision.SeizureReportedToMagistrate)})",
            Typography.Heading, Align.Left));
        page.Compose(new KeyValueTable(
        [
            ("Reported on", Form.DateTimeOrBlank(memo.ReportedToMagistrateAt, "date and time of the report")),
            ("Reported to", Form.OrBlank(memo.ReportedToMagistrate, "Magistrate reported to")),
        ]));
        page.Compose(new SignatureLines(memo.Witnesses.Select((w, n) => ($"Witness {n + 1}", w.Name))
            .Append(("Occupant (copy received)", memo.CopyReceivedBy ?? memo.CopyGivenTo ?? Form.Blank("occupant's name")))
            .Append(("Officer preparing the memo", memo.PreparedBy))));
    }

    private void ComposeRecordings(PageComposer page)
    {
        var recordings = memo.Recordings ?? [];
        var required = regime.Has(Provision.SearchAudioVideoRecording);
        if (recordings.Count == 0 && !required)
        {
            return;
        }

        page.Compose(new SectionHeading(required
            ? $"Recording of the list being signed ({regime.Cite(Provision.SearchAudioVideoRecording)})"
            : "Recording of the list being signed", Typography.Heading, Align.Left));
        if (recordings.Count == 0)
        {
            page.Compose(new Paragraph(Form.Blank("the recording of the list being signed, its SHA-256 and its forwarding")));
            return;
        }

        page.Compose(new RecordingsTable(recordings));
    }
}
