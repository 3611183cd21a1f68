using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CyberCase.Api.Tests.Infrastructure;
using CyberCase.Api.Tests.Investigation;
using CyberCase.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace CyberCase.Api.Tests.CaseDiary;

/// <summary>
/// Issue 12, part 1: the case diary (CrPC 172 / BNSS 192): append-only entries, days closed onto pages that are never
/// renumbered, reading restricted to the IO of the case and the SHO (and prosecutors once shared), every read audited.
/// </summary>
public sealed class CaseDiaryTests : ApiTest
{
    // Each test moves the clock on by three days so that its diary days lie between the FIR and now; tokens must outlive it.
    protected override Dictionary<string, string?> Settings => new() { ["Jwt:LifetimeMinutes"] = "200000" };

    private const string Urdu = "ملزم کو گرفتار کیا گیا۔ ضبط شدہ فون سیل کیا گیا\u200c"; // with a zero-width non-joiner at the end

    /// <summary>A new FIR assigned to io.kashmir, and the next two days after its registration (IST); the clock is then at noon IST after both.</summary>
    private async Task<(Guid FirId, DateTimeOffset RegisteredAt, DateOnly Day1, DateOnly Day2)> NewCase()
    {
        // At noon IST, so that a time an hour either side of now falls on the same day whenever the tests run.
        var now = App.Clock.GetUtcNow().ToIst();
        var noon = new DateTimeOffset(now.Date.AddHours(12), Ist.Offset);
        App.Clock.Advance((noon > now ? noon : noon.AddDays(1)) - now);
        var fir = await App.NewFir(Demo.ShoKashmir);
        var sho = await App.ClientFor(Demo.ShoKashmir);
        await (await sho.PostAsJsonAsync($"/api/firs/{fir.Id()}/assignment", new { officerId = Demo.OfficerId(Demo.IoKashmir), version = fir.Version() }))
            .ShouldBe(HttpStatusCode.OK);
        var registeredAt = fir.GetProperty("registeredAt").GetDateTimeOffset();
        var day0 = DateOnly.FromDateTime(registeredAt.ToIst().DateTime);
        App.Clock.Advance(TimeSpan.FromDays(3));
        return (fir.Id(), registeredAt, day0.AddDays(1), day0.AddDays(2));
    }

    private static DateTimeOffset At(DateOnly day, int hour, int minute = 0) =>
        new(day.ToDateTime(new TimeOnly(hour, minute)), Ist.Offset);

    private static object Entry(DateOnly day, DateTimeOffset? began = null, DateTimeOffset? closed = null, DateTimeOffset? received = null,
        string findings = "Visited the complainant's bank; statement of account obtained.", Guid? corrects = null,
        string? vernacularLanguage = null, string? vernacularText = null) => new
        {
            day,
            informationReceivedAt = received,
            investigationBeganAt = began ?? At(day, 10),
            investigationClosedAt = closed ?? At(day, 18),
            placesVisited = new[] { "J&K Bank, Residency Road, Srinagar" },
            findings,
            vernacularLanguage,
            vernacularText,
            correctsEntryId = corrects,
        };

    private async Task<HttpResponseMessage> Write(Guid firId, object body, string user = Demo.IoKashmir) =>
        await (await App.ClientFor(user)).PostAsJsonAsync($"/api/firs/{firId}/diary", body);

    private async Task<HttpResponseMessage> Close(Guid firId, DateOnly day, string user = Demo.IoKashmir) =>
        await (await App.ClientFor(user)).PostAsync($"/api/firs/{firId}/diary/days/{day:yyyy-MM-dd}/close", null);

    private async Task<HttpResponseMessage> Read(Guid firId, string user = Demo.IoKashmir) =>
        await (await App.ClientFor(user)).GetAsync($"/api/firs/{firId}/diary");

    private static List<JsonElement> Entries(JsonElement diary) =>
        diary.GetProperty("days").EnumerateArray().SelectMany(d => d.GetProperty("entries").EnumerateArray()).ToList();

    private static int? Page(JsonElement entry) => entry.GetProperty("page").ValueKind == JsonValueKind.Null ? null : entry.GetProperty("page").GetInt32();

