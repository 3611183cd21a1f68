using CyberCase.Application.CaseFiles;
using CyberCase.Infrastructure.CaseFiles.Layout;

namespace CyberCase.Infrastructure.CaseFiles.Documents;

internal sealed class PremisesDocument(IReadOnlyList<PremisesContent> premises) : IBundleDocument
{
    public string Title => "Premises";

    public void Compose(PageComposer page)
    {
        page.Compose(new SectionHeading("PREMISES"));
        foreach (var p in premises)
        {
            page.Compose(new SectionHeading($"{p.Reference}: {p.Name}", Typography.Heading, Align.Left));
            page.Compose(new KeyValueTable(
            [
                ("Kind", p.Kind),
                ("Address", p.Address),
                ("Geo-coordinates", p.Coordinates),
                ("Owner / operator", p.OwnerOrOperator),
                ("Accused found", Print.Lines(p.AccusedFound)),
                ("Devices found", Print.Lines(p.DevicesFound)),
            ]));
        }
    }
}
