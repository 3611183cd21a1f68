using CyberCase.Domain.Accused;
using CyberCase.Domain.Law;
using CyberCase.Domain.Firs;
using CyberCase.Domain.Statutes;

namespace CyberCase.Domain.Clocks;

public enum DeadlineKind
{
    /// <summary>BNSS 58 (CrPC 57), Constitution Art. 22(2): produce the arrested person before a Magistrate within 24 hours.</summary>
    ProductionBeforeMagistrate,
    /// <summary>BNSS 187(3): the charge-sheet within 60/90 days, or the accused in custody may claim default bail.</summary>
    ChargeSheet,
    /// <summary>
    /// BNSS 193(3)(ii): inform the informant or victim of the progress of the investigation within 90 days; one clock per
    /// informant and per victim, for FIRs registered under the BNSS only (the CrPC had no such duty).
    /// </summary>
    InformantProgress,
}

/// <summary>The facts of an FIR a clock needs.</summary>
/// <param name="InformantName">The informant, owed the 90-day update; null when the FIR was registered suo motu (the
/// informant is the officer) or when the informant is recorded as a victim (their clock is the victim's).</param>
public sealed record FirClockFacts(Guid FirId, string FirNumber, DateTimeOffset RegisteredAt, FirStatus Status,
    string? InformantName = null);

/// <summary>
/// A person owed the progress update of BNSS 193(3)(ii): the informant (<see cref="VictimId"/> null) or a victim, and
/// when they were first told (null: not yet).
/// </summary>
public sealed record ProgressRecipient(Guid? VictimId, string Name, DateTimeOffset? ToldAt);

/// <summary>One person's 90-day clock: due from the FIR's registration, cleared once they were told.</summary>
public sealed record ProgressClock(Guid FirId, string FirNumber, Guid? VictimId, string Name, DateTimeOffset DueAt, DateTimeOffset? ToldAt)
{
    public bool Cleared => ToldAt is not null;

    /// <summary>Told late (after the 90 days), or not told and the 90 days have run.</summary>
    public bool IsLateAt(DateTimeOffset now) => ToldAt is { } told ? told > DueAt : now > DueAt;
}

/// <summary>The facts of one accused in that FIR a clock needs.</summary>
public sealed record AccusedClockFacts(Guid AccusedId, string Code, string Name, AccusedStatus Status,
    DateTimeOffset? FirstArrestedAt, DateTimeOffset? LatestArrestedAt, DateTimeOffset? ProducedAt);

/// <summary>A deadline that runs: on an FIR, or on one accused of it.</summary>
public sealed record StatutoryDeadline(DeadlineKind Kind, DateTimeOffset DueAt, string Statute, Guid FirId, string FirNumber,
    Guid? AccusedId = null, string? AccusedCode = null, string? AccusedName = null, Guid? VictimId = null, string? PersonName = null)
{
    /// <summary>Due at exactly <see cref="DueAt"/>; overdue only after it.</summary>
    public bool IsOverdueAt(DateTimeOffset now) => now > DueAt;
}

/// <summary>
/// The statutory clocks of a case, as pure functions of its facts: no clock, no database. Callers pass "now" from
/// their TimeProvider; the reference data of the charged sections decides the 60/90-day class.
/// </summary>
public static class StatutoryClocks
{
    public static readonly TimeSpan ProductionWindow = TimeSpan.FromHours(24);
    public const int ChargeSheetDays = 60;
    public const int GraveChargeSheetDays = 90;
    public const int InformantProgressDays = 90;

    /// <summary>Production before a Magistrate: 24 hours from the arrest (the journey time is not deducted here).</summary>
    public static DateTimeOffset ProductionDue(DateTimeOffset arrestedAt) => arrestedAt + ProductionWindow;

    /// <summary>90 days when any charged offence is punishable with death, life or ten years or more; 60 otherwise.</summary>
    public static int ChargeSheetPeriodDays(IEnumerable<OffenceSection> chargedSections) =>
        chargedSections.Any(s => s.IsGrave) ? GraveChargeSheetDays : ChargeSheetDays;

    /// <summary>The charge-sheet is due this many days after the first arrest; after that, default bail (BNSS 187(3)).</summary>
    public static DateTimeOffset ChargeSheetDue(DateTimeOffset firstArrestedAt, IEnumerable<OffenceSection> chargedSections) =>
        firstArrestedAt.AddDays(ChargeSheetPeriodDays(chargedSections));

    public static DateTimeOffset InformantProgressDue(DateTimeOffset registeredAt) => registeredAt.AddDays(InformantProgressDays);

