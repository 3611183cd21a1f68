using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CyberCase.Api.Tests.Evidence;
using CyberCase.Api.Tests.Infrastructure;
using CyberCase.Api.Tests.Investigation;
using CyberCase.Infrastructure.Seeding.Demo;

namespace CyberCase.Api.Tests.Statements;

/// <summary>Statements of witnesses, informants and victims (CrPC 161 / BNSS 180) through the real API.</summary>
public sealed class StatementTests : ApiTest
{
    private const string UrduName = "محمد رمضان ڈار";
    // Devanagari with the precomposed letters FA (U+095E) and QA (U+0958): Unicode normalisation (NFC or NFD) decomposes
    // them into letter + nukta, so a store or a pipeline that normalised text would hand back other bytes.
    private const string HindiName = "\u095E\u093E\u0930\u0942\u0958 \u0905\u0939\u092E\u0926";

    private static Dictionary<string, object?> Body(DateTimeOffset recordedAt, string? nameInScript = UrduName, Guid? audioVideoFileId = null,
        Guid? correctsStatementId = null, string recordedBy = Demo.IoKashmir) => new()
        {
            ["name"] = "Mohammad Ramzan Dar",
            ["nameInScript"] = nameInScript,
            ["role"] = "Witness",
            ["parentage"] = "S/o Ghulam Mohammad Dar",
            ["address"] = "Rangreth, Srinagar",
            ["phone"] = "094190 55611",
            ["recordedAt"] = recordedAt,
            ["place"] = "Police Station Cyber Kashmir Zone, Srinagar",
            ["language"] = "Kashmiri",
            ["recordedById"] = Demo.OfficerId(recordedBy),
            ["speaksTo"] = "The search of the call centre and his signature on the seizure memo.",
            ["text"] = "Stated that he saw the computers seized and signed the memo after it was read over to him.",
            ["audioVideoFileId"] = audioVideoFileId,
            ["correctsStatementId"] = correctsStatementId,
        };

    /// <summary>A new FIR (registered now, so under the BNSS) assigned by the SHO to io.kashmir.</summary>
    private async Task<Guid> AssignedFir()
    {
        var fir = await Investigation.Investigation.NewFir(App);
        var sho = await App.ClientFor(Demo.ShoKashmir);
        await (await sho.PostAsJsonAsync($"/api/firs/{fir.Id()}/assignment",
            new { officerId = Demo.OfficerId(Demo.IoKashmir), version = fir.Version() })).ShouldBe(HttpStatusCode.OK);
        return fir.Id();
    }

    private async Task<Guid> Uploaded(Guid firId, byte[] bytes, string fileName)
    {
        var io = await App.ClientFor(Demo.IoKashmir);
        return (await (await io.Upload(firId, bytes, fileName)).ShouldBe(HttpStatusCode.Created)).Id();
    }

    private DateTimeOffset Now => App.Clock.GetUtcNow();

    [Test]
    public async Task A_statement_is_read_back_as_recorded_with_the_name_in_its_script_byte_for_byte_and_BNSS_180()
    {
        var firId = await AssignedFir();
        var video = await Uploaded(firId, EvidenceUploads.Mp4(), "statement.mp4");
        var io = await App.ClientFor(Demo.IoKashmir);
        var created = await (await io.PostAsJsonAsync($"/api/firs/{firId}/statements", Body(Now, audioVideoFileId: video)))
            .ShouldBe(HttpStatusCode.Created);

        var read = await (await io.GetAsync($"/api/statements/{created.Id()}")).ShouldBe(HttpStatusCode.OK);
        Assert.Multiple(() =>
        {
            Assert.That(read.GetProperty("provision").GetString(), Is.EqualTo("BNSS 180"), "an FIR registered after 1 July 2024");
            Assert.That(System.Text.Encoding.UTF8.GetBytes(read.GetProperty("nameInScript").GetString()!),
                Is.EqualTo(System.Text.Encoding.UTF8.GetBytes(UrduName)));
            Assert.That(read.GetProperty("name").GetString(), Is.EqualTo("Mohammad Ramzan Dar"));
            Assert.That(read.GetProperty("role").GetString(), Is.EqualTo("Witness"));
            Assert.That(read.GetProperty("phone").GetString(), Is.EqualTo("+919419055611"), "normalised to E.164");
            Assert.That(read.GetProperty("language").GetString(), Is.EqualTo("Kashmiri"));
            Assert.That(read.GetProperty("recordedBy").GetProperty("id").GetGuid(), Is.EqualTo(Demo.OfficerId(Demo.IoKashmir)));
            Assert.That(read.GetProperty("audioVideoFile").GetProperty("id").GetGuid(), Is.EqualTo(video));
            Assert.That(read.GetProperty("audioVideoFile").GetProperty("mediaType").GetString(), Is.EqualTo("video/mp4"));
            Assert.That(read.GetProperty("correctedByStatementId").ValueKind, Is.EqualTo(JsonValueKind.Null));
            Assert.That(created.GetRawText(), Is.EqualTo(read.GetRawText()), "the 201 answers the statement as read back");
        });

        var hindi = await (await io.PostAsJsonAsync($"/api/firs/{firId}/statements", Body(Now, HindiName))).ShouldBe(HttpStatusCode.Created);
        var hindiRead = await (await io.GetAsync($"/api/statements/{hindi.Id()}")).ShouldBe(HttpStatusCode.OK);
        Assert.That(System.Text.Encoding.UTF8.GetBytes(hindiRead.GetProperty("nameInScript").GetString()!),
            Is.EqualTo(System.Text.Encoding.UTF8.GetBytes(HindiName)), "not normalised (the precomposed letters stay)");
    }

