using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json;
using CyberCase.Api.Tests.Exhibits;
using CyberCase.Api.Tests.Infrastructure;
using CyberCase.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace CyberCase.Api.Tests.Investigation;

/// <summary>
/// Issue 12, part 4: times checked against what they depend on at write time, refused with 422 and the field named
/// (docs/consistency.md). The pure rules are tested in the domain (EventTimeRulesTests); these drive the handlers.
/// </summary>
public sealed class ConsistencyTests : ApiTest
{
    // The tests move the clock by hours; tokens must outlive that.
    protected override Dictionary<string, string?> Settings => new() { ["Jwt:LifetimeMinutes"] = "4320" };

    private static void Refused(JsonElement problem, string field) => Assert.That(problem.FieldErrors(), Is.EqualTo(new[] { field }));

    private async Task<HttpResponseMessage> Plan(Guid firId, DateTimeOffset at, string lead = Demo.IoKashmir, string premises = "Bluewave Infotech")
    {
        var p = await App.NewPremises(name: premises);
        var sho = await App.ClientFor(Demo.ShoKashmir);
        return await sho.PostAsJsonAsync($"/api/firs/{firId}/raids", Investigation.RaidBody(p.Id(), at, lead));
    }

    [Test]
    public async Task A_raid_is_neither_scheduled_nor_started_before_its_FIR_was_registered()
    {
        var fir = await App.NewFir();
        var registeredAt = fir.GetProperty("registeredAt").GetDateTimeOffset();
        Refused(await (await Plan(fir.Id(), registeredAt.AddDays(-30))).ShouldBe(HttpStatusCode.UnprocessableEntity, "Raid.BeforeFirRegistration"),
            "scheduledAt");
        var raid = await (await Plan(fir.Id(), Investigation.NextFreeSlot(App))).ShouldBe(HttpStatusCode.Created);

        var io = await App.ClientFor(Demo.IoKashmir);
        Refused(await (await io.PostAsJsonAsync($"/api/raids/{raid.Id()}/start", new { startedAt = registeredAt.AddMinutes(-1), version = raid.Version() }))
            .ShouldBe(HttpStatusCode.UnprocessableEntity, "Raid.BeforeFirRegistration"), "startedAt");
        await (await io.PostAsJsonAsync($"/api/raids/{raid.Id()}/start", new { startedAt = registeredAt.AddSeconds(1), version = raid.Version() }))
            .ShouldBe(HttpStatusCode.OK);
    }

    [Test]
    public async Task An_officer_already_in_a_raid_team_at_an_overlapping_time_is_refused_for_another()
    {
        var fir = await App.NewFir();
        var at = Investigation.NextFreeSlot(App, slots: 3);
        var first = await (await Plan(fir.Id(), at)).ShouldBe(HttpStatusCode.Created); // lead io.kashmir, member io2.kashmir

        Refused(await (await Plan(fir.Id(), at.AddHours(2))).ShouldBe(HttpStatusCode.UnprocessableEntity, "Raid.OfficerInOverlappingRaid"),
            "leadOfficerId");
        Refused(await (await Plan(fir.Id(), at.AddHours(-1), lead: Demo.ShoKashmir)).ShouldBe(HttpStatusCode.UnprocessableEntity,
            "Raid.OfficerInOverlappingRaid"), "members[0].officerId");

        // A planned raid holds its team for the assumed duration of a search; after it, or once it is called off, they are free.
        await (await Plan(fir.Id(), at + Domain.Raids.Raid.AssumedDuration, lead: Demo.ShoKashmir)).ShouldBe(HttpStatusCode.Created);
        var sho = await App.ClientFor(Demo.ShoKashmir);
        await (await sho.PostAsJsonAsync($"/api/raids/{first.Id()}/call-off", new { reason = "Premises found shut", version = first.Version() }))
            .ShouldBe(HttpStatusCode.OK);
        await (await Plan(fir.Id(), at)).ShouldBe(HttpStatusCode.Created);
    }

