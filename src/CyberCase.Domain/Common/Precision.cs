namespace CyberCase.Domain.Common;

public static class Precision
{
    /// <summary>
    /// Whole milliseconds in UTC: every provider stores this exactly (SQLite's binary DateTimeOffset form keeps
    /// only 0.1 ms), so a hash computed over a timestamp before saving still matches after reading it back.
    /// </summary>
    public static DateTimeOffset ToStoredPrecision(DateTimeOffset value) =>
        new(value.UtcTicks - (value.UtcTicks % TimeSpan.TicksPerMillisecond), TimeSpan.Zero);
}
