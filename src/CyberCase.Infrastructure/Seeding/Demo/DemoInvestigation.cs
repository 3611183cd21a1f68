using CyberCase.Application.Common;
using CyberCase.Domain.Accused;
using CyberCase.Domain.Officers;
using CyberCase.Domain.Places;
using CyberCase.Domain.Raids;

namespace CyberCase.Infrastructure.Seeding.Demo;

/// <summary>
/// The founding case in full (scenario): four premises in Srinagar, four raids on 13 January 2021 with teams of
/// the station and District Police Srinagar, two witnesses each, and 23 accused (A1-A23) with arrest memos and
/// custody. Names of people and businesses are invented; every id and value is fixed, so every run is the same.
/// </summary>
public static class DemoInvestigation
{
    private const string DistrictPolice = "District Police Srinagar";
    private const string Court = "Court of the Chief Judicial Magistrate, Srinagar";

    public static Guid PremisesId(int n) => DeterministicGuid.From($"premises:CPS-KZ:{n}");
    public static Guid RaidId(int n) => DeterministicGuid.From($"raid:CPS-KZ:02/2021:{n}");
    public static Guid PersonId(int n) => DeterministicGuid.From($"accused-person:CPS-KZ:{n}");
    public static Guid AccusedId(int n) => DeterministicGuid.From($"accused:CPS-KZ:02/2021:A{n}");

    private static DateTimeOffset Ist(int m, int d, int h, int min) => new(2021, m, d, h, min, 0, Domain.Common.Ist.Offset);

    private sealed record DemoPremises(int N, string Name, PremisesKind Kind, string Line, string Locality, string Pin,
        double Lat, double Lon, string Owner, string Notes);

    private static readonly DemoPremises[] PremisesList =
    [
        new(1, "Skyline Tech Solutions", PremisesKind.CallCentre, "First floor, Ahad Complex, Industrial Estate Road", "Rangreth", "190007",
            34.0116, 74.7932, "Imtiyaz Ahmad Sheikh (A1)", "Round-the-clock 'technical support' floor: 22 workstations with headsets."),
        new(2, "Nexgen Support Services", PremisesKind.CallCentre, "Building 14, near Rangreth Chowk", "Rangreth", "190007",
            34.0089, 74.7975, "Shahid Hussain Malik (A9)", "Night shift for US time zones; pop-up campaigns run from here."),
        new(3, "Quickfix Helpdesk", PremisesKind.CallCentre, "House 27, Karfali Mohalla", "Habbakadal", "190001",
            34.0784, 74.8093, "Junaid Ashraf Kawoosa (A16)", "Top two floors of a residential building converted into a calling floor."),
        new(4, "Residence-cum-office of Tanveer Ahmad Mir", PremisesKind.Residence, "Lane 3, Green Colony", "Natipora", "190015",
            34.0481, 74.7947, "Tanveer Ahmad Mir (A21)", "Residence used as the network's accounts office: payment gateways and gift-card redemption."),
    ];

    private sealed record DemoRaid(int N, int Premises, DemoOfficer Lead, DemoOfficer[] Members, (string Name, Rank Rank, string Unit)[] District,
        DateTimeOffset Scheduled, DateTimeOffset Started, DateTimeOffset Ended,
        (string Name, string Parentage, string Address)[] Witnesses, string Outcome);

