using CyberCase.Application.Common;
using CyberCase.Application.Evidence;
using CyberCase.Application.Persistence;
using CyberCase.Domain.Common;
using CyberCase.Domain.Evidence;
using CyberCase.Domain.Exhibits;
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
            var witnesses = m.Witnesses.Select(w => string.Join(", ", new[] { w.Name, w.Parentage, w.Address }.Where(s => !string.IsNullOrWhiteSpace(s))));
            if (m.OccupantGivenCopy is { } occupant)
            {
                // BNSS 103(5): a copy of the list of things seized is delivered to the occupant.
                witnesses = witnesses.Append("Copy given to the occupant: " + occupant);
            }

            return new SeizureMemoContent(m.MemoNumber,
                raid is null ? "Raid not yet begun" : $"{f.RaidRef(raid.Id)} ({DateTime(raid.StartedAt!.Value)})",
                m.PremisesId is { } p ? f.PremisesTitle(p) : "-", m.DrawnUpAt, f.OfficerTitle(m.PreparedBy), witnesses.ToList(),
                f.Exhibits.Where(e => e.SeizureMemoId == m.Id && e.ParentExhibitId is null)
                    .Select(e => new SeizedItemContent(e.Number, ItemDescription(e), FoundAt(f, e), e.SealNumber)).ToList());
        }).ToList();

    /// <summary>"Mobile phone: Samsung Galaxy A21, black. Phone of A3" with its identifiers on the next lines.</summary>
    private static string ItemDescription(Exhibit e)
    {
        var device = string.Join(" ", new[] { e.Make, e.Model }.OfType<string>());
        var lines = new List<string>
        {
            $"{Words(e.Kind.ToString())}: {e.Description}"
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
            var hashNote = e.Sha256 is not null || !e.Kind.IsElectronic() ? null
                : images.Count > 0 ? $"SHA-256: see the forensic image{(images.Count > 1 ? "s" : "")} {string.Join(", ", images.Select(i => i.Number))}"
                : "SHA-256: not imaged";
            return new ExhibitContent(e.Number, Words(e.Kind.ToString()), device.Length > 0 ? $"{e.Description}; {device}" : e.Description,
                identifiers.Count == 0 ? null : string.Join("\n", identifiers), e.SealNumber, seizedFrom, e.Sha256, e.Kind.IsElectronic(), hashNote);
        }).ToList();

    private static Exhibit? Parent(CaseFacts f, Exhibit e) =>
        e.ParentExhibitId is { } id ? f.Exhibits.FirstOrDefault(x => x.Id == id) : null;

    private static List<Exhibit> Images(CaseFacts f, Exhibit e) => f.Exhibits.Where(x => x.ParentExhibitId == e.Id).ToList();

    /// <summary>
    /// BNSS 193(3)(i): the sequence of custody of every electronic exhibit, oldest first. The log is hash-chained; a
    /// broken chain means the record was altered outside the application, and such a log is not certified to a court.
    /// </summary>
    private static List<CustodySequenceContent> CustodySequences(CaseFacts f) =>
        f.Exhibits.Where(e => e.Kind.IsElectronic()).Select(e =>
        {
            var log = e.Custody.OrderBy(c => c.Sequence).ToList();
            if (!CustodyEvent.ChainIsIntact(log))
            {
                throw new DomainException("CaseBundle.CustodyChainBroken",
                    $"The custody log of exhibit {e.Number} no longer verifies (its hash chain is broken); the bundle was not produced. Report it to the SHO.");
            }

            return new CustodySequenceContent(e.Number, $"{Words(e.Kind.ToString())}: {e.Description}",
                log.Select(c => new CustodyStepContent(c.At, c.From is { } from ? Holder(f, from) : "- (seizure)", Holder(f, c.To),
                    c.Purpose, c.SealIntact, c.HashMatched)).ToList());
        }).ToList();

    private static string Holder(CaseFacts f, CustodyHolder h) => h.Kind switch
    {
        CustodyHolderKind.Officer => h.OfficerId is { } id && f.Officers.ContainsKey(id) ? f.OfficerTitle(id) : h.Name ?? "Officer",
        _ => h.Name is null ? Words(h.Kind.ToString()) : $"{Words(h.Kind.ToString())}: {h.Name}",
    };

    /// <summary>
    /// Part A of the BSA 63 (or Evidence Act 65B) certificate for each electronic exhibit, filled from the exhibit record.
    /// The signer is the officer who produced the record (the seizing officer, or for an image the officer who made it),
    /// dated when the record was produced; a device's hash is the hash of its forensic image(s).
    /// </summary>
    private static List<CertificateContent> Certificates(CaseFacts f, string stationAddress, string stationPlace) =>
        f.Exhibits.Where(e => e.Kind.IsElectronic()).Select(e =>
        {
            var parent = Parent(f, e);
            var source = parent ?? e;
            var images = Images(f, e).Where(i => i.Sha256 is not null).ToList();
            var producer = e.Custody.OrderBy(c => c.Sequence).FirstOrDefault()?.To;
            var signer = producer?.OfficerId is { } officerId && f.Officers.ContainsKey(officerId) ? f.OfficerTitle(officerId)
                : producer?.Name ?? "______________________";

            string hashValue;
            var signedAt = e.SeizedAt;
            string place;
            var other = new List<string>();
            if (e.Sha256 is { } own)
            {
                hashValue = own;
                place = parent is null && f.SeizedAtPremises(e) is { } p ? f.PremisesTitle(p) : stationPlace;
            }
            else if (images.Count > 0)
            {
                hashValue = string.Join("\n", images.Select(i => images.Count > 1 ? $"{i.Number}: {i.Sha256}" : i.Sha256!));
                signedAt = images.Max(i => i.SeizedAt);
                place = stationPlace;
                other.Add("Hash value of the forensic image " + string.Join(", ", images.Select(i => i.Number)));
            }
            else
            {
                hashValue = "Not imaged: no hash value recorded yet";
                place = f.SeizedAtPremises(e) is { } p ? f.PremisesTitle(p) : stationPlace;
            }

            if (parent is not null)
            {
                other.Add($"Forensic image {e.Number} of {parent.Number} ({Words(parent.Kind.ToString())}: {parent.Description}): {e.Description}");
            }
            else
            {
                other.Add(e.Description);
            }

            if (source.SealNumber is { } seal)
            {
                other.Add("Seal " + seal);
            }

            if (source.SeizureMemoId is { } memoId && f.Memos.FirstOrDefault(m => m.Id == memoId) is { } memo)
            {
                other.Add($"Seized under memo {memo.MemoNumber} on {DateTime(source.SeizedAt)}");
            }

            var identifiers = Identifiers(source).Where(i => !i.StartsWith("S/N ", StringComparison.Ordinal)).ToList();
            return new CertificateContent(e.Number, signer, null, stationAddress, DeviceKind(source.Kind), source.Make, source.Model,
                source.Colour, source.SerialNumber, identifiers.Count == 0 ? null : string.Join("\n", identifiers), string.Join("\n", other),
                e.Sha256 is not null || images.Count > 0 ? Sha256Algorithm : "-", hashValue, signedAt, place,
                SignerOwnedOrOperatedDevice: false);
        }).ToList();

    /// <summary>The device or record source as the Schedule to BSA 63 lists it.</summary>
    private static string DeviceKind(ExhibitKind kind) => kind switch
    {
        ExhibitKind.Laptop or ExhibitKind.Desktop or ExhibitKind.HardDisk or ExhibitKind.ForensicImage => "Computer / storage media",
        ExhibitKind.MobilePhone => "Mobile",
        ExhibitKind.PenDrive => "Flash drive",
        ExhibitKind.Dvr => "DVR",
        ExhibitKind.SimCard => "SIM card",
        ExhibitKind.Router => "Router",
        _ => Words(kind.ToString()),
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
