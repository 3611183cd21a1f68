using CyberCase.Application.CaseFiles;
using CyberCase.Domain.Law;
using CyberCase.Infrastructure.CaseFiles.Layout;

namespace CyberCase.Infrastructure.CaseFiles.Documents;

/// <summary>
/// The certificate in the Schedule to the BSA (new regime): Part A by the party producing the record, Part B by the
/// expert, both required (court-bundle.md lists the fields). Filled from the records; what only a person can supply
/// (signatures, and a date not yet recorded) is a blank line marked for completion.
/// </summary>
internal sealed class BsaCertificateDocument(CertificateContent certificate, Regime regime) : IBundleDocument
{
    private static readonly string[] DeviceKinds =
        ["Computer / storage media", "DVR", "Mobile", "Flash drive", "CD / DVD", "Server", "Cloud", "Other"];

    public string Title => CertificateParts.Title(regime, certificate);

    public void Compose(PageComposer page)
    {
        page.Compose(new SectionHeading(CertificateParts.Heading(regime) + "\n(THE SCHEDULE)"));
        page.Compose(new Paragraph($"Electronic record {certificate.Reference}", Typography.Heading, Align.Center));
        ComposePartA(page);
        ComposePartB(page);
    }

    private void ComposePartA(PageComposer page)
    {
        var c = certificate;
        var p = c.Producer;
        page.Compose(new SectionHeading("PART A (to be filled by the party)", Typography.Heading, Align.Left));
        page.Compose(new Paragraph(
            $"{CertificateParts.Identify(p)}, {p.Capacity}, do hereby solemnly affirm and sincerely state and submit as follows: I have " +
            $"produced the electronic record / output of the digital record taken from the following device / digital record source: {c.Record}"));
        var other = c.DeviceKind.StartsWith("Other", StringComparison.Ordinal);
        page.Compose(new Paragraph(string.Join("   ", DeviceKinds.Select(k =>
            (string.Equals(k, c.DeviceKind, StringComparison.OrdinalIgnoreCase) || (k == "Other" && other) ? "[X] " : "[  ] ") + k))
            + (other ? $" ({c.DeviceKind["Other".Length..].TrimStart(':', ' ')})" : ""), Typography.Table));
        page.Compose(CertificateParts.Device(c));
        page.Compose(new Paragraph(
            "The digital device or the digital record source was under the lawful control for regularly creating, storing " +
            "or processing information for the purposes of carrying on regular activities, and during this period the " +
            "computer or communication device was working properly and the relevant information was regularly fed into it " +
            "during the ordinary course of business; if it was not working properly at any time, that did not affect the " +
            "electronic record or its accuracy. The digital device or the source of the digital record is " +
            (p.OperatesDevice ? "owned / maintained / managed / operated by me." : "not owned / maintained / managed / operated by me.")));
        page.Compose(new Paragraph("I state that the hash value(s) of the electronic / digital record(s) is / are as follows, obtained through the algorithm below (hash report enclosed):"));
        page.Compose(new KeyValueTable([("Algorithm", c.HashAlgorithm), ("Hash value", c.CopyHash)]));
        page.Compose(CertificateParts.Signature(p, "party (Part A)"));
    }

    private void ComposePartB(PageComposer page)
    {
        var c = certificate;
        var e = c.Expert;
        page.Compose(new SectionHeading("PART B (to be filled by the expert)", Typography.Heading, Align.Left));
        page.Compose(new Paragraph(
            $"{CertificateParts.Identify(e)}, {e.Capacity}, do hereby solemnly affirm and sincerely state and submit as follows: the " +
            $"produced electronic record / output of the digital record is obtained from the following device / digital record source: {c.Record}"));
        page.Compose(new KeyValueTable(
        [
            ("Tool and version", string.Join(" ", new[] { c.Tool, c.ToolVersion }.OfType<string>())),
            ("Process", c.Process),
        ]));
        page.Compose(new Paragraph("I state that the hash value(s) of the electronic / digital record(s), as computed by me, is / are as follows, obtained through the algorithm below:"));
        page.Compose(new KeyValueTable(
        [
            ("Algorithm", c.HashAlgorithm),
            ("Hash value of the original", c.OriginalHash),
            ("Hash value of the record", c.CopyHash),
        ]));
        page.Compose(CertificateParts.Signature(e, "expert (Part B)"));
    }
}
