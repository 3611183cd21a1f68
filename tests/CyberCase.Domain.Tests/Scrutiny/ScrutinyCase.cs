using CyberCase.Domain.Accused;
using CyberCase.Domain.Common;
using CyberCase.Domain.Evidence;
using CyberCase.Domain.Exhibits;
using CyberCase.Domain.Firs;
using CyberCase.Domain.ForensicVisits;
using CyberCase.Domain.Officers;
using CyberCase.Domain.Places;
using CyberCase.Domain.Raids;
using CyberCase.Domain.Scrutiny;
using CyberCase.Domain.Statutes;

namespace CyberCase.Domain.Tests.Scrutiny;

/// <summary>
/// A clean case built in memory through the entities' own methods (one search, one arrest, one memo with one exhibit,
/// one annexed file), whose scrutiny finds nothing; each knob plants one defect. Old regime: an FIR of 12 January 2021;
/// new regime: 18 March 2025.
/// </summary>
public sealed class ScrutinyCase
{
    public static readonly Guid Station = Guid.NewGuid();
    public static readonly Officer Inspector = new(Guid.NewGuid(), "io", "Insp. Mehvish Jan", Rank.Inspector, Station);
    public static readonly Officer SubInspector = new(Guid.NewGuid(), "si", "SI Aijaz Ahmad Bhat", Rank.SubInspector, Station);

    public bool NewRegime { get; init; }
    public Officer Io { get; set; } = Inspector;
    public Gender Gender { get; set; } = Gender.Male;
    public int Age { get; set; } = 30;
    /// <summary>Hours and minutes (IST) of the arrest on the day of the search.</summary>
    public (int H, int M) ArrestTime { get; set; } = (11, 0);
    public TimeSpan ProducedAfter { get; set; } = TimeSpan.FromHours(23);
    public bool Produced { get; set; } = true;
    public string AttestingWitness { get; set; } = "Mohammad Ramzan Dar";
    public bool Countersigned { get; set; } = true;
    public bool RelativeInformed { get; set; } = true;
    public bool MedicallyExamined { get; set; } = true;
    public bool AudioVideoRecorded { get; set; } = true;
    public bool RecordingForwarded { get; set; } = true;
    public string? OccupantGivenCopy { get; set; } = "Manager of the premises";
    public TimeSpan SeizedAfterMemo { get; set; } = TimeSpan.Zero;
    public bool Deposited { get; set; } = true;
    public string FileName { get; set; } = "seizure-memo-scan.pdf";
    public string FileDescription { get; set; } = "Scan of seizure memo SM-1, signed by Mohammad Ramzan Dar and Abdul Hamid Wani on the day";
    /// <summary>A second search of another case, with the IO in its team, at this span (IST hours of the search's day).</summary>
    public (int From, int To)? OtherRaidOfIo { get; set; }
    public FirStatus Status { get; set; } = FirStatus.UnderInvestigation;
    public bool ReasonsInDiary { get; set; } = true;
    public string? ReasonsForArrest { get; set; } = "To prevent the accused wiping the call-centre systems and warning the others.";
    public bool WomanSafeguards { get; set; }
    public int? JourneyMinutes { get; set; }
    /// <summary>A charge-sheet forwarded this long after the arrest (null: none).</summary>
    public TimeSpan? ChargeSheetForwardedAfter { get; set; }
    public string? OverlapReason { get; set; }
    public IReadOnlyList<Domain.Clocks.ProgressClock> ProgressClocks { get; set; } = [];
    /// <summary>A forensic image of the phone, with the signatures of its certificate: the examiner's (65B(4) / Part B) and Part A's.</summary>
    public bool WithImage { get; set; }
    public bool ExaminerSigned { get; set; } = true;
    public bool PartASigned { get; set; } = true;
    /// <summary>A forensic expert's visit to the scene on the day of the search (BNSS 176(3)), and whether it was video-graphed.</summary>
    public bool ForensicVisited { get; set; } = true;
    public bool VisitVideoRecorded { get; set; } = true;
    /// <summary>How long after the arrest the scrutiny runs.</summary>
    public TimeSpan NowAfterArrest { get; set; } = TimeSpan.FromDays(10);

    public DateTimeOffset Registered => NewRegime ? new(2025, 3, 18, 11, 5, 0, Ist.Offset) : new(2021, 1, 12, 19, 40, 0, Ist.Offset);

    /// <summary>A time on the day after the registration, the day of the search.</summary>
    public DateTimeOffset Day(int h, int m) => new DateTimeOffset(Registered.Year, Registered.Month, Registered.Day, h, m, 0, Ist.Offset).AddDays(1);

    public DateTimeOffset ArrestedAt => Day(ArrestTime.H, ArrestTime.M);

    public static IReadOnlyList<OffenceSection> Reference =>
    [
        new(Act.IPC, "420", "Cheating", PunishmentKind.Years, 7, true, false, Act.BNS, "318(4)"),
        new(Act.BNS, "318(4)", "Cheating", PunishmentKind.Years, 7, true, false, null, null),
        new(Act.ITAct, "66D", "Cheating by personation using a computer resource", PunishmentKind.Years, 3, true, true, null, null),
    ];

