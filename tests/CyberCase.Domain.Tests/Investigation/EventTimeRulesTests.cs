using CyberCase.Domain.Accused;
using CyberCase.Domain.Common;
using CyberCase.Domain.Exhibits;
using CyberCase.Domain.Raids;

namespace CyberCase.Domain.Tests.Investigation;

/// <summary>Issue 12, part 4: every recorded time against what it depends on, and against the server's clock.</summary>
public sealed class EventTimeRulesTests
{
    private static readonly DateTimeOffset Now = new(2021, 1, 20, 18, 0, 0, Ist.Offset);
    private static readonly DateTimeOffset FirRegistered = new(2021, 1, 12, 19, 40, 0, Ist.Offset);
    private static readonly DateTimeOffset Started = new(2021, 1, 13, 10, 12, 0, Ist.Offset);
    private static readonly DateTimeOffset Ended = new(2021, 1, 13, 15, 40, 0, Ist.Offset);

    private static Raid Plan(DateTimeOffset scheduledAt, Guid? lead = null, params Guid[] members) => Raid.Plan(Guid.NewGuid(), Guid.NewGuid(),
        Guid.NewGuid(), Guid.NewGuid(), scheduledAt, lead ?? Guid.NewGuid(), members.Select(m => new RaidMember { OfficerId = m }),
        "Search the call centre", "Source information recorded in the case diary", FirRegistered.AddHours(1), Guid.NewGuid(), FirRegistered);

    private static Raid Executed()
    {
        var raid = Plan(Started.AddMinutes(-12));
        raid.Start(Started, Guid.NewGuid(), [Witness("a"), Witness("b")], FirRegistered, Now);
        raid.Complete(Ended, Guid.NewGuid(), [], true, null, null, Now);
        return raid;
    }

    private static RaidWitness Witness(string name) => new() { Name = name, Parentage = "S/o X", Address = "Rangreth" };

    private static string Code(Action action) => Assert.Throws<DomainException>(action)!.Code;

    private static string Field(Action action) => Assert.Throws<DomainException>(action)!.Field!;

    [Test]
    public void The_clock_skew_tolerance_is_five_minutes_ahead_and_nothing_beyond()
    {
        Assert.That(EventTimes.IsInFuture(Now.AddMinutes(5), Now), Is.False, "a field clock a few minutes fast records the present");
        Assert.That(EventTimes.IsInFuture(Now.AddMinutes(5).AddSeconds(1), Now), Is.True);
        Assert.That(EventTimes.IsInFuture(Now.AddYears(-1), Now), Is.False);
    }

    [Test]
    public void A_raid_is_scheduled_and_started_only_after_its_FIR_was_registered()
    {
        Assert.That(Plan(FirRegistered).ScheduledAt, Is.EqualTo(FirRegistered));
        Assert.That(Code(() => Plan(FirRegistered.AddDays(-30))), Is.EqualTo("Raid.BeforeFirRegistration"));
        Assert.That(Field(() => Plan(FirRegistered.AddMinutes(-1))), Is.EqualTo("scheduledAt"));

        var raid = Plan(Started);
        var ex = Assert.Throws<DomainException>(() => raid.Start(FirRegistered.AddMinutes(-1), Guid.NewGuid(), [], FirRegistered, Now))!;
        Assert.That((ex.Code, ex.Field), Is.EqualTo(("Raid.BeforeFirRegistration", "startedAt")));
        raid.Start(Started, Guid.NewGuid(), [], FirRegistered, Now);
        Assert.That(raid.StartedAt, Is.EqualTo(Started));
    }

    [Test]
    public void A_raid_time_may_be_a_few_minutes_ahead_of_the_server_but_not_more()
    {
        var raid = Plan(Now);
        Assert.That(Code(() => raid.Start(Now.AddMinutes(6), Guid.NewGuid(), [], FirRegistered, Now)), Is.EqualTo("Raid.TimeInFuture"));
        raid.Start(Now.AddMinutes(4), Guid.NewGuid(), [], FirRegistered, Now);
        Assert.That(raid.Status, Is.EqualTo(RaidStatus.InProgress));
    }