    private static readonly DemoRaid[] Raids =
    [
        // SI Aijaz Ahmad Bhat leads raid 3 at the same hour, so he is not in this team (an officer is in one search at a time).
        new(1, 1, DemoOfficers.ShoKashmir, [],
            [("Showkat Hussain Rather", Rank.Inspector, $"Police Station Parimpora, {DistrictPolice}"),
             ("SgCT Bilal Ahmad Shah", Rank.Constable, $"Police Station Parimpora, {DistrictPolice}")],
            Ist(1, 13, 10, 0), Ist(1, 13, 10, 12), Ist(1, 13, 15, 40),
            [("Mohammad Ramzan Dar", "S/o Ghulam Mohammad Dar", "Rangreth, Srinagar"), ("Abdul Hamid Wani", "S/o Abdul Aziz Wani", "Rangreth, Srinagar")],
            "Eight persons found at work and arrested; desktops, headsets, phones and a router seized."),
        new(2, 2, DemoOfficers.IoKashmir, [DemoOfficers.MalkhanaKashmir],
            [("SI Mudasir Ahmad Wani", Rank.SubInspector, $"Police Station Parimpora, {DistrictPolice}"),
             ("HC Javaid Iqbal Khan", Rank.HeadConstable, $"Police Station Parimpora, {DistrictPolice}")],
            Ist(1, 13, 10, 0), Ist(1, 13, 10, 15), Ist(1, 13, 16, 5),
            [("Ghulam Mohi ud Din Sofi", "S/o Ali Mohammad Sofi", "Rangreth, Srinagar"), ("Nazir Ahmad Khan", "S/o Mohammad Subhan Khan", "Shalimar Colony, Rangreth, Srinagar")],
            "Seven persons arrested; calling scripts and remote-access tools found on the systems."),
        new(3, 3, DemoOfficers.Io2Kashmir, [],
            [("Rajinder Singh", Rank.Inspector, $"Police Station Safa Kadal, {DistrictPolice}"),
             ("ASI Farooq Ahmad Ganai", Rank.AssistantSubInspector, $"Police Station Safa Kadal, {DistrictPolice}"),
             ("Ct. Aijaz Hussain", Rank.Constable, $"Police Station Safa Kadal, {DistrictPolice}")],
            Ist(1, 13, 10, 0), Ist(1, 13, 10, 20), Ist(1, 13, 14, 50),
            [("Mushtaq Ahmad Kawa", "S/o Abdul Khaliq Kawa", "Karfali Mohalla, Habbakadal, Srinagar"), ("Bashir Ahmad Rather", "S/o Ghulam Rasool Rather", "Habbakadal, Srinagar")],
            "Five persons arrested; a DVR of the building's CCTV seized."),
        new(4, 4, DemoOfficers.ShoKashmir, [DemoOfficers.IoKashmir, DemoOfficers.MalkhanaKashmir],
            [("SI Tahir Ahmad Bhat", Rank.SubInspector, $"Police Station Parimpora, {DistrictPolice}")],
            Ist(1, 13, 17, 0), Ist(1, 13, 17, 10), Ist(1, 13, 20, 45),
            [("Abdul Rashid Bhat", "S/o Ghulam Qadir Bhat", "Natipora, Srinagar"), ("Mohammad Shafi Lone", "S/o Abdul Ahad Lone", "Natipora, Srinagar")],
            "Three persons arrested; laptops, bank documents and gift-card receipts seized."),
    ];

    private sealed record DemoAccused(int N, int Premises, string Name, ParentageRelation Relation, string Parent, Gender Gender, int Age,
        string Address, AccusedRole Role, string[] Phones, string? Aadhaar, string? Alias = null);

