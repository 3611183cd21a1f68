using System.Globalization;
using CyberCase.Application.CaseFiles;
using CyberCase.Infrastructure.CaseFiles.Layout;

namespace CyberCase.Infrastructure.CaseFiles.Documents;

/// <summary>
/// Where the documents and exhibits the police report relies on are in the bundle: the index rows after the report
/// and the page each exhibit's register row landed on (provisional pages on the first layout pass).
/// </summary>
internal sealed record ReportReferences(IReadOnlyList<IndexEntry> Documents, IReadOnlyDictionary<string, int> ExhibitPages);

/// <summary>The police report (charge-sheet or final report), the first document after the index.</summary>
internal sealed class PoliceReportDocument(PoliceReportContent report, IReadOnlyList<ExhibitContent> exhibits, ReportReferences references)
    : IBundleDocument
{
    public string Title => $"{Sentence(report.Title)} (police report under {report.Provision})" + (report.IsDraft ? ", draft" : "");

    public void Compose(PageComposer page)
    {
        page.Compose(new SectionHeading($"{report.Title}\n(police report under {report.Provision})"));
        if (report.IsDraft)
        {
            page.Compose(new Paragraph($"DRAFT ({report.Status.ToLowerInvariant()}): not forwarded to the court.", Typography.Heading, Align.Center));
        }

        if (report.FurtherInvestigation is { } further)
        {
            page.Compose(new Paragraph(further));
        }

        page.Compose(new KeyValueTable(
        [
            ("Court", report.Court),
            ("FIR", $"No. {report.FirNumber} dated {Print.Date(report.FirRegisteredAt)}, PS {report.Station}, District {report.District}"),
            ("Acts and sections", Print.Lines(report.Sections)),
            ("Investigating officer", report.InvestigatingOfficer),
            ("Kind of report", report.Closure is null ? Sentence(report.Title) : $"{Sentence(report.Title)}: {report.Closure}"),
            ("Complainant / informant", Print.Lines(report.Complainant)),
            ("Nature of the information", report.NatureOfInformation),
        ]));

        ComposeAccused(page);
        ComposeCustodyAndBond(page);
        ComposeWitnesses(page);
        ComposeDocuments(page);
        ComposeExhibits(page);
        ComposeList(page, "Medical reports", report.MedicalReports, "No medical report is relied on.");
        ComposeCustodySequences(page);

        page.Compose(new SectionHeading("Conclusion of the investigating officer", Typography.Heading, Align.Left));
        page.Compose(new Paragraph(report.Conclusion.Length == 0 ? "—" : report.Conclusion));
        page.Compose(new KeyValueTable(report.Signatures));
    }

    private void ComposeAccused(PageComposer page)
    {
        page.Compose(new SectionHeading("Accused", Typography.Heading, Align.Left));
        page.Compose(new GridTable(
            [new("Code", 0.1f), new("Name, parentage, address", 0.36f), new("Status", 0.22f), new("Charged with", 0.32f)],
            report.Accused.Select(a => new GridRow(
            [
                a.Code, Print.Lines(new[] { a.Name, a.Parentage, a.Address }.OfType<string>()), a.Status,
                a.Note is null ? a.Charges : $"{a.Charges}\n{a.Note}",
            ])).ToList()));
    }

    private void ComposeCustodyAndBond(PageComposer page)
    {
        ComposeList(page, "Accused released on bond", report.ReleasedOnBond, "No accused was released on bond.");
        ComposeList(page, "Accused forwarded in custody", report.ForwardedInCustody, "No accused is forwarded in custody.");
    }

    private void ComposeWitnesses(PageComposer page)
    {
        page.Compose(new SectionHeading("Persons acquainted with the circumstances (list of witnesses)", Typography.Heading, Align.Left));
        if (report.Witnesses.Count == 0)
        {
            page.Compose(new Paragraph("No statement has been recorded."));
            return;
        }

        page.Compose(new GridTable(
            [new("No.", 0.08f), new("Name, address", 0.3f), new("Speaks to", 0.36f), new("Statement", 0.26f)],
            report.Witnesses.Select(w => new GridRow(
            [
                w.Number.ToString(CultureInfo.InvariantCulture), Print.Lines(new[] { $"{w.Name} ({w.Role.ToLowerInvariant()})", w.Address }.OfType<string>()),
                w.SpeaksTo, w.Statement,
            ])).ToList()));
    }

    /// <summary>Every other document of the bundle, by its index serial and pages (the index is the list of documents relied upon).</summary>
    private void ComposeDocuments(PageComposer page)
    {
        page.Compose(new SectionHeading("Documents relied upon", Typography.Heading, Align.Left));
        page.Compose(new GridTable(
            [new("Index no.", 0.14f), new("Document", 0.62f), new("Bundle pages", 0.24f)],
            references.Documents.Select(d => new GridRow([d.Serial.ToString(CultureInfo.InvariantCulture), d.Title, Range(d.FirstPage, d.LastPage)])).ToList()));
    }

    private void ComposeExhibits(PageComposer page)
    {
        page.Compose(new SectionHeading("Exhibits relied upon", Typography.Heading, Align.Left));
        if (exhibits.Count == 0)
        {
            page.Compose(new Paragraph("No exhibit."));
            return;
        }

        page.Compose(new GridTable(
            [new("Exhibit", 0.16f), new("Kind and description", 0.58f), new("Bundle page", 0.26f)],
            exhibits.Select(e => new GridRow(
            [
                e.ExhibitNumber, $"{e.Kind}: {e.Description}",
                references.ExhibitPages.TryGetValue(e.ExhibitNumber, out var p) ? $"{p} (exhibit register)" : "—",
            ])).ToList()));
    }

    private void ComposeCustodySequences(PageComposer page)
    {
        if (report.CustodySequences is not { } custody)
        {
            return;
        }

        page.Compose(new SectionHeading($"Sequence of custody of electronic devices ({custody.Provision})", Typography.Heading, Align.Left));
        if (custody.Sequences.Count == 0)
        {
            page.Compose(new Paragraph("No electronic device was seized."));
            return;
        }

        foreach (var sequence in custody.Sequences)
        {
            page.Compose(new Paragraph($"{sequence.ExhibitNumber}: {sequence.Description}", Typography.Heading));
            page.Compose(new GridTable(
                [new("When", 0.22f), new("From", 0.26f), new("To", 0.26f), new("Purpose", 0.26f)],
                sequence.Steps.Select(s => new GridRow([Print.DateTime(s.At), s.From, s.To, s.Purpose])).ToList()));
        }
    }

    private static void ComposeList(PageComposer page, string heading, IReadOnlyList<string> items, string none)
    {
        page.Compose(new SectionHeading(heading, Typography.Heading, Align.Left));
        page.Compose(new Paragraph(items.Count == 0 ? none : Print.Lines(items)));
    }

    private static string Range(int first, int last) => first == last ? $"{first}" : $"{first}–{last}";

    /// <summary>"CHARGE-SHEET" -> "Charge-sheet" for the index.</summary>
    private static string Sentence(string title) => title[0] + title[1..].ToLowerInvariant();
}
