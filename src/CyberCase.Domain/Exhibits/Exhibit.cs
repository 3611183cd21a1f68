using CyberCase.Domain.Common;

namespace CyberCase.Domain.Exhibits;

/// <summary>
/// A seized item (or a forensic image made from one) with everything a court needs to identify it: exhibit number,
/// kind, make, model, colour, serial, IMEIs, MAC, ICCID, seal, condition, where exactly it was found and from whom,
/// and its custody log from the moment of seizure.
/// </summary>
public sealed class Exhibit : VersionedEntity
{
    public const int NumberMaxLength = 32;
    public const int TextMaxLength = 200;
    public const int LongTextMaxLength = 1000;

    private readonly List<ExhibitImei> _imeis = [];
    private readonly List<CustodyEvent> _custody = [];

    private Exhibit() { }

    public Guid Id { get; private set; }
    public Guid StationId { get; private set; }
    public Guid FirId { get; private set; }
    public Guid? SeizureMemoId { get; private set; }
    public Guid? ParentExhibitId { get; private set; }
    public int Serial { get; private set; }
    public string Number { get; private set; } = "";
    public ExhibitKind Kind { get; private set; }
    public string Description { get; private set; } = "";
    public string? Make { get; private set; }
    public string? Model { get; private set; }
    public string? Colour { get; private set; }
    public string? SerialNumber { get; private set; }
    public string? MacAddress { get; private set; }
    public string? Iccid { get; private set; }
    public string? SealNumber { get; private set; }
    public string? Condition { get; private set; }
    public string? FoundAt { get; private set; }
    public Guid? SeizedFromPremisesId { get; private set; }
    public Guid? SeizedFromAccusedId { get; private set; }
    /// <summary>SHA-256 (lowercase hex) of a forensic image or extraction; null for physical items.</summary>
    public string? Sha256 { get; private set; }
    public DateTimeOffset SeizedAt { get; private set; }

    public IReadOnlyList<ExhibitImei> Imeis => _imeis;
    public IReadOnlyList<CustodyEvent> Custody => _custody;

    /// <summary>
    /// Whether the exhibit is an electronic device or record (it then needs its sequence of custody): by its kind, or by
    /// its identifiers whatever its kind, since only an electronic device has an IMEI, a MAC address or an ICCID (a SIM
    /// box recorded as "Other" with two IMEIs is electronic).
    /// </summary>
    public bool IsElectronic => Kind.IsElectronic() || _imeis.Count > 0 || MacAddress is not null || Iccid is not null;

    /// <summary>How a forensic image was made and by whom, and its certificate's signatures; null for a seized item.</summary>
    public ImagingParticulars? Imaging { get; private set; }

    /// <summary>Station-wide exhibit number, printed "EX-0007".</summary>
    public static string FormatNumber(int serial) => $"EX-{serial:0000}";

    public sealed record Identity(ExhibitKind Kind, string Description, string? Make, string? Model, string? Colour,
        string? SerialNumber, IReadOnlyList<string> Imeis, string? MacAddress, string? Iccid, string? SealNumber,
        string? Condition, string? FoundAt, Guid? SeizedFromPremisesId, Guid? SeizedFromAccusedId, string? Sha256);

    /// <summary>Seizure: the first custody entry puts the item with the seizing officer.</summary>
    public static Exhibit Seize(Guid id, Guid stationId, Guid firId, Guid? seizureMemoId, int serial, Identity identity,
        DateTimeOffset seizedAt, Guid seizingOfficerId, string seizingOfficerName, Guid? seizureEventId = null)
    {
        var exhibit = new Exhibit
        {
            Id = id,
            StationId = stationId,
            FirId = firId,
            SeizureMemoId = seizureMemoId,
            Serial = serial,
            Number = FormatNumber(serial),
            SeizedAt = seizedAt,
        };
        exhibit.Describe(identity);
        exhibit.Append(seizureEventId ?? Guid.CreateVersion7(seizedAt), seizedAt, null,
            new CustodyHolder(CustodyHolderKind.Officer, seizingOfficerId, seizingOfficerName), "Seized", sealIntact: true,
            hashVerified: null, recordedBy: seizingOfficerId);
        return exhibit;
    }

