using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using CyberCase.Api.Tests.Infrastructure;
using CyberCase.Api.Tests.Investigation;

namespace CyberCase.Api.Tests.Money;

public sealed class ComplaintTests : ApiTest
{
    private const string Header = "Acknowledgement No,Complaint Date,Complainant Name,Mobile,Email,Country,Address,Category,Sub Category,Amount Lost,Currency,Transaction Details";

    private static string Row(string ack, string name, string amount = "12500.00", string currency = "INR", string date = "02-11-2025 14:30:00") =>
        $"{ack},{date},{name},+919419000111,,India,\"Rajbagh, Srinagar\",Online Financial Fraud,UPI Fraud,\"{amount}\",{currency},\"UTR 5123, Rs {amount}\"";

    private static StringContent Csv(string text) => new StringContent(text, Encoding.UTF8, "text/csv");

    private static object ComplaintBody(string ack, string channel = "Ncrp") => new
    {
        ackNumber = ack,
        receivedAt = "2025-11-01T10:00:00+05:30",
        channel,
        complainantName = "Rubina Akhtar",
        complainantContact = "+919419000222",
        complainantCountry = "India",
        category = "Online Financial Fraud",
        amountReported = 48000.00m,
        currency = "INR",
        transactionsReported = "Two UPI debits on 31 October 2025.",
    };

    private async Task<int> ComplaintCount() => await App.WithDb(db => System.Threading.Tasks.Task.FromResult(db.Complaints.Count()));

    [Test]
    public async Task A_complaint_is_registered_once_joined_to_an_FIR_with_its_victim_or_closed_with_a_reason()
    {
        var io = await App.ClientFor(Demo.IoKashmir);
        var first = await (await io.PostAsJsonAsync("/api/complaints", ComplaintBody("31601250001001"))).ShouldBe(HttpStatusCode.Created);
        await (await io.PostAsJsonAsync("/api/complaints", ComplaintBody("31601250001001"))).ShouldBe(HttpStatusCode.Conflict, "Complaint.AlreadyRegistered");
        var noAck = await (await io.PostAsJsonAsync("/api/complaints", ComplaintBody(""))).ShouldBe(HttpStatusCode.BadRequest, "Validation.Failed");
        Assert.That(noAck.FieldErrors(), Is.EqualTo(new[] { "ackNumber" }), "an NCRP complaint has its acknowledgement number");
        var walkIn = await (await io.PostAsJsonAsync("/api/complaints", ComplaintBody("", "WalkIn"))).ShouldBe(HttpStatusCode.Created);

        // A new FIR made of the complaint: its informant is the complainant, who is also its victim.
        var converted = await (await io.PostAsJsonAsync($"/api/complaints/{first.Id()}/convert", new
        {
            version = first.Version(),
            occurredFrom = "2025-10-31T09:00:00+05:30",
            occurredTo = "2025-10-31T11:00:00+05:30",
            placeOfOccurrence = "Online; complainant at Rajbagh, Srinagar",
            sections = new[] { new { act = "BNS", section = "318(4)" }, new { act = "ITAct", section = "66D" } },
            narrative = "Two UPI debits after a fake KYC call.",
        })).ShouldBe(HttpStatusCode.OK);
        Assert.That(converted.GetProperty("status").GetString(), Is.EqualTo("Converted"));
        var firId = converted.GetProperty("firId").GetGuid();
        var fir = await (await io.GetAsync($"/api/firs/{firId}")).ShouldBe(HttpStatusCode.OK);
        Assert.That(fir.GetProperty("informant").GetProperty("name").GetString(), Is.EqualTo("Rubina Akhtar"));
        Assert.That(fir.GetProperty("informationType").GetString(), Is.EqualTo("Electronic"));

        // A second complaint joins the same FIR.
        var second = await (await io.PostAsJsonAsync("/api/complaints", ComplaintBody("31601250001002"))).ShouldBe(HttpStatusCode.Created);
        await (await io.PostAsJsonAsync($"/api/complaints/{second.Id()}/convert", new { version = second.Version(), firId }))
            .ShouldBe(HttpStatusCode.OK);
        var victims = await (await io.GetAsync($"/api/firs/{firId}/victims")).ShouldBe(HttpStatusCode.OK);
        Assert.That(victims.EnumerateArray().Select(v => (v.GetProperty("complaintId").GetGuid(), v.GetProperty("isInformant").GetBoolean())),
            Is.EquivalentTo(new[] { (first.Id(), true), (second.Id(), false) }));
        Assert.That(victims.EnumerateArray().Select(v => v.GetProperty("amountLost").GetDecimal()), Is.EqualTo(new[] { 48000.00m, 48000.00m }));
        var joined = await (await io.GetAsync($"/api/complaints?firId={firId}")).ShouldBe(HttpStatusCode.OK);
        Assert.That(joined.GetArrayLength(), Is.EqualTo(2));
        var again = await (await io.GetAsync($"/api/complaints/{second.Id()}")).ShouldBe(HttpStatusCode.OK);
        await (await io.PostAsJsonAsync($"/api/complaints/{second.Id()}/convert", new { version = again.Version(), firId }))
            .ShouldBe(HttpStatusCode.Conflict, "Complaint.NotOpen");

        var noReason = await (await io.PostAsJsonAsync($"/api/complaints/{walkIn.Id()}/close", new { version = walkIn.Version() }))
            .ShouldBe(HttpStatusCode.BadRequest, "Validation.Failed");
        Assert.That(noReason.FieldErrors(), Is.EqualTo(new[] { "reason" }));
        var closed = await (await io.PostAsJsonAsync($"/api/complaints/{walkIn.Id()}/close", new { version = walkIn.Version(), reason = "Civil dispute over a refund; no cognizable offence." }))
            .ShouldBe(HttpStatusCode.OK);
        Assert.That(closed.GetProperty("closedReason").GetString(), Does.StartWith("Civil dispute"));
        await (await io.PostAsJsonAsync($"/api/complaints/{walkIn.Id()}/close", new { version = closed.Version(), reason = "Again" }))
            .ShouldBe(HttpStatusCode.Conflict, "Complaint.NotOpen");
    }

