using CyberCase.Application.CaseFiles;
using CyberCase.Infrastructure.CaseFiles.Layout;

namespace CyberCase.Infrastructure.CaseFiles.Documents;

/// <summary>One page of the case diary volume: one entry, as its day was closed (CrPC 172 / BNSS 192, cited by the case's regime).</summary>
internal sealed class CaseDiaryPageDocument(CaseDiaryVolumeContent diary, CaseDiaryPageContent page) : IBundleDocument
{
    public string Title => $"Case diary page {page.Page}";

    public void Compose(PageComposer composer)
    {
        composer.Compose(new SectionHeading($"CASE DIARY, PAGE {page.Page}\n(under {diary.Provision})"));
        composer.Compose(new KeyValueTable(
        [
            ("FIR", $"No. {diary.FirNumber}, PS {diary.Station}"),
            ("Day", page.Day.ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture)),
            ("Entry", $"No. {page.EntryNumber}, written by {page.WrittenBy} on {Print.DateTime(page.WrittenAt)}"),
            .. page.Particulars,
            ("Corrects", page.Corrects),
        ]));
        composer.Compose(new SectionHeading("What was done and found", Typography.Heading, Align.Left));
        composer.Compose(new Paragraph(page.Findings));
        if (page.VernacularText is { } vernacular)
        {
            composer.Compose(new Paragraph(vernacular));
        }
    }
}
