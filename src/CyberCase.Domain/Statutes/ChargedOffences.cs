namespace CyberCase.Domain.Statutes;

/// <summary>
/// What the sections an FIR charges say about an arrest, from the reference data's punishments (never from code):
/// for offences punishable with seven years or less the police must record why an arrest was needed instead of a
/// notice of appearance (CrPC 41(1)(b)(ii), 41A / BNSS 35(1)(b)(ii), 35(3); Arnesh Kumar v. State of Bihar (2014)).
/// </summary>
public static class ChargedOffences
{
    /// <summary>
    /// True when no charged section is punishable with more than seven years. A conspiracy or abetment is punished as
    /// the offence it aims at (already among the sections), and a section without imprisonment adds nothing.
    /// </summary>
    public static bool PunishableWithSevenYearsOrLess(IEnumerable<OffenceSection> charged)
    {
        var any = false;
        foreach (var s in charged)
        {
            switch (s.Punishment)
            {
                case PunishmentKind.Life or PunishmentKind.Death:
                    return false;
                case PunishmentKind.Years when s.MaxPunishmentYears > 7:
                    return false;
                case PunishmentKind.Years:
                    any = true;
                    break;
            }
        }

        return any;
    }

    /// <summary>True when every charged section that says so is bailable (the arrestee must then be told of the right to bail).</summary>
    public static bool AllBailable(IEnumerable<OffenceSection> charged)
    {
        var list = charged.Where(s => s.Bailable is not null).ToList();
        return list.Count > 0 && list.All(s => s.Bailable == true);
    }
}
