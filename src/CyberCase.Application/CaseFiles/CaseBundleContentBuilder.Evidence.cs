using CyberCase.Application.Common;
using CyberCase.Domain.Officers;
using CyberCase.Application.Evidence;
using CyberCase.Application.Persistence;
using CyberCase.Domain.Common;
using CyberCase.Domain.Evidence;
using CyberCase.Domain.Exhibits;
using CyberCase.Domain.Raids;
using Microsoft.EntityFrameworkCore;

namespace CyberCase.Application.CaseFiles;

// The evidence sections: seizure memos, the exhibit register, the custody sequences, the certificates and the annexures.
public static partial class CaseBundleContentBuilder
{
    private const string Sha256Algorithm = "SHA-256";

    private static List<SeizureMemoContent> SeizureMemos(CaseFacts f) =>
        f.Memos.Select(m =>
        {
            var raid = f.Raids.FirstOrDefault(r => r.Id == m.RaidId);
            var seal = m.SpecimenSeal;
            var specimen = seal.Number is null && seal.Impression is null && seal.KeptAt is null ? null
                : string.Join("; ", new[]
                {
                    seal.Number is { } n ? "Seal No. " + n : null,
                    seal.Impression is { } i ? $"impression \"{i}\"" : null,
                    seal.KeptAt is { } k ? "specimen kept at " + k : null,
                }.OfType<string>());
            return new SeizureMemoContent(m.MemoNumber,
                raid is null ? "Raid not yet begun" : $"{f.RaidRef(raid.Id)} ({DateTime(raid.StartedAt!.Value)})",
                m.PremisesId is { } p ? f.PremisesTitle(p) : "-", m.DrawnUpAt, f.OfficerTitle(m.PreparedBy),
                m.Witnesses.Select(w => new WitnessContent(w.Name, w.Parentage, w.Address)).ToList(),
                f.Exhibits.Where(e => e.SeizureMemoId == m.Id && e.ParentExhibitId is null)
                    .Select(e => new SeizedItemContent(e.Number, ItemDescription(e), FoundAt(f, e), e.SealNumber)).ToList(),
                raid is null ? null : Occupant(raid), m.OccupantGivenCopy, m.CopyReceivedBy, specimen, m.ReportedToMagistrateAt,
                m.ReportedToMagistrate, raid is null ? [] : Recordings(f, raid, SearchRecordingKind.ListSigning));
        }).ToList();

    /// <summary>"Mobile phone: Samsung Galaxy A21, black. Phone of A3" with its identifiers on the next lines.</summary>
    private static string ItemDescription(Exhibit e)
    {
        var device = string.Join(" ", new[] { e.Make, e.Model }.OfType<string>());
        var lines = new List<string>
        {
            $"{CodeName.InWords(e.Kind.ToString())}: {e.Description}"
                + (device.Length > 0 ? $" ({device}{(e.Colour is null ? "" : ", " + e.Colour)})" : e.Colour is null ? "" : $" ({e.Colour})"),
        };
        lines.AddRange(Identifiers(e));
        if (e.Condition is { } condition)
        {
            lines.Add("Condition: " + condition);
        }

        return string.Join("\n", lines);
    }

    private static IEnumerable<string> Identifiers(Exhibit e)
    {
        if (e.SerialNumber is { } serial)
        {
            yield return "S/N " + serial;
        }

        foreach (var imei in e.Imeis.OrderBy(i => i.Slot))
        {
            yield return e.Imeis.Count > 1 ? $"IMEI {imei.Slot} {imei.Imei}" : "IMEI " + imei.Imei;
        }

        if (e.MacAddress is { } mac)
        {
            yield return "MAC " + mac;
        }

        if (e.Iccid is { } iccid)
        {
            yield return "ICCID " + iccid;
        }
    }

    private static string FoundAt(CaseFacts f, Exhibit e)
    {
        var from = SeizedFromAccused(f, e);
        return (e.FoundAt ?? "-") + (from is null ? "" : $" (from {from})");
    }