    /// <summary>A forensic image or extraction of this exhibit: a child exhibit with its own hash and custody.</summary>
    public Exhibit Image(Guid id, int serial, string description, string sha256, DateTimeOffset madeAt, Guid officerId, string officerName,
        Guid? firstEventId = null, ImagingParticulars? imaging = null, DateTimeOffset? now = null)
    {
        if (Kind == ExhibitKind.ForensicImage)
        {
            throw new DomainException("Exhibit.ImageOfImage", "Make images of the seized device, not of another image.");
        }

        EventTimes.NotBefore(madeAt, SeizedAt, "Exhibit.ImageBeforeSeizure", "madeAt",
            "An image of a device is made after the device was seized.");

        var child = Seize(id, StationId, FirId, SeizureMemoId, serial,
            new Identity(ExhibitKind.ForensicImage, description, null, null, null, null, [], null, null, null, null, null,
                SeizedFromPremisesId, SeizedFromAccusedId, sha256),
            madeAt, officerId, officerName, firstEventId);
        child.ParentExhibitId = Id;
        child.RecordImaging(imaging ?? ImagingParticulars.None, now ?? madeAt);
        return child;
    }

    /// <summary>
    /// Records (or completes) how the image was made and who signed its certificate when. The certificate certifies an
    /// image that exists: neither signature is dated before the image was made, or in the future.
    /// </summary>
    public void RecordImaging(ImagingParticulars imaging, DateTimeOffset now)
    {
        if (Kind != ExhibitKind.ForensicImage)
        {
            throw new DomainException("Exhibit.NotAnImage", "Imaging particulars belong to a forensic image or extraction.");
        }

        foreach (var (at, field) in new[] { (imaging.ExaminerSignedAt, "imaging.examinerSignedAt"), (imaging.PartASignedAt, "imaging.partASignedAt") })
        {
            if (at is { } signed)
            {
                EventTimes.NotBefore(signed, SeizedAt, "Exhibit.CertificateBeforeImage", field,
                    "The certificate of an image is signed after the image was made.");
                EventTimes.NotInFuture(signed, now, "Exhibit.ImageInFuture", field, "A signature cannot be dated in the future.");
            }
        }

        Imaging = imaging with
        {
            SourceSha256 = imaging.SourceSha256?.ToLowerInvariant(),
            ExaminerSignedAt = imaging.ExaminerSignedAt is { } e ? Precision.ToStoredPrecision(e) : null,
            PartASignedAt = imaging.PartASignedAt is { } a ? Precision.ToStoredPrecision(a) : null,
        };
    }

    private void Describe(Identity i)
    {
        Kind = i.Kind;
        Description = i.Description;
        Make = i.Make;
        Model = i.Model;
        Colour = i.Colour;
        SerialNumber = i.SerialNumber;
        MacAddress = i.MacAddress;
        Iccid = i.Iccid;
        SealNumber = i.SealNumber;
        Condition = i.Condition;
        FoundAt = i.FoundAt;
        SeizedFromPremisesId = i.SeizedFromPremisesId;
        SeizedFromAccusedId = i.SeizedFromAccusedId;
        Sha256 = i.Sha256?.ToLowerInvariant();
        _imeis.Clear();
        _imeis.AddRange(i.Imeis.Distinct().Select((imei, n) => new ExhibitImei(Id, n + 1, imei)));
    }

    /// <summary>Who holds the exhibit now (the last custody entry), kept on the record so "what is in the malkhana" is one indexed query.</summary>
    public CustodyHolderKind HolderKind { get; private set; }
    public Guid? HolderOfficerId { get; private set; }
    public string? HolderName { get; private set; }

    public CustodyHolder CurrentHolder => new(HolderKind, HolderOfficerId, HolderName);