    [Test]
    public async Task The_founding_case_of_2021_lists_its_statements_under_CrPC_161_with_what_each_speaks_to()
    {
        var prosecutor = await App.ClientFor(Demo.ProsecutorKashmir);
        var list = await (await prosecutor.GetAsync($"/api/firs/{Demo.FoundingFirId}/statements")).ShouldBe(HttpStatusCode.OK);
        var items = list.EnumerateArray().ToList();
        Assert.That(items, Has.Count.EqualTo(3));
        Assert.That(items.Select(i => i.GetProperty("provision").GetString()), Is.All.EqualTo("CrPC 161"));
        Assert.That(items[0].GetProperty("nameInScript").GetString(), Is.EqualTo(UrduName));
        Assert.That(items.Select(i => i.GetProperty("speaksTo").GetString()), Is.All.Not.Empty);
        Assert.That(items.Select(i => i.GetProperty("recordedAt").GetDateTimeOffset()), Is.Ordered);

        var io = await App.ClientFor(Demo.IoKashmir);
        var created = await (await io.PostAsJsonAsync($"/api/firs/{Demo.FoundingFirId}/statements", Body(Now)))
            .ShouldBe(HttpStatusCode.Created);
        Assert.That(created.GetProperty("provision").GetString(), Is.EqualTo("CrPC 161"), "recorded today, in an investigation begun in 2021");
    }

    [Test]
    public async Task Missing_or_malformed_fields_are_400_naming_each()
    {
        var firId = await AssignedFir();
        var io = await App.ClientFor(Demo.IoKashmir);
        var body = Body(Now, nameInScript: "   ");
        body["name"] = "";
        body["speaksTo"] = null;
        body["phone"] = "12";
        body["role"] = null;
        var problem = await (await io.PostAsJsonAsync($"/api/firs/{firId}/statements", body)).ShouldBe(HttpStatusCode.BadRequest);
        Assert.That(problem.FieldErrors(), Is.SupersetOf(new[] { "name", "nameInScript", "speaksTo", "phone", "role" }));

        await (await io.PostAsJsonAsync($"/api/firs/{firId}/statements", Body(Now, nameInScript: null))).ShouldBe(HttpStatusCode.Created);
    }

    [Test]
    public async Task A_statement_in_the_future_or_before_the_FIR_is_422_while_one_within_the_clock_tolerance_is_taken()
    {
        var firId = await AssignedFir();
        var io = await App.ClientFor(Demo.IoKashmir);
        var future = await (await io.PostAsJsonAsync($"/api/firs/{firId}/statements", Body(Now.AddHours(1))))
            .ShouldBe(HttpStatusCode.UnprocessableEntity, "Statement.RecordedInFuture");
        Assert.That(future.FieldErrors(), Is.EquivalentTo(new[] { "recordedAt" }));
        await (await io.PostAsJsonAsync($"/api/firs/{firId}/statements", Body(Now.AddDays(-1))))
            .ShouldBe(HttpStatusCode.UnprocessableEntity, "Statement.RecordedBeforeFir");
        await (await io.PostAsJsonAsync($"/api/firs/{firId}/statements", Body(Now.AddMinutes(2)))).ShouldBe(HttpStatusCode.Created);
    }

