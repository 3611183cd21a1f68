using System.Text.RegularExpressions;

namespace CyberCase.Domain.Common;

/// <summary>A code name (an enum value, a role) in words, as English prints it on documents and pages.</summary>
public static partial class CodeName
{
    /// <summary>"UnderInvestigation" -> "Under investigation", "SuoMotu" -> "Suo motu".</summary>
    public static string InWords(string pascal)
    {
        var words = SplitWords().Replace(pascal, " $1").Trim();
        return words.Length == 0 ? words : words[0] + words[1..].ToLowerInvariant();
    }

    [GeneratedRegex("(?<!^)([A-Z])")]
    private static partial Regex SplitWords();
}
