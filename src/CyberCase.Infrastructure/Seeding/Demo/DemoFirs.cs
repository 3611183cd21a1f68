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

    public static IEnumerable<(string StationCode, Fir Fir, DemoOfficer AssignedTo)> All()
    {
        var kz = ReferenceData.StationId("CPS-KZ");
        var jz = ReferenceData.StationId("CPS-JZ");

        yield return (
            "CPS-KZ",
            Fir.Register(FoundingFirId, kz, 2, Ist(2021, 1, 12, 19, 40), DemoOfficers.ShoKashmir.Id, "GD-17/2021",
                Ist(2020, 10, 1, 0, 0), Ist(2021, 1, 12, 18, 0),
                "Rangreth, Habbakadal and Natipora, Srinagar", InformationType.SuoMotu,
                new Informant
                {
                    Name = DemoOfficers.ShoKashmir.FullName,
                    Parentage = "S/o Abdul Rashid Mir",
                    Nationality = "Indian",
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
                "investigation is taken up."),
            DemoOfficers.IoKashmir);

        yield return (
            "CPS-KZ",
            Fir.Register(FirId("CPS-KZ", "14/2025"), kz, 14, Ist(2025, 3, 18, 11, 5), DemoOfficers.IoKashmir.Id, "GD-41/2025",
                Ist(2025, 3, 2, 10, 0), Ist(2025, 3, 9, 16, 30), "Online; complainant at Bemina, Srinagar",
                InformationType.Written,
                new Informant
                {
                    Name = "Shabir Ahmad Lone",
                    Parentage = "S/o Ghulam Mohammad Lone",
                    Nationality = "Indian",
                    Address = "Bemina, Srinagar",
                    Phone = "+919906512345",
                },
                [new(Act.BNS, "318(4)"), new(Act.BNS, "319(2)"), new(Act.ITAct, "66D")],
                "The complainant states that a caller posing as a bank officer persuaded him to install a screen-sharing " +
                "application and then moved Rs 4,85,000 from his account through UPI in eleven transactions."),
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