    [Test]
    public async Task An_entry_is_written_and_read_back_with_its_vernacular_text_byte_exact()
    {
        var (firId, _, day1, _) = await NewCase();
        var written = await (await Write(firId, Entry(day1, received: At(day1, 9, 30), vernacularLanguage: "Urdu", vernacularText: Urdu)))
            .ShouldBe(HttpStatusCode.Created);
        Assert.That(written.GetProperty("number").GetInt32(), Is.EqualTo(1));

        var diary = await (await Read(firId)).ShouldBe(HttpStatusCode.OK);
        var entry = Entries(diary).Single();
        Assert.Multiple(() =>
        {
            Assert.That(entry.GetProperty("id").GetGuid(), Is.EqualTo(written.Id()));
            Assert.That(entry.GetProperty("day").GetString(), Is.EqualTo(day1.ToString("yyyy-MM-dd")));
            Assert.That(entry.GetProperty("informationReceivedAt").GetDateTimeOffset(), Is.EqualTo(At(day1, 9, 30)));
            Assert.That(entry.GetProperty("investigationBeganAt").GetDateTimeOffset(), Is.EqualTo(At(day1, 10)));
            Assert.That(entry.GetProperty("investigationClosedAt").GetDateTimeOffset(), Is.EqualTo(At(day1, 18)));
            Assert.That(entry.GetProperty("placesVisited")[0].GetString(), Is.EqualTo("J&K Bank, Residency Road, Srinagar"));
            Assert.That(entry.GetProperty("vernacularLanguage").GetString(), Is.EqualTo("Urdu"));
            Assert.That(System.Text.Encoding.UTF8.GetBytes(entry.GetProperty("vernacularText").GetString()!),
                Is.EqualTo(System.Text.Encoding.UTF8.GetBytes(Urdu)));
            Assert.That(entry.GetProperty("writtenBy").GetProperty("id").GetGuid(), Is.EqualTo(Demo.OfficerId(Demo.IoKashmir)));
            Assert.That(Page(entry), Is.Null, "an open day has no pages yet");
        });
    }

    [Test]
    public async Task The_provision_follows_the_FIRs_registration_date()
    {
        var founding = await (await Read(Demo.FoundingFirId, Demo.ShoKashmir)).ShouldBe(HttpStatusCode.OK);
        Assert.That(founding.GetProperty("provision").GetString(), Is.EqualTo("CrPC 172"));

        var (firId, _, day1, _) = await NewCase();
        await (await Write(firId, Entry(day1))).ShouldBe(HttpStatusCode.Created);
        var diary = await (await Read(firId)).ShouldBe(HttpStatusCode.OK);
        Assert.That(diary.GetProperty("provision").GetString(), Is.EqualTo("BNSS 192"));
    }

    [Test]
    public async Task The_founding_case_has_its_first_two_days_closed_on_pages_one_to_three()
    {
        var diary = await (await Read(Demo.FoundingFirId)).ShouldBe(HttpStatusCode.OK);
        var days = diary.GetProperty("days").EnumerateArray().ToList();
        Assert.That(days.Select(d => d.GetProperty("day").GetString()), Is.EqualTo(new[] { "2021-01-12", "2021-01-13" }));
        Assert.That(days.All(d => d.GetProperty("closed").GetBoolean()));
        Assert.That(Entries(diary).Select(Page), Is.EqualTo(new int?[] { 1, 2, 3 }));
        Assert.That(diary.GetProperty("pages").GetInt32(), Is.EqualTo(3));
    }

