using CyberCase.Application.CaseFiles;
using CyberCase.Infrastructure.CaseFiles.Layout;

namespace CyberCase.Infrastructure.CaseFiles.Documents;

internal sealed class CoverDocument(CaseHeader header, int volume, int volumes) : IBundleDocument
{
    public string Title => "Cover";

    public void Compose(PageComposer page)
    {
        ComposeCaption(page);
        ComposeCase(page);
        ComposeParticulars(page);
    }

    private void ComposeCaption(PageComposer page)
    {
        page.Compose(new Paragraph(header.CourtCaption, Typography.Heading, Align.Center));
        page.Compose(new Spacer(Typography.Body.LineHeight * 2));
        page.Compose(new SectionHeading("CASE BUNDLE"));
        if (volumes > 1)
        {
            page.Compose(new Paragraph($"Volume {volume} of {volumes}", Typography.Heading, Align.Center));
        }
    }

    private void ComposeCase(PageComposer page)
    {
        page.Compose(new Paragraph("State (UT of J&K) through " + header.StationName, Typography.Body, Align.Center));
        page.Compose(new Paragraph("versus", Typography.Body, Align.Center));
        page.Compose(new Paragraph("the accused named in the final report", Typography.Body, Align.Center));
        page.Compose(new Spacer(Typography.Body.LineHeight));
        page.Compose(new Paragraph(header.Caption, Typography.Heading, Align.Center));
        page.Compose(new Spacer(Typography.Body.LineHeight));
    }

    private void ComposeParticulars(PageComposer page) =>
        page.Compose(new KeyValueTable(
        [
            ("FIR number", header.FirNumber),
            ("Police station", $"{header.StationName} ({header.StationCode})"),
            ("District", header.District),
            ("State / UT", header.State),
            ("Sections", Print.Lines(header.Sections)),
            ("Investigating officer", header.InvestigatingOfficer),
            ("Public prosecutor", header.Prosecutor),
            ("FIR registered", Print.DateTime(header.RegisteredAt)),
            ("Bundle as of", Print.Date(header.AsOf)),
        ]));
}
