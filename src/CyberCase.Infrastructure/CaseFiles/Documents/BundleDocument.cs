using System.Globalization;
using CyberCase.Domain.Common;
using CyberCase.Infrastructure.CaseFiles.Layout;

namespace CyberCase.Infrastructure.CaseFiles.Documents;

/// <summary>One printed document of the bundle: it starts on a new page and has a row in the index.</summary>
internal interface IBundleDocument
{
    string Title { get; }

    void Compose(PageComposer page);
}

/// <summary>How facts are worded on paper: dates in IST, DD/MM/YYYY, 24-hour time (the certificate's form asks so).</summary>
internal static class Print
{
    public static string Date(DateTimeOffset value) => Ist.FormDate(value);

    public static string DateTime(DateTimeOffset value) => Ist.FormDateTime(value) + " IST";

    public static string DateTime(DateTimeOffset? value) => value is { } v ? DateTime(v) : "—";

    public static string Lines(IEnumerable<string> items) => string.Join("\n", items);

    /// <summary>What the law asks for but the record does not hold: a blank line marked for completion, never a guess.</summary>
    public const string ToComplete = "________________ (to be completed)";

    public static string OrBlank(string? value) => string.IsNullOrWhiteSpace(value) ? ToComplete : value;

    public static string OrBlank(DateTimeOffset? value) => value is { } v ? DateTime(v) : ToComplete;

    public static string OrBlank(bool? value) => value is { } v ? YesNo(v) : ToComplete;

    /// <summary>"23 h 14 min".</summary>
    public static string Duration(TimeSpan span) =>
        $"{(int)span.TotalHours} h {span.Minutes:00} min";

    public static string YesNo(bool? value) => value switch
    {
        true => "Yes",
        false => "No",
        null => "—",
    };

    public static string Bytes(long size) => size.ToString("N0", CultureInfo.InvariantCulture) + " bytes";
}
