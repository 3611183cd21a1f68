using System.Diagnostics;
using CyberCase.Application.Persistence;
using CyberCase.Domain.Accused;
using CyberCase.Domain.Common;
using CyberCase.Domain.Exhibits;
using CyberCase.Domain.Firs;
using CyberCase.Domain.Places;
using CyberCase.Domain.Raids;
using CyberCase.Domain.Statutes;
using CyberCase.Infrastructure.Seeding;
using CyberCase.Infrastructure.Seeding.Demo;
using Microsoft.Extensions.DependencyInjection;

namespace CyberCase.Benchmarks;

/// <summary>
/// GET /api/firs/{id}/scrutiny through the real API on Kestrel, one request at a time (latency, not throughput): the
/// founding case (23 accused, 47 exhibits), then a large case seeded next to it: 200 accused arrested in 10 searches
/// and 2,000 exhibits seized under their 10 memos, each with its custody to the malkhana. Targets: p95 < 200 ms and < 1 s.
/// </summary>
public static class ScrutinyBenchmark
{
    private const int Warmup = 30;
    private const int Samples = 200;

    public static async Task Run()
    {
        using var api = new ApiHost(Measure.TempDirectory("scrutiny-api"));
        var client = await api.SignedInClient("prosecutor.kashmir");
        await Report(client, "founding case (23 accused, 47 exhibits)", DemoFirs.FoundingFirId, 200);

        var large = await SeedLargeCase(api.Services, accused: 200, exhibits: 2000);
        await Report(client, "large case (200 accused, 2,000 exhibits)", large, 1000);
    }

    private static async Task Report(HttpClient client, string title, Guid firId, double targetMs)
    {
        var path = $"/api/firs/{firId}/scrutiny";
        var body = await client.GetStringAsync(path);
        for (var i = 0; i < Warmup; i++)
        {
            (await client.GetAsync(path)).EnsureSuccessStatusCode();
        }

        var times = new List<double>();
        for (var i = 0; i < Samples; i++)
        {
            var watch = Stopwatch.StartNew();
            using var response = await client.GetAsync(path);
            await response.Content.ReadAsByteArrayAsync();
            response.EnsureSuccessStatusCode();
            times.Add(watch.Elapsed.TotalMilliseconds);
        }

        Console.WriteLine($"{title}: p50 {Measure.Percentile(times, 50),7:F1} ms  p95 {Measure.Percentile(times, 95),7:F1} ms  " +
            $"max {times.Max(),7:F1} ms  ({Samples} sequential requests, {body.Length / 1024.0:F0} KiB of JSON; target p95 < {targetMs:F0} ms)");
    }

    /// <summary>The large case, written through the entities' own methods in one unit of work, as the demo seed is.</summary>
    private static async Task<Guid> SeedLargeCase(IServiceProvider services, int accused, int exhibits)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CyberCaseDbContext>();
        var kz = ReferenceData.StationId("CPS-KZ");
        var io = DemoOfficers.IoKashmir;
        DateTimeOffset At(int day, int h, int m) => new DateTimeOffset(2021, 2, day, h, m, 0, Ist.Offset);
        var registered = At(1, 10, 0);
        var now = At(20, 12, 0);
        var fir = Fir.Register(DeterministicGuid.From("bench:scrutiny:fir"), kz, 900, registered, io.Id, "GD-900/2021",
            At(1, 8, 0), At(1, 9, 0), "Srinagar", InformationType.SuoMotu, new Informant { Name = io.FullName },
            [new FirSection(Act.IPC, "420"), new FirSection(Act.ITAct, "66D")], "A large call-centre case for the scrutiny benchmark.");
        fir.AssignTo(io.Id);
        db.Firs.Add(fir);