    // Shared numbers: A1 and A21 (the owners' common line), A4/A5, A12/A13/A14, A18/A19.
    private static readonly DemoAccused[] AccusedList =
    [
        new(1, 1, "Imtiyaz Ahmad Sheikh", ParentageRelation.SonOf, "Ghulam Qadir Sheikh", Gender.Male, 38, "Rangreth, Srinagar", AccusedRole.Owner, ["+919419011101", "+919906011111"], "236711084823", "Imti"),
        new(2, 1, "Sameer Rashid Bhat", ParentageRelation.SonOf, "Abdul Rashid Bhat", Gender.Male, 31, "Bemina, Srinagar", AccusedRole.FloorManager, ["+919419011102"], null),
        new(3, 1, "Faisal Nazir Lone", ParentageRelation.SonOf, "Nazir Ahmad Lone", Gender.Male, 27, "Parimpora, Srinagar", AccusedRole.ItStaff, ["+919906011103"], null),
        new(4, 1, "Owais Manzoor Dar", ParentageRelation.SonOf, "Manzoor Ahmad Dar", Gender.Male, 24, "Qamarwari, Srinagar", AccusedRole.Caller, ["+917006011104"], null),
        new(5, 1, "Adil Farooq Mir", ParentageRelation.SonOf, "Farooq Ahmad Mir", Gender.Male, 23, "Qamarwari, Srinagar", AccusedRole.Caller, ["+917006011104"], null),
        new(6, 1, "Tawseef Ahmad Ganie", ParentageRelation.SonOf, "Bashir Ahmad Ganie", Gender.Male, 22, "Lawaypora, Srinagar", AccusedRole.Caller, ["+917006011106"], null),
        new(7, 1, "Zubair Yousuf Wani", ParentageRelation.SonOf, "Mohammad Yousuf Wani", Gender.Male, 25, "Shalteng, Srinagar", AccusedRole.Caller, ["+917006011107"], null),
        new(8, 1, "Irfan Ali Khan", ParentageRelation.SonOf, "Liaqat Ali Khan", Gender.Male, 26, "Rangreth, Srinagar", AccusedRole.Caller, ["+917006011108"], null),
        new(9, 2, "Shahid Hussain Malik", ParentageRelation.SonOf, "Altaf Hussain Malik", Gender.Male, 41, "Hyderpora, Srinagar", AccusedRole.Owner, ["+919419011109"], "493820167316"),
        new(10, 2, "Mohsin Gul Rather", ParentageRelation.SonOf, "Gulzar Ahmad Rather", Gender.Male, 33, "Chanapora, Srinagar", AccusedRole.FloorManager, ["+919906011110"], null),
        new(11, 2, "Aamir Shafi Qureshi", ParentageRelation.SonOf, "Mohammad Shafi Qureshi", Gender.Male, 29, "Rawalpora, Srinagar", AccusedRole.ItStaff, ["+919906011112"], null),
        new(12, 2, "Basit Rehman Khan", ParentageRelation.SonOf, "Abdul Rehman Khan", Gender.Male, 22, "Rangreth, Srinagar", AccusedRole.Caller, ["+917006011112"], null),
        new(13, 2, "Danish Majeed Shah", ParentageRelation.SonOf, "Abdul Majeed Shah", Gender.Male, 24, "Rangreth, Srinagar", AccusedRole.Caller, ["+917006011112"], null),
        new(14, 2, "Rayees Ahmad Parray", ParentageRelation.SonOf, "Ghulam Nabi Parray", Gender.Male, 23, "Budgam", AccusedRole.Caller, ["+917006011112", "+917006011114"], null),
        new(15, 2, "Suhail Iqbal Hajam", ParentageRelation.SonOf, "Mohammad Iqbal Hajam", Gender.Male, 25, "Natipora, Srinagar", AccusedRole.Caller, ["+917006011115"], null),
        new(16, 3, "Junaid Ashraf Kawoosa", ParentageRelation.SonOf, "Mohammad Ashraf Kawoosa", Gender.Male, 36, "Habbakadal, Srinagar", AccusedRole.Owner, ["+919419011116"], "718264935505"),
        new(17, 3, "Umar Farooq Bhat", ParentageRelation.SonOf, "Farooq Ahmad Bhat", Gender.Male, 28, "Fateh Kadal, Srinagar", AccusedRole.ItStaff, ["+919906011117"], null),
        new(18, 3, "Nadeem Akbar Sofi", ParentageRelation.SonOf, "Akbar Ali Sofi", Gender.Male, 23, "Karfali Mohalla, Habbakadal, Srinagar", AccusedRole.Caller, ["+917006011118"], null),
        new(19, 3, "Arif Hussain Dar", ParentageRelation.SonOf, "Mushtaq Hussain Dar", Gender.Male, 22, "Karfali Mohalla, Habbakadal, Srinagar", AccusedRole.Caller, ["+917006011118"], null),
        new(20, 3, "Mehraj ud Din Lone", ParentageRelation.SonOf, "Ghulam Mohi ud Din Lone", Gender.Male, 27, "Nawa Kadal, Srinagar", AccusedRole.Caller, ["+917006011120"], null),
        new(21, 4, "Tanveer Ahmad Mir", ParentageRelation.SonOf, "Abdul Ahad Mir", Gender.Male, 44, "Lane 3, Green Colony, Natipora, Srinagar", AccusedRole.Owner, ["+919419011121", "+919906011111"], "302957749168", "Tony"),
        new(22, 4, "Sajad Ahmad Kuchay", ParentageRelation.SonOf, "Ghulam Hassan Kuchay", Gender.Male, 35, "Natipora, Srinagar", AccusedRole.Manager, ["+919906011122"], null),
        new(23, 4, "Ruqaya Jan", ParentageRelation.DaughterOf, "Abdul Rashid Naikoo", Gender.Female, 26, "Chanapora, Srinagar", AccusedRole.ItStaff, ["+917006011123"], null),
    ];

    /// <summary>Callers released on bail by the court; the rest stay in judicial custody, the owners after police custody.</summary>
    private static readonly int[] Bailed = [6, 7, 13, 18, 23];

