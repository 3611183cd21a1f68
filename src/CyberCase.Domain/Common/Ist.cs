namespace CyberCase.Domain.Common;

/// <summary>Indian Standard Time: the statutes, forms and certificates speak in IST (UTC+05:30, no daylight saving).</summary>
public static class Ist
{
    public static readonly TimeSpan Offset = TimeSpan.FromHours(5.5);

    public static DateTimeOffset ToIst(this DateTimeOffset value) => value.ToOffset(Offset);

    // The one way times are written, on paper and in the API, so no two documents or fields disagree.

    /// <summary>"13/01/2021": the forms' date, in IST.</summary>
    public static string FormDate(DateTimeOffset value) => value.ToIst().ToString("dd/MM/yyyy", Invariant);

    /// <summary>"13/01/2021": a calendar date (a date of birth, a remand's last day), written as the forms' date.</summary>
    public static string FormDate(DateOnly value) => value.ToString("dd/MM/yyyy", Invariant);

    /// <summary>"13/01/2021 14:30": the forms' date and 24-hour time, in IST.</summary>
    public static string FormDateTime(DateTimeOffset value) => value.ToIst().ToString("dd/MM/yyyy HH:mm", Invariant);

    /// <summary>"14:30": the forms' 24-hour time, in IST.</summary>
    public static string FormTime(DateTimeOffset value) => value.ToIst().ToString("HH:mm", Invariant);

    /// <summary>"2021-01-13T14:30:00.123+05:30": ISO 8601 in IST, as the API answers every time (and as clients send them).</summary>
    public static string Iso(DateTimeOffset value) => value.ToIst().ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzzz", Invariant);

    private static System.Globalization.CultureInfo Invariant => System.Globalization.CultureInfo.InvariantCulture;

    /// <summary>BNS, BNSS and BSA came into force at midnight IST on 1 July 2024, replacing IPC, CrPC and the Evidence Act.</summary>
    public static readonly DateTimeOffset NewCriminalLawsCommencement = new(2024, 7, 1, 0, 0, 0, Offset);
}
