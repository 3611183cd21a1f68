using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CyberCase.Api.Tests.Infrastructure;
using CyberCase.Api.Tests.Investigation;
using CyberCase.Infrastructure.Seeding.Demo;
using Microsoft.EntityFrameworkCore;
using UglyToad.PdfPig;

namespace CyberCase.Api.Tests.PoliceReports;

/// <summary>
/// Issue 12, part 3: the police report (CrPC 173(2) / BNSS 193(3)) from draft to forwarding, each step by its role,
/// the investigation records locked once it is forwarded and reopened by a recorded court permission, its PDF read
/// back for both regimes, and the disclosure log (CrPC 207 / BNSS 230).
/// </summary>
public sealed class PoliceReportTests : ApiTest
{
    private const string Court = "Court of the Judicial Magistrate First Class, Srinagar";
    private const string Conclusion = "The accused cheated the complainant of Rs 50,000 by a fake KYC call; the offences are made out.";

    private async Task<HttpClient> As(string user) => await App.ClientFor(user);

    /// <summary>A new (BNSS) FIR assigned to io.kashmir, with one accused.</summary>
    private async Task<(Guid FirId, Guid AccusedId)> NewCase()
    {
        var fir = await App.NewFir();
        await (await (await As(Demo.ShoKashmir)).PostAsJsonAsync($"/api/firs/{fir.Id()}/assignment",
            new { officerId = Demo.OfficerId(Demo.IoKashmir), version = fir.Version() })).ShouldBe(HttpStatusCode.OK);
        var accused = await App.NewAccused(fir.Id());
        await App.ForensicVisit(fir.Id());
        return (fir.Id(), accused.Id());
    }

    private async Task<HttpResponseMessage> Draft(Guid firId, string user = Demo.IoKashmir, string kind = "ChargeSheet", string? closure = null) =>
        await (await As(user)).PostAsJsonAsync($"/api/firs/{firId}/police-reports", new { kind, closure, court = Court });

    private async Task<HttpResponseMessage> Edit(JsonElement report, Guid accusedId, string conclusion = Conclusion, Guid? version = null) =>
        await (await As(Demo.IoKashmir)).PutAsJsonAsync($"/api/police-reports/{report.Id()}", new
        {
            kind = "ChargeSheet",
            court = Court,
            conclusion,
            medicalReports = "Medical examination at arrest, SMHS Hospital.",
            accused = new[] { new { caseAccusedId = accusedId, sentUp = true, charges = "BNS 318(4); IT Act 66D", note = "Made the call." } },
            version = version ?? report.Version(),
        });

    private async Task<HttpResponseMessage> Step(JsonElement report, string step, string user) =>
        await (await As(user)).PostAsJsonAsync($"/api/police-reports/{report.Id()}/{step}", new { version = report.Version() });

    /// <summary>A case whose charge-sheet has been drafted, edited, submitted, approved and forwarded.</summary>
    private async Task<(Guid FirId, Guid AccusedId, JsonElement Report)> ForwardedCase()
    {
        var (firId, accusedId) = await NewCase();
        var report = await (await Draft(firId)).ShouldBe(HttpStatusCode.Created);
        report = await (await Edit(report, accusedId)).ShouldBe(HttpStatusCode.OK);
        report = await (await Step(report, "submit", Demo.IoKashmir)).ShouldBe(HttpStatusCode.OK);
        report = await (await Step(report, "approve", Demo.ShoKashmir)).ShouldBe(HttpStatusCode.OK);
        report = await (await Step(report, "forward", Demo.ShoKashmir)).ShouldBe(HttpStatusCode.OK);
        return (firId, accusedId, report);
    }