    private static string? SeizedFromAccused(CaseFacts f, Exhibit e) =>
        e.SeizedFromAccusedId is { } id && f.Accused.FirstOrDefault(a => a.Id == id) is { } a ? $"{a.Code} {f.Persons[a.PersonId].Name}" : null;

    private static List<ExhibitContent> Exhibits(CaseFacts f) =>
        f.Exhibits.Select(e =>
        {
            var parent = Parent(f, e);
            var images = Images(f, e);
            var identifiers = Identifiers(e).ToList();
            if (images.Count > 0)
            {
                identifiers.Add("Imaged as " + string.Join(", ", images.Select(i => i.Number)));
            }

            var seizedFrom = parent is not null
                ? $"Image of {parent.Number}, made {DateTime(e.SeizedAt)}"
                : SeizedFromAccused(f, e) is { } accused ? accused
                : f.SeizedAtPremises(e) is { } premises ? f.PremisesTitle(premises) : "-";
            if (parent is null && e.SeizureMemoId is { } memoId && f.Memos.FirstOrDefault(m => m.Id == memoId) is { } memo)
            {
                seizedFrom += $" (memo {memo.MemoNumber})";
            }

            var device = string.Join(" ", new[] { e.Make, e.Model, e.Colour is null ? null : $"({e.Colour})" }.OfType<string>());
            // An electronic exhibit without a hash of its own says why, rather than leaving the court to guess.
            var hashNote = e.Sha256 is not null || !e.IsElectronic ? null
                : images.Count > 0 ? $"SHA-256: see the forensic image{(images.Count > 1 ? "s" : "")} {string.Join(", ", images.Select(i => i.Number))}"
                : "SHA-256: not imaged";
            return new ExhibitContent(e.Number, CodeName.InWords(e.Kind.ToString()), device.Length > 0 ? $"{e.Description}; {device}" : e.Description,
                identifiers.Count == 0 ? null : string.Join("\n", identifiers), e.SealNumber, seizedFrom, e.Sha256, e.IsElectronic, hashNote);
        }).ToList();

    private static Exhibit? Parent(CaseFacts f, Exhibit e) =>
        e.ParentExhibitId is { } id ? f.Exhibits.FirstOrDefault(x => x.Id == id) : null;

    private static List<Exhibit> Images(CaseFacts f, Exhibit e) => f.Exhibits.Where(x => x.ParentExhibitId == e.Id).ToList();

    /// <summary>
    /// The sequence of custody of every electronic exhibit (by kind or by identifiers), oldest first. The log is
    /// hash-chained; a broken chain means the record was altered outside the application, and such a log is not
    /// certified to a court.
    /// </summary>
    private static List<CustodySequenceContent> CustodySequences(CaseFacts f) =>
        f.Exhibits.Where(e => e.IsElectronic).Select(e =>
        {
            var log = e.Custody.OrderBy(c => c.Sequence).ToList();
            if (!CustodyEvent.ChainIsIntact(log))
            {
                throw new DomainException("CaseBundle.CustodyChainBroken",
                    $"The custody log of exhibit {e.Number} no longer verifies (its hash chain is broken); the bundle was not produced. Report it to the SHO.");
            }

            return new CustodySequenceContent(e.Number, $"{CodeName.InWords(e.Kind.ToString())}: {e.Description}",
                log.Select(c => new CustodyStepContent(c.At, c.From is { } from ? Holder(f, from) : "- (seizure)", Holder(f, c.To),
                    c.Purpose, c.SealIntact, c.HashMatched, HolderReference(c), HolderReference(c) is null ? ReferenceNeeded(c.ToKind) : null)).ToList());
        }).ToList();

    private static string? HolderReference(CustodyEvent c) =>
        c.MalkhanaEntryNumber is { } m ? "Malkhana register entry No. " + m
        : c.FslDocketNumber is { } d ? "FSL docket No. " + d
        : c.CourtPropertyNumber is { } p ? "Court property No. " + p
        : null;