    [Test]
    public async Task Times_are_refused_with_the_field_named_when_out_of_order_in_the_future_or_off_the_day()
    {
        var (firId, registeredAt, day1, _) = await NewCase();
        async Task Refused(object body, string code, string field) =>
            Assert.That((await (await Write(firId, body)).ShouldBe(HttpStatusCode.UnprocessableEntity, code)).FieldErrors(),
                Is.EqualTo(new[] { field }));

        await Refused(Entry(day1, began: At(day1, 18), closed: At(day1, 10)), "CaseDiary.ClosedBeforeBegan", "investigationClosedAt");
        var today = DateOnly.FromDateTime(App.Clock.GetUtcNow().ToIst().DateTime);
        var later = App.Clock.GetUtcNow().ToIst().AddMinutes(10);
        await Refused(Entry(today, began: App.Clock.GetUtcNow().AddMinutes(-60), closed: later), "CaseDiary.TimeInFuture", "investigationClosedAt");
        var registrationDay = DateOnly.FromDateTime(registeredAt.ToIst().DateTime);
        await Refused(Entry(registrationDay, began: registeredAt.AddMinutes(-1), closed: registeredAt.AddMinutes(30)),
            "CaseDiary.BeforeFirRegistration", "investigationBeganAt");
        await Refused(Entry(day1, received: At(day1.AddDays(-1), 23)), "CaseDiary.TimeNotOnDay", "informationReceivedAt");

        // The same day, in order, after the FIR and not ahead of the clock beyond its tolerance: written.
        await (await Write(firId, Entry(today, began: App.Clock.GetUtcNow().AddMinutes(-60),
            closed: App.Clock.GetUtcNow() + EventTimes.ClockSkewTolerance))).ShouldBe(HttpStatusCode.Created);
        await (await Write(firId, Entry(registrationDay, began: registeredAt, closed: registeredAt.AddMinutes(1)))).ShouldBe(HttpStatusCode.Created);
    }

    [Test]
    public async Task Closing_a_day_numbers_its_pages_and_the_next_day_continues_the_volume_without_renumbering()
    {
        var (firId, _, day1, day2) = await NewCase();
        var first = await (await Write(firId, Entry(day1))).ShouldBe(HttpStatusCode.Created);
        var second = await (await Write(firId, Entry(day1, began: At(day1, 19), closed: At(day1, 21)))).ShouldBe(HttpStatusCode.Created);

        var closed = await (await Close(firId, day1)).ShouldBe(HttpStatusCode.OK);
        Assert.That((closed.GetProperty("firstPage").GetInt32(), closed.GetProperty("lastPage").GetInt32()), Is.EqualTo((1, 2)));

        var third = await (await Write(firId, Entry(day2))).ShouldBe(HttpStatusCode.Created);
        var diary = await (await Read(firId)).ShouldBe(HttpStatusCode.OK);
        Assert.That(Page(Entries(diary).Single(e => e.Id() == third.Id())), Is.Null);

        await (await Close(firId, day2)).ShouldBe(HttpStatusCode.OK);
        diary = await (await Read(firId)).ShouldBe(HttpStatusCode.OK);
        var pages = Entries(diary).ToDictionary(e => e.Id(), Page);
        Assert.That(pages, Is.EqualTo(new Dictionary<Guid, int?> { [first.Id()] = 1, [second.Id()] = 2, [third.Id()] = 3 }));
        Assert.That(diary.GetProperty("pages").GetInt32(), Is.EqualTo(3));

        await (await Close(firId, day1)).ShouldBe(HttpStatusCode.Conflict, "CaseDiary.DayClosed");
    }

    [Test]
    public async Task A_closed_day_or_one_before_it_takes_no_new_entry()
    {
        var (firId, _, day1, day2) = await NewCase();
        await (await Write(firId, Entry(day2))).ShouldBe(HttpStatusCode.Created);
        await (await Close(firId, day2)).ShouldBe(HttpStatusCode.OK);

        await (await Write(firId, Entry(day2, began: At(day2, 19), closed: At(day2, 20)))).ShouldBe(HttpStatusCode.Conflict, "CaseDiary.DayClosed");
        await (await Write(firId, Entry(day1))).ShouldBe(HttpStatusCode.Conflict, "CaseDiary.DayClosed");
        var today = DateOnly.FromDateTime(App.Clock.GetUtcNow().ToIst().DateTime);
        await (await Write(firId, Entry(today, began: App.Clock.GetUtcNow().AddMinutes(-1), closed: App.Clock.GetUtcNow())))
            .ShouldBe(HttpStatusCode.Created);
    }

