using CyberCase.Domain.Common;

namespace CyberCase.Domain.CaseDiary;

/// <summary>
/// A closed day of an FIR's case diary. Closing numbers the day's entries on consecutive pages that continue the
/// FIR's one volume (CrPC 172(1B) / BNSS 192(3): the diary is a volume, duly paginated); a closed day takes no new entry
/// and is never renumbered, so a page cited in court always shows the same entry. The entries keep no page of their
/// own: entry k of the day (in the order written) is on page <see cref="FirstPage"/> + k.
/// </summary>
public sealed class CaseDiaryDay
{
    private CaseDiaryDay() { }

    public Guid Id { get; private set; }
    public Guid StationId { get; private set; }
    public Guid FirId { get; private set; }
    public DateOnly Day { get; private set; }
    public int FirstPage { get; private set; }
    public int PageCount { get; private set; }
    public int LastPage => FirstPage + PageCount - 1;
    public Guid ClosedBy { get; private set; }
    public DateTimeOffset ClosedAt { get; private set; }

    /// <summary>
    /// Closes <paramref name="day"/> with its <paramref name="entries"/> entries, the first on <paramref name="firstPage"/>.
    /// A day is closed after it happened (today at the latest, in IST) and only with entries in it.
    /// </summary>
    public static CaseDiaryDay Close(Guid id, Guid stationId, Guid firId, DateOnly day, int entries, int firstPage, Guid closedBy, DateTimeOffset now)
    {
        if (day > DateOnly.FromDateTime((now + EventTimes.ClockSkewTolerance).ToIst().DateTime))
        {
            throw new DomainException("CaseDiary.DayInFuture", "A day of the diary cannot be closed before it has come.", RuleKind.Unprocessable, "day");
        }

        if (entries == 0)
        {
            throw new DomainException("CaseDiary.DayEmpty", "The day has no entries to close.", RuleKind.Unprocessable, "day");
        }

        return new CaseDiaryDay
        {
            Id = id,
            StationId = stationId,
            FirId = firId,
            Day = day,
            FirstPage = firstPage,
            PageCount = entries,
            ClosedBy = closedBy,
            ClosedAt = Precision.ToStoredPrecision(now),
        };
    }
}
