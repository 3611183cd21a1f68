using CyberCase.Application.CaseFiles;
using CyberCase.Domain.Law;
using CyberCase.Infrastructure.CaseFiles.Layout;

namespace CyberCase.Infrastructure.CaseFiles.Documents;

/// <summary>The pieces both certificate forms print: the title, the device particulars, the hash values, a signature block.</summary>
internal static class CertificateParts
{
    public static string Title(Regime regime, CertificateContent c) =>
        $"Certificate, {regime.CiteInFull(Provision.ElectronicRecordCertificate)}: {c.Reference}";

    public static string Heading(Regime regime) =>
        $"CERTIFICATE UNDER SECTION {regime.Section(Provision.ElectronicRecordCertificate)} OF THE {regime.EvidenceActName.ToUpperInvariant()}";

    public static KeyValueTable Device(CertificateContent c) => new(
    [
        ("Device or record source", c.DeviceKind),
        ("Make and model", string.Join(" ", new[] { c.Make, c.Model }.OfType<string>())),
        ("Colour", c.Colour),
        ("Serial number", c.SerialNumber),
        ("IMEI / UIN / UID / MAC / ICCID / cloud id", c.DeviceIdentifiers),
        ("Other relevant information", c.OtherInformation),
    ]);

    /// <summary>"I, <name> (<parentage>), <designation>, <address>": what is not recorded is a marked blank.</summary>
    public static string Identify(CertificateSigner s) =>
        $"I, {Form.OrBlank(s.Name, "name")}"
        + $" ({Form.OrBlank(s.Parentage, "son / daughter / spouse of")})"
        + $", {Form.OrBlank(s.Designation, "designation")}"
        + $", residing at / employed with {Form.OrBlank(s.Address, "address")}";

    /// <summary>The signer's block: the signature is always a line for the person; the date and time are the recorded signing, or blank.</summary>
    public static KeyValueTable Signature(CertificateSigner s, string role) => new(
    [
        ("Name", Form.OrBlank(s.Name, $"name of the {role}")),
        ("Designation", Form.OrBlank(s.Designation, "designation")),
        ("Signature", Form.Blank($"signature of the {role}")),
        ("Date (DD/MM/YYYY)", Form.DateOrBlank(s.SignedAt, "date of signing")),
        ("Time (IST, 24-hour)", Form.TimeOrBlank(s.SignedAt, "time of signing")),
        ("Place", Form.OrBlank(s.Place, "place of signing")),
    ]);
}