    [Test]
    public async Task Days_close_in_order_and_only_with_entries()
    {
        var (firId, _, day1, day2) = await NewCase();
        await (await Close(firId, day1)).ShouldBe(HttpStatusCode.UnprocessableEntity, "CaseDiary.DayEmpty");
        await (await Write(firId, Entry(day1))).ShouldBe(HttpStatusCode.Created);
        await (await Write(firId, Entry(day2))).ShouldBe(HttpStatusCode.Created);

        await (await Close(firId, day2)).ShouldBe(HttpStatusCode.Conflict, "CaseDiary.EarlierDayOpen");
        await (await Close(firId, day1)).ShouldBe(HttpStatusCode.OK);
        await (await Close(firId, day2)).ShouldBe(HttpStatusCode.OK);
        var tomorrow = DateOnly.FromDateTime(App.Clock.GetUtcNow().ToIst().DateTime).AddDays(1);
        await (await Close(firId, tomorrow)).ShouldBe(HttpStatusCode.UnprocessableEntity, "CaseDiary.DayInFuture");
    }

    [Test]
    public async Task A_correction_is_a_new_entry_naming_the_one_it_corrects_which_stays_as_written()
    {
        var (firId, _, day1, day2) = await NewCase();
        var original = await (await Write(firId, Entry(day1, findings: "Statement of account for 2019 obtained."))).ShouldBe(HttpStatusCode.Created);
        await (await Close(firId, day1)).ShouldBe(HttpStatusCode.OK);
        var correction = await (await Write(firId, Entry(day2, findings: "Correction: the statement obtained was for 2020, not 2019.",
            corrects: original.Id()))).ShouldBe(HttpStatusCode.Created);
        var again = await (await Write(firId, Entry(day2, began: At(day2, 19), closed: At(day2, 20), findings: "Correction: January to March 2020 only.",
            corrects: correction.Id()))).ShouldBe(HttpStatusCode.Created);

        var entries = Entries(await (await Read(firId)).ShouldBe(HttpStatusCode.OK)).ToDictionary(e => e.Id());
        Assert.Multiple(() =>
        {
            Assert.That(entries[original.Id()].GetProperty("findings").GetString(), Is.EqualTo("Statement of account for 2019 obtained."));
            Assert.That(Page(entries[original.Id()]), Is.EqualTo(1));
            Assert.That(entries[original.Id()].GetProperty("correctedByEntryIds").EnumerateArray().Select(i => i.GetGuid()),
                Is.EqualTo(new[] { correction.Id() }));
            Assert.That(entries[correction.Id()].GetProperty("correctsEntryId").GetGuid(), Is.EqualTo(original.Id()));
            Assert.That(entries[correction.Id()].GetProperty("correctedByEntryIds").EnumerateArray().Select(i => i.GetGuid()),
                Is.EqualTo(new[] { again.Id() }));
        });

        // Only an entry of the same FIR's diary can be corrected.
        var founding = Entries(await (await Read(Demo.FoundingFirId)).ShouldBe(HttpStatusCode.OK))[0].Id();
        Assert.That((await (await Write(firId, Entry(day2, corrects: founding))).ShouldBe(HttpStatusCode.UnprocessableEntity, "CaseDiary.UnknownEntry"))
            .FieldErrors(), Is.EqualTo(new[] { "correctsEntryId" }));
    }

    [Test]
    public async Task A_prosecutor_reads_the_diary_only_after_the_SHO_shares_it()
    {
        var (firId, _, day1, _) = await NewCase();
        await (await Write(firId, Entry(day1))).ShouldBe(HttpStatusCode.Created);
        await (await Read(firId, Demo.ProsecutorKashmir)).ShouldBe(HttpStatusCode.Forbidden);

        var io = await App.ClientFor(Demo.IoKashmir);
        await (await io.PostAsync($"/api/firs/{firId}/diary/share", null)).ShouldBe(HttpStatusCode.Forbidden);
        var sho = await App.ClientFor(Demo.ShoKashmir);
        var share = await (await sho.PostAsync($"/api/firs/{firId}/diary/share", null)).ShouldBe(HttpStatusCode.OK);
        Assert.That(share.GetProperty("sharedBy").GetProperty("id").GetGuid(), Is.EqualTo(Demo.OfficerId(Demo.ShoKashmir)));
        await (await sho.PostAsync($"/api/firs/{firId}/diary/share", null)).ShouldBe(HttpStatusCode.Conflict, "CaseDiary.AlreadyShared");

        var diary = await (await Read(firId, Demo.ProsecutorKashmir)).ShouldBe(HttpStatusCode.OK);
        Assert.That(Entries(diary), Has.Count.EqualTo(1));
        Assert.That(diary.GetProperty("sharedWithProsecutors").GetProperty("sharedBy").GetProperty("id").GetGuid(),
            Is.EqualTo(Demo.OfficerId(Demo.ShoKashmir)));
        // Sharing lets the prosecutor read, never write.
        await (await Write(firId, Entry(day1), Demo.ProsecutorKashmir)).ShouldBe(HttpStatusCode.Forbidden);
    }