    /// <summary>What a hand-over to the malkhana, the FSL or the court is entered under in the holder's books.</summary>
    private static string? ReferenceNeeded(CustodyHolderKind to) => to switch
    {
        CustodyHolderKind.Malkhana => "malkhana register entry no.",
        CustodyHolderKind.ForensicLab => "FSL docket no.",
        CustodyHolderKind.Court => "court property no.",
        _ => null,
    };

    private static string Holder(CaseFacts f, CustodyHolder h) => h.Kind switch
    {
        CustodyHolderKind.Officer => h.OfficerId is { } id && f.Officers.ContainsKey(id) ? f.OfficerTitle(id) : h.Name ?? "Officer",
        _ => h.Name is null ? CodeName.InWords(h.Kind.ToString()) : $"{CodeName.InWords(h.Kind.ToString())}: {h.Name}",
    };

    /// <summary>
    /// One certificate per electronic record relied on as secondary evidence: each forensic image or extraction, and
    /// each audio-video recording of a search. A seized device is produced in court itself and needs none; a device
    /// never imaged has no record to certify. Who signs is the person responsible for producing the record (the
    /// examiner for an image, the recording officer for a video), on the date they signed, which the records hold
    /// (null until signed: a marked blank), never the time of the seizure.
    /// </summary>
    private static List<CertificateContent> Certificates(CaseFacts f, string stationAddress, string stationPlace) =>
        f.Exhibits.Where(e => e.Kind == ExhibitKind.ForensicImage && e.Sha256 is not null)
            .Select(e => ImageCertificate(f, e, stationAddress, stationPlace))
            .Concat(f.Raids.SelectMany(r => r.Recordings.OrderBy(v => v.Number).Select(v => RecordingCertificate(f, r, v, stationAddress, stationPlace))))
            .ToList();

    private static CertificateContent ImageCertificate(CaseFacts f, Exhibit image, string stationAddress, string stationPlace)
    {
        var source = Parent(f, image) ?? image;
        var imaging = image.Imaging ?? ImagingParticulars.None;
        var other = new List<string>();
        if (source.SealNumber is { } seal)
        {
            other.Add("Seal " + seal);
        }

        if (source.SeizureMemoId is { } memoId && f.Memos.FirstOrDefault(m => m.Id == memoId) is { } memo)
        {
            other.Add($"{source.Number} seized under memo {memo.MemoNumber} on {DateTime(source.SeizedAt)}");
        }

        var examiner = new CertificateSigner(imaging.ExaminerName, imaging.ExaminerParentage, imaging.ExaminerDesignation, imaging.ExaminerEmployedAt,
            "the examiner who made the copy, in charge of the examination and of the equipment that produced it", imaging.ExaminerSignedAt,
            imaging.ExaminerEmployedAt, OperatesDevice: true);
        var producerId = imaging.PartASignedBy ?? f.InvestigatingOfficerId;
        var producer = Officer(f, producerId, stationAddress, "the investigating officer, the party producing the record", imaging.PartASignedAt,
            stationPlace, operatesDevice: false);
        return new CertificateContent(image.Number,
            $"Forensic image {image.Number} of {source.Number} ({CodeName.InWords(source.Kind.ToString())}: {source.Description}): {image.Description}",
            DeviceKind(source), source.Make, source.Model, source.Colour, source.SerialNumber, IdentifiersOf(source), string.Join("\n", other),
            imaging.Tool, imaging.ToolVersion, imaging.Process, Sha256Algorithm, imaging.SourceSha256, image.Sha256!, examiner, producer, examiner);
    }

