using CyberCase.Application.CaseFiles;
using CyberCase.Domain.Common;
using CyberCase.Infrastructure.CaseFiles.Layout;

namespace CyberCase.Infrastructure.CaseFiles.Documents;

/// <summary>
/// The certificate for an electronic record: BSA section 63(4)(c) and its Schedule, or Evidence Act section 65B(4)
/// where the proceedings began before 1 July 2024 (BSA 170 saves pending matters). Part A is filled from the
/// exhibit record; Part B is left for the expert unless the forensic report supplies it.
/// </summary>
internal sealed class CertificateDocument(CertificateContent certificate, DateTimeOffset proceedingsBegan) : IBundleDocument
{
    private static readonly string[] DeviceKinds =
        ["Computer / storage media", "DVR", "Mobile", "Flash drive", "CD / DVD", "Server", "Cloud", "Other"];

    private bool UnderEvidenceAct => proceedingsBegan < Ist.NewCriminalLawsCommencement;

    public string Title => UnderEvidenceAct
        ? $"Certificate u/s 65B(4) Evidence Act: {certificate.ExhibitNumber}"
        : $"Certificate u/s 63 BSA: {certificate.ExhibitNumber}";

    public void Compose(PageComposer page)
    {
        page.Compose(new SectionHeading(UnderEvidenceAct
            ? "CERTIFICATE UNDER SECTION 65B(4) OF THE INDIAN EVIDENCE ACT, 1872"
            : "CERTIFICATE UNDER SECTION 63(4)(c) OF THE BHARATIYA SAKSHYA ADHINIYAM, 2023"));
        page.Compose(new Paragraph($"Exhibit {certificate.ExhibitNumber}", Typography.Heading, Align.Center));
        ComposePartA(page);
        ComposePartB(page);
    }

    private void ComposePartA(PageComposer page)
    {
        var c = certificate;
        page.Compose(new SectionHeading("PART A (to be filled by the party)", Typography.Heading, Align.Left));
        page.Compose(new Paragraph(
            $"I, {c.SignerName}{(c.SignerParentage is null ? "" : ", " + c.SignerParentage)}, residing at / employed with " +
            $"{c.SignerAddress}, do hereby solemnly affirm and sincerely state and submit as follows: I have produced the " +
            "electronic record / output of the digital record taken from the following device / digital record source:"));
        var kind = DeviceKinds.Contains(c.DeviceKind, StringComparer.OrdinalIgnoreCase) ? c.DeviceKind : "Other";
        page.Compose(new Paragraph(string.Join("   ", DeviceKinds.Select(k =>
            (string.Equals(k, kind, StringComparison.OrdinalIgnoreCase) ? "[X] " : "[  ] ") + k))
            + (kind == "Other" ? $" ({c.DeviceKind})" : ""), Typography.Table));
        page.Compose(new KeyValueTable(
        [
            ("Make and model", string.Join(" ", new[] { c.Make, c.Model }.OfType<string>())),
            ("Colour", c.Colour),
            ("Serial number", c.SerialNumber),
            ("IMEI / UIN / UID / MAC / cloud id", c.DeviceIdentifiers),
            ("Other relevant information", c.OtherInformation),
        ]));
        page.Compose(new Paragraph(
            "The digital device or the digital record source was under the lawful control for regularly creating, storing " +
            "or processing information for the purposes of carrying on regular activities, and during this period the " +
            "computer or communication device was working properly and the relevant information was regularly fed into it " +
            "during the ordinary course of business; if it was not working properly at any time, that did not affect the " +
            "electronic record or its accuracy. The digital device or the source of the digital record is " +
            (c.SignerOwnedOrOperatedDevice ? "owned / maintained / managed / operated by me." : "not owned / maintained / managed / operated by me.")));
        page.Compose(new Paragraph("I state that the hash value(s) of the electronic / digital record(s) is / are as follows, obtained through the algorithm below (hash report enclosed):"));
        page.Compose(new KeyValueTable([("Algorithm", c.HashAlgorithm), ("Hash value", c.HashValue)]));
        page.Compose(new KeyValueTable(
        [
            ("Name", c.SignerName),
            ("Signature", "\n"),
            ("Date (DD/MM/YYYY)", Print.Date(c.SignedAt)),
            ("Time (IST, 24-hour)", Ist.FormTime(c.SignedAt)),
            ("Place", c.Place),
        ]));
    }

    private void ComposePartB(PageComposer page)
    {
        var b = certificate.PartB;
        page.Compose(new SectionHeading("PART B (to be filled by the expert)", Typography.Heading, Align.Left));
        page.Compose(new KeyValueTable(
        [
            ("Name and designation of the expert", b is null ? "\n" : $"{b.ExpertName}, {b.Designation}"),
            ("Algorithm", b?.HashAlgorithm ?? "\n"),
            ("Hash value computed by the expert", b?.HashValue ?? "\n"),
            ("Signature", "\n"),
            ("Date (DD/MM/YYYY)", b is null ? "\n" : Print.Date(b.SignedAt)),
            ("Time (IST, 24-hour)", b is null ? "\n" : Ist.FormTime(b.SignedAt)),
            ("Place", b?.Place ?? "\n"),
        ]));
    }
}