    [Test]
    public async Task Every_read_is_an_event_in_the_audit_trail()
    {
        var (firId, _, day1, _) = await NewCase();
        await (await Write(firId, Entry(day1))).ShouldBe(HttpStatusCode.Created);
        Task<List<(Guid? OfficerId, string Action)>> Reads() => App.WithDb(db => db.AuditRecords.AsNoTracking()
            .Where(a => a.Action == "ReadCaseDiary" && a.EntityId == firId.ToString())
            .Select(a => ValueTuple.Create(a.OfficerId, a.Action)).ToListAsync());
        Assert.That(await Reads(), Is.Empty, "writing is not reading");

        await (await Read(firId)).ShouldBe(HttpStatusCode.OK);
        await (await Read(firId, Demo.ShoKashmir)).ShouldBe(HttpStatusCode.OK);
        await (await Read(firId, Demo.ProsecutorKashmir)).ShouldBe(HttpStatusCode.Forbidden);

        Assert.That((await Reads()).Select(r => r.OfficerId),
            Is.EqualTo(new Guid?[] { Demo.OfficerId(Demo.IoKashmir), Demo.OfficerId(Demo.ShoKashmir) }));
    }

    [Test]
    public async Task Another_stations_FIR_answers_404()
    {
        foreach (var user in new[] { Demo.IoJammu, Demo.ShoJammu })
        {
            await (await Read(Demo.FoundingFirId, user)).ShouldBe(HttpStatusCode.NotFound, "Fir.NotFound");
            await (await Write(Demo.FoundingFirId, Entry(new DateOnly(2021, 1, 14)), user)).ShouldBe(HttpStatusCode.NotFound, "Fir.NotFound");
            await (await Close(Demo.FoundingFirId, new DateOnly(2021, 1, 14), user)).ShouldBe(HttpStatusCode.NotFound, "Fir.NotFound");
        }

        var sho = await App.ClientFor(Demo.ShoJammu);
        await (await sho.PostAsync($"/api/firs/{Demo.FoundingFirId}/diary/share", null)).ShouldBe(HttpStatusCode.NotFound, "Fir.NotFound");
    }

    [Test]
    public async Task Only_the_IO_of_the_case_and_the_SHO_write_and_read_it()
    {
        var (firId, _, day1, _) = await NewCase();
        await (await Write(firId, Entry(day1), Demo.Io2Kashmir)).ShouldBe(HttpStatusCode.Forbidden);
        await (await Write(firId, Entry(day1), Demo.MalkhanaKashmir)).ShouldBe(HttpStatusCode.Forbidden);
        await (await Write(firId, Entry(day1), Demo.ShoKashmir)).ShouldBe(HttpStatusCode.Created);
        await (await Close(firId, day1, Demo.Io2Kashmir)).ShouldBe(HttpStatusCode.Forbidden);

        await (await Read(firId, Demo.Io2Kashmir)).ShouldBe(HttpStatusCode.Forbidden);
        await (await Read(firId, Demo.MalkhanaKashmir)).ShouldBe(HttpStatusCode.Forbidden);
        await (await Read(firId, Demo.Admin)).ShouldBe(HttpStatusCode.Forbidden);
        await (await Read(firId)).ShouldBe(HttpStatusCode.OK);
    }
}