    [Test]
    public void An_arrest_in_a_raid_falls_between_its_start_and_its_end()
    {
        var raid = Executed();
        Assert.DoesNotThrow(() => raid.EnsureArrestDuring(Started));
        Assert.DoesNotThrow(() => raid.EnsureArrestDuring(Ended));
        Assert.That(Code(() => raid.EnsureArrestDuring(Started.AddDays(-5))), Is.EqualTo("Accused.ArrestOutsideRaid"));
        Assert.That(Field(() => raid.EnsureArrestDuring(Ended.AddMinutes(1))), Is.EqualTo("arrestedAt"));
        Assert.That(Code(() => Plan(Started).EnsureArrestDuring(Started)), Is.EqualTo("Accused.RaidNotUnderway"));
    }

    [Test]
    public void A_raid_occupies_its_team_from_its_start_to_its_end_or_for_the_assumed_duration()
    {
        var executed = Executed();
        Assert.That(executed.Overlaps(Ended.AddMinutes(-1), Ended.AddHours(2)), Is.True);
        Assert.That(executed.Overlaps(Ended, Ended.AddHours(2)), Is.False, "the next search may begin when the last one ended");

        var planned = Plan(Started);
        Assert.That(planned.Overlaps(Started + Raid.AssumedDuration - TimeSpan.FromMinutes(1), Started.AddDays(1)), Is.True);
        Assert.That(planned.Overlaps(Started + Raid.AssumedDuration, Started.AddDays(1)), Is.False);
        planned.CallOff("Premises found locked", Guid.NewGuid(), Now);
        Assert.That(planned.Overlaps(Started, Started.AddHours(1)), Is.False, "a called-off raid occupies nobody");
    }

    [Test]
    public void A_raid_team_names_its_lead_and_its_station_members()
    {
        var (lead, member) = (Guid.NewGuid(), Guid.NewGuid());
        Assert.That(Plan(Started, lead, member).StationOfficers, Is.EqualTo(new[] { lead, member }));
    }

