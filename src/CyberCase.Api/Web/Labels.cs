using CyberCase.Domain.Accused;
using CyberCase.Domain.CaseDiary;
using CyberCase.Domain.Clocks;
using CyberCase.Domain.Common;
using CyberCase.Domain.Exhibits;
using CyberCase.Domain.Firs;
using CyberCase.Domain.Money;
using CyberCase.Domain.Officers;
using CyberCase.Domain.Raids;
using CyberCase.Domain.Statements;
using Microsoft.Extensions.Localization;

namespace CyberCase.Api;

/// <summary>
/// The labels of the pages: the English text is the key (written in the page as <c>L["..."]</c>), and
/// Resources/Labels.hi.resx has the Hindi. A value of one of <see cref="Enums"/> is shown with <c>L.Of(value)</c>, and
/// a role with <c>L.Role(name)</c>. A test (LabelsTests) fails when a page uses a key, an enum value or a role that
/// the Hindi file lacks, or passes the localizer anything but a literal key.
/// </summary>
public sealed class Labels
{
    /// <summary>The enumerations whose values the pages show; each value's name is a key.</summary>
    public static readonly IReadOnlyList<Type> Enums =
    [
        typeof(FirStatus), typeof(InformationType), typeof(DeadlineKind), typeof(AccusedStatus), typeof(AccusedRole),
        typeof(RaidStatus), typeof(ExhibitKind), typeof(CustodyHolderKind), typeof(StatementPersonRole),
        typeof(AccountKind), typeof(Rank), typeof(InformedBy), typeof(VernacularLanguage), typeof(Gender), typeof(ParentageRelation),
        typeof(CustodyRecordKind),
    ];
}

public static class LabelsExtensions
{
    /// <summary>The label of an enum value: its translation, and in English its name in words (a rank by its title).</summary>
    public static string Of<T>(this IStringLocalizer<Labels> l, T value) where T : struct, Enum =>
        Labels.Enums.Contains(typeof(T))
            ? Translated(l, value.ToString()) ?? (value is Rank rank ? Ranks.Title(rank) : CodeName.InWords(value.ToString()))
            : throw new InvalidOperationException($"{typeof(T).Name} is not in Labels.Enums, so its values have no tested translation.");

    public static string Of<T>(this IStringLocalizer<Labels> l, T? value) where T : struct, Enum =>
        value is { } v ? l.Of(v) : "";

    /// <summary>The label of a role (Roles.All).</summary>
    public static string Role(this IStringLocalizer<Labels> l, string role) =>
        Roles.All.Contains(role) ? Translated(l, role) ?? CodeName.InWords(role) : role;

    public static string RolesOf(this IStringLocalizer<Labels> l, IEnumerable<string> roles) =>
        string.Join(", ", roles.Select(l.Role));

    /// <summary>The translation of a code name, or null in English (which has no resource file: its keys are its text).</summary>
    private static string? Translated(IStringLocalizer<Labels> l, string name) =>
        l[name] is { ResourceNotFound: false } found ? found.Value : null;
}
