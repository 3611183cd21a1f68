using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CyberCase.Api.Tests.Evidence;
using CyberCase.Api.Tests.Exhibits;
using CyberCase.Api.Tests.Infrastructure;
using CyberCase.Api.Tests.Investigation;
using Microsoft.EntityFrameworkCore;

namespace CyberCase.Api.Tests.Platform;

/// <summary>
/// Two API hosts on one SQLite file, as when a station runs a second API process: each has its own write gate, caches
/// and connection pool, and nothing but the database file in common. Writing through both at once must leave FIR
/// numbers without a duplicate or a gap, and the audit chain and every custody chain unforked and verifying.
/// </summary>
public sealed class TwoHostsOneDatabaseTests
{
    private CyberCaseApp _first = null!;
    private CyberCaseApp _second = null!;

    [OneTimeSetUp]
    public void StartBoth()
    {
        _first = new CyberCaseApp();
        _ = _first.Server; // migrated and seeded before the second starts on the same file
        _second = new CyberCaseApp(sharedWith: _first);
        _ = _second.Server;
    }

    [OneTimeTearDown]
    public void StopBoth()
    {
        _second.Dispose();
        _first.Dispose();
    }

    [Test]
    public async Task FIRs_custody_transfers_and_uploads_written_through_both_hosts_at_once_keep_every_number_and_chain()
    {
        var ioOnFirst = await _first.ClientFor(Demo.IoKashmir);
        var io2OnSecond = await _second.ClientFor(Demo.Io2Kashmir);
        var shoOnFirst = await _first.ClientFor(Demo.ShoKashmir);
        var shoOnSecond = await _second.ClientFor(Demo.ShoKashmir);
        var memo = await _first.NewMemo(Seizures.Phone(), Seizures.Phone());
        var exhibits = memo.Items().Select(i => i.Id()).ToList();
        var caseId = await _first.NewFir();
        // Each host's clock is fixed at its start; the later one is valid on both (within the 5-minute allowance).
        var at = _second.Clock.GetUtcNow();

        var registrations = Enumerable.Range(0, 40).Select(i =>
            (i % 2 == 0 ? ioOnFirst : io2OnSecond).PostAsJsonAsync("/api/firs", Demo.NewFirBody(informant: $"Two hosts {i}")));
        // Three at a time per officer and host at most: an officer may have three uploads in flight (429 beyond).
        var uploaders = new[] { ioOnFirst, shoOnFirst, io2OnSecond, shoOnSecond };
        var uploads = Enumerable.Range(0, 12).Select(i =>
            uploaders[i % uploaders.Length].Upload(caseId, EvidenceUploads.Png(20_000 + i), $"two-hosts-{i}.png"));
        // Two SHOs, one on each host, hand each exhibit back and forth between the two IOs five times each.
        var handOvers = exhibits.SelectMany(exhibit => new[]
        {
            HandOverAsync(shoOnFirst, exhibit, Demo.IoKashmir, at, times: 5),
            HandOverAsync(shoOnSecond, exhibit, Demo.Io2Kashmir, at, times: 5),
        });

        var registered = await Task.WhenAll(registrations);
        var uploaded = await Task.WhenAll(uploads);
        await Task.WhenAll(handOvers);

        var numbers = new List<int>();
        foreach (var response in registered)
        {
            var number = (await response.ShouldBe(HttpStatusCode.Created)).GetProperty("number").GetString()!;
            numbers.Add(int.Parse(number.Split('/')[0], System.Globalization.CultureInfo.InvariantCulture));
        }

        numbers.Sort();
        Assert.That(numbers, Is.EqualTo(Enumerable.Range(numbers[0], 40)), "40 consecutive FIR numbers: none repeated, none skipped");
        foreach (var response in uploaded)
        {
            await response.ShouldBe(HttpStatusCode.Created);
        }

        foreach (var exhibit in exhibits)
        {
            var log = await (await ioOnFirst.GetAsync($"/api/exhibits/{exhibit}/custody")).ShouldBe(HttpStatusCode.OK);
            var sequences = log.GetProperty("events").EnumerateArray().Select(e => e.GetProperty("sequence").GetInt32()).ToList();
            Assert.That(sequences, Is.EqualTo(Enumerable.Range(1, 11)), "the seizure and ten hand-overs, one chain");
            Assert.That(log.GetProperty("verified").GetBoolean(), Is.True);
        }

        var admin = await _second.ClientFor(Demo.Admin);
        var verify = await (await admin.GetAsync("/api/audit/verify")).ShouldBe(HttpStatusCode.OK);
        Assert.That(verify.GetProperty("valid").GetBoolean(), Is.True, verify.ToString());
        var evidence = await (await shoOnSecond.PostAsJsonAsync("/api/evidence/verify", new { firId = caseId })).ShouldBe(HttpStatusCode.OK);
        Assert.That(evidence.GetProperty("total").GetInt32(), Is.EqualTo(12));
        Assert.That(evidence.GetProperty("ok").GetBoolean(), Is.True);
        var auditSequences = await _first.WithDb(db => db.AuditRecords.OrderBy(a => a.Sequence).Select(a => a.Sequence).ToListAsync());
        Assert.That(auditSequences, Is.EqualTo(Enumerable.Range(1, auditSequences.Count).Select(i => (long)i)), "one audit chain, no fork");
    }

    /// <summary>
    /// Hands the exhibit to <paramref name="receiver"/> <paramref name="times"/> times, each time from the other IO. A
    /// hand-over that lost the race (409: the exhibit moved since it was read) or found the exhibit already with the
    /// receiver (the other SHO has not moved it back yet) reads again and retries.
    /// </summary>
    private static async Task HandOverAsync(HttpClient sho, Guid exhibit, string receiver, DateTimeOffset at, int times)
    {
        var receiverId = Demo.OfficerId(receiver);
        for (var done = 0; done < times;)
        {
            var current = await (await sho.GetAsync($"/api/exhibits/{exhibit}")).ShouldBe(HttpStatusCode.OK);
            var holder = current.GetProperty("holder");
            if (holder.TryGetProperty("officerId", out var id) && id.ValueKind == JsonValueKind.String && id.GetGuid() == receiverId)
            {
                await Task.Delay(Random.Shared.Next(1, 10));
                continue;
            }

            var response = await sho.Transfer(exhibit, new { kind = "Officer", officerId = receiverId }, current.Version(), at, "Examination");
            if (response.StatusCode == HttpStatusCode.OK)
            {
                done++;
            }
            else
            {
                await response.ShouldBe(HttpStatusCode.Conflict, "Concurrency.Conflict");
            }
        }
    }
}
