namespace CyberCase.Domain.Firs;

/// <summary>
/// What the FIR form (IIF-I) records beside the information itself: when it reached the station (and its General
/// Diary reference), where the place of occurrence lies from the station, the beat, why the report was late, the
/// properties involved, and the narrative in the informant's script. Every field may be missing: the law needs them,
/// but a missing one is printed as a blank line to be completed and listed by the scrutiny, never refused.
/// </summary>
public sealed record FirParticulars
{
    public const int ReferenceMaxLength = 64;
    public const int DirectionMaxLength = 64;
    public const int TextMaxLength = 4000;

    /// <summary>When the information was received at the police station (IIF-I item 3(c)).</summary>
    public DateTimeOffset? InformationReceivedAt { get; init; }
    /// <summary>The General Diary entry in which the information was entered on receipt.</summary>
    public string? InformationGdReference { get; init; }
    /// <summary>Direction of the place of occurrence from the station, e.g. "North-west".</summary>
    public string? DirectionFromStation { get; init; }
    public decimal? DistanceFromStationKm { get; init; }
    public string? BeatNumber { get; init; }
    /// <summary>Reasons for the delay in reporting by the informant.</summary>
    public string? DelayReason { get; init; }
    /// <summary>Particulars of the properties involved (stolen, defrauded, used).</summary>
    public string? PropertiesInvolved { get; init; }
    public decimal? PropertiesValueRupees { get; init; }
    /// <summary>The narrative in the informant's own script (Hindi or Urdu), kept byte for byte, printed beside the English.</summary>
    public string? NarrativeInScript { get; init; }
}

/// <summary>How the FIR names an accused: known by name, suspected, or unknown (IIF-I item 7).</summary>
public enum FirAccusedKind
{
    Known,
    Suspected,
    Unknown,
}

/// <summary>An accused as the FIR gives them, with the particulars the informant could give (not a <c>CaseAccused</c>).</summary>
public sealed record FirAccusedParticular(FirAccusedKind Kind, string? Name, string? NameInScript, string? Particulars)
{
    /// <summary>1, 2, ... in the order the FIR gives them (set on registration).</summary>
    public int Position { get; init; }

    public const int NameMaxLength = 200;
    public const int ParticularsMaxLength = 1000;
    public const int MaxPerFir = 50;
}
