using CyberCase.Domain.Common;
using CyberCase.Domain.Firs;
using CyberCase.Domain.Statutes;

namespace CyberCase.Infrastructure.Seeding.Demo;

/// <summary>The FIRs of the demo data: the founding case (scenario) and two later ones, one per station.</summary>
public static class DemoFirs
{
    public static Guid FirId(string stationCode, string number) => DeterministicGuid.From($"fir:{stationCode}:{number}");

    public static readonly Guid FoundingFirId = FirId("CPS-KZ", "02/2021");

    private static DateTimeOffset Ist(int y, int m, int d, int h, int min) => new(y, m, d, h, min, 0, Domain.Common.Ist.Offset);

    /// <summary>The court both Srinagar cases go to.</summary>
    public const string Court = "Chief Judicial Magistrate, Srinagar";

    /// <summary>The FIR sent to the Magistrate (CrPC 157 / BNSS 176(1)) and the court noted, as the SHO recorded them.</summary>
    private static Fir Dispatched(Fir fir, DateTimeOffset at, string how)
    {
        fir.RecordDispatchToMagistrate(at, how, at);
        fir.SetCourt(Court, null, null);
        return fir;
    }

    public static IEnumerable<(string StationCode, Fir Fir, DemoOfficer AssignedTo)> All()
    {
        var kz = ReferenceData.StationId("CPS-KZ");
        var jz = ReferenceData.StationId("CPS-JZ");

        yield return (
            "CPS-KZ",
            Dispatched(Fir.Register(FoundingFirId, kz, 2, Ist(2021, 1, 12, 19, 40), DemoOfficers.ShoKashmir.Id, "GD-17/2021",
                Ist(2020, 10, 1, 0, 0), Ist(2021, 1, 12, 18, 0),
                "Rangreth, Habbakadal and Natipora, Srinagar", InformationType.SuoMotu,
                new Informant
                {
                    Name = DemoOfficers.ShoKashmir.FullName,
                    NameInScript = "طارق احمد میر",
                    Parentage = "S/o Abdul Rashid Mir",
                    YearOfBirth = 1978,
                    Nationality = "Indian",
                    Occupation = "Police officer, SHO of the station",
                    Address = "Cyber Police Station Kashmir Zone, Srinagar",
                    Phone = "+919419000101",
                },
                [new(Act.IPC, "419"), new(Act.IPC, "420"), new(Act.IPC, "120-B"), new(Act.ITAct, "66C"), new(Act.ITAct, "66D")],
                "Reliable source information was received that fake technical-support call centres are running round the " +
                "clock in Srinagar, at Rangreth, Karfali Mohalla Habbakadal and Natipora. Callers impersonate executives " +
                "of multinational software and e-commerce companies, cold-call and e-mail victims and push pop-ups onto " +
                "their screens, take remote access of the victims' computers through remote-desktop tools, plant malware " +
                "and then extort money for 'help'. They also misuse the victims' electronic signatures and demand bank " +
                "details. The victims are mostly in the USA, UK, Canada and Australia; each unit is said to earn Rs 5-20 " +
                "lakh a day. The facts disclose the commission of cognizable offences under sections 419, 420 and 120-B " +
                "IPC and 66C and 66D of the Information Technology Act, 2000; this case is registered suo motu and " +
                "investigation is taken up.",
                new FirParticulars
                {
                    InformationReceivedAt = Ist(2021, 1, 12, 18, 30),
                    InformationGdReference = "GD-15/2021 (18:30)",
                    DirectionFromStation = "South-west (Rangreth, the first premises)",
                    DistanceFromStationKm = 9,
                    BeatNumber = "Beat 3 (Rangreth)",
                    DelayReason = "No delay: the source information reached the station at 18:30 and was verified the same evening.",
                    PropertiesInvolved = "Computers, phones, headsets and network equipment used to run the call centres; the " +
                        "proceeds of the fraud in bank and payment-gateway accounts (to be traced and valued).",
                },
                [new FirAccusedParticular(FirAccusedKind.Unknown, null, null,
                    "The owners, managers and callers of the call centres at Rangreth, Karfali Mohalla Habbakadal and Natipora; names not known yet.")],
                DemoOfficers.ShoKashmir.Id),
                Ist(2021, 1, 12, 21, 15),
                    "By special messenger, Ct. Bilal Ahmad Shah, to the residence of the Chief Judicial Magistrate, Srinagar"),
            DemoOfficers.IoKashmir);

        yield return (
            "CPS-KZ",
            Dispatched(Fir.Register(FirId("CPS-KZ", "14/2025"), kz, 14, Ist(2025, 3, 18, 11, 5), DemoOfficers.IoKashmir.Id, "GD-41/2025",
                Ist(2025, 3, 2, 10, 0), Ist(2025, 3, 9, 16, 30), "Online; complainant at Bemina, Srinagar",
                InformationType.Written,
                new Informant
                {
                    Name = "Shabir Ahmad Lone",
                    NameInScript = "شبیر احمد لون",
                    Parentage = "S/o Ghulam Mohammad Lone",
                    YearOfBirth = 1986,
                    Nationality = "Indian",
                    Occupation = "Shopkeeper",
                    Address = "Bemina, Srinagar",
                    Phone = "+919906512345",
                },
                [new(Act.BNS, "318(4)"), new(Act.BNS, "319(2)"), new(Act.ITAct, "66D")],
                "The complainant states that a caller posing as a bank officer persuaded him to install a screen-sharing " +
                "application and then moved Rs 4,85,000 from his account through UPI in eleven transactions.",
                new FirParticulars
                {
                    InformationReceivedAt = Ist(2025, 3, 18, 10, 40),
                    InformationGdReference = "GD-40/2025 (10:40)",
                    DirectionFromStation = "West",
                    DistanceFromStationKm = 5.5m,
                    BeatNumber = "Beat 7 (Bemina)",
                    DelayReason = "The complainant first asked his bank to reverse the transfers and came to the police when it declined on 17/03/2025.",
                    PropertiesInvolved = "Rs 4,85,000 moved by UPI in eleven transactions from the complainant's savings account.",
                    PropertiesValueRupees = 485_000m,
                    NarrativeInScript = "شکایت کنندہ کا کہنا ہے کہ بینک افسر بن کر فون کرنے والے ایک شخص نے اُن سے اسکرین شیئرنگ ایپ " +
                        "انسٹال کروائی اور گیارہ یو پی آئی لین دین میں اُن کے کھاتے سے 4,85,000 روپے نکال لیے۔",
                },
                [new FirAccusedParticular(FirAccusedKind.Unknown, null, null,
                    "A caller posing as an officer of the complainant's bank, who called from a mobile number given in the complaint.")],
                DemoOfficers.ShoKashmir.Id),
                Ist(2025, 3, 18, 13, 0),
                    "By e-mail to the Chief Judicial Magistrate, Srinagar, and a copy by hand through Ct. Aijaz Hussain"),
            DemoOfficers.Io2Kashmir);

        yield return (
            "CPS-JZ",
            Fir.Register(FirId("CPS-JZ", "05/2025"), jz, 5, Ist(2025, 8, 4, 15, 20), DemoOfficers.IoJammu.Id, "GD-22/2025",
                Ist(2025, 7, 28, 9, 0), Ist(2025, 8, 1, 21, 0), "Online; complainant at Gandhi Nagar, Jammu",
                InformationType.Electronic,
                new Informant
                {
                    Name = "Neha Gupta",
                    Parentage = "D/o Rakesh Gupta",
                    Nationality = "Indian",
                    Address = "Gandhi Nagar, Jammu",
                    Phone = "+919419712345",
                },
                [new(Act.BNS, "318(4)"), new(Act.ITAct, "66C")],
                "The complainant reports that a fake investment application induced her to deposit Rs 2,10,000, after " +
                "which the application and its operators stopped answering."),
            DemoOfficers.IoJammu);
    }
}
