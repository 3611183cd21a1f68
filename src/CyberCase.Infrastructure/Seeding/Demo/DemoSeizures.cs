using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using CyberCase.Domain.Evidence;
using CyberCase.Domain.Exhibits;
using CyberCase.Domain.Money;

namespace CyberCase.Infrastructure.Seeding.Demo;

/// <summary>
/// The founding case's seizures (scenario): one seizure memo per raid, 42 seized items (desktops with headsets, laptops,
/// phones with IMEIs, SIM cards, routers, hard disks, a pen drive, a DVR), five forensic images made by the FSL, and the
/// custody of every item: seized -> malkhana, and for the examined devices on to the FSL and back. Also the money trail
/// accounts, one of which the 2025 UPI fraud (FIR 14/2025) shares. Every id, number, identifier and byte is fixed.
/// </summary>
public static class DemoSeizures
{
    public const string Fsl = "Forensic Science Laboratory, Srinagar";

    public static Guid MemoId(int raid) => DeterministicGuid.From($"seizure-memo:CPS-KZ:02/2021:{raid}");
    public static Guid ExhibitId(int serial) => DeterministicGuid.From($"exhibit:CPS-KZ:{serial}");
    public static Guid CustodyEventId(int serial, int sequence) => DeterministicGuid.From($"exhibit-custody:CPS-KZ:{serial}:{sequence}");
    public static Guid AccountId(string firNumber, int n) => DeterministicGuid.From($"case-account:CPS-KZ:{firNumber}:{n}");
    public static string MemoNumber(int raid) => $"SM-{raid:00}/2021";

    /// <summary>The account of the founding case that also received money in FIR 14/2025 (the cross-case link).</summary>
    public const string SharedAccountNumber = "0110040100012345";
    public const string SharedAccountIfsc = "JAKA0NATIPR";
    /// <summary>The caller's number in FIR 14/2025, which is also a number of A15 in the founding case.</summary>
    public const string SharedPhone = "+917006011115";

    private static DateTimeOffset Ist(int m, int d, int h, int min) => new(2021, m, d, h, min, 0, Domain.Common.Ist.Offset);

    /// <summary>A seized item; <c>Accused</c> is the A-number it was taken from (null: found at the premises); <c>Examined</c> went to the FSL.</summary>
    private sealed record Item(int Raid, ExhibitKind Kind, string Description, string? Make, string? Model, string? Colour, string? Serial,
        string[] Imeis, string? Mac, string? Iccid, string FoundAt, int? Accused, bool Examined = false, string? Image = null);

    /// <summary>A valid IMEI from a 14-digit TAC and serial: the Luhn check digit appended.</summary>
    public static string Imei(string fourteen) => fourteen + CheckDigit(fourteen);

    /// <summary>A valid 19-digit ICCID (89 91 = India) from 18 digits: the Luhn check digit appended.</summary>
    public static string Iccid(string eighteen) => eighteen + CheckDigit(eighteen);

    private static char CheckDigit(string payload)
    {
        var sum = 0;
        for (var i = 0; i < payload.Length; i++)
        {
            // From the right of the payload, every first digit is doubled (it becomes the second once the check digit follows).
            var d = payload[payload.Length - 1 - i] - '0';
            if (i % 2 == 0)
            {
                d *= 2;
                if (d > 9)
                {
                    d -= 9;
                }
            }

            sum += d;
        }

        return (char)('0' + ((10 - (sum % 10)) % 10));
    }

    private static IEnumerable<Item> Desktops(int raid, int count, string room, string make, string model, string serialPrefix) =>
        Enumerable.Range(1, count).Select(n => new Item(raid, ExhibitKind.Desktop,
            $"Desktop computer (CPU, monitor, keyboard, mouse) with a USB calling headset, workstation {n}", make, model, "Black",
            $"{serialPrefix}{n:000}", [], null, null, $"{room}, workstation {n}", null, Examined: n == 1));

