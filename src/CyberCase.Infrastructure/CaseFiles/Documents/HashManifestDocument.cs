using CyberCase.Application.CaseFiles;
using CyberCase.Infrastructure.CaseFiles.Layout;

namespace CyberCase.Infrastructure.CaseFiles.Documents;

/// <summary>Every annexed electronic record with its SHA-256 and size, as re-verified at export.</summary>
internal sealed class HashManifestDocument(IReadOnlyList<ManifestEntry> entries) : IBundleDocument
{
    public string Title => "Hash manifest of annexed files";

    public void Compose(PageComposer page)
    {
        page.Compose(new SectionHeading("HASH MANIFEST OF ANNEXED FILES"));
        page.Compose(new Paragraph(
            "Each file below was hashed again when this bundle was produced and matched the SHA-256 recorded when it was uploaded.",
            Typography.Table));
        page.Compose(new GridTable(
            [new("Annexure", 0.22f), new("File name", 0.5f), new("Size", 0.28f)],
            entries.Select(e => new GridRow([e.Label, e.FileName, Print.Bytes(e.SizeBytes)], "SHA-256: " + e.Sha256)).ToList()));
    }
}