    /// <summary>What the seizure memos repeat from a raid: its lead, when the search ended, its witnesses, the premises' name.</summary>
    public static (DemoOfficer Lead, DateTimeOffset Ended, IReadOnlyList<(string Name, string Parentage, string Address)> Witnesses,
        string PremisesName, string Occupant) RaidFacts(int n)
    {
        var raid = Raids[n - 1];
        return (raid.Lead, raid.Ended, raid.Witnesses, PremisesList[raid.Premises - 1].Name, PremisesList[raid.Premises - 1].Owner);
    }

    public static (List<Premises> Premises, List<FirPremises> Links, List<Raid> Raids, List<AccusedPerson> Persons,
        List<CaseAccused> Accused) Build(DateTimeOffset now)
    {
        var kz = ReferenceData.StationId("CPS-KZ");
        var fir = DemoFirs.FoundingFirId;
        var registered = Ist(1, 12, 19, 40);
        var sho = DemoOfficers.ShoKashmir.Id;

        var premises = PremisesList.Select(p => Premises.Register(PremisesId(p.N), kz, p.Name, p.Kind,
            new PostalAddress { Line = p.Line, Locality = p.Locality, City = "Srinagar", District = "Srinagar", State = "Jammu and Kashmir", Pin = p.Pin },
            p.Lat, p.Lon, p.Owner, null, p.Notes, Ist(1, 12, 21, 0), sho)).ToList();
        var links = premises.Select(p => new FirPremises(fir, p.Id, Ist(1, 12, 21, 5), sho)).ToList();

        var raids = new List<Raid>();
        foreach (var r in Raids)
        {
            var members = r.Members.Select(m => new RaidMember { OfficerId = m.Id })
                .Concat(r.District.Select(d => new RaidMember { Name = d.Name, Rank = d.Rank, Unit = d.Unit }));
            var raid = Raid.Plan(RaidId(r.N), kz, fir, PremisesId(r.Premises), r.Scheduled, r.Lead.Id, members,
                $"Search of {PremisesList[r.Premises - 1].Name} and seizure of the computers, phones and records used in the fraud; arrest of the persons found operating it.",
                "Source information, verified by a discreet enquiry on 12 January 2021, shows that the premises is used round the clock to " +
                "impersonate software and e-commerce companies and defraud callers abroad. Evidence is held on computers and phones that " +
                "can be wiped within minutes of a warning, so a search without delay is necessary.",
                Ist(1, 12, 22, 0), sho, registered);
            // The reasons are those the IO wrote in the case diary on the night of the 12th, before the searches began.
            raid.ReferReasonsTo(DemoCaseDiary.EntryId(1), fir, DemoCaseDiary.ReasonsWrittenAt);
            raid.RecordOccupant(PremisesList[r.Premises - 1].Owner, true, null);
            raid.Start(r.Started, r.Lead.Id, r.Witnesses.Select(w => new RaidWitness { Name = w.Name, Parentage = w.Parentage, Address = w.Address }),
                registered, now);
            // 2021: the CrPC had no provision for recording a search on video, and these searches were not recorded.
            raid.Complete(r.Ended, r.Lead.Id, [], false, null, r.Outcome, now);
            raids.Add(raid);
        }

        var persons = new List<AccusedPerson>();
        var accused = new List<CaseAccused>();
        foreach (var a in AccusedList)
        {
            var person = AccusedPerson.Record(PersonId(a.N), kz, a.Name, a.Alias is null ? [] : [a.Alias], a.Relation, a.Parent, a.Gender,
                null, a.Age, a.Address, a.Phones.Select(IndianPhone.Normalise), a.Aadhaar, Ist(1, 13, 12, 0));
            persons.Add(person);

            var raid = Raids[a.Premises - 1];
            var entry = CaseAccused.Add(AccusedId(a.N), kz, fir, person.Id, a.N, a.Role, null, PremisesId(a.Premises), registered.AddHours(18), sho);
            var arrestedAt = raid.Started.AddMinutes(30 + (5 * a.N));
            var premisesName = PremisesList[a.Premises - 1];
            var informedVia = a.N % 3 == 0 ? InformedBy.InPerson : InformedBy.Phone;
            // The woman found at the Natipora office after sunset was arrested by the woman officer of the team, with the
            // Chief Judicial Magistrate's written permission obtained before the search (CrPC 46(4)); the rest by the lead.
            var woman = a.Gender == Gender.Female;
            var arrestingOfficer = woman ? DemoOfficers.IoKashmir : raid.Lead;
            var particulars = new ArrestParticulars
            {
                AttestingWitnessRelation = "None (independent witness of the search)",
                GroundsInWriting = true,
                GroundsLanguage = "Kashmiri and English",
                // Cheating (IPC 420) is not bailable, so there was no right to bail to be told of.
                ToldOfRightToBail = false,
                ReasonsForArrest = "Found operating the call centre during the search: the arrest was necessary to prevent further " +
                    "cheating of callers abroad, to stop the records on the seized computers and phones being destroyed or the " +
                    "associates warned, and to trace the money; a notice of appearance would have secured none of this.",
                RelativeInformedBy = arrestingOfficer.FullName,
                RelativeInformedBookEntry = $"Arrest intimation register {a.N}/2021",
                InjuriesSeen = "None seen; the arrestee made no complaint",
                ControlRoomInformedAt = raid.Ended.AddMinutes(20),
                WomanArrestCircumstance = woman
                    ? "Found after sunset operating the network's payment records at the searched residence; left free she could " +
                      "have warned the associates and destroyed the records before morning."
                    : null,
                WomanOfficer = woman ? $"{DemoOfficers.IoKashmir.FullName}, Cyber Police Station Kashmir Zone" : null,
                MagistratePermission = woman
                    ? "Written permission 3/2021 of the Chief Judicial Magistrate, Srinagar, dated 13/01/2021 (obtained at 16:30, before the search)"
                    : null,
                GdEntryNumber = $"GD-{20 + a.N}/2021",
            };
            entry.RecordArrest(new ArrestMemo(DeterministicGuid.From($"arrest:CPS-KZ:02/2021:A{a.N}"), entry.Id, arrestedAt,
                $"{premisesName.Name}, {premisesName.Line}, {premisesName.Locality}, Srinagar", arrestingOfficer.Id, RaidId(raid.N),
                "Informed in Kashmiri and English of the offences under sections 419, 420, 120-B IPC and 66C, 66D IT Act and of the facts: " +
                "operating or working in a fake technical-support call centre that cheats callers abroad.",
                raid.Witnesses[0].Name, raid.Witnesses[0].Address, countersignedByArrestee: true,
                a.Parent, "Father",
                informedVia, arrestedAt.AddMinutes(45), raid.Ended.AddHours(1), "Medical Officer, SMHS Hospital, Srinagar",
                raid.Lead.Id, raid.Ended.AddMinutes(30), particulars), now);

            // Every arrestee produced the next morning, within 24 hours of the arrest (CrPC 57); 20 minutes' drive to the court.
            var produced = Ist(1, 14, 10, 0).AddMinutes(a.N);
            var owner = a.Role == AccusedRole.Owner;
            entry.RecordCustody(DeterministicGuid.From($"custody:A{a.N}:1"), CustodyRecordKind.ProducedBeforeMagistrate, produced, Court,
                $"Misc. 14/2021", null, "Produced within 24 hours of arrest.", raid.Lead.Id, now, journeyMinutes: 20);
            if (owner)
            {
                entry.RecordCustody(DeterministicGuid.From($"custody:A{a.N}:2"), CustodyRecordKind.PoliceCustody, produced.AddMinutes(30), Court,
                    "Remand 7/2021", new DateOnly(2021, 1, 21), "Police custody for the money trail and the overseas contacts.", raid.Lead.Id, now);
                entry.RecordCustody(DeterministicGuid.From($"custody:A{a.N}:3"), CustodyRecordKind.JudicialCustody, Ist(1, 21, 12, 0), Court,
                    "Remand 19/2021", new DateOnly(2021, 2, 4), null, raid.Lead.Id, now);
            }
            else
            {
                entry.RecordCustody(DeterministicGuid.From($"custody:A{a.N}:2"), CustodyRecordKind.JudicialCustody, produced.AddMinutes(30), Court,
                    "Remand 8/2021", new DateOnly(2021, 1, 28), null, raid.Lead.Id, now);
            }

            if (Bailed.Contains(a.N))
            {
                entry.RecordCustody(DeterministicGuid.From($"custody:A{a.N}:9"), CustodyRecordKind.Bailed, Ist(2, 2, 15, 0), Court,
                    $"Bail application {a.N}/2021", null, "Released on bail with sureties; to appear on every date.", DemoOfficers.IoKashmir.Id, now);
            }

            accused.Add(entry);
        }

        return (premises, links, raids, persons, accused);
    }
}
