using CyberCase.Domain.CaseDiary;
using CyberCase.Domain.Common;

namespace CyberCase.Domain.Tests.CaseDiary;

public sealed class CaseDiaryRulesTests
{
    private static readonly TimeSpan Ist = TimeSpan.FromHours(5.5);

    [Test]
    public void The_diary_of_an_FIR_registered_before_1_July_2024_IST_is_kept_under_the_CrPC_and_from_then_under_the_BNSS()
    {
        Assert.That(CaseDiaryEntry.Provision(new DateTimeOffset(2024, 6, 30, 23, 59, 59, Ist)), Is.EqualTo("CrPC 172"));
        Assert.That(CaseDiaryEntry.Provision(new DateTimeOffset(2024, 7, 1, 0, 0, 0, Ist)), Is.EqualTo("BNSS 192"));
        // 1 July 00:30 IST is still 30 June in UTC: the day is IST's.
        Assert.That(CaseDiaryEntry.Provision(new DateTimeOffset(2024, 6, 30, 19, 0, 0, TimeSpan.Zero)), Is.EqualTo("BNSS 192"));
    }

    [Test]
    public void A_time_belongs_to_the_entrys_day_in_IST()
    {
        var registered = new DateTimeOffset(2025, 1, 1, 10, 0, 0, Ist);
        var now = new DateTimeOffset(2025, 1, 10, 12, 0, 0, Ist);
        CaseDiaryEntry Write(DateOnly day, DateTimeOffset began) => CaseDiaryEntry.Write(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), registered, 1,
            day, null, began, began.AddHours(1), ["Srinagar"], "Found", null, null, null, Guid.NewGuid(), now);

        // 2 January 00:30 IST is 1 January 19:00 UTC: it is on the 2nd.
        Assert.That(Write(new DateOnly(2025, 1, 2), new DateTimeOffset(2025, 1, 1, 19, 0, 0, TimeSpan.Zero)).Day, Is.EqualTo(new DateOnly(2025, 1, 2)));
        var refused = Assert.Throws<DomainException>(() => Write(new DateOnly(2025, 1, 1), new DateTimeOffset(2025, 1, 1, 19, 0, 0, TimeSpan.Zero)))!;
        Assert.That((refused.Code, refused.Field), Is.EqualTo(("CaseDiary.TimeNotOnDay", "investigationBeganAt")));
    }
}
