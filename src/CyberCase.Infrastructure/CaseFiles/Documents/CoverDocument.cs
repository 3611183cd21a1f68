using CyberCase.Application.CaseFiles;
using CyberCase.Infrastructure.CaseFiles.Layout;

namespace CyberCase.Infrastructure.CaseFiles.Documents;

/// <summary>
/// The cover: the court, the case or CNR number once known, the cause title ("State (UT of J&amp;K) through [station]
/// v. [A1] and [n] others"), the FIR, sections, station and district. What is not known yet is a blank line marked
/// for completion.
/// </summary>
internal sealed class CoverDocument(CaseHeader header, int volume, int volumes) : IBundleDocument
{
    public string Title => "Cover";

    public void Compose(PageComposer page)
    {
        ComposeCourt(page);
        ComposeCase(page);
        ComposeParticulars(page);
    }

    private void ComposeCourt(PageComposer page)
    {
        var court = header.Court is null ? "Court: " + Print.ToComplete
            : header.Court.StartsWith("Court", StringComparison.OrdinalIgnoreCase) ? "In the " + header.Court
            : "In the Court of the " + header.Court;
        page.Compose(new Paragraph(court, Typography.Heading, Align.Center));
        var numbers = new[]
        {
            header.CourtCaseNumber is null ? null : "Case No. " + header.CourtCaseNumber,
            header.CnrNumber is null ? null : "CNR No. " + header.CnrNumber,
        }.OfType<string>().ToList();
        page.Compose(new Paragraph(numbers.Count == 0 ? "Case No. / CNR No.: " + Print.ToComplete : string.Join("    ", numbers),
            Typography.Body, Align.Center));
        page.Compose(new Spacer(Typography.Body.LineHeight * 2));
        page.Compose(new SectionHeading("CASE BUNDLE"));
        if (volumes > 1)
        {
            page.Compose(new Paragraph($"Volume {volume} of {volumes}", Typography.Heading, Align.Center));
        }
    }

    private void ComposeCase(PageComposer page)
    {
        page.Compose(new Paragraph(header.CauseTitle ?? $"State (UT of J&K) through {header.StationName} v. {Print.ToComplete}",
            Typography.Heading, Align.Center));
        page.Compose(new Spacer(Typography.Body.LineHeight));
        page.Compose(new Paragraph(header.Caption, Typography.Heading, Align.Center));
        page.Compose(new Spacer(Typography.Body.LineHeight));
    }

    private void ComposeParticulars(PageComposer page) =>
        page.Compose(new KeyValueTable(
        [
            ("Court", Print.OrBlank(header.Court)),
            ("Case No. / CNR No.", header.CourtCaseNumber is null && header.CnrNumber is null ? Print.ToComplete
                : string.Join(" / ", new[] { header.CourtCaseNumber, header.CnrNumber }.OfType<string>())),
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
