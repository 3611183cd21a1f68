using System.Net;
using System.Net.Http.Json;
using CyberCase.Api.Tests.Infrastructure;
using CyberCase.Api.Tests.Investigation;
using static CyberCase.Api.Tests.Evidence.EvidenceUploads;

namespace CyberCase.Api.Tests.Evidence;

public sealed class EvidenceRecordTests
{
    private CyberCaseApp _app = null!;

    [OneTimeSetUp]
    public void Start() => _app = new CyberCaseApp();

    [OneTimeTearDown]
    public void Stop() => _app.Dispose();

    private async Task<System.Text.Json.JsonElement> Uploaded(Guid? firId = null)
    {
        var io = await _app.ClientFor(Demo.IoKashmir);
        return await (await io.Upload(firId ?? Demo.FoundingFirId, Png(), "wrong-case.png")).ShouldBe(HttpStatusCode.Created);
    }

    [Test]
    public async Task A_withdrawn_file_stays_in_the_record_with_the_reason()
    {
        var file = await Uploaded();
        var io = await _app.ClientFor(Demo.IoKashmir);
        var withdrawn = await (await io.PostAsJsonAsync($"/api/evidence/{file.Id()}/withdraw",
            new { reason = "Attached to the wrong FIR", version = file.GetProperty("version").GetGuid() })).ShouldBe(HttpStatusCode.OK);
        Assert.That(withdrawn.GetProperty("withdrawn").GetBoolean(), Is.True);
        Assert.That(withdrawn.GetProperty("withdrawal").GetProperty("reason").GetString(), Is.EqualTo("Attached to the wrong FIR"));
        Assert.That(withdrawn.GetProperty("withdrawal").GetProperty("by").GetProperty("id").GetGuid(), Is.EqualTo(Demo.OfficerId(Demo.IoKashmir)));
        Assert.That(withdrawn.GetProperty("version").GetGuid(), Is.Not.EqualTo(file.GetProperty("version").GetGuid()));

        var record = await (await io.GetAsync($"/api/evidence/{file.Id()}")).ShouldBe(HttpStatusCode.OK);
        Assert.That(record.GetProperty("withdrawn").GetBoolean(), Is.True);
        Assert.That(record.GetProperty("sha256").GetString(), Is.EqualTo(file.GetProperty("sha256").GetString()));
        var list = await (await io.GetAsync($"/api/evidence?ownerType=Fir&ownerId={Demo.FoundingFirId}")).ShouldBe(HttpStatusCode.OK);
        Assert.That(list.EnumerateArray().Single(f => f.Id() == file.Id()).GetProperty("withdrawn").GetBoolean(), Is.True);
        Assert.That((await io.GetAsync($"/api/evidence/{file.Id()}/content")).StatusCode, Is.EqualTo(HttpStatusCode.OK),
            "the bytes stay available: the withdrawal itself is part of the record");
        Assert.That(File.Exists(_app.StoredPath(file.GetProperty("sha256").GetString()!)), Is.True);

        await (await io.PostAsJsonAsync($"/api/evidence/{file.Id()}/withdraw",
                new { reason = "again", version = withdrawn.GetProperty("version").GetGuid() }))
            .ShouldBe(HttpStatusCode.Conflict, "Evidence.AlreadyWithdrawn");
    }

    [Test]
    public async Task Withdrawing_with_a_stale_version_answers_409()
    {
        var file = await Uploaded();
        var sho = await _app.ClientFor(Demo.ShoKashmir);
        await (await sho.PostAsJsonAsync($"/api/evidence/{file.Id()}/withdraw", new { reason = "Duplicate", version = Guid.NewGuid() }))
            .ShouldBe(HttpStatusCode.Conflict, "Concurrency.Conflict");
        var record = await (await sho.GetAsync($"/api/evidence/{file.Id()}")).ShouldBe(HttpStatusCode.OK);
        Assert.That(record.GetProperty("withdrawn").GetBoolean(), Is.False);
    }

    [Test]
    public async Task Withdrawal_needs_a_reason_a_version_and_the_IO_or_SHO()
    {
        var file = await Uploaded();
        var io = await _app.ClientFor(Demo.IoKashmir);
        var problem = await (await io.PostAsJsonAsync($"/api/evidence/{file.Id()}/withdraw", new { reason = " " }))
            .ShouldBe(HttpStatusCode.BadRequest, "Validation.Failed");
        Assert.That(problem.FieldErrors(), Is.EquivalentTo(new[] { "reason", "version" }));
        var prosecutor = await _app.ClientFor(Demo.ProsecutorKashmir);
        await (await prosecutor.PostAsJsonAsync($"/api/evidence/{file.Id()}/withdraw",
            new { reason = "x", version = file.GetProperty("version").GetGuid() })).ShouldBe(HttpStatusCode.Forbidden);
    }

