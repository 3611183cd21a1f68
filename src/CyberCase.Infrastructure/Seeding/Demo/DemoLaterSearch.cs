using CyberCase.Application.Common;
using CyberCase.Domain.CaseDiary;
using CyberCase.Domain.Evidence;
using CyberCase.Domain.Exhibits;
using CyberCase.Domain.ForensicVisits;
using CyberCase.Domain.Places;
using CyberCase.Domain.Raids;

namespace CyberCase.Infrastructure.Seeding.Demo;

/// <summary>
/// The search in the BNS-era FIR 14/2025 (new regime: BNSS and BSA): the reasons written in the case diary the evening
/// before, the search of the caller's residence at Natipora with two witnesses and the occupant present, both
/// recorded on a body-worn camera (the search and the signing of the list) and forwarded to the Magistrate the same
/// day, a seizure memo with the caller's phone and a SIM box (kind Other, two IMEIs), their custody with malkhana
/// register entries and an FSL docket, and the FSL's extraction of the phone with its BSA Part A and Part B signatures.
/// </summary>
public static class DemoLaterSearch
{
    public static readonly Guid FirId = DemoFirs.FirId("CPS-KZ", "14/2025");
    public static readonly Guid PremisesId = DeterministicGuid.From("premises:CPS-KZ:14/2025:1");
    public static readonly Guid RaidId = DeterministicGuid.From("raid:CPS-KZ:14/2025:1");
    public static readonly Guid MemoId = DeterministicGuid.From("seizure-memo:CPS-KZ:14/2025:1");
    public static readonly Guid DiaryEntryId = DeterministicGuid.From("diary:CPS-KZ:14/2025:1");
    public static readonly Guid ForensicVisitId = DeterministicGuid.From("forensic-visit:CPS-KZ:14/2025:1");
    public const string MemoNumber = "SM-01/2025";
    public const string SearchVideo = "raid-14-2025-search.mp4";
    public const string SigningVideo = "raid-14-2025-list-signing.mp4";
    public const string Magistrate = "Chief Judicial Magistrate, Srinagar";
    public const string Examiner = "Dr. Nusrat Jan";
    public const string Expert = "Mir Suhail Ahmad";

    public static Guid VideoId(string name) => DeterministicGuid.From("evidence:CPS-KZ:14/2025:" + name);

    private static DateTimeOffset Ist(int m, int d, int h, int min) => new(2025, m, d, h, min, 0, Domain.Common.Ist.Offset);

    public sealed record LaterSearch(CaseDiaryEntry Diary, Premises Premises, FirPremises Link, Raid Raid, SeizureMemo Memo,
        List<Exhibit> Exhibits, List<DemoEvidenceFile> Videos, ForensicVisit Visit, int ExhibitCounter);

    /// <summary>A stand-in video: an ISO base media header (so it is detected as MP4) and fixed bytes; the same every run.</summary>
    private static byte[] Video(string label) =>
        [0, 0, 0, 0x18, .. "ftypisom"u8, 0, 0, 2, 0, .. "isomiso2"u8, .. System.Text.Encoding.UTF8.GetBytes("CyberCase demo recording: " + label)];