    [Test]
    public async Task The_founding_case_has_no_officer_in_two_raids_at_overlapping_times()
    {
        var raids = await App.WithDb(db => db.Raids.AsNoTracking().Where(r => r.FirId == Demo.FoundingFirId).ToListAsync());
        Assert.That(raids, Has.Count.EqualTo(4));
        var clashes = from a in raids
                      from b in raids
                      where a.Id.CompareTo(b.Id) < 0 && a.StationOfficers.Intersect(b.StationOfficers).Any()
                            && a.Overlaps(b.Occupies!.Value.From, b.Occupies.Value.To)
                      select (a.Id, b.Id);
        Assert.That(clashes, Is.Empty);
    }

    /// <summary>A raid started two hours ago and completed an hour ago.</summary>
    private async Task<(Guid FirId, JsonElement Raid, DateTimeOffset Started, DateTimeOffset Ended)> RaidDoneAnHourAgo()
    {
        var (firId, _, raid) = await App.PlannedRaid();
        App.Clock.Advance(TimeSpan.FromHours(3));
        var io = await App.ClientFor(Demo.IoKashmir);
        var started = App.Clock.GetUtcNow().AddHours(-2);
        var ended = App.Clock.GetUtcNow().AddHours(-1);
        raid = await (await io.PostAsJsonAsync($"/api/raids/{raid.Id()}/start",
            new { startedAt = started, witnesses = Investigation.TwoWitnesses, version = raid.Version() })).ShouldBe(HttpStatusCode.OK);
        raid = await (await io.PostAsJsonAsync($"/api/raids/{raid.Id()}/complete",
            new { endedAt = ended, audioVideoRecorded = true, version = raid.Version() })).ShouldBe(HttpStatusCode.OK);
        return (firId, raid, started, ended);
    }

    [Test]
    public async Task An_arrest_made_in_a_raid_falls_within_the_search()
    {
        var (firId, raid, started, ended) = await RaidDoneAnHourAgo();
        var io = await App.ClientFor(Demo.IoKashmir);
        var a = await App.NewAccused(firId, "Arrested Outside");
        foreach (var at in new[] { started.AddDays(-5), ended.AddMinutes(30) })
        {
            Refused(await (await io.PostAsJsonAsync($"/api/accused/{a.Id()}/arrest", Investigation.ArrestBody(a.Version(), at, raid.Id())))
                .ShouldBe(HttpStatusCode.UnprocessableEntity, "Accused.ArrestOutsideRaid"), "arrestedAt");
        }

        var arrested = await (await io.PostAsJsonAsync($"/api/accused/{a.Id()}/arrest", Investigation.ArrestBody(a.Version(), started.AddMinutes(20), raid.Id())))
            .ShouldBe(HttpStatusCode.OK);
        Assert.That(arrested.GetProperty("status").GetString(), Is.EqualTo("Arrested"));
    }

    [Test]
    public async Task A_production_follows_the_arrest_and_custody_is_recorded_in_order()
    {
        var fir = await App.NewFir();
        var a = await App.NewAccused(fir.Id(), "Produced In Order");
        var io = await App.ClientFor(Demo.IoKashmir);
        var arrestedAt = App.Clock.GetUtcNow().AddHours(-6);
        var arrested = await (await io.PostAsJsonAsync($"/api/accused/{a.Id()}/arrest", Investigation.ArrestBody(a.Version(), arrestedAt)))
            .ShouldBe(HttpStatusCode.OK);
        Refused(await (await io.PostAsJsonAsync($"/api/accused/{a.Id()}/custody",
                new { @event = "ProducedBeforeMagistrate", at = arrestedAt.AddHours(-1), court = "CJM Srinagar", version = arrested.Version() }))
            .ShouldBe(HttpStatusCode.UnprocessableEntity, "Accused.CustodyBeforeArrest"), "at");
        var produced = await (await io.PostAsJsonAsync($"/api/accused/{a.Id()}/custody",
                new { @event = "ProducedBeforeMagistrate", at = arrestedAt.AddHours(4), court = "CJM Srinagar", version = arrested.Version() }))
            .ShouldBe(HttpStatusCode.OK);
        Refused(await (await io.PostAsJsonAsync($"/api/accused/{a.Id()}/custody",
                new { @event = "PoliceCustody", at = arrestedAt.AddHours(3), court = "CJM Srinagar", version = produced.Version() }))
            .ShouldBe(HttpStatusCode.UnprocessableEntity, "Accused.CustodyOutOfOrder"), "at");
        var remanded = await (await io.PostAsJsonAsync($"/api/accused/{a.Id()}/custody",
                new { @event = "PoliceCustody", at = arrestedAt.AddHours(4), court = "CJM Srinagar", version = produced.Version() }))
            .ShouldBe(HttpStatusCode.OK);
        Assert.That(remanded.GetProperty("status").GetString(), Is.EqualTo("PoliceCustody"));
    }