    private static readonly Item[] Items =
    [
        // Raid 1: Skyline Tech Solutions, Rangreth (A1-A8).
        .. Desktops(1, 8, "Calling floor, first floor", "Dell", "OptiPlex 3070", "SKY-DT-"),
        new(1, ExhibitKind.Router, "Wi-Fi router feeding the calling floor", "TP-Link", "Archer C6", "White", "2194A1000123", [],
            "50-c7-bf-3a-91-0e", null, "Server shelf near the entrance", null, Examined: true),
        new(1, ExhibitKind.MobilePhone, "Dual-SIM smartphone of the owner", "Samsung", "Galaxy A51", "Prism Crush Black", "R58N91ABCDE",
            [Imei("35448011234567"), Imei("35448011234568")], null, null, "Owner's cabin, on the desk", 1, Examined: true,
            Image: "Logical extraction of the owner's phone (UFED), chats with the calling floor and payment screenshots"),
        new(1, ExhibitKind.MobilePhone, "Smartphone of the floor manager", "Xiaomi", "Redmi Note 8", "Blue", "RN8-0045521",
            [Imei("86875904123456")], null, null, "Floor manager's desk", 2),
        new(1, ExhibitKind.MobilePhone, "Smartphone of the IT staff member", "Vivo", "Y20", "Obsidian Black", "VY20-7781233",
            [Imei("86159205678901")], null, null, "Server shelf", 3),
        new(1, ExhibitKind.SimCard, "Jio SIM card of the owner's phone (slot 2)", "Reliance Jio", null, null, null, [], null,
            Iccid("899186100012345678"), "Inside the owner's phone, slot 2", 1),
        new(1, ExhibitKind.SimCard, "Airtel SIM card found loose in the owner's drawer", "Bharti Airtel", null, null, null, [], null,
            Iccid("899110200098765432"), "Owner's cabin, desk drawer", 1),
        new(1, ExhibitKind.HardDisk, "External hard disk with calling scripts and lead sheets", "Seagate", "Expansion 1TB", "Black",
            "NA8KQ2ZP", [], null, null, "Server shelf, connected to workstation 1", 3, Examined: true,
            Image: "Forensic image (E01) of the external hard disk"),

        // Raid 2: Nexgen Support Services, Rangreth (A9-A15).
        .. Desktops(2, 6, "Night-shift floor", "HP", "ProDesk 400 G6", "NXG-DT-"),
        new(2, ExhibitKind.Router, "Broadband router with the remote-access port forwards", "D-Link", "DIR-825", "Black", "QX2B1C000456", [],
            "1C7EE5A04B22", null, "Rack behind the reception counter", null, Examined: true),
        new(2, ExhibitKind.MobilePhone, "Dual-SIM smartphone of the owner", "Apple", "iPhone 11", "Black", "F2LZK0ABN72J",
            [Imei("35390310987654"), Imei("35390310987655")], null, null, "Owner's jacket pocket", 9, Examined: true),
        new(2, ExhibitKind.MobilePhone, "Smartphone of the floor manager", "OnePlus", "Nord", "Blue Marble", "OPN-33411902",
            [Imei("86779604456789")], null, null, "Floor manager's desk", 10),
        new(2, ExhibitKind.MobilePhone, "Smartphone used for the US call-back numbers", "Samsung", "Galaxy M31", "Ocean Blue", "R58N77XYZQW",
            [Imei("35271511223344")], null, null, "Caller's desk, row 2", 15),
        new(2, ExhibitKind.SimCard, "Vodafone Idea SIM card of the owner", "Vodafone Idea", null, null, null, [], null,
            Iccid("899120300011122233"), "Inside the owner's phone, slot 2", 9),
        new(2, ExhibitKind.Laptop, "Laptop with remote-desktop tools and the pop-up campaign console", "Lenovo", "ThinkPad E14", "Black",
            "PF2ABCD1", [], "8c:16:45:22:9a:f1", null, "IT staff desk", 11, Examined: true,
            Image: "Forensic image (E01) of the laptop's SSD"),

        // Raid 3: Quickfix Helpdesk, Karfali Mohalla, Habbakadal (A16-A20).
        .. Desktops(3, 4, "Calling floor, top floor", "Acer", "Veriton M200", "QFX-DT-"),
        new(3, ExhibitKind.Dvr, "DVR of the building's CCTV (4 cameras), 30 days of footage", "Hikvision", "DS-7204HGHI-K1", "Black",
            "E12345678", [], "44-19-B6-0D-3C-7A", null, "Staircase landing, second floor", null, Examined: true,
            Image: "Forensic image of the DVR's hard disk (footage of 14 Dec 2020 to 13 Jan 2021)"),
        new(3, ExhibitKind.Router, "Wi-Fi router", "Tenda", "AC10", "White", "TD-AC10-99812", [], "c8:3a:35:10:77:ab", null,
            "Top floor corridor", null),
        new(3, ExhibitKind.MobilePhone, "Dual-SIM smartphone of the owner", "Samsung", "Galaxy S10", "Prism White", "R58M45TTT01",
            [Imei("35173710246813"), Imei("35173710246814")], null, null, "Owner, in his hand at the time of the search", 16, Examined: true),
        new(3, ExhibitKind.MobilePhone, "Smartphone of the IT staff member", "Realme", "7", "Mist Blue", "RMX2155-00321",
            [Imei("86403305135790")], null, null, "IT staff desk", 17),

        // Raid 4: residence-cum-office at Natipora (A21-A23): the accounts office.
        new(4, ExhibitKind.Laptop, "Laptop with payment-gateway dashboards and gift-card redemption sheets", "Apple", "MacBook Air 13", "Silver",
            "FVFDK1Q2Q6L4", [], "a4:83:e7:5c:01:9d", null, "Study room, first floor", 21, Examined: true,
            Image: "Forensic image of the laptop's SSD (APFS)"),
        new(4, ExhibitKind.Laptop, "Laptop of the IT staff member", "Dell", "Inspiron 15 3501", "Black", "7HJK2X3", [], null, null,
            "Study room, side table", 23),
        new(4, ExhibitKind.MobilePhone, "Dual-SIM smartphone of the owner", "Apple", "iPhone 12", "Blue", "G0NDL8PQ0F1",
            [Imei("35306011357913"), Imei("35306011357914")], null, null, "Owner's bedside table", 21, Examined: true),
        new(4, ExhibitKind.MobilePhone, "Smartphone of the manager", "Samsung", "Galaxy A31", "Prism Crush Blue", "R58N55MGR22",
            [Imei("35886210975319")], null, null, "Manager, on his person", 22),
        new(4, ExhibitKind.SimCard, "BSNL SIM card registered in a third person's name", "BSNL", null, null, null, [], null,
            Iccid("899171000055566677"), "Manager's wallet", 22),
        new(4, ExhibitKind.HardDisk, "Portable hard disk with account statements", "WD", "My Passport 2TB", "Black", "WX12A1234567", [],
            null, null, "Study room, cupboard", null),
        new(4, ExhibitKind.PenDrive, "Pen drive with gift-card receipts", "SanDisk", "Cruzer Blade 32GB", "Red", "4C530001230101", [],
            null, null, "Study room, desk drawer", 21),
    ];

