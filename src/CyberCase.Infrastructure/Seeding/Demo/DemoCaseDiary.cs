using CyberCase.Domain.CaseDiary;

namespace CyberCase.Infrastructure.Seeding.Demo;

/// <summary>
/// The founding case's diary for its first two days (12 and 13 January 2021), written by its IO and closed each night:
/// page 1 is the 12th, pages 2-3 the 13th. It tells what the rest of the demo records: the enquiry that verified the
/// source information, then the four searches and the arrests.
/// </summary>
public static class DemoCaseDiary
{
    public static Guid EntryId(int n) => DeterministicGuid.From($"diary:CPS-KZ:02/2021:{n}");

    private static DateTimeOffset Ist(int d, int h, int min) => new(2021, 1, d, h, min, 0, Domain.Common.Ist.Offset);

    /// <summary>When entry 1, which records the reasons for the four searches, was written: the night before them.</summary>
    public static readonly DateTimeOffset ReasonsWrittenAt = Ist(12, 23, 25);

    public static (List<CaseDiaryEntry> Entries, List<CaseDiaryDay> Days) Build()
    {
        var kz = ReferenceData.StationId("CPS-KZ");
        var fir = DemoFirs.FoundingFirId;
        var registered = Ist(12, 19, 40);
        var io = DemoOfficers.IoKashmir.Id;

        var entries = new List<CaseDiaryEntry>
        {
            CaseDiaryEntry.Write(EntryId(1), kz, fir, registered, 1, new DateOnly(2021, 1, 12), Ist(12, 19, 50), Ist(12, 20, 0), Ist(12, 23, 15),
                ["Cyber Police Station Kashmir Zone, Srinagar", "Rangreth, Srinagar", "Karfali Mohalla, Habbakadal, Srinagar", "Green Colony, Natipora, Srinagar"],
                "Copy of FIR 02/2021 received from the SHO at 19:50 and investigation taken up. A discreet enquiry at Rangreth, Karfali " +
                "Mohalla Habbakadal and Natipora verified the source information: four premises (Skyline Tech Solutions and Nexgen Support " +
                "Services at Rangreth, Quickfix Helpdesk at Habbakadal, the residence-cum-office of Tanveer Ahmad Mir at Natipora) were " +
                "working through the night with callers on headsets speaking to callers abroad. Delay would let the operators wipe the " +
                "computers and phones; the reasons for searching the four premises without delay were recorded and search teams requisitioned.",
                null, null, null, io, ReasonsWrittenAt),
            CaseDiaryEntry.Write(EntryId(2), kz, fir, registered, 2, new DateOnly(2021, 1, 13), null, Ist(13, 9, 30), Ist(13, 16, 10),
                ["Skyline Tech Solutions, Rangreth", "Nexgen Support Services, Rangreth", "Quickfix Helpdesk, Karfali Mohalla, Habbakadal"],
                "Searches of the three calling floors began between 10:12 and 10:20 in the presence of two independent witnesses each. " +
                "Twenty persons were found at work and arrested (eight at Skyline Tech Solutions, seven at Nexgen Support Services, five at " +
                "Quickfix Helpdesk); desktops, headsets, phones, a router and the building's CCTV DVR were seized under seizure memos and " +
                "sealed on the spot. Calling scripts and remote-access tools were found running on the systems.",
                VernacularLanguage.Urdu,
                "رنگریتھ اور حبہ کدل کے تین کال سینٹروں کی تلاشی دو آزاد گواہوں کی موجودگی میں لی گئی۔ بیس افراد گرفتار کیے گئے اور کمپیوٹر، فون اور ڈی وی آر ضبط کیے گئے۔",
                null, io, Ist(13, 16, 30)),
            CaseDiaryEntry.Write(EntryId(3), kz, fir, registered, 3, new DateOnly(2021, 1, 13), null, Ist(13, 17, 0), Ist(13, 23, 0),
                ["Residence-cum-office of Tanveer Ahmad Mir, Lane 3, Green Colony, Natipora", "Malkhana, Cyber Police Station Kashmir Zone"],
                "The search of the Natipora premises began at 17:10 and ended at 20:45: three persons arrested; laptops, bank documents " +
                "and gift-card receipts seized. The sealed exhibits of all four searches were deposited in the malkhana from 22:00 and " +
                "the arrested persons' relatives were informed.",
                null, null, null, io, Ist(13, 23, 10)),
        };

        var days = new List<CaseDiaryDay>
        {
            CaseDiaryDay.Close(DeterministicGuid.From("diary-day:CPS-KZ:02/2021:2021-01-12"), kz, fir, new DateOnly(2021, 1, 12), 1, 1, io, Ist(12, 23, 30)),
            CaseDiaryDay.Close(DeterministicGuid.From("diary-day:CPS-KZ:02/2021:2021-01-13"), kz, fir, new DateOnly(2021, 1, 13), 2, 2, io, Ist(13, 23, 20)),
        };
        return (entries, days);
    }
}