    [Test]
    public async Task A_seizure_memo_is_not_drawn_up_before_the_search_began_and_a_fast_field_clock_is_tolerated()
    {
        var (_, _, raid) = await App.RaidInProgress();
        var startedAt = raid.GetProperty("startedAt").GetDateTimeOffset();
        var io = await App.ClientFor(Demo.IoKashmir);
        var url = $"/api/raids/{raid.Id()}/seizure-memos";
        Refused(await (await io.PostAsJsonAsync(url, Seizures.MemoBody(startedAt.AddMinutes(-1), [Seizures.Phone()])))
            .ShouldBe(HttpStatusCode.UnprocessableEntity, "SeizureMemo.TimeOutsideRaid"), "drawnUpAt");
        var beyond = App.Clock.GetUtcNow() + EventTimes.ClockSkewTolerance + TimeSpan.FromSeconds(1);
        Refused(await (await io.PostAsJsonAsync(url, Seizures.MemoBody(beyond, [Seizures.Phone()])))
            .ShouldBe(HttpStatusCode.UnprocessableEntity, "SeizureMemo.TimeOutsideRaid"), "drawnUpAt");
        await (await io.PostAsJsonAsync(url, Seizures.MemoBody(App.Clock.GetUtcNow() + EventTimes.ClockSkewTolerance, [Seizures.Phone()])))
            .ShouldBe(HttpStatusCode.Created);
    }

    [Test]
    public async Task No_custody_entry_or_forensic_image_of_an_exhibit_precedes_its_seizure()
    {
        var memo = await App.NewMemo();
        var exhibit = await App.GetExhibit(memo.Items().First().Id());
        var seizedAt = exhibit.GetProperty("seizedAt").GetDateTimeOffset();
        var io = await App.ClientFor(Demo.IoKashmir);
        Refused(await (await io.Transfer(exhibit.Id(), Seizures.ToMalkhana, exhibit.Version(), seizedAt.AddHours(-1)))
            .ShouldBe(HttpStatusCode.UnprocessableEntity, "Custody.BeforeSeizure"), "at");

        var sha = Convert.ToHexString(SHA256.HashData(Guid.NewGuid().ToByteArray()));
        var images = $"/api/exhibits/{exhibit.Id()}/images";
        Refused(await (await io.PostAsJsonAsync(images, new { description = "Extraction", sha256 = sha, madeAt = seizedAt.AddDays(-1) }))
            .ShouldBe(HttpStatusCode.UnprocessableEntity, "Exhibit.ImageBeforeSeizure"), "madeAt");
        Refused(await (await io.PostAsJsonAsync(images, new { description = "Extraction", sha256 = sha, madeAt = App.Clock.GetUtcNow().AddMinutes(6) }))
            .ShouldBe(HttpStatusCode.UnprocessableEntity, "Exhibit.ImageInFuture"), "madeAt");
        await (await io.PostAsJsonAsync(images, new { description = "Extraction", sha256 = sha, madeAt = App.Clock.GetUtcNow().AddMinutes(4) }))
            .ShouldBe(HttpStatusCode.Created);
        exhibit = await App.GetExhibit(exhibit.Id());
        await (await io.Transfer(exhibit.Id(), Seizures.ToMalkhana, exhibit.Version(), seizedAt.AddSeconds(1))).ShouldBe(HttpStatusCode.OK);
    }
}