    public sealed record Seizures(List<SeizureMemo> Memos, List<Exhibit> Exhibits, int ExhibitCounter);

    /// <summary>The FSL examiner who made the founding case's images and signed their 65B(4) certificates with the report.</summary>
    public const string Examiner = "Dr. Nusrat Jan";
    public static readonly DateTimeOffset ExaminerSignedAt = Ist(3, 2, 11, 0);

    /// <summary>
    /// How the FSL made an image: a phone by a logical extraction, a disk or SSD by a write-blocked physical acquisition
    /// whose acquisition hash of the source is recorded beside the image's. Signed by the examiner with the report (2 March 2021).
    /// </summary>
    private static ImagingParticulars Imaging(Exhibit source, string imageSha256) => new()
    {
        ExaminerName = Examiner,
        ExaminerParentage = "D/o Ghulam Rasool Shah",
        ExaminerDesignation = "Scientific Officer (Cyber Forensics)",
        ExaminerEmployedAt = Fsl,
        Tool = source.Kind == ExhibitKind.MobilePhone ? "Cellebrite UFED 4PC" : "FTK Imager",
        ToolVersion = source.Kind == ExhibitKind.MobilePhone ? "7.40" : "4.5.0",
        Process = source.Kind == ExhibitKind.MobilePhone
            ? "Logical extraction through the USB port with the phone in a Faraday bag; the extraction re-hashed after copying and the values compared."
            : "Physical acquisition through a hardware write-blocker into an E01 image; the source and the image hashed and the values compared.",
        SourceSha256 = source.Kind == ExhibitKind.MobilePhone ? null : imageSha256,
        ExaminerSignedAt = ExaminerSignedAt,
    };