    [Test]
    public async Task The_recording_must_be_a_video_or_audio_file_of_the_same_FIR()
    {
        var firId = await AssignedFir();
        var io = await App.ClientFor(Demo.IoKashmir);
        var photo = await Uploaded(firId, EvidenceUploads.Png(), "photo.png");
        await (await io.PostAsJsonAsync($"/api/firs/{firId}/statements", Body(Now, audioVideoFileId: photo)))
            .ShouldBe(HttpStatusCode.UnprocessableEntity, "Statement.RecordingNotAudioVideo");

        var otherCaseVideo = await Uploaded(Demo.FoundingFirId, EvidenceUploads.Mp4(), "other.mp4");
        await (await io.PostAsJsonAsync($"/api/firs/{firId}/statements", Body(Now, audioVideoFileId: otherCaseVideo)))
            .ShouldBe(HttpStatusCode.UnprocessableEntity, "Statement.RecordingOfAnotherCase");
        await (await io.PostAsJsonAsync($"/api/firs/{firId}/statements", Body(Now, audioVideoFileId: Guid.NewGuid())))
            .ShouldBe(HttpStatusCode.UnprocessableEntity, "Statement.UnknownRecording");

        var withdrawn = await (await io.GetAsync($"/api/evidence/{await Uploaded(firId, EvidenceUploads.Mp4(), "wrong.mp4")}")).ShouldBe(HttpStatusCode.OK);
        await (await io.PostAsJsonAsync($"/api/evidence/{withdrawn.Id()}/withdraw",
            new { reason = "Attached to the wrong case", version = withdrawn.Version() })).ShouldBe(HttpStatusCode.OK);
        await (await io.PostAsJsonAsync($"/api/firs/{firId}/statements", Body(Now, audioVideoFileId: withdrawn.Id())))
            .ShouldBe(HttpStatusCode.UnprocessableEntity, "Statement.RecordingWithdrawn");

        var video = await Uploaded(firId, EvidenceUploads.Mp4(), "statement.mp4");
        await (await io.PostAsJsonAsync($"/api/firs/{firId}/statements", Body(Now, audioVideoFileId: video))).ShouldBe(HttpStatusCode.Created);
    }

    [Test]
    public async Task Another_stations_FIR_and_statement_answer_404()
    {
        var jammu = await App.ClientFor(Demo.ShoJammu);
        await (await jammu.GetAsync($"/api/firs/{Demo.FoundingFirId}/statements")).ShouldBe(HttpStatusCode.NotFound, "Fir.NotFound");
        await (await jammu.GetAsync($"/api/statements/{DemoStatements.StatementId(1)}")).ShouldBe(HttpStatusCode.NotFound, "Statement.NotFound");
        await (await jammu.PostAsJsonAsync($"/api/firs/{Demo.FoundingFirId}/statements", Body(Now, recordedBy: Demo.ShoJammu)))
            .ShouldBe(HttpStatusCode.NotFound, "Fir.NotFound");

        var kashmir = await App.ClientFor(Demo.ShoKashmir);
        await (await kashmir.GetAsync($"/api/statements/{DemoStatements.StatementId(1)}")).ShouldBe(HttpStatusCode.OK);
        await (await kashmir.PostAsJsonAsync($"/api/firs/{Demo.FoundingFirId}/statements", Body(Now, recordedBy: Demo.ShoJammu)))
            .ShouldBe(HttpStatusCode.UnprocessableEntity, "Statement.RecorderNotOfStation");
    }

    [Test]
    public async Task Only_the_IO_of_the_case_or_the_SHO_records_and_the_prosecutor_reads()
    {
        var firId = await AssignedFir();
        var prosecutor = await App.ClientFor(Demo.ProsecutorKashmir);
        await (await prosecutor.PostAsJsonAsync($"/api/firs/{firId}/statements", Body(Now))).ShouldBe(HttpStatusCode.Forbidden);
        var otherIo = await App.ClientFor(Demo.Io2Kashmir);
        await (await otherIo.PostAsJsonAsync($"/api/firs/{firId}/statements", Body(Now))).ShouldBe(HttpStatusCode.Forbidden, "Access.Forbidden");
        var malkhana = await App.ClientFor(Demo.MalkhanaKashmir);
        await (await malkhana.GetAsync($"/api/firs/{firId}/statements")).ShouldBe(HttpStatusCode.Forbidden);

        var sho = await App.ClientFor(Demo.ShoKashmir);
        var created = await (await sho.PostAsJsonAsync($"/api/firs/{firId}/statements", Body(Now))).ShouldBe(HttpStatusCode.Created);
        await (await prosecutor.GetAsync($"/api/statements/{created.Id()}")).ShouldBe(HttpStatusCode.OK);
        var list = await (await prosecutor.GetAsync($"/api/firs/{firId}/statements")).ShouldBe(HttpStatusCode.OK);
        Assert.That(list.EnumerateArray().Select(s => s.Id()), Is.EqualTo(new[] { created.Id() }));
    }

