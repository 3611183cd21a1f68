using CyberCase.Application.CaseFiles;
using CyberCase.Infrastructure.CaseFiles.Layout;

namespace CyberCase.Infrastructure.CaseFiles.Documents;

/// <param name="rowPages">Filled with the page (of the composer) each exhibit's row lands on: the police report cites it.</param>
internal sealed class ExhibitRegisterDocument(IReadOnlyList<ExhibitContent> exhibits, Dictionary<string, int>? rowPages = null) : IBundleDocument
{
    public string Title => "Exhibit register";

    public void Compose(PageComposer page)
    {
        page.Compose(new SectionHeading("EXHIBIT REGISTER"));
        page.Compose(new GridTable(
            [new("Exhibit", 0.16f), new("Kind and description", 0.36f), new("Identifiers, seal", 0.26f), new("Seized from", 0.22f)],
            exhibits.Select(e => new GridRow(
                [e.ExhibitNumber, $"{e.Kind}: {e.Description}", Print.Lines(new[] { e.Identifiers, e.SealNumber is null ? null : "Seal " + e.SealNumber }.OfType<string>()), e.SeizedFrom],
                // The hash goes across the full width so that it stays whole and searchable.
                e.Sha256 is null ? e.HashNote : "SHA-256: " + e.Sha256)).ToList())
        {
            RowPlaced = (row, pageIndex, _, _) => rowPages?.TryAdd(exhibits[row].ExhibitNumber, pageIndex),
        });
    }
}