    private static CaseAccused Arrested(DateTimeOffset arrestedAt, DateTimeOffset? informedAt = null, DateTimeOffset? examinedAt = null)
    {
        var accused = CaseAccused.Add(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), 1, AccusedRole.Caller, null, null, Now, Guid.NewGuid());
        accused.RecordArrest(Memo(accused, arrestedAt, informedAt, examinedAt), Now);
        return accused;
    }

    private static ArrestMemo Memo(CaseAccused accused, DateTimeOffset arrestedAt, DateTimeOffset? informedAt = null, DateTimeOffset? examinedAt = null) =>
        new(Guid.NewGuid(), accused.Id, arrestedAt, "Rangreth", Guid.NewGuid(), null, "Cheating", "Witness", null, true,
            informedAt is null ? null : "Father", informedAt is null ? null : "Father", informedAt is null ? null : InformedBy.Phone, informedAt,
            examinedAt, examinedAt is null ? null : "MO", Guid.NewGuid(), Now);

    private static CustodyRecord Record(CaseAccused accused, CustodyRecordKind kind, DateTimeOffset at) =>
        accused.RecordCustody(Guid.NewGuid(), kind, at, "CJM Srinagar", null, null, null, Guid.NewGuid(), Now);

    [Test]
    public void Every_time_of_an_arrest_memo_is_refused_in_the_future()
    {
        Assert.That(Arrested(Now.AddMinutes(5)).Status, Is.EqualTo(AccusedStatus.Arrested));
        Assert.That(Field(() => Arrested(Now.AddMinutes(6))), Is.EqualTo("arrestedAt"));
        Assert.That(Field(() => Arrested(Now.AddHours(-1), informedAt: Now.AddHours(1))), Is.EqualTo("relativeInformed.at"));
        var ex = Assert.Throws<DomainException>(() => Arrested(Now.AddHours(-1), examinedAt: Now.AddDays(1)))!;
        Assert.That((ex.Code, ex.Field), Is.EqualTo(("Accused.ArrestInFuture", "medicalExamination.at")));
    }

    [Test]
    public void A_production_follows_the_arrest()
    {
        var accused = Arrested(Started);
        Assert.That(Code(() => Record(accused, CustodyRecordKind.ProducedBeforeMagistrate, Started.AddMinutes(-1))), Is.EqualTo("Accused.CustodyBeforeArrest"));
        Record(accused, CustodyRecordKind.ProducedBeforeMagistrate, Started.AddHours(20));
        Assert.That(accused.ProducedAt, Is.EqualTo(Started.AddHours(20)));
    }

    [Test]
    public void Custody_events_of_an_accused_are_recorded_in_time_order()
    {
        var accused = Arrested(Started);
        Record(accused, CustodyRecordKind.ProducedBeforeMagistrate, Started.AddHours(20));
        var ex = Assert.Throws<DomainException>(() => Record(accused, CustodyRecordKind.PoliceCustody, Started.AddHours(19)))!;
        Assert.That((ex.Code, ex.Field), Is.EqualTo(("Accused.CustodyOutOfOrder", "at")));
        Record(accused, CustodyRecordKind.PoliceCustody, Started.AddHours(20));
        Assert.That(accused.Status, Is.EqualTo(AccusedStatus.PoliceCustody), "the remand at the hearing of the production is in order");
        Assert.That(Code(() => Record(accused, CustodyRecordKind.JudicialCustody, Now.AddMinutes(6))), Is.EqualTo("Accused.CustodyInFuture"));
    }

    [Test]
    public void An_absconder_is_arrested_again_only_after_the_absconding()
    {
        var accused = Arrested(Started);
        Record(accused, CustodyRecordKind.Bailed, Started.AddDays(2));
        Record(accused, CustodyRecordKind.Absconding, Started.AddDays(4));
        Assert.That(Code(() => accused.RecordArrest(Memo(accused, Started.AddDays(3)), Now)), Is.EqualTo("Accused.ArrestBeforePrevious"));
        accused.RecordArrest(Memo(accused, Started.AddDays(5)), Now);
        Assert.That(accused.Arrests, Has.Count.EqualTo(2));
    }

    private static Exhibit Seized(DateTimeOffset at) => Exhibit.Seize(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), 1,
        new Exhibit.Identity(ExhibitKind.MobilePhone, "Samsung phone", null, null, null, null, [], null, null, "S001", null, "Desk 4", null, null, null),
        at, Guid.NewGuid(), "SI Mehvish Jan");

    [Test]
    public void No_custody_entry_of_an_exhibit_precedes_its_seizure_or_the_previous_entry()
    {
        var exhibit = Seized(Ended);
        var malkhana = new CustodyHolder(CustodyHolderKind.Malkhana, null, null);
        var ex = Assert.Throws<DomainException>(() => exhibit.Transfer(Guid.NewGuid(), Ended.AddMinutes(-1), malkhana, "Deposit", true, null, Guid.NewGuid(), false))!;
        Assert.That((ex.Code, ex.Field), Is.EqualTo(("Custody.BeforeSeizure", "at")));
        exhibit.Transfer(Guid.NewGuid(), Ended.AddHours(2), malkhana, "Deposit", true, null, Guid.NewGuid(), false);
        var lab = new CustodyHolder(CustodyHolderKind.ForensicLab, null, "FSL Srinagar");
        Assert.That(Code(() => exhibit.Transfer(Guid.NewGuid(), Ended.AddHours(1), lab, "Examination", true, null, Guid.NewGuid(), true)),
            Is.EqualTo("Custody.BeforePreviousTransfer"));
        exhibit.Transfer(Guid.NewGuid(), Ended.AddDays(1), lab, "Examination", true, null, Guid.NewGuid(), true);
        Assert.That(exhibit.HolderKind, Is.EqualTo(CustodyHolderKind.ForensicLab));
    }

    [Test]
    public void A_forensic_image_is_made_after_the_device_was_seized()
    {
        var device = Seized(Ended);
        var sha = new string('a', 64);
        var ex = Assert.Throws<DomainException>(() => device.Image(Guid.NewGuid(), 2, "Image", sha, Ended.AddDays(-1), Guid.NewGuid(), "FSL"))!;
        Assert.That((ex.Code, ex.Field), Is.EqualTo(("Exhibit.ImageBeforeSeizure", "madeAt")));
        Assert.That(device.Image(Guid.NewGuid(), 2, "Image", sha, Ended.AddDays(1), Guid.NewGuid(), "FSL").ParentExhibitId, Is.EqualTo(device.Id));
    }
}