    public static Seizures Build(DateTimeOffset now)
    {
        var kz = ReferenceData.StationId("CPS-KZ");
        var fir = DemoFirs.FoundingFirId;
        var malkhana = DemoOfficers.MalkhanaKashmir;
        var memos = new List<SeizureMemo>();
        var exhibits = new List<Exhibit>();
        var toImage = new List<(Exhibit Source, string Description)>();
        var serial = 0;
        for (var raid = 1; raid <= 4; raid++)
        {
            var facts = DemoInvestigation.RaidFacts(raid);
            var drawnUpAt = facts.Ended.AddMinutes(-25);
            var memo = SeizureMemo.DrawUp(MemoId(raid), kz, fir, DemoInvestigation.RaidId(raid), DemoInvestigation.PremisesId(raid),
                MemoNumber(raid), drawnUpAt, facts.Witnesses.Select(w => new MemoWitness(w.Name, w.Parentage, w.Address)).ToList(),
                facts.Occupant, facts.Lead.Id);
            // The seizure was reported to the Chief Judicial Magistrate with the accused's production the next day (CrPC 102(3)).
            memo.RecordParticulars(facts.Occupant, new SpecimenSeal("CPS-KZ/02-2021", "CYBER PS KASHMIR ZONE SRINAGAR",
                "Malkhana, Cyber Police Station Kashmir Zone, with the memo"), Ist(1, 14, 12, 30), "Chief Judicial Magistrate, Srinagar", now);
            memos.Add(memo);

            var inRaid = 0;
            foreach (var item in Items.Where(i => i.Raid == raid))
            {
                serial++;
                var seal = $"CPS-KZ/02-2021/S{serial:000}";
                var exhibit = Exhibit.Seize(ExhibitId(serial), kz, fir, memo.Id, serial,
                    new Exhibit.Identity(item.Kind, item.Description, item.Make, item.Model, item.Colour, item.Serial, item.Imeis,
                        Mac(item.Mac), item.Iccid, seal, "Working; sealed in a cloth parcel with the station seal", item.FoundAt,
                        item.Accused is null ? DemoInvestigation.PremisesId(raid) : null,
                        item.Accused is { } a ? DemoInvestigation.AccusedId(a) : null, null),
                    drawnUpAt, facts.Lead.Id, facts.Lead.FullName, CustodyEventId(serial, 1));
                // Deposited within the hour after the search, before the lead's next search of the day begins: an
                // officer shown holding exhibits of one search while leading another is a holder in two places at once.
                exhibit.Transfer(CustodyEventId(serial, 2), facts.Ended.AddMinutes(30 + (++inRaid)),
                    new CustodyHolder(CustodyHolderKind.Malkhana, null, null), "Deposited in the malkhana under seal",
                    sealIntact: true, null, facts.Lead.Id, recordedByMalkhanaInCharge: false,
                    new HolderReference($"Register 3, entry {serial}/2021", null, null));
                if (item.Examined)
                {
                    exhibit.Transfer(CustodyEventId(serial, 3), Ist(1, 18, 11, 0).AddMinutes(serial),
                        new CustodyHolder(CustodyHolderKind.ForensicLab, null, Fsl), "Forwarded for examination, FSL request 12/2021",
                        sealIntact: true, null, malkhana.Id, recordedByMalkhanaInCharge: true,
                        new HolderReference(null, $"FSL/CY/12/2021-{serial}", null));
                }

                if (item.Image is { } imageDescription)
                {
                    toImage.Add((exhibit, imageDescription));
                }

                exhibits.Add(exhibit);
            }
        }

        // The FSL's images come back as child exhibits with their own SHA-256, received by the IO and deposited.
        foreach (var (source, description) in toImage)
        {
            serial++;
            var madeAt = Ist(2, 20, 10, 0).AddMinutes(serial);
            var sha256 = ImageSha256(source.Number);
            var image = source.Image(ExhibitId(serial), serial, description, sha256, madeAt, DemoOfficers.IoKashmir.Id,
                DemoOfficers.IoKashmir.FullName, CustodyEventId(serial, 1), Imaging(source, sha256), now);
            image.Transfer(CustodyEventId(serial, 2), Ist(3, 2, 14, 0).AddMinutes(serial),
                new CustodyHolder(CustodyHolderKind.Malkhana, null, null), "Image on a sealed hard disk deposited; hash verified on receipt",
                sealIntact: true, sha256, DemoOfficers.IoKashmir.Id, recordedByMalkhanaInCharge: false,
                new HolderReference($"Register 3, entry {serial}/2021", null, null));
            exhibits.Add(image);
        }

        // The examined devices return from the FSL with its report.
        foreach (var exhibit in exhibits.Where(e => e.HolderKind == CustodyHolderKind.ForensicLab))
        {
            exhibit.Transfer(CustodyEventId(exhibit.Serial, 4), Ist(3, 2, 15, 0).AddMinutes(exhibit.Serial),
                new CustodyHolder(CustodyHolderKind.Malkhana, null, null), "Returned by the FSL with its report, resealed by the FSL",
                sealIntact: true, null, malkhana.Id, recordedByMalkhanaInCharge: true,
                new HolderReference($"Register 3, entry {exhibit.Serial + 100}/2021", null, null));
        }

        return new Seizures(memos, exhibits, serial);
    }

