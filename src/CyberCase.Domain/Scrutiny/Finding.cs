namespace CyberCase.Domain.Scrutiny;

/// <summary>How hard a finding weighs before filing.</summary>
public enum Severity
{
    /// <summary>A court registry is likely to return the police report for it, or the defence to win on it.</summary>
    Blocking,
    /// <summary>Worth curing before filing; it does not by itself sink the case.</summary>
    Warning,
}

/// <summary>The kind of record a finding is about (the API links each kind to its resource).</summary>
public enum RecordKind
{
    Fir,
    Accused,
    Raid,
    SeizureMemo,
    Exhibit,
    EvidenceFile,
    ForensicVisit,
}

/// <summary>
/// One finding of the pre-filing scrutiny: a stable <see cref="Code"/> clients key on, what is wrong with which record,
/// the provision it offends (cited in the case's regime; null where no section says it), and what would cure it.
/// <see cref="DueAt"/> is set for a deadline (production, charge-sheet): when it falls or fell due.
/// </summary>
public sealed record Finding(
    string Code,
    Severity Severity,
    RecordKind RecordKind,
    Guid RecordId,
    string Record,
    string? Provision,
    string Problem,
    string Cure,
    DateTimeOffset? DueAt = null);

/// <summary>One rule of the scrutiny: a pure function of the case's records.</summary>
public interface IScrutinyRule
{
    IEnumerable<Finding> Check(CaseRecords c);
}
