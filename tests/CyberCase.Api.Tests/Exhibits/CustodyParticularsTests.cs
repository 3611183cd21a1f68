using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CyberCase.Api.Tests.Infrastructure;
using CyberCase.Api.Tests.Investigation;

namespace CyberCase.Api.Tests.Exhibits;

/// <summary>
/// Issue 11, custody and imaging: the holder's register, docket and property numbers; electronic-ness by identifiers;
/// how an image was made and when its certificate was signed. Each rule refused (422, the field named) and accepted.
/// </summary>
public sealed class CustodyParticularsTests : ApiTest
{
    // A test moves the clock on by a week (the certificate is signed after the image); tokens must outlive it.
    protected override Dictionary<string, string?> Settings => new() { ["Jwt:LifetimeMinutes"] = "200000" };

    private static Dictionary<string, object?> SimBox() => new()
    {
        ["kind"] = "Other",
        ["description"] = "GSM SIM box (8-port gateway)",
        ["make"] = "Dinstar",
        ["model"] = "UC2000-VE-8G",
        ["imeis"] = new[] { Seizures.NewImei(), Seizures.NewImei() },
        ["sealNumber"] = Seizures.Unique("SEAL"),
        ["foundAt"] = "Store room shelf",
    };

    [Test]
    public async Task A_hand_over_carries_the_receiving_holders_own_number_and_only_that_holders()
    {
        var memo = await App.NewMemo(SimBox());
        var item = memo.Items().Single();
        Assert.That(item.GetProperty("isElectronic").GetBoolean(), Is.True, "an Other with two IMEIs is electronic");
        var io = await App.ClientFor(Demo.IoKashmir);
        var at = App.Clock.GetUtcNow();
        var wrong = await (await io.PostAsJsonAsync($"/api/exhibits/{item.Id()}/custody", new
        {
            to = Seizures.ToMalkhana,
            at,
            purpose = "Deposit",
            sealIntact = true,
            fslDocketNumber = "FSL/CY/1/2025",
            version = (await App.GetExhibit(item.Id())).Version(),
        })).ShouldBe(HttpStatusCode.UnprocessableEntity, "Custody.ReferenceOfAnotherHolder");
        Assert.That(wrong.FieldErrors(), Is.EqualTo(new[] { "fslDocketNumber" }));

        var log = await (await io.PostAsJsonAsync($"/api/exhibits/{item.Id()}/custody", new
        {
            to = Seizures.ToMalkhana,
            at,
            purpose = "Deposit",
            sealIntact = true,
            malkhanaEntryNumber = "Register 4, entry 61/2025",
            version = (await App.GetExhibit(item.Id())).Version(),
        })).ShouldBe(HttpStatusCode.OK);
        Assert.That(log.GetProperty("events")[1].GetProperty("malkhanaEntryNumber").GetString(), Is.EqualTo("Register 4, entry 61/2025"));
        Assert.That(log.GetProperty("verified").GetBoolean(), Is.True, "the number is under the hash chain, and the chain verifies");
    }

    [Test]
    public async Task An_image_records_its_examiner_tool_and_signing_date_never_before_it_was_made()
    {
        var memo = await App.NewMemo();
        var phone = memo.Items().Single();
        var io = await App.ClientFor(Demo.IoKashmir);
        var madeAt = App.Clock.GetUtcNow();
        var sha = new string('a', 64);
        var early = await (await io.PostAsJsonAsync($"/api/exhibits/{phone.Id()}/images", new
        {
            description = "Logical extraction",
            sha256 = sha,
            madeAt,
            imaging = new { examinerName = "Dr. Nusrat Jan", examinerSignedAt = madeAt.AddDays(-1) },
        })).ShouldBe(HttpStatusCode.UnprocessableEntity, "Exhibit.CertificateBeforeImage");
        Assert.That(early.FieldErrors(), Is.EqualTo(new[] { "imaging.examinerSignedAt" }));

        var image = await (await io.PostAsJsonAsync($"/api/exhibits/{phone.Id()}/images", new
        {
            description = "Logical extraction",
            sha256 = sha,
            madeAt,
            imaging = new { examinerName = "Dr. Nusrat Jan", tool = "Cellebrite UFED 4PC", toolVersion = "7.71", process = "Logical extraction" },
        })).ShouldBe(HttpStatusCode.Created);
        Assert.That(image.GetProperty("imaging").GetProperty("examinerSignedAt").ValueKind, Is.EqualTo(JsonValueKind.Null), "not signed yet");

        App.Clock.Advance(TimeSpan.FromDays(7));
        var signedAt = App.Clock.GetUtcNow();
        var signed = await (await io.PutAsJsonAsync($"/api/exhibits/{image.Id()}/imaging", new
        {
            imaging = new
            {
                examinerName = "Dr. Nusrat Jan",
                examinerDesignation = "Scientific Officer",
                examinerEmployedAt = "FSL Srinagar",
                tool = "Cellebrite UFED 4PC",
                toolVersion = "7.71",
                process = "Logical extraction",
                sourceSha256 = new string('b', 64),
                examinerSignedAt = signedAt,
                partASignedBy = Demo.OfficerId(Demo.IoKashmir),
                partASignedAt = signedAt,
            },
            version = image.Version(),
        })).ShouldBe(HttpStatusCode.OK);
        var imaging = signed.GetProperty("imaging");
        Assert.That(imaging.GetProperty("toolVersion").GetString(), Is.EqualTo("7.71"));
        Assert.That(imaging.GetProperty("sourceSha256").GetString(), Is.EqualTo(new string('b', 64)));
        Assert.That(imaging.GetProperty("examinerSignedAt").GetDateTimeOffset(), Is.EqualTo(Domain.Common.Precision.ToStoredPrecision(signedAt)));

        await (await io.PutAsJsonAsync($"/api/exhibits/{phone.Id()}/imaging", new { imaging = new { tool = "x" }, version = (await App.GetExhibit(phone.Id())).Version() }))
            .ShouldBe(HttpStatusCode.Conflict, "Exhibit.NotAnImage");
    }
}