    [Test]
    public async Task An_NCRP_export_is_previewed_row_by_row_and_nothing_is_written_until_it_is_confirmed()
    {
        var io = await App.ClientFor(Demo.IoKashmir);
        var before = await ComplaintCount();
        var bad = string.Join("\n", Header, Row("31601250002001", "Aijaz Rather"), Row("3160125", "Nasir Khan", amount: "-5"),
            Row("31601250002003", "Sana Mir", amount: "10.505"), Row("31601250002001", "Duplicate Row"));
        var preview = await (await io.PostAsync("/api/complaints/imports/preview", Csv(bad))).ShouldBe(HttpStatusCode.OK);
        Assert.That((preview.GetProperty("new").GetInt32(), preview.GetProperty("invalid").GetInt32()), Is.EqualTo((1, 3)));
        var rows = preview.GetProperty("rows").EnumerateArray().ToList();
        Assert.That(rows.Select(r => r.GetProperty("line").GetInt32()), Is.EqualTo(new[] { 2, 3, 4, 5 }), "rows by their line in the file");
        Assert.That(rows[1].GetProperty("errors").EnumerateObject().Select(p => p.Name), Is.EquivalentTo(new[] { "ackNumber", "amountReported" }));
        Assert.That(rows[2].GetProperty("errors").EnumerateObject().Select(p => p.Name), Is.EqualTo(new[] { "amountReported" }), "INR has two decimals");
        Assert.That(rows[3].GetProperty("errors").GetProperty("ackNumber")[0].GetString(), Does.Contain("line 2"));
        Assert.That(await ComplaintCount(), Is.EqualTo(before), "a preview writes nothing");

        // Confirming a file with errors refuses it whole: not even the valid row is written.
        var refused = await (await io.PostAsync($"/api/complaints/imports?sha256={preview.GetProperty("sha256").GetString()}", Csv(bad)))
            .ShouldBe(HttpStatusCode.BadRequest, "Validation.Failed");
        Assert.That(refused.FieldErrors(), Is.EquivalentTo(new[] { "rows[3].ackNumber", "rows[3].amountReported", "rows[4].amountReported", "rows[5].ackNumber" }));
        Assert.That(await ComplaintCount(), Is.EqualTo(before), "no partial import");

        var good = string.Join("\r\n", Header, Row("31601250002001", "Aijaz Rather"), Row("31601250002002", "Nasir Khan", amount: "1,20,000.50"),
            Row("31601250002003", "Sana Mir", amount: "310.00", currency: "USD"));
        var checkedFile = await (await io.PostAsync("/api/complaints/imports/preview", Csv(good))).ShouldBe(HttpStatusCode.OK);
        Assert.That((checkedFile.GetProperty("new").GetInt32(), checkedFile.GetProperty("invalid").GetInt32()), Is.EqualTo((3, 0)));
        var sha = checkedFile.GetProperty("sha256").GetString();
        await (await io.PostAsync("/api/complaints/imports?sha256=" + new string('0', 64), Csv(good))).ShouldBe(HttpStatusCode.Conflict, "Import.NotThePreviewedFile");
        var imported = await (await io.PostAsync($"/api/complaints/imports?sha256={sha}&fileName=ncrp-nov.csv", Csv(good))).ShouldBe(HttpStatusCode.OK);
        Assert.That(imported.GetProperty("added").GetInt32(), Is.EqualTo(3));
        Assert.That(await ComplaintCount(), Is.EqualTo(before + 3));
        var nasir = (await (await io.GetAsync("/api/complaints?status=Open")).ShouldBe(HttpStatusCode.OK)).EnumerateArray()
            .Single(c => c.GetProperty("ackNumber").GetString() == "31601250002002");
        Assert.That(nasir.GetProperty("amountReported").GetDecimal(), Is.EqualTo(120000.50m));
        Assert.That(nasir.GetProperty("receivedAt").GetDateTimeOffset(), Is.EqualTo(new DateTimeOffset(2025, 11, 2, 14, 30, 0, TimeSpan.FromHours(5.5))));

        // The same file again adds nothing; another file with one known complaint adds only the new one.
        var again = await (await io.PostAsync($"/api/complaints/imports?sha256={sha}", Csv(good))).ShouldBe(HttpStatusCode.OK);
        Assert.That((again.GetProperty("alreadyImported").GetBoolean(), again.GetProperty("added").GetInt32()), Is.EqualTo((true, 0)));
        var overlap = string.Join("\n", Header, Row("31601250002003", "Sana Mir"), Row("31601250002004", "Irfan Lone"));
        var overlapPreview = await (await io.PostAsync("/api/complaints/imports/preview", Csv(overlap))).ShouldBe(HttpStatusCode.OK);
        Assert.That((overlapPreview.GetProperty("new").GetInt32(), overlapPreview.GetProperty("alreadyRegistered").GetInt32()), Is.EqualTo((1, 1)));
        var added = await (await io.PostAsync($"/api/complaints/imports?sha256={overlapPreview.GetProperty("sha256").GetString()}", Csv(overlap)))
            .ShouldBe(HttpStatusCode.OK);
        Assert.That((added.GetProperty("added").GetInt32(), added.GetProperty("alreadyRegistered").GetInt32()), Is.EqualTo((1, 1)));
        Assert.That(await ComplaintCount(), Is.EqualTo(before + 4));
    }

