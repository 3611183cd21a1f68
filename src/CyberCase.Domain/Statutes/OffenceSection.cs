namespace CyberCase.Domain.Statutes;

/// <summary>How the maximum punishment of a section is expressed in the act.</summary>
public enum PunishmentKind
{
    /// <summary>A term of years (see <see cref="OffenceSection.MaxPunishmentYears"/>).</summary>
    Years,
    Life,
    Death,
    /// <summary>Punished as the offence abetted or conspired (IPC 120-B, BNS 61(2)).</summary>
    AsOffence,
    /// <summary>No imprisonment: a civil penalty (IT Act 43).</summary>
    None,
    /// <summary>No punishment of its own (IPC 34).</summary>
    NotApplicable,
}

/// <summary>
/// A section of an act, as reference data (db/seed/sections.csv). The IPC -> BNS mapping and the maximum
/// punishment are data, never code: the 60/90-day charge-sheet clock (BNSS 187) reads them.
/// </summary>
public sealed class OffenceSection
{
    public const int SectionMaxLength = 16;
    public const int TitleMaxLength = 300;

    private OffenceSection() { }

    public OffenceSection(Act act, string section, string title, PunishmentKind punishment, decimal? maxYears,
        bool? cognizable, bool? bailable, Act? equivalentAct, string? equivalentSection)
    {
        Act = act;
        Section = section;
        Title = title;
        Punishment = punishment;
        MaxPunishmentYears = maxYears;
        Cognizable = cognizable;
        Bailable = bailable;
        EquivalentAct = equivalentAct;
        EquivalentSection = equivalentSection;
    }

    public Act Act { get; private set; }
    public string Section { get; private set; } = "";
    public string Title { get; private set; } = "";
    public PunishmentKind Punishment { get; private set; }
    public decimal? MaxPunishmentYears { get; private set; }
    public bool? Cognizable { get; private set; }
    public bool? Bailable { get; private set; }
    public Act? EquivalentAct { get; private set; }
    public string? EquivalentSection { get; private set; }

    /// <summary>Punishable with death, life imprisonment or ten years or more: the 90-day class of BNSS 187(3).</summary>
    public bool IsGrave => Punishment is PunishmentKind.Life or PunishmentKind.Death
        || (Punishment == PunishmentKind.Years && MaxPunishmentYears >= 10);
}