    [Test]
    public async Task Each_step_is_taken_by_its_role_in_its_order()
    {
        var (firId, accusedId) = await NewCase();
        await (await Draft(firId, Demo.Io2Kashmir)).ShouldBe(HttpStatusCode.Forbidden, "Access.Forbidden");
        await (await Draft(firId, Demo.ProsecutorKashmir)).ShouldBe(HttpStatusCode.Forbidden, "Access.Forbidden");
        var report = await (await Draft(firId)).ShouldBe(HttpStatusCode.Created);
        Assert.Multiple(() =>
        {
            Assert.That(report.GetProperty("status").GetString(), Is.EqualTo("Draft"));
            Assert.That(report.GetProperty("provision").GetString(), Is.EqualTo("BNSS 193(3)"));
            Assert.That(report.GetProperty("sequence").GetInt32(), Is.EqualTo(1));
            var line = report.GetProperty("accused").EnumerateArray().Single();
            Assert.That(line.GetProperty("caseAccusedId").GetGuid(), Is.EqualTo(accusedId));
            Assert.That(line.GetProperty("charges").GetString(), Is.EqualTo("BNS 318(4), IT Act 66D"), "built from the FIR's sections");
        });
        await (await Draft(firId)).ShouldBe(HttpStatusCode.Conflict, "PoliceReport.AlreadyDrafted");

        await (await Step(report, "approve", Demo.ShoKashmir)).ShouldBe(HttpStatusCode.Conflict, "PoliceReport.IllegalStatusChange");
        await (await Step(report, "submit", Demo.IoKashmir)).ShouldBe(HttpStatusCode.UnprocessableEntity, "PoliceReport.ConclusionRequired");
        await (await Edit(report, accusedId, version: Guid.NewGuid())).ShouldBe(HttpStatusCode.Conflict, "Concurrency.Conflict");
        var edited = await (await Edit(report, accusedId)).ShouldBe(HttpStatusCode.OK);
        await (await Edit(report, accusedId)).ShouldBe(HttpStatusCode.Conflict, "Concurrency.Conflict");
        Assert.That(edited.GetProperty("conclusion").GetString(), Is.EqualTo(Conclusion));

        await (await Step(edited, "submit", Demo.Io2Kashmir)).ShouldBe(HttpStatusCode.Forbidden, "Access.Forbidden");
        var submitted = await (await Step(edited, "submit", Demo.IoKashmir)).ShouldBe(HttpStatusCode.OK);
        await (await Step(submitted, "approve", Demo.IoKashmir)).ShouldBe(HttpStatusCode.Forbidden, "Access.Forbidden");
        await (await Step(submitted, "forward", Demo.ShoKashmir)).ShouldBe(HttpStatusCode.Conflict, "PoliceReport.IllegalStatusChange");
        var approved = await (await Step(submitted, "approve", Demo.ShoKashmir)).ShouldBe(HttpStatusCode.OK);
        Assert.That(approved.GetProperty("approvedBy").GetProperty("id").GetGuid(), Is.EqualTo(Demo.OfficerId(Demo.ShoKashmir)));

        // The SHO can send it back; the IO edits and submits again.
        var returned = await (await (await As(Demo.ShoKashmir)).PostAsJsonAsync($"/api/police-reports/{report.Id()}/return",
            new { remark = "Add the bank's reply.", version = approved.Version() })).ShouldBe(HttpStatusCode.OK);
        Assert.That(returned.GetProperty("status").GetString(), Is.EqualTo("Draft"));
        Assert.That(returned.GetProperty("returnRemark").GetString(), Is.EqualTo("Add the bank's reply."));
        submitted = await (await Step(returned, "submit", Demo.IoKashmir)).ShouldBe(HttpStatusCode.OK);
        approved = await (await Step(submitted, "approve", Demo.ShoKashmir)).ShouldBe(HttpStatusCode.OK);

        await (await Step(approved, "forward", Demo.IoKashmir)).ShouldBe(HttpStatusCode.Forbidden, "Access.Forbidden");
        await (await Step(approved, "forward", Demo.ProsecutorKashmir)).ShouldBe(HttpStatusCode.Forbidden, "Access.Forbidden");
        var forwarded = await (await Step(approved, "forward", Demo.ShoKashmir)).ShouldBe(HttpStatusCode.OK);
        Assert.Multiple(() =>
        {
            Assert.That(forwarded.GetProperty("status").GetString(), Is.EqualTo("Forwarded"));
            Assert.That(forwarded.GetProperty("forwardedSha256").GetString(), Does.Match("^[0-9a-f]{64}$"));
            Assert.That(forwarded.GetProperty("forwardedBy").GetProperty("id").GetGuid(), Is.EqualTo(Demo.OfficerId(Demo.ShoKashmir)));
        });
        var fir = await (await (await As(Demo.IoKashmir)).GetAsync($"/api/firs/{firId}")).ShouldBe(HttpStatusCode.OK);
        Assert.That(fir.GetProperty("status").GetString(), Is.EqualTo("ChargeSheeted"));
        await (await Edit(forwarded, accusedId)).ShouldBe(HttpStatusCode.Conflict, "PoliceReport.IllegalStatusChange");
        await (await Step(forwarded, "forward", Demo.ShoKashmir)).ShouldBe(HttpStatusCode.Conflict, "PoliceReport.IllegalStatusChange");
    }