    /// <summary>The money trail: receiving accounts of the founding case, and the account FIR 14/2025 shares with it.</summary>
    public static List<CaseAccount> Accounts()
    {
        var kz = ReferenceData.StationId("CPS-KZ");
        var founding = DemoFirs.FoundingFirId;
        var later = DemoFirs.FirId("CPS-KZ", "14/2025");
        var io = DemoOfficers.IoKashmir.Id;
        var io2 = DemoOfficers.Io2Kashmir.Id;
        return
        [
            CaseAccount.Record(AccountId("02/2021", 1), kz, founding, AccountKind.BankAccount, SharedAccountNumber, SharedAccountIfsc,
                "The Jammu and Kashmir Bank, Natipora", "Tanveer Ahmad Mir (A21)", "Wire transfers from victims in the USA; debit freeze requested.",
                io, Ist(1, 20, 16, 0)),
            CaseAccount.Record(AccountId("02/2021", 2), kz, founding, AccountKind.BankAccount, "50100234567890", "HDFC0001234",
                "HDFC Bank, Residency Road", "Skyline Tech Solutions", "Gift-card redemptions credited here.", io, Ist(1, 20, 16, 10)),
            CaseAccount.Record(AccountId("02/2021", 3), kz, founding, AccountKind.Upi, "skylinetech.pay@okaxis", null,
                null, "Imtiyaz Ahmad Sheikh (A1)", "Small payments from victims in the UK.", io, Ist(1, 20, 16, 20)),
            CaseAccount.Record(AccountId("14/2025", 1), kz, later, AccountKind.Upi, "helpdesk.refund@ybl", null,
                null, "Unknown", "First of the eleven UPI debits from the complainant's account.", io2, new DateTimeOffset(2025, 3, 20, 12, 0, 0, Domain.Common.Ist.Offset)),
            CaseAccount.Record(AccountId("14/2025", 2), kz, later, AccountKind.BankAccount, SharedAccountNumber, SharedAccountIfsc,
                "The Jammu and Kashmir Bank, Natipora", "Tanveer Ahmad Mir", "Rs 2,40,000 of the complainant's money landed here (bank reply of 24 March 2025).",
                io2, new DateTimeOffset(2025, 3, 25, 15, 30, 0, Domain.Common.Ist.Offset)),
        ];
    }

    /// <summary>
    /// A caller of FIR 14/2025, not yet arrested, who called the complainant from a number of A15 of the founding case.
    /// </summary>
    public static (Domain.Accused.AccusedPerson Person, Domain.Accused.CaseAccused Accused) LaterCaller()
    {
        var kz = ReferenceData.StationId("CPS-KZ");
        var at = new DateTimeOffset(2025, 3, 26, 11, 0, 0, Domain.Common.Ist.Offset);
        var person = Domain.Accused.AccusedPerson.Record(DeterministicGuid.From("accused-person:CPS-KZ:14/2025:1"), kz, "Aqib Hussain Hajam",
            ["Bank officer 'Rahul'"], Domain.Accused.ParentageRelation.SonOf, "Mohammad Iqbal Hajam", Domain.Accused.Gender.Male, null, 24,
            "Natipora, Srinagar", [SharedPhone], null, at);
        var accused = Domain.Accused.CaseAccused.Add(DeterministicGuid.From("accused:CPS-KZ:14/2025:A1"), kz, DemoFirs.FirId("CPS-KZ", "14/2025"),
            person.Id, 1, Domain.Accused.AccusedRole.Caller, "Called the complainant posing as a bank officer (CDR of 2 March 2025).", null, at,
            DemoOfficers.Io2Kashmir.Id);
        return (person, accused);
    }