    [Test]
    public async Task A_correction_is_a_new_statement_and_the_corrected_one_stays_as_it_was()
    {
        var firId = await AssignedFir();
        var io = await App.ClientFor(Demo.IoKashmir);
        var first = await (await io.PostAsJsonAsync($"/api/firs/{firId}/statements", Body(Now))).ShouldBe(HttpStatusCode.Created);
        App.Clock.Advance(TimeSpan.FromMinutes(10));
        var body = Body(Now, correctsStatementId: first.Id());
        body["text"] = "Stated that he saw the computers seized; the memo was read over to him in Kashmiri before he signed.";
        var second = await (await io.PostAsJsonAsync($"/api/firs/{firId}/statements", body)).ShouldBe(HttpStatusCode.Created);

        var original = await (await io.GetAsync($"/api/statements/{first.Id()}")).ShouldBe(HttpStatusCode.OK);
        Assert.That(original.GetProperty("text").GetString(), Is.EqualTo(first.GetProperty("text").GetString()));
        Assert.That(original.GetProperty("correctedByStatementId").GetGuid(), Is.EqualTo(second.Id()));
        Assert.That(second.GetProperty("correctsStatementId").GetGuid(), Is.EqualTo(first.Id()));

        // The chain goes on from its latest statement, never forks from an earlier one.
        await (await io.PostAsJsonAsync($"/api/firs/{firId}/statements", Body(Now, correctsStatementId: first.Id())))
            .ShouldBe(HttpStatusCode.Conflict, "Statement.AlreadyCorrected");
        await (await io.PostAsJsonAsync($"/api/firs/{firId}/statements", Body(Now, correctsStatementId: DemoStatements.StatementId(1))))
            .ShouldBe(HttpStatusCode.UnprocessableEntity, "Statement.CorrectsAnotherCase");
        await (await io.PostAsJsonAsync($"/api/firs/{firId}/statements", Body(Now, correctsStatementId: Guid.NewGuid())))
            .ShouldBe(HttpStatusCode.UnprocessableEntity, "Statement.UnknownCorrected");
        await (await io.PostAsJsonAsync($"/api/firs/{firId}/statements", Body(second.GetProperty("recordedAt").GetDateTimeOffset().AddMinutes(-1), correctsStatementId: second.Id())))
            .ShouldBe(HttpStatusCode.UnprocessableEntity, "Statement.CorrectionBeforeOriginal");
        var third = await (await io.PostAsJsonAsync($"/api/firs/{firId}/statements", Body(Now, correctsStatementId: second.Id())))
            .ShouldBe(HttpStatusCode.Created);

        var list = await (await io.GetAsync($"/api/firs/{firId}/statements")).ShouldBe(HttpStatusCode.OK);
        var current = list.EnumerateArray().Where(s => s.GetProperty("correctedByStatementId").ValueKind == JsonValueKind.Null)
            .Select(s => s.Id()).ToList();
        Assert.That(current, Is.EqualTo(new[] { third.Id() }), "the list of witnesses reads the latest of the chain");
    }

    [Test]
    public async Task Recording_a_statement_is_on_the_audit_trail()
    {
        var firId = await AssignedFir();
        var io = await App.ClientFor(Demo.IoKashmir);
        var created = await (await io.PostAsJsonAsync($"/api/firs/{firId}/statements", Body(Now))).ShouldBe(HttpStatusCode.Created);
        var admin = await App.ClientFor(Demo.Admin);
        var trail = await (await admin.GetAsync($"/api/audit?entityType=Statement&entityId={created.Id()}")).ShouldBe(HttpStatusCode.OK);
        var records = trail.GetProperty("items").EnumerateArray().ToList();
        Assert.That(records.Select(r => r.GetProperty("action").GetString()), Is.EqualTo(new[] { "RecordStatement" }));
        Assert.That(records[0].GetProperty("officerId").GetGuid(), Is.EqualTo(Demo.OfficerId(Demo.IoKashmir)));
    }
}