    private static CertificateContent RecordingCertificate(CaseFacts f, Raid r, SearchRecording v, string stationAddress, string stationPlace)
    {
        var reference = RecordingRef(f, r, v);
        var what = v.Kind == SearchRecordingKind.Search ? "the search" : "the signing of the list of things seized";
        var recorder = Officer(f, v.RecordedByOfficerId, stationAddress, "the officer who recorded it on the device named, in lawful control of it",
            v.CertificateSignedAt, f.PremisesTitle(r.PremisesId), operatesDevice: true);
        var expert = new CertificateSigner(v.ExpertName, v.ExpertParentage, v.ExpertDesignation, v.ExpertEmployedAt,
            "the expert who computed the hash value", v.ExpertSignedAt, v.ExpertEmployedAt, OperatesDevice: false);
        return new CertificateContent(reference,
            $"Audio-video recording {reference} of {what} at {f.PremisesTitle(r.PremisesId)}, begun {DateTime(v.RecordedFrom)} IST"
                + (v.DurationSeconds is { } d ? $", {Duration(d)}" : "") + $"; file {v.FileName}",
            "Other: camera", null, null, null, null, null, v.Device is null ? null : "Recorded on " + v.Device,
            null, null, "Recorded on the device named; the file was uploaded to the case file, where its SHA-256 was computed on receipt " +
            "and is checked again whenever the file is served or exported.",
            Sha256Algorithm, null, v.Sha256, recorder, recorder, expert);
    }

    private static CertificateSigner Officer(CaseFacts f, Guid? id, string address, string capacity, DateTimeOffset? signedAt, string place,
        bool operatesDevice) =>
        id is { } officerId && f.Officers.TryGetValue(officerId, out var o)
            ? new CertificateSigner(o.FullName, null, o.Rank is { } rank ? Ranks.Title(rank) : null, address, capacity, signedAt, place, operatesDevice)
            : new CertificateSigner(null, null, null, address, capacity, signedAt, place, operatesDevice);

    private static string? IdentifiersOf(Exhibit e)
    {
        var identifiers = Identifiers(e).Where(i => !i.StartsWith("S/N ", StringComparison.Ordinal)).ToList();
        return identifiers.Count == 0 ? null : string.Join("\n", identifiers);
    }

    /// <summary>The device or record source as the Schedule to BSA 63 lists it (an "Other" names the kind or what the exhibit is).</summary>
    private static string DeviceKind(Exhibit e) => e.Kind switch
    {
        ExhibitKind.Laptop or ExhibitKind.Desktop or ExhibitKind.HardDisk or ExhibitKind.ForensicImage => "Computer / storage media",
        ExhibitKind.MobilePhone => "Mobile",
        ExhibitKind.PenDrive => "Flash drive",
        ExhibitKind.Dvr => "DVR",
        ExhibitKind.SimCard => "Other: SIM card",
        ExhibitKind.Router => "Other: router",
        _ => "Other: " + e.Description,
    };

    /// <summary>The media types that can be annexed: PDFs merge as pages, PNG and JPEG photographs are placed on A4.</summary>
    private static readonly Dictionary<string, AnnexureKind> Annexable = new(StringComparer.Ordinal)
    {
        [EvidenceMediaType.Pdf] = AnnexureKind.Pdf,
        [EvidenceMediaType.Png] = AnnexureKind.Image,
        [EvidenceMediaType.Jpeg] = AnnexureKind.Image,
    };

    /// <summary>
    /// The case's evidence files that print (PDFs, photographs), oldest first; a withdrawn file stays out. The bytes are
    /// opened only when the renderer reads them, and it re-hashes them against the SHA-256 recorded at upload.
    /// </summary>
    private static async Task<IReadOnlyList<AnnexureContent>> AnnexuresAsync(CyberCaseDbContext db, Guid firId, ICurrentOfficer officer,
        IEvidenceStore store, CancellationToken ct)
    {
        var types = Annexable.Keys.ToList();
        var files = (await db.EvidenceFiles.AsNoTracking()
            .Where(e => e.FirId == firId && e.StationId == officer.StationId && e.WithdrawnAt == null && types.Contains(e.MediaType))
            .ToListAsync(ct))
            .OrderBy(e => e.UploadedAt).ThenBy(e => e.OriginalFileName, StringComparer.Ordinal).ThenBy(e => e.Id).ToList();
        return files.Select(file => new AnnexureContent(file.Description ?? file.OriginalFileName, file.OriginalFileName,
            Annexable[file.MediaType], file.Sha256, file.Size,
            async token => await store.OpenReadAsync(file.StorageKey, token)
                ?? throw new AnnexureIntegrityException(file.OriginalFileName, file.Sha256, "nothing (the stored file is missing)"))).ToList();
    }
}
