namespace CyberCase.Domain.Common;

/// <summary>Indian Standard Time: the statutes, forms and certificates speak in IST (UTC+05:30, no daylight saving).</summary>
public static class Ist
{
    public static readonly TimeSpan Offset = TimeSpan.FromHours(5.5);

    public static DateTimeOffset ToIst(this DateTimeOffset value) => value.ToOffset(Offset);

    /// <summary>BNS, BNSS and BSA came into force at midnight IST on 1 July 2024, replacing IPC, CrPC and the Evidence Act.</summary>
    public static readonly DateTimeOffset NewCriminalLawsCommencement = new(2024, 7, 1, 0, 0, 0, Offset);
}
