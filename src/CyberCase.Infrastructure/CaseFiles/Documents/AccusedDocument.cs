using CyberCase.Application.CaseFiles;
using CyberCase.Infrastructure.CaseFiles.Layout;

namespace CyberCase.Infrastructure.CaseFiles.Documents;

/// <summary>
/// The register of the accused and their arrests: one short row each (code, person, arrest, production, custody),
/// sized so that a page holds many accused. Everything else of an arrest is in that person's memorandum of arrest
/// (<see cref="ArrestMemoDocument"/>), which follows.
/// </summary>
internal sealed class AccusedDocument(IReadOnlyList<AccusedContent> accused) : IBundleDocument
{
    public string Title => "Accused persons";

    public void Compose(PageComposer page)
    {
        page.Compose(new SectionHeading("ACCUSED PERSONS"));
        page.Compose(new GridTable(
            [new("Code", 0.09f), new("Name, parentage, age, address", 0.35f), new("Arrested", 0.19f), new("Produced", 0.19f), new("Custody", 0.18f)],
            accused.Select(a => new GridRow(
            [
                a.Code,
                a.Name + "\n" + string.Join(", ", new[] { a.Parentage, a.Age is null ? null : "age " + a.Age, a.Address }.OfType<string>()),
                a.Arrest is { } arrest ? Print.DateTime(arrest.ArrestedAt) : "Not arrested",
                a.Arrest is { ProducedBeforeMagistrateAt: { } produced } p
                    ? Print.DateTime(produced) + "\n" + Print.Duration(produced - p.ArrestedAt) + " after arrest"
                    : a.Arrest is null ? null : "Not yet produced",
                a.CustodyStatus,
            ])).ToList()));
        if (accused.Any(a => a.Arrest?.Memorandum is not null))
        {
            page.Compose(new Paragraph("The memorandum of arrest of each arrested person follows this register.", Typography.Note));
        }
    }
}
