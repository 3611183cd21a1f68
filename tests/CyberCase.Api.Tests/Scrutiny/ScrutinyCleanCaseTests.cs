using System.Net;
using System.Net.Http.Json;
using CyberCase.Api.Tests.Infrastructure;

namespace CyberCase.Api.Tests.Scrutiny;

/// <summary>
/// A clean case reports nothing, and the export's acknowledgement of blocking findings. A host of its own: the
/// planted-defects case stretches a search over hours, which would put these cases' officers in two places at once.
/// </summary>
public sealed class ScrutinyCleanCaseTests : ApiTest
{
    [Test]
    public async Task A_clean_case_reports_nothing()
    {
        var (firId, _, _, _) = await App.CleanCase();
        var report = await App.Report(firId);
        Assert.That((report.GetProperty("procedure").GetString(), report.GetProperty("evidence").GetString()), Is.EqualTo(("BNSS", "BSA")));
        Assert.That(report.Findings().Select(f => f.GetProperty("code").GetString() + ": " + f.GetProperty("problem").GetString()), Is.Empty);
    }

    [Test]
    public async Task An_export_with_blocking_findings_is_refused_until_they_are_acknowledged_with_a_reason_which_is_audited()
    {
        var (firId, _, _, _) = await App.CleanCase();
        var prosecutor = await App.ClientFor(Demo.ProsecutorKashmir);
        await (await prosecutor.PostAsync($"/api/firs/{firId}/case-bundle", null)).ShouldBe(HttpStatusCode.Created);

        var sho = await App.ClientFor(Demo.ShoKashmir);
        var fir = await (await sho.GetAsync($"/api/firs/{firId}")).ShouldBe(HttpStatusCode.OK);
        await (await sho.PostAsJsonAsync($"/api/firs/{firId}/assignment",
            new { officerId = Demo.OfficerId(Demo.Io2Kashmir), version = fir.GetProperty("version").GetGuid() })).ShouldBe(HttpStatusCode.OK);

        var refused = await (await prosecutor.PostAsync($"/api/firs/{firId}/case-bundle", null)).ShouldBe((HttpStatusCode)422, "Scrutiny.BlockingFindings");
        var listed = refused.GetProperty("findings").EnumerateArray().ToList();
        Assert.That(listed.Select(f => (f.GetProperty("code").GetString(), f.GetProperty("provision").GetString())),
            Is.EqualTo(new[] { ("Investigation.ItActBelowInspector", "IT Act 78") }));
        await (await prosecutor.PostAsJsonAsync($"/api/firs/{firId}/case-bundle", new { acknowledgeBlockingFindings = false, reason = "x" }))
            .ShouldBe((HttpStatusCode)422, "Scrutiny.BlockingFindings");
        await (await prosecutor.PostAsJsonAsync($"/api/firs/{firId}/case-bundle", new { acknowledgeBlockingFindings = true }))
            .ShouldBe(HttpStatusCode.BadRequest, "Validation.Failed");

        const string reason = "The Inspector takes over the investigation on 3 December; the remand hearing needs the bundle today.";
        await (await prosecutor.PostAsJsonAsync($"/api/firs/{firId}/case-bundle", new { acknowledgeBlockingFindings = true, reason }))
            .ShouldBe(HttpStatusCode.Created);
        var audited = await App.WithDb(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.ToListAsync(
            db.AuditRecords.Where(a => a.Action == "ScrutinyBlockingFindingsAcknowledged" && a.EntityId == firId.ToString())));
        Assert.That(audited, Has.Count.EqualTo(1));
        Assert.That(audited[0].Changes, Does.Contain(reason).And.Contain("Investigation.ItActBelowInspector"));
    }
}