    [Test]
    public async Task Every_evidence_endpoint_answers_404_for_another_stations_file()
    {
        var file = await Uploaded();
        var jammu = await _app.ClientFor(Demo.IoJammu);
        var jammuSho = await _app.ClientFor(Demo.ShoJammu);
        await (await jammu.GetAsync($"/api/evidence/{file.Id()}")).ShouldBe(HttpStatusCode.NotFound, "Evidence.NotFound");
        await (await jammu.GetAsync($"/api/evidence/{file.Id()}/content")).ShouldBe(HttpStatusCode.NotFound, "Evidence.NotFound");
        await (await jammu.PostAsJsonAsync($"/api/evidence/{file.Id()}/withdraw",
            new { reason = "x", version = file.GetProperty("version").GetGuid() })).ShouldBe(HttpStatusCode.NotFound, "Evidence.NotFound");
        await (await jammu.GetAsync($"/api/evidence?ownerType=Fir&ownerId={Demo.FoundingFirId}")).ShouldBe(HttpStatusCode.NotFound, "Fir.NotFound");
        await (await jammu.GetAsync($"/api/firs/{Demo.FoundingFirId}/evidence")).ShouldBe(HttpStatusCode.NotFound, "Fir.NotFound");
        await (await jammuSho.PostAsJsonAsync("/api/evidence/verify", new { firId = Demo.FoundingFirId }))
            .ShouldBe(HttpStatusCode.NotFound, "Fir.NotFound");
        // ...exactly like an id that does not exist at all.
        await (await jammu.GetAsync($"/api/evidence/{Guid.NewGuid()}")).ShouldBe(HttpStatusCode.NotFound, "Evidence.NotFound");
    }

    [Test]
    public async Task Everyone_at_the_station_reads_the_files_of_a_record_and_of_the_case()
    {
        var firId = await _app.NewFir();
        var first = await Uploaded(firId);
        _app.Clock.Advance(TimeSpan.FromSeconds(1));
        var second = await Uploaded(firId);
        foreach (var user in new[] { Demo.ProsecutorKashmir, Demo.MalkhanaKashmir, Demo.Admin, Demo.Io2Kashmir })
        {
            var client = await _app.ClientFor(user);
            var byOwner = await (await client.GetAsync($"/api/evidence?ownerType=Fir&ownerId={firId}")).ShouldBe(HttpStatusCode.OK);
            Assert.That(byOwner.EnumerateArray().Select(f => f.Id()), Is.EqualTo(new[] { first.Id(), second.Id() }), user);
            var byCase = await (await client.GetAsync($"/api/firs/{firId}/evidence")).ShouldBe(HttpStatusCode.OK);
            Assert.That(byCase.EnumerateArray().Select(f => f.Id()), Is.EqualTo(new[] { first.Id(), second.Id() }), user);
        }
    }

    [Test]
    public async Task Listing_needs_an_owner_type_and_id()
    {
        var io = await _app.ClientFor(Demo.IoKashmir);
        var problem = await (await io.GetAsync("/api/evidence")).ShouldBe(HttpStatusCode.BadRequest, "Validation.Failed");
        Assert.That(problem.FieldErrors(), Is.EquivalentTo(new[] { "ownerType", "ownerId" }));
        await (await io.GetAsync($"/api/evidence?ownerType=Car&ownerId={Guid.NewGuid()}")).ShouldBe(HttpStatusCode.BadRequest);
        await (await io.GetAsync($"/api/evidence?ownerType=Exhibit&ownerId={Guid.NewGuid()}")).ShouldBe(HttpStatusCode.NotFound, "Exhibit.NotFound");
    }
}

public sealed class EvidenceSizeLimitTests
{
    private CyberCaseApp _app = null!;

    [OneTimeSetUp]
    public void Start() => _app = new CyberCaseApp(new() { ["Evidence:MaxFileSizeBytes"] = "4096" });

    [OneTimeTearDown]
    public void Stop() => _app.Dispose();

    [Test]
    public async Task A_file_over_the_configured_limit_answers_413_and_leaves_nothing()
    {
        var io = await _app.ClientFor(Demo.IoKashmir);
        var before = _app.EvidenceFiles();
        await (await io.Upload(Demo.FoundingFirId, Png(4097))).ShouldBe(HttpStatusCode.RequestEntityTooLarge, "Evidence.TooLarge");
        // A body too large for the limit whatever it holds is refused from its Content-Length, before it is read.
        await (await io.Upload(Demo.FoundingFirId, Png(200_000))).ShouldBe(HttpStatusCode.RequestEntityTooLarge, "Evidence.TooLarge");
        Assert.That(_app.EvidenceFiles(), Is.EquivalentTo(before));
        var list = await (await io.GetAsync($"/api/firs/{Demo.FoundingFirId}/evidence")).ShouldBe(HttpStatusCode.OK);
        Assert.That(list.GetArrayLength(), Is.EqualTo(global::CyberCase.Infrastructure.Seeding.Demo.DemoEvidence.All().Count), "only the seeded files");

        var exactly = await (await io.Upload(Demo.FoundingFirId, Png(4096))).ShouldBe(HttpStatusCode.Created);
        Assert.That(exactly.GetProperty("size").GetInt64(), Is.EqualTo(4096));
    }
}