    [Test]
    public async Task A_final_report_says_its_kind_of_closure_and_closes_the_FIR()
    {
        var (firId, accusedId) = await NewCase();
        await (await Draft(firId, kind: "FinalReport")).ShouldBe(HttpStatusCode.UnprocessableEntity, "PoliceReport.ClosureKindRequired");
        await (await Draft(firId, closure: "Untraced")).ShouldBe(HttpStatusCode.UnprocessableEntity, "PoliceReport.ClosureKindOnChargeSheet");
        var report = await (await Draft(firId, kind: "FinalReport", closure: "InsufficientEvidence")).ShouldBe(HttpStatusCode.Created);
        Assert.That(report.GetProperty("accused")[0].GetProperty("sentUp").GetBoolean(), Is.False, "a final report sends nobody up");
        report = await (await (await As(Demo.IoKashmir)).PutAsJsonAsync($"/api/police-reports/{report.Id()}", new
        {
            kind = "FinalReport",
            closure = "InsufficientEvidence",
            court = Court,
            conclusion = "The caller could not be linked to the accused.",
            accused = new[] { new { caseAccusedId = accusedId, sentUp = false, charges = "BNS 318(4)" } },
            version = report.Version(),
        })).ShouldBe(HttpStatusCode.OK);
        report = await (await Step(report, "submit", Demo.IoKashmir)).ShouldBe(HttpStatusCode.OK);
        report = await (await Step(report, "approve", Demo.ShoKashmir)).ShouldBe(HttpStatusCode.OK);
        await (await Step(report, "forward", Demo.ShoKashmir)).ShouldBe(HttpStatusCode.OK);
        var fir = await (await (await As(Demo.IoKashmir)).GetAsync($"/api/firs/{firId}")).ShouldBe(HttpStatusCode.OK);
        Assert.That(fir.GetProperty("status").GetString(), Is.EqualTo("FinalReport"));

        var pdf = await (await As(Demo.IoKashmir)).GetByteArrayAsync($"/api/police-reports/{report.Id()}/pdf");
        var text = Text(pdf);
        Assert.That(text, Does.Contain("FINAL REPORT").And.Contain("Insufficient evidence to send any accused up for trial").And.Contain("Not sent up"));
    }