    /// <summary>Evidence files of the seizures: the scanned memos, an FSL report, a photo of the DVR and its seal, a photo of a premises.</summary>
    public static IEnumerable<DemoEvidenceFile> Files()
    {
        for (var raid = 1; raid <= 4; raid++)
        {
            var facts = DemoInvestigation.RaidFacts(raid);
            var at = facts.Ended.AddMinutes(-25);
            var items = Items.Where(i => i.Raid == raid).ToList();
            var name = $"seizure-memo-{MemoNumber(raid).Replace('/', '-')}.pdf";
            // A typed transcript of the memo, labelled as one: the demo has no scan of a signed paper to annex, and a
            // generated page must not pass for the signed original (docs/scrutiny.md, Document.SignedOriginalWithoutDetails).
            yield return new DemoEvidenceFile(DemoEvidence.FileId(name), name,
                $"Transcript of seizure memo {MemoNumber(raid)}, {facts.PremisesName} (typed copy of the memo the witnesses signed)",
                DemoEvidence.TextPdf(
                [
                    $"TRANSCRIPT OF SEIZURE MEMO {MemoNumber(raid)}  FIR 02/2021",
                    "Cyber Police Station Kashmir Zone, Srinagar",
                    $"Premises: {facts.PremisesName}",
                    string.Create(CultureInfo.InvariantCulture, $"Prepared on {at:dd-MM-yyyy} at {at:HH:mm} hrs by {facts.Lead.FullName}"),
                    $"Items seized: {items.Count}",
                    .. items.Select((i, n) => $"{n + 1}. {i.Kind}: {i.Make} {i.Model} - {i.FoundAt}"),
                    $"Witnesses: {string.Join("; ", facts.Witnesses.Select(w => w.Name))}",
                    "Copy given to the occupant of the premises.",
                ]),
                at.AddHours(3), EvidenceOwnerType.SeizureMemo, MemoId(raid), facts.Lead.Id);
        }

        yield return new DemoEvidenceFile(DemoEvidence.FileId("fsl-report-phone-A1.pdf"), "fsl-report-phone-A1.pdf",
            "FSL report on the owner's phone (A1), with the extraction's hash",
            DemoEvidence.TextPdf(
            [
                "FORENSIC SCIENCE LABORATORY, SRINAGAR - REPORT FSL/CY/12/2021",
                "Case: FIR 02/2021, Cyber Police Station Kashmir Zone",
                "Exhibit: Samsung Galaxy A51, seal intact on receipt",
                "Logical extraction made; SHA-256 of the extraction recorded on the image exhibit.",
                "WhatsApp chats with the calling floor and payment screenshots recovered.",
            ]),
            Ist(3, 2, 16, 0), EvidenceOwnerType.Exhibit, ExhibitId(10), DemoOfficers.IoKashmir.Id);
        yield return new DemoEvidenceFile(DemoEvidence.FileId("dvr-seal.png"), "dvr-seal.png",
            "Photograph of the DVR with its seal, Habbakadal",
            DemoEvidence.Png((x, y) => (x is >= 30 and < 66 && y is >= 22 and < 42)
                ? ((byte)170, (byte)20, (byte)25)                                   // seal
                : y >= 48 ? ((byte)90, (byte)70, (byte)50) : ((byte)25, (byte)25, (byte)(30 + (x / 4)))),
            Ist(1, 13, 22, 50), EvidenceOwnerType.Exhibit, ExhibitId(32), DemoOfficers.MalkhanaKashmir.Id);
        yield return new DemoEvidenceFile(DemoEvidence.FileId("raid-3-premises.png"), "raid-3-premises.png",
            "Photograph of the building at Karfali Mohalla before the search",
            DemoEvidence.Png((x, y) => y < 16 ? ((byte)140, (byte)180, (byte)220)
                : (x % 16 is >= 4 and < 10 && y % 16 is >= 4 and < 11) ? ((byte)40, (byte)50, (byte)70) : ((byte)150, (byte)110, (byte)80)),
            Ist(1, 13, 10, 25), EvidenceOwnerType.Raid, DemoInvestigation.RaidId(3), DemoOfficers.Io2Kashmir.Id);
    }

    /// <summary>A fixed stand-in for the hash the FSL reported for an image (the image itself is not in the demo).</summary>
    private static string ImageSha256(string sourceNumber) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"CPS-KZ FIR 02/2021 forensic image of {sourceNumber}")));

    private static string? Mac(string? mac) =>
        mac is null ? null : DeviceIdentifiers.TryNormaliseMac(mac, out var normalised) ? normalised
            : throw new InvalidOperationException($"Demo MAC {mac} is not valid.");
}