    /// <summary>Whether a deadline falls in the window up to <paramref name="now"/> + <paramref name="within"/> (overdue ones included).</summary>
    public static bool IsDueWithin(DateTimeOffset dueAt, DateTimeOffset now, TimeSpan within) => dueAt <= now + within;

    private static bool InvestigationOpen(FirStatus status) => status is FirStatus.Registered or FirStatus.UnderInvestigation;

    private static bool InCustody(AccusedStatus status) =>
        status is AccusedStatus.Arrested or AccusedStatus.PoliceCustody or AccusedStatus.JudicialCustody;

    /// <summary>
    /// The 90-day progress clocks of an FIR (BNSS 193(3)(ii)): one for the informant (unless the FIR was registered suo
    /// motu or the informant is recorded as a victim) and one per victim, each cleared by a recorded communication. None
    /// for an FIR registered before 1 July 2024: the CrPC, under which it continues, had no such duty. The pre-filing
    /// scrutiny reads these (a clock late or still open is a gap the defence can point to).
    /// </summary>
    public static IReadOnlyList<ProgressClock> ProgressClocks(FirClockFacts fir, IEnumerable<ProgressRecipient> victims)
    {
        if (!Regime.ForFir(fir.RegisteredAt).Has(Provision.VictimInformedOfProgress))
        {
            return [];
        }

        var due = InformantProgressDue(fir.RegisteredAt);
        var clocks = new List<ProgressClock>();
        foreach (var r in victims)
        {
            clocks.Add(new(fir.FirId, fir.FirNumber, r.VictimId, r.Name, due, r.ToldAt));
        }

        return clocks;
    }

    /// <summary>
    /// The deadlines of the FIR itself: the charge-sheet from its first arrest, and the progress update owed to each
    /// of <paramref name="progress"/> not yet told (by default the informant alone, not yet told).
    /// </summary>
    public static IReadOnlyList<StatutoryDeadline> ForFir(FirClockFacts fir, IEnumerable<AccusedClockFacts> accused,
        IReadOnlyCollection<OffenceSection> chargedSections, IEnumerable<ProgressRecipient>? progress = null)
    {
        if (!InvestigationOpen(fir.Status))
        {
            return [];
        }

        var deadlines = new List<StatutoryDeadline>();
        var firstArrest = accused.Where(a => a.FirstArrestedAt is not null).Min(a => a.FirstArrestedAt);
        if (firstArrest is { } first)
        {
            var days = ChargeSheetPeriodDays(chargedSections);
            deadlines.Add(new(DeadlineKind.ChargeSheet, ChargeSheetDue(first, chargedSections),
                $"BNSS 187(3): charge-sheet within {days} days of the first arrest, else default bail", fir.FirId, fir.FirNumber));
        }

        progress ??= fir.InformantName is { } informant ? [new ProgressRecipient(null, informant, null)] : [];
        foreach (var clock in ProgressClocks(fir, progress).Where(c => !c.Cleared))
        {
            deadlines.Add(new(DeadlineKind.InformantProgress, clock.DueAt,
                $"{Regime.New.Cite(Provision.VictimInformedOfProgress)}: progress of the investigation to {(clock.VictimId is null ? "the informant" : "the victim")} within 90 days",
                fir.FirId, fir.FirNumber, VictimId: clock.VictimId, PersonName: clock.Name));
        }

        return deadlines;
    }

    /// <summary>
    /// The deadlines of one accused: production within 24 hours while arrested and not yet produced, and the
    /// charge-sheet (default bail) date while in custody and the investigation is open.
    /// </summary>
    public static IReadOnlyList<StatutoryDeadline> ForAccused(FirClockFacts fir, AccusedClockFacts accused,
        IReadOnlyCollection<OffenceSection> chargedSections)
    {
        var deadlines = new List<StatutoryDeadline>();
        if (accused.Status == AccusedStatus.Arrested && accused.ProducedAt is null && accused.LatestArrestedAt is { } arrested)
        {
            deadlines.Add(new(DeadlineKind.ProductionBeforeMagistrate, ProductionDue(arrested),
                "BNSS 58: production before a Magistrate within 24 hours of arrest", fir.FirId, fir.FirNumber,
                accused.AccusedId, accused.Code, accused.Name));
        }

        if (InvestigationOpen(fir.Status) && InCustody(accused.Status) && accused.FirstArrestedAt is { } first)
        {
            var days = ChargeSheetPeriodDays(chargedSections);
            deadlines.Add(new(DeadlineKind.ChargeSheet, ChargeSheetDue(first, chargedSections),
                $"BNSS 187(3): charge-sheet within {days} days, else default bail", fir.FirId, fir.FirNumber,
                accused.AccusedId, accused.Code, accused.Name));
        }

        return deadlines;
    }
}
