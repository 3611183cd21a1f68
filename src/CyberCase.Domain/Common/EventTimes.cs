namespace CyberCase.Domain.Common;

/// <summary>
/// The rules every recorded time of an event obeys (issue 12, "consistency at write time"): not in the future, and
/// not before what it depends on. A court or the defence reads a case file in time order; an arrest dated before the
/// raid that made it, or a seizure the day after tomorrow, is a contradiction on the record (legal-forms.md, "events
/// out of order").
/// </summary>
public static class EventTimes
{
    /// <summary>
    /// How far ahead of the server's clock a time may be and still be "now": the time is typed on a phone or a
    /// laptop in the field whose clock may run a few minutes fast, and an officer writing "10:05" at 10:03 by the
    /// server's clock recorded the present, not the future. Five minutes covers a clock that is not set by the
    /// network without letting an event be booked ahead of time. It applies to the future only: two recorded times
    /// are ordered strictly (<see cref="NotBefore"/>), because both were recorded by the same kind of clock.
    /// </summary>
    public static readonly TimeSpan ClockSkewTolerance = TimeSpan.FromMinutes(5);

    /// <summary>True when <paramref name="at"/> is later than the server's <paramref name="now"/> beyond the tolerance.</summary>
    public static bool IsInFuture(DateTimeOffset at, DateTimeOffset now) => at > now + ClockSkewTolerance;

    /// <summary>Refuses (422, the field named) a time later than now beyond the clock-skew tolerance.</summary>
    public static void NotInFuture(DateTimeOffset at, DateTimeOffset now, string code, string field, string message)
    {
        if (IsInFuture(at, now))
        {
            throw new DomainException(code, message, RuleKind.Unprocessable, field);
        }
    }

    /// <summary>Refuses (422, the field named) a time earlier than the event it depends on.</summary>
    public static void NotBefore(DateTimeOffset at, DateTimeOffset earliest, string code, string field, string message)
    {
        if (at < earliest)
        {
            throw new DomainException(code, message, RuleKind.Unprocessable, field);
        }
    }
}
