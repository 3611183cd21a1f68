using System.Net;
using System.Net.Http.Json;
using CyberCase.Api.Tests.Evidence;
using CyberCase.Api.Tests.Exhibits;
using CyberCase.Api.Tests.Infrastructure;
using CyberCase.Domain.Common;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using static CyberCase.Api.Tests.Investigation.Investigation;

namespace CyberCase.Api.Tests.Scrutiny;

/// <summary>
/// Issue 12, part 5, end to end: a clean case reports nothing; a case with one defect of each kind planted (through the
/// API where the write path allows it, in the database where it refuses it, as records from before the checks would be)
/// reports each with its provision in the new regime.
/// </summary>
public sealed class ScrutinyEndToEndTests : ApiTest
{
    private static readonly DateTimeOffsetToBinaryConverter Stored = new();

    private static string Id(Guid id) => id.ToString().ToUpperInvariant();

    private static long Binary(DateTimeOffset at) => (long)Stored.ConvertToProvider(at)!;

    [Test]
    public async Task A_case_with_one_defect_of_each_kind_reports_each_with_its_provision()
    {
        // No forensic expert's visit, though BNS 318(4) carries seven years.
        var (firId, raid1, inRaid, exhibit1) = await App.CleanCase(forensicVisit: false);
        var io = await App.ClientFor(Demo.IoKashmir);
        var sho = await App.ClientFor(Demo.ShoKashmir);
        var now = App.Clock.GetUtcNow();

        // Arrests: after 24 h, not countersigned, nobody informed, no medical examination.
        var late = await App.NewSuspect(firId, "Owais Manzoor Dar");
        await App.Arrest(late, now.AddHours(-30), countersigned: false, informed: false, examined: false);
        await App.ProduceAndRemand(late, now.AddHours(-2));
        // A woman arrested at night (23:00 IST two days ago: "yesterday" made her production at 01:00 IST a future time
        // when the suite ran between 23:00 and 01:00 IST).
        var woman = await App.NewSuspect(firId, "Ruqaya Jan", "Female");
        var yesterday = now.ToIst().Date.AddDays(-2);
        var night = new DateTimeOffset(yesterday.Year, yesterday.Month, yesterday.Day, 23, 0, 0, Ist.Offset);
        await App.Arrest(woman, night);
        await App.ProduceAndRemand(woman, night.AddHours(2));
        await App.ExecuteRawSqlAsync($"UPDATE ArrestMemos SET AttestingWitnessName = '' WHERE upper(AccusedId) = '{Id(woman)}'");
        // In custody 70 days with no police report; a child.
        var longHeld = await App.NewSuspect(firId, "Adil Farooq Mir");
        await App.Arrest(longHeld, now.AddDays(-70));
        await App.ProduceAndRemand(longHeld, now.AddDays(-70).AddHours(3));
        await App.NewSuspect(firId, "Basit Rehman Khan", age: 16);

        var fir = await (await io.GetAsync($"/api/firs/{firId}")).ShouldBe(HttpStatusCode.OK);

        // A second search by the same team while the first still ran on paper, recorded but not forwarded; its memo gives
        // no copy to the occupant; the IO keeps its phone while in the first search.
        var premises = await App.NewPremises(firId, "Quickfix Helpdesk");
        var raid2 = await (await sho.PostAsJsonAsync($"/api/firs/{firId}/raids", RaidBody(premises.Id(), NextFreeSlot(App)))).ShouldBe(HttpStatusCode.Created);
        await App.ReasonsInDiary(firId, raid2.Id());
        App.Clock.Advance(TimeSpan.FromMinutes(1));
        await App.StartedRaid(raid2);
        App.Clock.Advance(TimeSpan.FromMinutes(1));
        var memo2 = await (await io.PostAsJsonAsync($"/api/raids/{raid2.Id()}/seizure-memos", new
        {
            memoNumber = Seizures.Unique("SM"),
            drawnUpAt = App.Clock.GetUtcNow(),
            witnesses = TwoWitnesses,
            items = new[] { Seizures.Phone(), Seizures.Laptop() },
        })).ShouldBe(HttpStatusCode.Created);
        App.Clock.Advance(TimeSpan.FromMinutes(1));
        await App.CompleteRaid(raid2.Id(), recorded: true, forwardedAt: null);
        var kept = memo2.Items().First().Id();
        var laptop = memo2.Items().Last().Id();
        // The first search: one witness left, not on video, reasons written after it began, stretched over the second.
        await App.ExecuteRawSqlAsync($"DELETE FROM RaidWitnesses WHERE upper(RaidId) = '{Id(raid1)}' AND Position = 2");
        await App.ExecuteRawSqlAsync($"UPDATE Raids SET AudioVideoRecorded = 0, RecordingForwardedToMagistrateAt = NULL, ReasonsDiaryEntryId = NULL, " +
            $"PlannedAt = {Binary(now)}, EndedAt = {Binary(App.Clock.GetUtcNow().AddHours(1))} WHERE upper(Id) = '{Id(raid1)}'");
        // The arrest in the first search dated five days before it; the search itself before the FIR.
        await App.ExecuteRawSqlAsync($"UPDATE ArrestMemos SET ArrestedAt = {Binary(now.AddDays(-5))} WHERE upper(AccusedId) = '{Id(inRaid)}'");
        var registered = fir.GetProperty("registeredAt").GetDateTimeOffset();
        await App.ExecuteRawSqlAsync($"UPDATE Raids SET StartedAt = {Binary(registered.AddDays(-30))} WHERE upper(Id) = '{Id(raid2.Id())}'");
        // The deposited phone: an entry missing from its log. The laptop: seized after its memo, custody before its seizure.
        await App.ExecuteRawSqlAsync($"UPDATE CustodyEvents SET Sequence = 5 WHERE upper(ExhibitId) = '{Id(exhibit1)}' AND Sequence = 2");
        await App.ExecuteRawSqlAsync($"UPDATE Exhibits SET SeizedAt = {Binary(App.Clock.GetUtcNow().AddHours(2))} WHERE upper(Id) = '{Id(laptop)}'");
        // Something in the future: the woman's remand.
        await App.ExecuteRawSqlAsync($"UPDATE CustodyRecords SET At = {Binary(App.Clock.GetUtcNow().AddDays(3))} WHERE upper(AccusedId) = '{Id(woman)}' AND Kind = 'JudicialCustody'");
        // An image relied on without a certificate; a demo file and a "signed original" naming nobody.
        await (await io.PostAsJsonAsync($"/api/exhibits/{kept}/images", new
        {
            description = "Logical extraction of the phone",
            sha256 = new string('c', 64),
            madeAt = App.Clock.GetUtcNow(),
        })).ShouldBe(HttpStatusCode.Created);
        await (await io.Upload(firId, EvidenceUploads.Png(), "demo-memo.png", "Seizure memo")).ShouldBe(HttpStatusCode.Created);
        await (await io.Upload(firId, EvidenceUploads.Png(), "memo.png", "Original seizure memo signed by the witnesses")).ShouldBe(HttpStatusCode.Created);

        // Last, since only the case's IO records its evidence: the investigation reassigned to a Sub-Inspector.
        fir = await (await io.GetAsync($"/api/firs/{firId}")).ShouldBe(HttpStatusCode.OK);
        await (await sho.PostAsJsonAsync($"/api/firs/{firId}/assignment", new { officerId = Demo.OfficerId(Demo.Io2Kashmir), version = fir.Version() }))
            .ShouldBe(HttpStatusCode.OK);

        var findings = (await App.Report(firId)).Findings();
        var reported = findings.Select(f => (Code: f.GetProperty("code").GetString()!, Provision: f.GetProperty("provision").GetString()))
            .Distinct().ToList();
        var expected = new (string Code, string? Provision)[]
        {
            ("Production.After24Hours", "BNSS 58"),
            ("Arrest.WomanAtNight", "BNSS 43(5)"),
            ("ArrestMemo.NoAttestingWitness", "BNSS 36"),
            ("ArrestMemo.NotCountersigned", "BNSS 36"),
            ("ArrestMemo.NominatedPersonNotInformed", "BNSS 48"),
            ("ArrestMemo.NoMedicalExamination", "BNSS 53"),
            ("Accused.UnderEighteen", "JJ Act 10"),
            ("Investigation.ItActBelowInspector", "IT Act 78"),
            ("Search.TooFewWitnesses", "BNSS 103(4)-(7)"),
            ("Search.NoOccupantCopy", "BNSS 103(4)-(7)"),
            ("Search.ReasonsNotRecordedBefore", "BNSS 185"),
            ("Search.NotVideoRecorded", "BNSS 105"),
            ("Search.RecordingNotForwarded", "BNSS 105"),
            ("Investigation.NoForensicExpertVisit", "BNSS 176(3)"),
            ("Evidence.NoCertificate", "BSA 63(4)(c)"),
            ("Custody.Gap", "BNSS 193(3)(i)"),
            ("Custody.HolderElsewhere", "BNSS 193(3)(i)"),
            ("Raid.OfficerInOverlappingRaids", null),
            ("Order.RaidBeforeFir", "BNSS 173"),
            ("Order.ArrestOutsideRaid", "BNSS 36"),
            ("Order.SeizureAfterMemo", "BNSS 103(4)-(7)"),
            ("Order.CustodyBeforeSeizure", "BNSS 193(3)(i)"),
            ("Order.InFuture", null),
            ("Deadline.ChargeSheetOverdue", "BNSS 187"),
            ("Document.Placeholder", null),
            ("Document.SignedOriginalWithoutDetails", null),
        };
        Assert.That(expected.Where(e => !reported.Contains(e)), Is.Empty,
            "reported: " + string.Join(", ", reported.Select(r => $"{r.Code} ({r.Provision})")));
        Assert.That(findings.All(f => f.GetProperty("record").GetProperty("path").GetString()!.StartsWith("/api/", StringComparison.Ordinal)));
        Assert.That(findings.All(f => f.GetProperty("cure").GetString()!.Length > 0));
    }
}