    [Test]
    public async Task Once_forwarded_the_investigation_records_are_locked_until_the_court_permits_further_investigation()
    {
        var (firId, accusedId, report) = await ForwardedCase();
        var io = await As(Demo.IoKashmir);
        var sho = await As(Demo.ShoKashmir);
        var accused = await (await io.GetAsync($"/api/accused/{accusedId}")).ShouldBe(HttpStatusCode.OK);

        // Representative writes of every kind of record: one check refuses them all.
        await (await io.PostAsJsonAsync($"/api/firs/{firId}/accused", Investigation.Investigation.AccusedBody("Another Caller")))
            .ShouldBe(HttpStatusCode.Conflict, "Fir.InvestigationClosed");
        await (await io.PostAsJsonAsync($"/api/accused/{accusedId}/arrest", Investigation.Investigation.ArrestBody(accused.Version(), App.Clock.GetUtcNow())))
            .ShouldBe(HttpStatusCode.Conflict, "Fir.InvestigationClosed");
        await (await io.PostAsJsonAsync($"/api/firs/{firId}/supplementary-statements", new { text = "Later fact." }))
            .ShouldBe(HttpStatusCode.Conflict, "Fir.InvestigationClosed");
        var premises = await App.NewPremises();
        await (await sho.PostAsJsonAsync($"/api/firs/{firId}/raids", Investigation.Investigation.RaidBody(premises.Id(), Investigation.Investigation.NextFreeSlot(App))))
            .ShouldBe(HttpStatusCode.Conflict, "Fir.InvestigationClosed");
        await (await Draft(firId)).ShouldBe(HttpStatusCode.Conflict, "Fir.InvestigationClosed");
        // What stays open: the bundle export and the report's PDF.
        await (await sho.PostAsync($"/api/firs/{firId}/case-bundle", null)).ShouldBe(HttpStatusCode.Created);
        Assert.That((await io.GetAsync($"/api/police-reports/{report.Id()}/pdf")).StatusCode, Is.EqualTo(HttpStatusCode.OK));

        // The court's permission, recorded by the SHO, reopens the records; the next report is supplementary.
        var today = DateOnly.FromDateTime(App.Clock.GetUtcNow().ToOffset(TimeSpan.FromHours(5.5)).DateTime);
        object Permission(DateOnly date) => new { court = Court, orderDate = date, orderReference = "Misc. 7/2025", reasons = "Trace the money." };
        await (await io.PostAsJsonAsync($"/api/firs/{firId}/further-investigations", Permission(today))).ShouldBe(HttpStatusCode.Forbidden, "Access.Forbidden");
        await (await sho.PostAsJsonAsync($"/api/firs/{firId}/further-investigations", Permission(today.AddDays(-30))))
            .ShouldBe(HttpStatusCode.UnprocessableEntity, "FurtherInvestigation.OrderBeforeReport");
        var permission = await (await sho.PostAsJsonAsync($"/api/firs/{firId}/further-investigations", Permission(today))).ShouldBe(HttpStatusCode.Created);
        Assert.That(permission.GetProperty("provision").GetString(), Is.EqualTo("BNSS 193(9)"));
        await (await sho.PostAsJsonAsync($"/api/firs/{firId}/further-investigations", Permission(today)))
            .ShouldBe(HttpStatusCode.Conflict, "FurtherInvestigation.NotClosed");

        await (await io.PostAsJsonAsync($"/api/firs/{firId}/accused", Investigation.Investigation.AccusedBody("Another Caller"))).ShouldBe(HttpStatusCode.Created);
        var supplementary = await (await Draft(firId)).ShouldBe(HttpStatusCode.Created);
        Assert.Multiple(() =>
        {
            Assert.That(supplementary.GetProperty("sequence").GetInt32(), Is.EqualTo(2));
            Assert.That(supplementary.GetProperty("isSupplementary").GetBoolean(), Is.True);
            Assert.That(supplementary.GetProperty("furtherInvestigationId").GetGuid(), Is.EqualTo(permission.Id()));
        });
    }

    [Test]
    public async Task A_new_regime_report_PDF_cites_BNSS_193_3_and_carries_the_sequence_of_custody()
    {
        var (firId, _, report) = await ForwardedCase();
        var response = await (await As(Demo.ProsecutorKashmir)).GetAsync($"/api/police-reports/{report.Id()}/pdf");
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        var pdf = await response.Content.ReadAsByteArrayAsync();
        var sha = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(pdf));
        Assert.That(sha, Is.EqualTo(report.GetProperty("forwardedSha256").GetString()), "the copy served is the copy forwarded");
        Assert.That(response.Headers.ETag?.Tag, Is.EqualTo($"\"{sha}\""));

