using CyberCase.Application.CaseFiles;
using CyberCase.Domain.Law;
using CyberCase.Infrastructure.CaseFiles.Layout;

namespace CyberCase.Infrastructure.CaseFiles.Documents;

/// <summary>
/// The certificate of the Evidence Act 1872 (old regime; BSA 170(2) keeps pending cases under it): it identifies the
/// electronic record, describes the manner in which it was produced (tool and version, process, the hashes of the
/// original and of the copy), gives the particulars of the device, deals with the conditions of the Act, and is
/// signed by the person in a responsible official position in relation to the device or the activity, with the date
/// of signing. It has no Part A or Part B: that is the BSA's Schedule form, which this case is not under.
/// </summary>
internal sealed class EvidenceActCertificateDocument(CertificateContent certificate, Regime regime) : IBundleDocument
{
    public string Title => CertificateParts.Title(regime, certificate);

    public void Compose(PageComposer page)
    {
        var c = certificate;
        var s = c.Responsible;
        page.Compose(new SectionHeading(CertificateParts.Heading(regime)));
        page.Compose(new Paragraph($"Electronic record {c.Reference}", Typography.Heading, Align.Center));
        page.Compose(new Paragraph(
            $"{CertificateParts.Identify(s)}, being {s.Capacity}, certify as follows under {regime.CiteInFull(Provision.ElectronicRecordCertificate)}:"));

        page.Compose(new SectionHeading("1. The electronic record", Typography.Heading, Align.Left));
        page.Compose(new Paragraph(c.Record));

        page.Compose(new SectionHeading("2. The manner in which it was produced", Typography.Heading, Align.Left));
        page.Compose(new KeyValueTable(
        [
            ("Tool", Form.OrBlank(c.Tool, "tool used")),
            ("Version", Form.OrBlank(c.ToolVersion, "version of the tool")),
            ("Process", Form.OrBlank(c.Process, "process followed")),
            ("Hash algorithm", c.HashAlgorithm),
            ("Hash value of the original", Form.OrBlank(c.OriginalHash, "hash value of the original")),
            ("Hash value of the copy", c.CopyHash),
        ]));

        page.Compose(new SectionHeading("3. The device involved", Typography.Heading, Align.Left));
        page.Compose(CertificateParts.Device(c));

        page.Compose(new SectionHeading($"4. The conditions of {regime.CiteInFull(Provision.ElectronicRecordConditions)}", Typography.Heading, Align.Left));
        page.Compose(new Paragraph(
            "(a) The computer output containing the information was produced by the computer during the period over which it was " +
            "used regularly to store or process information for the purposes of activities regularly carried on over that period " +
            "by the person having lawful control over its use."));
        page.Compose(new Paragraph(
            "(b) During that period, information of the kind contained in the electronic record was regularly fed into the computer " +
            "in the ordinary course of those activities."));
        page.Compose(new Paragraph(
            "(c) Throughout the material part of that period the computer was operating properly, or, if it was not operating " +
            "properly or was out of operation during any part of it, that did not affect the electronic record or the accuracy of its contents."));
        page.Compose(new Paragraph(
            "(d) The information contained in the electronic record reproduces or is derived from information fed into the computer " +
            "in the ordinary course of those activities."));
        page.Compose(new Paragraph("All of this is stated to the best of my knowledge and belief."));
        page.Compose(CertificateParts.Signature(s, "person certifying"));
    }
}