        const int searches = 10;
        var raids = new List<(Raid Raid, SeizureMemo Memo)>();
        for (var r = 0; r < searches; r++)
        {
            var premises = Premises.Register(DeterministicGuid.From($"bench:scrutiny:premises:{r}"), kz, $"Call centre {r + 1}", PremisesKind.CallCentre,
                new PostalAddress { Line = $"Building {r + 1}", City = "Srinagar", District = "Srinagar", State = "Jammu and Kashmir" },
                34.0 + (r * 0.001), 74.79, null, null, null, registered, io.Id);
            db.Premises.Add(premises);
            // One search after another on consecutive days: the same team is never in two places at once.
            var start = At(2 + r, 10, 0);
            var raid = Raid.Plan(DeterministicGuid.From($"bench:scrutiny:raid:{r}"), kz, fir.Id, premises.Id, start, io.Id,
                [new RaidMember { OfficerId = DemoOfficers.Io2Kashmir.Id }], "Search", "Source information verified.", registered.AddHours(1), io.Id, registered);
            raid.Start(start, io.Id, [new RaidWitness { Name = "A Witness", Parentage = "S/o B", Address = "Srinagar" },
                new RaidWitness { Name = "C Witness", Parentage = "S/o D", Address = "Srinagar" }], registered, now);
            raid.Complete(start.AddHours(5), io.Id, [], true, start.AddHours(8), null, now);
            db.Raids.Add(raid);
            var memo = SeizureMemo.DrawUp(DeterministicGuid.From($"bench:scrutiny:memo:{r}"), kz, fir.Id, raid.Id, premises.Id, $"SM-B{r}/2021",
                start.AddHours(4), [new MemoWitness("A Witness", "S/o B", "Srinagar"), new MemoWitness("C Witness", "S/o D", "Srinagar")], "Occupant", io.Id);
            db.SeizureMemos.Add(memo);
            raids.Add((raid, memo));
        }

        for (var n = 1; n <= accused; n++)
        {
            var (raid, _) = raids[(n - 1) % searches];
            var person = AccusedPerson.Record(DeterministicGuid.From($"bench:scrutiny:person:{n}"), kz, $"Accused Person {n}", [], ParentageRelation.SonOf,
                "Parent", Gender.Male, null, 25, "Srinagar", [], null, registered);
            db.AccusedPersons.Add(person);
            var a = CaseAccused.Add(DeterministicGuid.From($"bench:scrutiny:accused:{n}"), kz, fir.Id, person.Id, n, AccusedRole.Caller, null, raid.PremisesId,
                registered, io.Id);
            var arrested = raid.StartedAt!.Value.AddMinutes(n % 240);
            a.RecordArrest(new ArrestMemo(DeterministicGuid.From($"bench:scrutiny:arrest:{n}"), a.Id, arrested, "Call centre", io.Id, raid.Id,
                "Informed of the offences.", "A Witness", "Srinagar", true, "Parent", "Father", InformedBy.Phone, arrested.AddMinutes(30),
                arrested.AddHours(2), "Medical Officer", io.Id, arrested.AddHours(3)), now);
            a.RecordCustody(DeterministicGuid.From($"bench:scrutiny:custody:{n}:1"), CustodyRecordKind.ProducedBeforeMagistrate, arrested.AddHours(20),
                "CJM Srinagar", null, null, null, io.Id, now);
            a.RecordCustody(DeterministicGuid.From($"bench:scrutiny:custody:{n}:2"), CustodyRecordKind.JudicialCustody, arrested.AddHours(20.5),
                "CJM Srinagar", null, null, null, io.Id, now);
            db.CaseAccused.Add(a);
        }

        for (var n = 1; n <= exhibits; n++)
        {
            var (raid, memo) = raids[(n - 1) % searches];
            var e = Exhibit.Seize(DeterministicGuid.From($"bench:scrutiny:exhibit:{n}"), kz, fir.Id, memo.Id, 100_000 + n,
                new Exhibit.Identity(ExhibitKind.Desktop, $"Desktop computer {n}", "Dell", "OptiPlex", "Black", $"SN-{n}", [], null, null, $"SEAL-B{n}",
                    "Working", "Calling floor", raid.PremisesId, null, null),
                memo.DrawnUpAt, io.Id, io.FullName);
            e.Transfer(Guid.CreateVersion7(), raid.EndedAt!.Value.AddMinutes(30), new CustodyHolder(CustodyHolderKind.Malkhana, null, null),
                "Deposited", true, null, io.Id, false);
            db.Exhibits.Add(e);
        }

        var watch = Stopwatch.StartNew();
        await db.SaveChangesAsync();
        Console.WriteLine($"seeded the large case in {watch.Elapsed.TotalSeconds:F1} s");
        return fir.Id;
    }
}
