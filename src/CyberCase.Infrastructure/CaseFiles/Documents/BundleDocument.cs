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

    public static string YesNo(bool? value) => value switch
    {
        true => "Yes",
        false => "No",
        null => "—",
    };

    public static string Bytes(long size) => size.ToString("N0", CultureInfo.InvariantCulture) + " bytes";
}
