using CyberCase.Application.CaseFiles;
using CyberCase.Domain.Common;
using CyberCase.Domain.Law;
using CyberCase.Infrastructure.CaseFiles.Layout;

namespace CyberCase.Infrastructure.CaseFiles.Documents;

internal sealed class FirDocument(FirContent fir) : IBundleDocument
{
    public string Title => $"First Information Report No. {fir.Number}";

    public void Compose(PageComposer page)
    {
        var provision = Regime.ForFir(fir.RegisteredAt).CiteInFull(Provision.Fir);
        page.Compose(new SectionHeading($"FIRST INFORMATION REPORT\n(under {provision})"));
        ComposeParticulars(page);
        ComposeSections(page);
        ComposeNarrative(page);
        ComposeStatements(page);
    }

    private void ComposeParticulars(PageComposer page) =>
        page.Compose(new KeyValueTable(
        [
            ("FIR number", fir.Number),
            ("Registered", Print.DateTime(fir.RegisteredAt)),
            ("General Diary entry", fir.GdEntryNumber),
            ("Occurrence", $"{Print.DateTime(fir.OccurredFrom)} to {Print.DateTime(fir.OccurredTo)}"),
            ("Place of occurrence", fir.PlaceOfOccurrence),
            ("Type of information", fir.InformationType),
            ("Informant", fir.InformantName),
            ("Parentage", fir.InformantParentage),
            ("Nationality", fir.InformantNationality),
            ("Address", fir.InformantAddress),
            ("Contact", fir.InformantPhone),
            ("Investigating officer", fir.InvestigatingOfficer),
            ("Status", fir.Status),
        ]));

    private void ComposeSections(PageComposer page)
    {
        page.Compose(new SectionHeading("Acts and sections", Typography.Heading, Align.Left));
        page.Compose(new GridTable(
            [new("Section", 0.24f), new("Offence", 0.52f), new("Now under", 0.24f)],
            fir.Sections.Select(s => new GridRow([s.Section, s.Title, s.NowUnder])).ToList()));
    }

    private void ComposeNarrative(PageComposer page)
    {
        page.Compose(new SectionHeading("Contents of the information", Typography.Heading, Align.Left));
        page.Compose(new Paragraph(fir.Narrative));
    }

    private void ComposeStatements(PageComposer page)
    {
        if (fir.SupplementaryStatements.Count == 0)
        {
            return;
        }

        page.Compose(new SectionHeading("Supplementary statements", Typography.Heading, Align.Left));
        foreach (var s in fir.SupplementaryStatements)
        {
            page.Compose(new Paragraph($"{Print.DateTime(s.RecordedAt)}, recorded by {s.RecordedBy}:", Typography.Heading));
            page.Compose(new Paragraph(s.Text));
        }
    }
}
