using CyberCase.Application.CaseFiles;
using CyberCase.Infrastructure.CaseFiles.Layout;

namespace CyberCase.Infrastructure.CaseFiles.Documents;

internal sealed class AccusedDocument(IReadOnlyList<AccusedContent> accused) : IBundleDocument
{
    public string Title => "Accused persons";

    public void Compose(PageComposer page)
    {
        page.Compose(new SectionHeading("ACCUSED PERSONS"));
        page.Compose(new GridTable(
            [new("Code", 0.1f), new("Name, parentage, age, address", 0.38f), new("Role", 0.14f), new("Arrest", 0.22f), new("Custody", 0.16f)],
            accused.Select(a => new GridRow(
            [
                a.Code,
                Print.Lines(new[] { a.Name, a.Parentage, a.Age is null ? null : "Age " + a.Age, a.Address }.OfType<string>()),
                a.Role,
                a.Arrest is { } arrest
                    ? Print.Lines(new[]
                    {
                        Print.DateTime(arrest.ArrestedAt), arrest.Place, "by " + arrest.ArrestingOfficer,
                        arrest.ProducedBeforeMagistrateAt is { } p ? "produced " + Print.DateTime(p) : null,
                    }.OfType<string>())
                    : "Not arrested",
                a.CustodyStatus,
            ])).ToList()));
        ComposeArrestParticulars(page);
    }

    /// <summary>The arrest memo particulars that do not fit the register: grounds and who was informed (BNSS 47, 48).</summary>
    private void ComposeArrestParticulars(PageComposer page)
    {
        var arrested = accused.Where(a => a.Arrest is { GroundsCommunicated: not null } or { RelativeInformed: not null }).ToList();
        if (arrested.Count == 0)
        {
            return;
        }

        page.Compose(new SectionHeading("Grounds of arrest and intimation", Typography.Heading, Align.Left));
        page.Compose(new GridTable(
            [new("Code", 0.12f), new("Grounds communicated", 0.48f), new("Relative / friend informed", 0.4f)],
            arrested.Select(a => new GridRow([a.Code, a.Arrest!.GroundsCommunicated, a.Arrest.RelativeInformed])).ToList()));
    }
}