    [Test]
    public async Task An_upload_that_is_not_an_NCRP_export_is_refused_before_anything_is_read_into_the_case()
    {
        var io = await App.ClientFor(Demo.IoKashmir);
        await (await io.PostAsync("/api/complaints/imports/preview", Csv("name,amount\nx,1"))).ShouldBe(HttpStatusCode.UnprocessableEntity, "Import.NotAnExport");
        await (await io.PostAsync("/api/complaints/imports/preview", Csv(Header))).ShouldBe(HttpStatusCode.UnprocessableEntity, "Import.NotAnExport");
        await (await io.PostAsync("/api/complaints/imports/preview", new StringContent("{}", Encoding.UTF8, "application/json")))
            .ShouldBe(HttpStatusCode.UnsupportedMediaType, "Request.UnsupportedMediaType");
        var huge = new StringBuilder(Header).Append('\n');
        while (huge.Length <= 2 * 1024 * 1024)
        {
            huge.Append(Row("31601250009999", new string('x', 150))).Append('\n');
        }

        await (await io.PostAsync("/api/complaints/imports/preview", Csv(huge.ToString()))).ShouldBe(HttpStatusCode.RequestEntityTooLarge, "Import.TooLarge");
    }

    [Test]
    public async Task Another_station_never_sees_a_complaint_and_a_prosecutor_cannot_register_one()
    {
        var io = await App.ClientFor(Demo.IoKashmir);
        var complaint = await (await io.PostAsJsonAsync("/api/complaints", ComplaintBody("31601250003001"))).ShouldBe(HttpStatusCode.Created);
        var jammu = await App.ClientFor(Demo.IoJammu);
        await (await jammu.GetAsync($"/api/complaints/{complaint.Id()}")).ShouldBe(HttpStatusCode.NotFound, "Complaint.NotFound");
        await (await jammu.PostAsJsonAsync($"/api/complaints/{complaint.Id()}/close", new { version = complaint.Version(), reason = "x" }))
            .ShouldBe(HttpStatusCode.NotFound, "Complaint.NotFound");
        await (await jammu.PostAsJsonAsync($"/api/complaints/{complaint.Id()}/convert", new { version = complaint.Version(), firId = Demo.JammuFirId }))
            .ShouldBe(HttpStatusCode.NotFound, "Complaint.NotFound");
        var list = await (await jammu.GetAsync("/api/complaints")).ShouldBe(HttpStatusCode.OK);
        Assert.That(list.EnumerateArray().Select(c => c.Id()), Does.Not.Contain(complaint.Id()));
        // Jammu cannot re-import Kashmir's complaint into its own station's list either: acknowledgements are per station.
        await (await jammu.PostAsJsonAsync("/api/complaints", ComplaintBody("31601250003001"))).ShouldBe(HttpStatusCode.Created);
        // Joining another station's FIR is not possible from Kashmir.
        await (await io.PostAsJsonAsync($"/api/complaints/{complaint.Id()}/convert", new { version = complaint.Version(), firId = Demo.JammuFirId }))
            .ShouldBe(HttpStatusCode.NotFound, "Fir.NotFound");

        var prosecutor = await App.ClientFor(Demo.ProsecutorKashmir);
        await (await prosecutor.PostAsJsonAsync("/api/complaints", ComplaintBody("31601250003002"))).ShouldBe(HttpStatusCode.Forbidden, "Access.Forbidden");
        await (await prosecutor.PostAsync("/api/complaints/imports/preview", Csv(Header))).ShouldBe(HttpStatusCode.Forbidden, "Access.Forbidden");
        await (await App.CreateClient().GetAsync("/api/complaints")).ShouldBe(HttpStatusCode.Unauthorized, "Auth.Required");
    }
}