    public static LaterSearch Build(int lastSerial, DateTimeOffset now)
    {
        var kz = ReferenceData.StationId("CPS-KZ");
        var registered = Ist(3, 18, 11, 5);
        var io = DemoOfficers.Io2Kashmir;
        var recorder = DemoOfficers.IoKashmir;
        var sho = DemoOfficers.ShoKashmir.Id;

        var diary = CaseDiaryEntry.Write(DiaryEntryId, kz, FirId, registered, 1, new DateOnly(2025, 3, 27), null, Ist(3, 27, 18, 0),
            Ist(3, 27, 20, 30), ["Cyber Police Station Kashmir Zone, Srinagar", "Natipora, Srinagar"],
            "The caller's number (+917006011115, CDR of 2 March 2025) is in use at a residence in Natipora, where a discreet enquiry " +
            "found a SIM box running. Reasons for searching it without a warrant are recorded: the SIM box and the phone can be " +
            "switched off and the SIMs destroyed as soon as the caller learns of the enquiry. Search teams requisitioned for 07:00 tomorrow.",
            null, null, null, io.Id, Ist(3, 27, 20, 40));

        var premises = Premises.Register(PremisesId, kz, "Residence of Aqib Hussain Hajam", PremisesKind.Residence,
            new PostalAddress
            {
                Line = "House 12, Lane 7, Sector 2",
                Locality = "Natipora",
                City = "Srinagar",
                District = "Srinagar",
                State = "Jammu and Kashmir",
                Pin = "190015",
            },
            34.0475, 74.7961, "Aqib Hussain Hajam", null, "Residence where the SIM box was found running.", Ist(3, 27, 19, 0), sho);
        var link = new FirPremises(FirId, PremisesId, Ist(3, 27, 19, 5), sho);

        var witnesses = new[]
        {
            new RaidWitness { Name = "Ghulam Qadir Wani", Parentage = "S/o Abdul Gani Wani", Address = "Lane 7, Sector 2, Natipora, Srinagar" },
            new RaidWitness { Name = "Mohammad Yousuf Bhat", Parentage = "S/o Ghulam Hassan Bhat", Address = "Lane 9, Sector 2, Natipora, Srinagar" },
        };
        var raid = Raid.Plan(RaidId, kz, FirId, PremisesId, Ist(3, 28, 7, 0), io.Id, [new RaidMember { OfficerId = recorder.Id }],
            "Search of the residence and seizure of the SIM box, the phones and the SIM cards used to call the complainant.",
            "The caller's number is in use at this residence, where a SIM box was seen running; the equipment can be switched off and " +
            "the SIM cards destroyed within minutes, so the search is made without delay.", Ist(3, 27, 21, 0), sho, registered);
        raid.ReferReasonsTo(diary.Id, FirId, diary.WrittenAt);
        raid.RecordOccupant("Aqib Hussain Hajam", true, null);
        raid.Start(Ist(3, 28, 7, 5), io.Id, witnesses, registered, now);

        var videos = new List<DemoEvidenceFile>
        {
            new(VideoId(SearchVideo), SearchVideo, "Body-worn camera recording of the search, Natipora, 28/03/2025", Video("search"),
                Ist(3, 28, 13, 30), EvidenceOwnerType.Raid, RaidId, recorder.Id, FirId),
            new(VideoId(SigningVideo), SigningVideo, "Body-worn camera recording of the list of things seized being signed", Video("list signing"),
                Ist(3, 28, 13, 32), EvidenceOwnerType.Raid, RaidId, recorder.Id, FirId),
        };
        const string camera = "Body-worn camera BWC-07 of Cyber Police Station Kashmir Zone";
        var forwarding = new RecordingForwarding(Magistrate, Ist(3, 28, 16, 0), "By hand, on a sealed pen drive, with the report of the seizure",
            "Diary No. 412/CJM/2025");
        var expert = new ExpertAttestation(Expert, "S/o Ghulam Ahmad Mir", "Scientific Assistant (Audio-Video)", DemoSeizures.Fsl, Ist(4, 2, 11, 30));
        raid.AddRecording(SearchRecordingKind.Search, videos[0].Id, Sha256(videos[0].Content), SearchVideo, Ist(3, 28, 7, 5), 2 * 3600 + 5 * 60,
            camera, recorder.Id, forwarding, Ist(3, 28, 15, 0), expert, now);
        raid.AddRecording(SearchRecordingKind.ListSigning, videos[1].Id, Sha256(videos[1].Content), SigningVideo, Ist(3, 28, 9, 15), 500,
            camera, recorder.Id, forwarding, Ist(3, 28, 15, 0), expert with { SignedAt = Ist(4, 2, 11, 40) }, now);
        raid.Complete(Ist(3, 28, 9, 40), io.Id, [], true, Ist(3, 28, 16, 0), "The caller was found at home; his phone and a running SIM box seized.", now);

        var memo = SeizureMemo.DrawUp(MemoId, kz, FirId, RaidId, PremisesId, MemoNumber, Ist(3, 28, 9, 15),
            witnesses.Select(w => new MemoWitness(w.Name, w.Parentage, w.Address)).ToList(), "Aqib Hussain Hajam", io.Id);
        memo.RecordParticulars("Aqib Hussain Hajam", new SpecimenSeal("CPS-KZ/14-2025", "CYBER PS KASHMIR ZONE SRINAGAR",
            "Malkhana, Cyber Police Station Kashmir Zone, with the memo"), Ist(3, 28, 16, 0), Magistrate, now);

        var accused = DeterministicGuid.From("accused:CPS-KZ:14/2025:A1");
        var serial = lastSerial;
        var phone = Seize(++serial, new Exhibit.Identity(ExhibitKind.MobilePhone, "Smartphone of the caller", "Samsung", "Galaxy A14", "Black",
            "R58W12CALLR", [DemoSeizures.Imei("35093711402215"), DemoSeizures.Imei("35093711402216")], null, null, "CPS-KZ/14-2025/S001",
            "Working; sealed in a cloth parcel", "In the caller's hand when the team entered, ground floor", null, accused, null), kz, io);
        var simBox = Seize(++serial, new Exhibit.Identity(ExhibitKind.Other, "GSM SIM box (8-port gateway) routing the calls", "Dinstar",
            "UC2000-VE-8G", "Grey", "DS8G-2207741", [DemoSeizures.Imei("86720304511820"), DemoSeizures.Imei("86720304511821")], null, null,
            "CPS-KZ/14-2025/S002", "Running when found; switched off and sealed", "Store room, first floor, on the shelf behind the water tank",
            PremisesId, null, null), kz, io);
        var malkhanaIn = DemoOfficers.MalkhanaKashmir;
        foreach (var (e, n) in new[] { (phone, 1), (simBox, 2) })
        {
            e.Transfer(DemoSeizures.CustodyEventId(e.Serial, 2), Ist(3, 28, 13, 0).AddMinutes(n), new CustodyHolder(CustodyHolderKind.Malkhana, null, null),
                "Deposited in the malkhana under seal", sealIntact: true, null, io.Id, recordedByMalkhanaInCharge: false,
                new HolderReference($"Register 4, entry {60 + n}/2025", null, null));
        }

        phone.Transfer(DemoSeizures.CustodyEventId(phone.Serial, 3), Ist(4, 1, 11, 0), new CustodyHolder(CustodyHolderKind.ForensicLab, null, DemoSeizures.Fsl),
            "Forwarded for extraction, FSL request 9/2025", sealIntact: true, null, malkhanaIn.Id, recordedByMalkhanaInCharge: true,
            new HolderReference(null, "FSL/CY/33/2025", null));
        var imageSha = Sha256("CPS-KZ FIR 14/2025 extraction of the caller's phone"u8.ToArray());
        var image = phone.Image(DemoSeizures.ExhibitId(++serial), serial, "Full file system extraction of the caller's phone (UFED)", imageSha,
            Ist(4, 8, 14, 0), io.Id, io.FullName, DemoSeizures.CustodyEventId(serial, 1), new ImagingParticulars
            {
                ExaminerName = Examiner,
                ExaminerParentage = "D/o Ghulam Rasool Shah",
                ExaminerDesignation = "Scientific Officer (Cyber Forensics)",
                ExaminerEmployedAt = DemoSeizures.Fsl,
                Tool = "Cellebrite UFED 4PC",
                ToolVersion = "7.71",
                Process = "Full file system extraction through the device's USB port, the phone kept in a Faraday bag; the extraction " +
                    "re-hashed after copying to the evidence disk and the two values compared.",
                SourceSha256 = Sha256("CPS-KZ FIR 14/2025 acquisition stream of the caller's phone"u8.ToArray()),
                ExaminerSignedAt = Ist(4, 15, 12, 0),
                PartASignedBy = io.Id,
                PartASignedAt = Ist(4, 16, 11, 0),
            }, now);
        image.Transfer(DemoSeizures.CustodyEventId(serial, 2), Ist(4, 16, 15, 0), new CustodyHolder(CustodyHolderKind.Malkhana, null, null),
            "Extraction on a sealed evidence disk deposited; hash verified on receipt", sealIntact: true, imageSha, io.Id,
            recordedByMalkhanaInCharge: false, new HolderReference("Register 4, entry 71/2025", null, null));
        phone.Transfer(DemoSeizures.CustodyEventId(phone.Serial, 4), Ist(4, 16, 15, 10), new CustodyHolder(CustodyHolderKind.Malkhana, null, null),
            "Returned by the FSL with its report, resealed by the FSL", sealIntact: true, null, malkhanaIn.Id, recordedByMalkhanaInCharge: true,
            new HolderReference("Register 4, entry 72/2025", null, null));

        // BNSS 176(3): BNS 318(4) carries seven years, so the SHO had the FSL's expert attend the scene during the search,
        // on the body-worn camera's recording of it.
        var visit = ForensicVisit.Record(ForensicVisitId, kz, FirId, registered, "Residence of Aqib Hussain Hajam, Natipora", PremisesId, RaidId,
            raid.StartedAt, Examiner, "Scientific Officer (Cyber Forensics)", DemoSeizures.Fsl, Ist(3, 28, 8, 10),
            "Examined the SIM box in place before it was switched off: eight SIM slots, all in use, the gateway's call log showing calls " +
            "to the complainant's number on 2 March 2025; photographed the wiring and the router; advised sealing the SIM box with " +
            "its SIM cards in place and the phone in a Faraday bag.", true, videos[0].Id, sho, Ist(3, 28, 16, 30));

        return new LaterSearch(diary, premises, link, raid, memo, [phone, simBox, image], videos, visit, serial);

        Exhibit Seize(int n, Exhibit.Identity identity, Guid station, DemoOfficer by) =>
            Exhibit.Seize(DemoSeizures.ExhibitId(n), station, FirId, MemoId, n, identity, Ist(3, 28, 9, 15), by.Id, by.FullName,
                DemoSeizures.CustodyEventId(n, 1));
    }

    private static string Sha256(byte[] content) => StreamedSha256.Of(content);
}