    public CaseRecords Build()
    {
        var registered = Registered;
        var sections = NewRegime ? new[] { new FirSection(Act.BNS, "318(4)"), new FirSection(Act.ITAct, "66D") }
            : [new FirSection(Act.IPC, "420"), new FirSection(Act.ITAct, "66D")];
        var fir = Fir.Register(Guid.NewGuid(), Station, 2, registered, Io.Id, "GD-17", registered.AddDays(-30), registered.AddHours(-2),
            "Rangreth, Srinagar", InformationType.SuoMotu, new Informant { Name = "Insp. Tariq Ahmad Mir" }, sections, "Fake call centre.");
        fir.AssignTo(Io.Id);
        if (Status != FirStatus.Registered)
        {
            fir.MoveTo(FirStatus.UnderInvestigation);
        }

        if (Status is FirStatus.ChargeSheeted or FirStatus.FinalReport)
        {
            fir.MoveTo(Status);
        }

        var now = ArrestedAt + NowAfterArrest;
        var premises = Premises.Register(Guid.NewGuid(), Station, "Skyline Tech Solutions", PremisesKind.CallCentre,
            new PostalAddress { Line = "Ahad Complex", Locality = "Rangreth", City = "Srinagar", District = "Srinagar", State = "Jammu and Kashmir" },
            34.0116, 74.7932, null, null, null, registered.AddHours(1), Io.Id);

        var raid = Raid.Plan(Guid.NewGuid(), Station, fir.Id, premises.Id, Day(10, 0), Io.Id, [new RaidMember { OfficerId = SubInspector.Id }],
            "Search of the call centre", "Source information verified; evidence on computers can be wiped.", registered.AddHours(2), Io.Id, registered);
        if (ReasonsInDiary)
        {
            raid.ReferReasonsTo(Guid.NewGuid(), fir.Id, registered.AddHours(1));
        }

        raid.Start(Day(10, 10), Io.Id, [Witness("Mohammad Ramzan Dar"), Witness("Abdul Hamid Wani")], registered, now);
        raid.Complete(Day(14, 0), Io.Id, [], AudioVideoRecorded, AudioVideoRecorded && RecordingForwarded ? Day(18, 0) : null, null, now);

        var person = AccusedPerson.Record(Guid.NewGuid(), Station, Gender == Gender.Female ? "Ruqaya Jan" : "Sameer Rashid Bhat", [],
            Gender == Gender.Female ? ParentageRelation.DaughterOf : ParentageRelation.SonOf, "Abdul Rashid", Gender, null, Age,
            "Bemina, Srinagar", [], null, registered.AddHours(15));
        var accused = CaseAccused.Add(Guid.NewGuid(), Station, fir.Id, person.Id, 1, AccusedRole.Caller, null, premises.Id, registered.AddHours(15), Io.Id);
        var arrested = ArrestedAt;
        var raidArrest = arrested >= Day(10, 10) && arrested <= Day(14, 0);
        accused.RecordArrest(new ArrestMemo(Guid.NewGuid(), accused.Id, arrested, "Skyline Tech Solutions, Rangreth", Io.Id,
            raidArrest ? raid.Id : null, "Informed of the offences and the facts.", AttestingWitness, "Rangreth, Srinagar", Countersigned,
            RelativeInformed ? "Abdul Rashid" : null, RelativeInformed ? "Father" : null, RelativeInformed ? InformedBy.Phone : null,
            RelativeInformed ? arrested.AddMinutes(30) : null, MedicallyExamined ? arrested.AddHours(2) : null,
            MedicallyExamined ? "Medical Officer, SMHS Hospital" : null, Io.Id, arrested.AddHours(3), new ArrestParticulars
            {
                ReasonsForArrest = ReasonsForArrest,
                WomanArrestCircumstance = WomanSafeguards ? "Found operating the systems at 19:30; would have wiped them overnight." : null,
                WomanOfficer = WomanSafeguards ? "WSI Shazia Akhter" : null,
                MagistratePermission = WomanSafeguards ? "CJM Srinagar, permission 3/2021 of 13/01/2021 18:50" : null,
            }), now);
        if (Produced)
        {
            var produced = arrested + ProducedAfter;
            accused.RecordCustody(Guid.NewGuid(), CustodyRecordKind.ProducedBeforeMagistrate, produced, "CJM Srinagar", "Misc. 14", null, null, Io.Id, now,
                JourneyMinutes);
            accused.RecordCustody(Guid.NewGuid(), CustodyRecordKind.JudicialCustody, produced.AddMinutes(30), "CJM Srinagar", "Remand 8", null, null, Io.Id, now);
        }

        var memo = SeizureMemo.DrawUp(Guid.NewGuid(), Station, fir.Id, raid.Id, premises.Id, "SM-1", Day(13, 30),
            [new MemoWitness("Mohammad Ramzan Dar", "S/o Ghulam Mohammad Dar", "Rangreth"), new MemoWitness("Abdul Hamid Wani", "S/o Abdul Aziz Wani", "Rangreth")],
            OccupantGivenCopy, Io.Id);
        var exhibit = Exhibit.Seize(Guid.NewGuid(), Station, fir.Id, memo.Id, 1,
            new Exhibit.Identity(ExhibitKind.MobilePhone, "Smartphone of the floor manager", "Xiaomi", "Redmi Note 8", "Blue", "RN8-1", [], null, null,
                "SEAL-1", "Working", "Floor manager's desk", premises.Id, null, null),
            Day(13, 30) + SeizedAfterMemo, Io.Id, Io.FullName);
        if (Deposited)
        {
            exhibit.Transfer(Guid.NewGuid(), Day(15, 0), new CustodyHolder(CustodyHolderKind.Malkhana, null, null), "Deposited", true, null, Io.Id, false);
        }

        var exhibits = new List<Exhibit> { exhibit };
        if (WithImage)
        {
            exhibits.Add(exhibit.Image(Guid.NewGuid(), 2, "Logical extraction of the phone", new string('b', 64), Day(20, 0), Io.Id, Io.FullName,
                imaging: new ImagingParticulars
                {
                    ExaminerName = ExaminerSigned ? "Dr. Shabnam Akhter" : null,
                    ExaminerDesignation = "Scientific Officer, FSL Srinagar",
                    Tool = "UFED 4PC",
                    ExaminerSignedAt = ExaminerSigned ? Day(21, 0) : null,
                    PartASignedBy = PartASigned ? Io.Id : null,
                    PartASignedAt = PartASigned ? Day(21, 30) : null,
                },
                now: now));
        }

        var file = EvidenceFile.Record(Guid.NewGuid(), Station, EvidenceOwnerType.SeizureMemo, memo.Id, fir.Id, FileName, 1000, EvidenceMediaType.Pdf,
            new string('a', 64), "key", FileDescription, Io.Id, Day(16, 0));

        var others = new List<Raid>();
        if (OtherRaidOfIo is var (from, to))
        {
            var other = Raid.Plan(Guid.NewGuid(), Station, Guid.NewGuid(), Guid.NewGuid(), Day(from, 0), SubInspector.Id, [new RaidMember { OfficerId = Io.Id, OverlapReason = OverlapReason }],
                "Another case's search", "Recorded in that case's diary.", registered, SubInspector.Id, registered);
            other.Start(Day(from, 0), SubInspector.Id, [Witness("A B"), Witness("C D")], registered, now);
            other.Complete(Day(to, 0), SubInspector.Id, [], true, Day(to, 30), null, now);
            others.Add(other);
        }

        return new CaseRecords
        {
            Fir = fir,
            StationDistrict = "Srinagar",
            Now = now,
            ChargedSections = Reference.Where(r => sections.Any(s => s.Act == r.Act && s.Section == r.Section)).ToList(),
            Officers = new[] { Inspector, SubInspector, Io }.DistinctBy(o => o.Id).ToDictionary(o => o.Id),
            Accused = [accused],
            Persons = new Dictionary<Guid, AccusedPerson> { [person.Id] = person },
            Premises = [premises],
            Raids = [raid],
            OtherRaids = others,
            Memos = [memo],
            Exhibits = exhibits,
            EvidenceFiles = [file],
            PoliceReports = ChargeSheetForwardedAfter is { } after ? [ForwardedChargeSheet(fir.Id, arrested + after)] : [],
            ProgressClocks = ProgressClocks,
            ForensicVisits = ForensicVisited
                ? [ForensicVisit.Record(Guid.NewGuid(), Station, fir.Id, registered, "Skyline Tech Solutions, Rangreth", premises.Id,
                    raid.Id, raid.StartedAt, "Dr. Shabnam Akhter", "Scientific Officer", "FSL Srinagar", Day(11, 0),
                    "Photographed the calling floor; collected the router's configuration and the CCTV recorder.", VisitVideoRecorded, null, Io.Id, now)]
                : [],
        };
    }