        var text = Text(pdf);
        var fir = await (await (await As(Demo.IoKashmir)).GetAsync($"/api/firs/{firId}")).ShouldBe(HttpStatusCode.OK);
        Assert.Multiple(() =>
        {
            Assert.That(text, Does.Contain("CHARGE-SHEET"));
            Assert.That(text, Does.Contain("section 193(3) BNSS"));
            Assert.That(text, Does.Not.Contain("CrPC"), "a BNSS case never cites the CrPC");
            Assert.That(text, Does.Contain("Sequence of custody of electronic devices (section 193(3)(i) BNSS)"));
            Assert.That(text, Does.Contain(Court));
            Assert.That(text, Does.Contain($"No. {fir.GetProperty("number").GetString()}"));
            // Table cells wrap (and text extraction interleaves the columns of a line): compared without white space.
            Assert.That(CaseFiles.PdfTools.Squeeze(text), Does.Contain("WaseemAkramDar").And.Contain("BNS318(4);ITAct").And.Contain("Madethecall."));
            Assert.That(text, Does.Not.Contain("Further investigation was permitted"));
            Assert.That(text, Does.Contain("Medical examination at arrest, SMHS Hospital."));
            Assert.That(text, Does.Contain(Conclusion));
            Assert.That(text, Does.Contain("Mehvish Jan").And.Contain("Tariq Ahmad Mir"));
            Assert.That(text, Does.Contain("No accused was released on bond.").And.Contain("No accused is forwarded in custody."));
            Assert.That(text, Does.Not.Contain("DRAFT"));
        });
        var exports = await App.WithDb(db => db.AuditRecords.AsNoTracking()
            .CountAsync(a => a.Action == "ExportPoliceReport" && a.EntityId == report.Id().ToString()));
        Assert.That(exports, Is.EqualTo(1), "every copy served is audited");
    }

    [Test]
    public async Task The_founding_cases_charge_sheet_cites_CrPC_173_2_and_no_BNSS()
    {
        var report = await (await (await As(Demo.ProsecutorKashmir)).GetAsync($"/api/police-reports/{DemoPoliceReport.ReportId}")).ShouldBe(HttpStatusCode.OK);
        Assert.Multiple(() =>
        {
            Assert.That(report.GetProperty("status").GetString(), Is.EqualTo("Forwarded"));
            Assert.That(report.GetProperty("provision").GetString(), Is.EqualTo("CrPC 173(2)"));
            Assert.That(report.GetProperty("forwardedAt").GetDateTimeOffset(), Is.EqualTo(DemoPoliceReport.ForwardedAt));
            Assert.That(report.GetProperty("accused").GetArrayLength(), Is.EqualTo(23));
        });
        var pdf = await (await As(Demo.ProsecutorKashmir)).GetByteArrayAsync($"/api/police-reports/{DemoPoliceReport.ReportId}/pdf");
        Assert.That(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(pdf)), Is.EqualTo(report.GetProperty("forwardedSha256").GetString()));
        var text = Text(pdf);
        Assert.Multiple(() =>
        {
            Assert.That(text, Does.Contain("section 173(2) CrPC"));
            Assert.That(text, Does.Not.Contain("BNSS").And.Not.Contain("BSA"), "a 2021 case never cites the new laws");
            Assert.That(text, Does.Not.Contain("Sequence of custody of electronic devices"), "the CrPC asks for no custody sequence in the report");
            var squeezed = CaseFiles.PdfTools.Squeeze(text);
            Assert.That(squeezed, Does.Contain("CourtoftheChiefJudicialMagistrate,Srinagar").And.Contain("No.02/2021"));
            Assert.That(squeezed, Does.Contain("ImtiyazAhmadSheikh").And.Contain("releasedonbailbond"));
            Assert.That(squeezed, Does.Contain("Personsacquaintedwiththecircumstances(listofwitnesses)").And.Contain("RafiqAhmad")
                .And.Contain("Bhat(other)").And.Contain("CrPC161"), "the witnesses are listed with what they speak to and their statements");
            Assert.That(squeezed, Does.Contain("medicallyexamined"));
            Assert.That(text, Does.Contain("11/03/2021"));
        });
    }

    [Test]
    public async Task The_disclosure_log_records_what_was_given_with_its_hash_and_is_append_only()
    {
        var (firId, accusedId) = await NewCase();
        var io = await As(Demo.IoKashmir);
        object Entry(string sha, Guid? bundleId = null, string? reference = "Police report as forwarded") => new
        {
            caseAccusedId = accusedId,
            recipient = "Counsel",
            receivedBy = "Adv. Shafat Ahmad",
            suppliedAt = App.Clock.GetUtcNow(),
            mode = "ThroughCourt",
            documents = "Charge-sheet with the documents relied upon",
            caseBundleId = bundleId,
            reference,
            sha256 = sha,
        };
        var anyHash = new string('a', 64);
        await (await io.PostAsJsonAsync($"/api/firs/{firId}/disclosures", Entry(anyHash))).ShouldBe(HttpStatusCode.Conflict, "Disclosure.NoPoliceReport");

        var report = await (await Draft(firId)).ShouldBe(HttpStatusCode.Created);
        report = await (await Edit(report, accusedId)).ShouldBe(HttpStatusCode.OK);
        report = await (await Step(report, "submit", Demo.IoKashmir)).ShouldBe(HttpStatusCode.OK);
        report = await (await Step(report, "approve", Demo.ShoKashmir)).ShouldBe(HttpStatusCode.OK);
        report = await (await Step(report, "forward", Demo.ShoKashmir)).ShouldBe(HttpStatusCode.OK);
        App.Clock.Advance(TimeSpan.FromMinutes(10));

        var bundle = await (await io.PostAsync($"/api/firs/{firId}/case-bundle", null)).ShouldBe(HttpStatusCode.Created);
        await (await io.PostAsJsonAsync($"/api/firs/{firId}/disclosures", Entry(anyHash, bundle.Id(), null)))
            .ShouldBe(HttpStatusCode.UnprocessableEntity, "Disclosure.HashNotOfBundle");
        await (await (await As(Demo.ProsecutorKashmir)).PostAsJsonAsync($"/api/firs/{firId}/disclosures", Entry(anyHash)))
            .ShouldBe(HttpStatusCode.Forbidden, "Access.Forbidden");

        var reportSha = report.GetProperty("forwardedSha256").GetString()!;
        var first = await (await io.PostAsJsonAsync($"/api/firs/{firId}/disclosures", Entry(reportSha))).ShouldBe(HttpStatusCode.Created);
        var bundleSha = bundle.GetProperty("sha256").GetString()!;
        var second = await (await io.PostAsJsonAsync($"/api/firs/{firId}/disclosures", Entry(bundleSha, bundle.Id(), null))).ShouldBe(HttpStatusCode.Created);
        Assert.That((first.GetProperty("number").GetInt32(), second.GetProperty("number").GetInt32()), Is.EqualTo((1, 2)));

        var log = await (await (await As(Demo.ProsecutorKashmir)).GetAsync($"/api/firs/{firId}/disclosures")).ShouldBe(HttpStatusCode.OK);
        Assert.That(log.GetProperty("provision").GetString(), Is.EqualTo("BNSS 230"));
        var entries = log.GetProperty("entries").EnumerateArray().ToList();
        Assert.That(entries.Select(e => e.GetProperty("sha256").GetString()), Is.EqualTo(new[] { reportSha, bundleSha }));
        Assert.That(entries[0].GetProperty("receivedBy").GetString(), Is.EqualTo("Adv. Shafat Ahmad"));
        Assert.That(entries[0].GetProperty("accusedCode").GetString(), Is.EqualTo("A1"));

        // Append-only: no route edits or deletes a line.
        Assert.That((await io.PutAsJsonAsync($"/api/firs/{firId}/disclosures", Entry(reportSha))).StatusCode, Is.EqualTo(HttpStatusCode.MethodNotAllowed));
        Assert.That((await io.DeleteAsync($"/api/firs/{firId}/disclosures")).StatusCode, Is.EqualTo(HttpStatusCode.MethodNotAllowed));
        Assert.That((await io.DeleteAsync($"/api/firs/{firId}/disclosures/{first.Id()}")).StatusCode, Is.AnyOf(HttpStatusCode.NotFound, HttpStatusCode.MethodNotAllowed));
    }

    [Test]
    public async Task The_founding_case_has_its_copies_to_A1s_counsel_with_the_forwarded_reports_hash()
    {
        var report = await (await (await As(Demo.ShoKashmir)).GetAsync($"/api/police-reports/{DemoPoliceReport.ReportId}")).ShouldBe(HttpStatusCode.OK);
        var log = await (await (await As(Demo.ShoKashmir)).GetAsync($"/api/firs/{Demo.FoundingFirId}/disclosures")).ShouldBe(HttpStatusCode.OK);
        Assert.That(log.GetProperty("provision").GetString(), Is.EqualTo("CrPC 207"));
        var entry = log.GetProperty("entries").EnumerateArray().Single();
        Assert.That(entry.GetProperty("sha256").GetString(), Is.EqualTo(report.GetProperty("forwardedSha256").GetString()));
        Assert.That(entry.GetProperty("accusedCode").GetString(), Is.EqualTo("A1"));
    }

    [Test]
    public async Task Another_station_gets_404_on_every_police_report_route()
    {
        var (firId, _, report) = await ForwardedCase();
        var jammu = await As(Demo.ShoJammu);
        foreach (var url in new[] { $"/api/police-reports/{report.Id()}", $"/api/police-reports/{report.Id()}/pdf", $"/api/firs/{firId}/police-reports",
                     $"/api/firs/{firId}/disclosures", $"/api/firs/{firId}/diary.pdf" })
        {
            var problem = await (await jammu.GetAsync(url)).ShouldBe(HttpStatusCode.NotFound);
            Assert.That(problem.GetProperty("code").GetString(), Does.EndWith(".NotFound"), url);
        }

        var body = new { version = report.Version() };
        foreach (var step in new[] { "submit", "approve", "forward" })
        {
            await (await jammu.PostAsJsonAsync($"/api/police-reports/{report.Id()}/{step}", body)).ShouldBe(HttpStatusCode.NotFound, "PoliceReport.NotFound");
        }

        await (await jammu.PostAsJsonAsync($"/api/police-reports/{report.Id()}/return", new { remark = "x", version = report.Version() }))
            .ShouldBe(HttpStatusCode.NotFound, "PoliceReport.NotFound");
        await (await jammu.PostAsJsonAsync($"/api/firs/{firId}/further-investigations",
            new { court = Court, orderDate = "2025-12-01", orderReference = "x", reasons = "x" })).ShouldBe(HttpStatusCode.NotFound, "Fir.NotFound");
        await (await (await As(Demo.IoJammu)).PostAsJsonAsync($"/api/firs/{firId}/police-reports", new { kind = "ChargeSheet", court = Court }))
            .ShouldBe(HttpStatusCode.NotFound, "Fir.NotFound");
        await (await (await As(Demo.IoJammu)).PostAsJsonAsync($"/api/firs/{firId}/disclosures", new
        {
            caseAccusedId = Guid.NewGuid(),
            recipient = "Accused",
            receivedBy = "x",
            suppliedAt = App.Clock.GetUtcNow(),
            mode = "InPerson",
            documents = "x",
            reference = "x",
            sha256 = new string('b', 64),
        })).ShouldBe(HttpStatusCode.NotFound, "Fir.NotFound");
    }

    [Test]
    public async Task The_case_diary_exports_as_a_volume_numbered_as_in_the_diary_for_its_readers_only()
    {
        var response = await (await As(Demo.ShoKashmir)).GetAsync($"/api/firs/{Demo.FoundingFirId}/diary.pdf");
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        var pdf = await response.Content.ReadAsByteArrayAsync();
        using (var document = PdfDocument.Open(pdf))
        {
            var pages = document.GetPages().Select(p => p.Text).ToList();
            Assert.That(pages, Has.Count.EqualTo(3), "one sheet per diary page of the two closed days");
            for (var i = 0; i < 3; i++)
            {
                Assert.That(pages[i], Does.Contain($"Case diary page {i + 1}").And.Contain($"CASE DIARY, PAGE {i + 1}").And.Contain("section 172 CrPC"));
                Assert.That(pages[i], Does.Not.Contain("BNSS"));
            }

            Assert.That(pages[0], Does.Contain("12/01/2021"));
        }

        var sha = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(pdf));
        var audited = await App.WithDb(db => db.AuditRecords.AsNoTracking()
            .Where(a => a.Action == "ExportCaseDiary" && a.EntityId == Demo.FoundingFirId.ToString()).Select(a => a.Changes).ToListAsync());
        Assert.That(audited, Has.Some.Contains(sha), "the export is audited with the hash of what was given");

        var (firId, _) = await NewCase();
        await (await (await As(Demo.ProsecutorKashmir)).GetAsync($"/api/firs/{firId}/diary.pdf")).ShouldBe(HttpStatusCode.Forbidden, "Access.Forbidden");
        await (await (await As(Demo.Io2Kashmir)).GetAsync($"/api/firs/{firId}/diary.pdf")).ShouldBe(HttpStatusCode.Forbidden, "Access.Forbidden");
        Assert.That((await (await As(Demo.IoKashmir)).GetAsync($"/api/firs/{firId}/diary.pdf")).StatusCode, Is.EqualTo(HttpStatusCode.OK));
        await (await (await As(Demo.ShoKashmir)).PostAsync($"/api/firs/{firId}/diary/share", null)).ShouldBe(HttpStatusCode.OK);
        Assert.That((await (await As(Demo.ProsecutorKashmir)).GetAsync($"/api/firs/{firId}/diary.pdf")).StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task An_officer_in_an_overlapping_raid_is_recorded_with_a_reason_and_flagged()
    {
        var (firId, premisesId, first) = await App.PlannedRaid();
        var at = first.GetProperty("scheduledAt").GetDateTimeOffset();
        var other = await App.NewPremises(name: "Second floor office");
        var sho = await As(Demo.ShoKashmir);
        object Body(string? reason, Guid? officer = null) => new
        {
            premisesId = other.Id(),
            scheduledAt = at,
            leadOfficerId = Demo.OfficerId(Demo.ShoKashmir),
            members = new object[] { new { officerId = officer ?? Demo.OfficerId(Demo.Io2Kashmir), overlapReason = reason } },
            purpose = "Search the second office.",
            reasons = "Same operation; the two offices are in one building.",
        };
        await (await sho.PostAsJsonAsync($"/api/firs/{firId}/raids", Body(null))).ShouldBe(HttpStatusCode.UnprocessableEntity, "Raid.OfficerInOverlappingRaid");
        await (await sho.PostAsJsonAsync($"/api/firs/{firId}/raids", Body("Supervises both.", Demo.OfficerId(Demo.IoJammu))))
            .ShouldBe(HttpStatusCode.UnprocessableEntity, "Raid.MemberNotOfStation");
        var raid = await (await sho.PostAsJsonAsync($"/api/firs/{firId}/raids", Body("Supervises both searches in the same building.")))
            .ShouldBe(HttpStatusCode.Created);
        var member = raid.GetProperty("team").GetProperty("members").EnumerateArray().Single();
        Assert.That(member.GetProperty("inOverlappingRaid").GetBoolean(), Is.True);
        Assert.That(member.GetProperty("overlapReason").GetString(), Is.EqualTo("Supervises both searches in the same building."));

        var later = Investigation.Investigation.NextFreeSlot(App);
        var third = await App.NewPremises(name: "Third office");
        await (await sho.PostAsJsonAsync($"/api/firs/{firId}/raids", new
        {
            premisesId = third.Id(),
            scheduledAt = later,
            leadOfficerId = Demo.OfficerId(Demo.ShoKashmir),
            members = new object[] { new { officerId = Demo.OfficerId(Demo.Io2Kashmir), overlapReason = "Nothing overlaps." } },
            purpose = "p",
            reasons = "r",
        })).ShouldBe(HttpStatusCode.UnprocessableEntity, "Raid.NoOverlapToExplain");
        _ = premisesId;
    }


    private static string Text(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return string.Join("\n", document.GetPages().Select(p => string.Join(" ", p.GetWords().Select(w => w.Text))));
    }
}