    /// <summary>
    /// Records a transfer. Leaving the malkhana needs the malkhana in-charge (the property-room register is theirs);
    /// a returned-to-owner exhibit has left police custody for good.
    /// </summary>
    public CustodyEvent Transfer(Guid eventId, DateTimeOffset at, CustodyHolder to, string purpose, bool sealIntact,
        string? hashVerified, Guid recordedBy, bool recordedByMalkhanaInCharge, HolderReference? reference = null)
    {
        var from = CurrentHolder;
        var last = _custody.OrderBy(c => c.Sequence).LastOrDefault()
            ?? throw new InvalidOperationException("Load the custody log before recording a transfer.");
        if (from.Kind == CustodyHolderKind.ReturnedToOwner)
        {
            throw new DomainException("Custody.ReturnedToOwner", "The exhibit was returned to its owner; no further transfer.");
        }

        if (from.Kind == CustodyHolderKind.Malkhana && !recordedByMalkhanaInCharge)
        {
            throw new DomainException("Custody.MalkhanaInChargeRequired", "Only the malkhana in-charge can release an exhibit from the malkhana.");
        }

        // The first entry is the seizure: nobody held the exhibit for the police before it was seized.
        EventTimes.NotBefore(at, SeizedAt, "Custody.BeforeSeizure", "at", "A custody entry cannot be dated before the seizure.");
        if (at < last.At)
        {
            throw new DomainException("Custody.BeforePreviousTransfer", "A transfer cannot be dated before the previous entry.",
                RuleKind.Unprocessable, "at");
        }

        if (from == to)
        {
            throw new DomainException("Custody.SameHolder", "The exhibit is already with that holder.", RuleKind.Unprocessable, "to");
        }

        CheckReference(reference ?? HolderReference.None, to.Kind);
        return Append(eventId, at, from, to, purpose, sealIntact, hashVerified, recordedBy, reference);
    }

    /// <summary>A register entry is the malkhana's, a docket the FSL's, a property number the court's: each only on a hand-over to that holder.</summary>
    private static void CheckReference(HolderReference r, CustodyHolderKind to)
    {
        foreach (var (value, kind, field) in new[]
                 {
                     (r.MalkhanaEntryNumber, CustodyHolderKind.Malkhana, "malkhanaEntryNumber"),
                     (r.FslDocketNumber, CustodyHolderKind.ForensicLab, "fslDocketNumber"),
                     (r.CourtPropertyNumber, CustodyHolderKind.Court, "courtPropertyNumber"),
                 })
        {
            if (value is not null && to != kind)
            {
                throw new DomainException("Custody.ReferenceOfAnotherHolder",
                    $"{field} is recorded on a hand-over to the {kind}, not to the {to}.", RuleKind.Unprocessable, field);
            }
        }
    }

    private CustodyEvent Append(Guid eventId, DateTimeOffset at, CustodyHolder? from, CustodyHolder to, string purpose,
        bool sealIntact, string? hashVerified, Guid recordedBy, HolderReference? reference = null)
    {
        var previous = _custody.OrderBy(c => c.Sequence).LastOrDefault();
        var verified = hashVerified?.ToLowerInvariant();
        var entry = new CustodyEvent(eventId, Id, (previous?.Sequence ?? 0) + 1, at, from, to, purpose, sealIntact, verified,
            verified is null ? null : verified == Sha256, recordedBy, previous?.Hash ?? Audit.AuditRecord.GenesisHash, reference);
        _custody.Add(entry);
        (HolderKind, HolderOfficerId, HolderName) = (to.Kind, to.OfficerId, to.Name);
        return entry;
    }
}

/// <summary>One IMEI of a device (dual-SIM phones have two), indexed for lookup across the station's exhibits.</summary>
public sealed class ExhibitImei
{
    private ExhibitImei() { }

    public ExhibitImei(Guid exhibitId, int slot, string imei)
    {
        ExhibitId = exhibitId;
        Slot = slot;
        Imei = imei;
    }

    public Guid ExhibitId { get; private set; }
    public int Slot { get; private set; }
    public string Imei { get; private set; } = "";
}