    /// <summary>A charge-sheet as forwarded (its drafting and approval are the police report's own tests).</summary>
    private static Domain.PoliceReports.PoliceReport ForwardedChargeSheet(Guid firId, DateTimeOffset forwardedAt)
    {
        var report = (Domain.PoliceReports.PoliceReport)Activator.CreateInstance(typeof(Domain.PoliceReports.PoliceReport), nonPublic: true)!;
        foreach (var (name, value) in new (string, object)[]
                 {
                     (nameof(report.FirId), firId), (nameof(report.Kind), Domain.PoliceReports.PoliceReportKind.ChargeSheet),
                     (nameof(report.Status), Domain.PoliceReports.PoliceReportStatus.Forwarded), (nameof(report.ForwardedAt), forwardedAt),
                 })
        {
            typeof(Domain.PoliceReports.PoliceReport).GetProperty(name)!.SetValue(report, value);
        }

        return report;
    }

    private static RaidWitness Witness(string name) => new() { Name = name, Parentage = "S/o X", Address = "Rangreth, Srinagar" };
}

/// <summary>Runs one rule over a case.</summary>
public static class RuleCheck
{
    public static List<Finding> Of<TRule>(ScrutinyCase c) where TRule : IScrutinyRule, new() => new TRule().Check(c.Build()).ToList();
}
