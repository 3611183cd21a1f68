using CyberCase.Domain.Exhibits;
using CyberCase.Domain.Law;
using CyberCase.Domain.Raids;

namespace CyberCase.Domain.Scrutiny.Rules;

/// <summary>
/// The electronic records a case relies on as secondary evidence: its forensic images or extractions (a device
/// produced in court is primary evidence and needs none) and the audio-video recordings of its searches.
/// </summary>
internal static class ElectronicRecords
{
    public static IEnumerable<Exhibit> Images(CaseRecords c) => c.Exhibits.Where(e => e.Kind == ExhibitKind.ForensicImage);

    public static IEnumerable<(Raid Raid, SearchRecording Recording)> Recordings(CaseRecords c) =>
        c.SearchesMade.SelectMany(r => r.Recordings.Select(x => (r, x)));
}

/// <summary>
/// IEA 65B(4) / BSA 63(4)(c): an electronic record is admissible as secondary evidence only with its certificate
/// (Arjun Panditrao Khotkar, 2020). Old regime: the examiner's 65B(4) certificate of an image, the recording officer's of
/// a search video. New regime: Part A, signed by the officer producing the record.
/// </summary>
public sealed class ElectronicRecordCertificateRule : IScrutinyRule
{
    public IEnumerable<Finding> Check(CaseRecords c)
    {
        var provision = c.Cite(Provision.ElectronicRecordCertificate);
        var part = c.Regime.IsOld ? "certificate" : "certificate (Part A)";
        foreach (var e in ElectronicRecords.Images(c))
        {
            var signed = c.Regime.IsOld ? e.Imaging?.ExaminerSignedAt : e.Imaging?.PartASignedAt;
            if (signed is null)
            {
                yield return new Finding("Evidence.NoCertificate", Severity.Blocking, RecordKind.Exhibit, e.Id, CaseRecords.ExhibitLabel(e), provision,
                    $"The forensic image is relied on without a signed {part}.",
                    c.Regime.IsOld
                        ? "Have the examiner who made the image sign its 65B(4) certificate (tool, process, hashes) and record the date."
                        : "Have the officer producing the record sign Part A of the Schedule certificate and record the date.");
            }
        }

        foreach (var (r, x) in ElectronicRecords.Recordings(c).Where(p => p.Recording.CertificateSignedAt is null))
        {
            yield return new Finding("Evidence.NoCertificate", Severity.Blocking, RecordKind.Raid, r.Id, $"{c.RaidLabel(r)}, recording {x.Number} ({x.FileName})",
                provision, $"The audio-video recording is relied on without a signed {part}.",
                "Have the officer who recorded it sign its certificate and record the date.");
        }
    }
}

/// <summary>BSA 63(4)(c), Schedule (new regime only): the certificate has Part B, by an expert, besides Part A.</summary>
public sealed class CertificatePartBRule : IScrutinyRule
{
    public IEnumerable<Finding> Check(CaseRecords c)
    {
        if (c.Regime.IsOld)
        {
            yield break;
        }

        var provision = c.Cite(Provision.ElectronicRecordCertificate);
        const string cure = "Have the expert sign Part B (name, designation, the hash as the expert computed it, date, time and place).";
        foreach (var e in ElectronicRecords.Images(c).Where(e => e.Imaging?.PartASignedAt is not null
            && (e.Imaging.ExaminerSignedAt is null || string.IsNullOrWhiteSpace(e.Imaging.ExaminerName))))
        {
            yield return new Finding("Certificate.NoPartB", Severity.Blocking, RecordKind.Exhibit, e.Id, CaseRecords.ExhibitLabel(e), provision,
                "The certificate of the forensic image has Part A but no Part B signed by an expert.", cure);
        }

        foreach (var (r, x) in ElectronicRecords.Recordings(c).Where(p => p.Recording.CertificateSignedAt is not null
            && (p.Recording.ExpertSignedAt is null || string.IsNullOrWhiteSpace(p.Recording.ExpertName))))
        {
            yield return new Finding("Certificate.NoPartB", Severity.Blocking, RecordKind.Raid, r.Id, $"{c.RaidLabel(r)}, recording {x.Number} ({x.FileName})",
                provision, "The certificate of the recording has Part A but no Part B signed by an expert.", cure);
        }
    }
}
