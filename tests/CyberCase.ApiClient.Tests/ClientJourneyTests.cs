using System.Security.Cryptography;
using CyberCase.Api.Tests.Infrastructure;
using CyberCase.ApiClient.Models;
using Microsoft.Kiota.Abstractions;
using Microsoft.Kiota.Abstractions.Authentication;
using Microsoft.Kiota.Http.HttpClientLibrary;
using SkiaSharp;

namespace CyberCase.ApiClient.Tests;

/// <summary>
/// A station's case worked end to end through the client Kiota generates from docs/openapi/v1.json, the way an
/// integrator would use it: nothing here knows a route, a JSON name or a status code.
/// </summary>
public sealed class ClientJourneyTests : ApiTest
{
    /// <summary>The generated client over the test host; signed in when a token is given (docs/api-clients.md).</summary>
    private CyberCaseClient Client(string? token = null)
    {
        var http = App.CreateClient();
        IAuthenticationProvider auth = token is null
            ? new AnonymousAuthenticationProvider()
            : new BaseBearerTokenAuthenticationProvider(new StaticToken(token, http.BaseAddress!.Host));
        return new CyberCaseClient(new HttpClientRequestAdapter(auth, httpClient: http) { BaseUrl = http.BaseAddress!.ToString().TrimEnd('/') });
    }

    private async Task<CyberCaseClient> SignedIn(string userName)
    {
        var login = await Client().Api.Auth.Login.PostAsync(new LoginCommand { Username = userName, Password = CyberCaseApp.Password });
        Assert.That(login!.AccessToken, Is.Not.Empty);
        return Client(login.AccessToken);
    }

    [Test]
    public async Task An_officer_registers_an_FIR_records_a_raid_and_a_seizure_and_exports_the_bundle()
    {
        var io = await SignedIn(Demo.IoKashmir);
        var sho = await SignedIn(Demo.ShoKashmir);

        var fir = await io.Api.Firs.PostAsync(new RegisterFirCommand
        {
            OccurredFrom = DateTimeOffset.Parse("2025-10-01T10:00:00+05:30", System.Globalization.CultureInfo.InvariantCulture),
            OccurredTo = DateTimeOffset.Parse("2025-10-02T18:00:00+05:30", System.Globalization.CultureInfo.InvariantCulture),
            PlaceOfOccurrence = "Online; complainant at Lal Chowk, Srinagar",
            InformationType = InformationType.Written,
            Informant = new InformantInput { Name = "Client Journey Informant", Parentage = "S/o Abdul Ahad Shah", Nationality = "Indian", Address = "Lal Chowk, Srinagar", Phone = "+919419012345" },
            Sections = [new SectionInput { Act = Act.BNS, Section = "318(4)" }, new SectionInput { Act = Act.ITAct, Section = "66D" }],
            Narrative = "Lost Rs 50,000 to a fake KYC call.",
            GdEntryNumber = "GD-89/2025",
        });
        Assert.That(fir!.Status, Is.EqualTo(FirStatus.Registered));

        // The SHO makes the registering officer the case's IO, which lets the IO export its bundle later.
        var assigned = await sho.Api.Firs[fir.Id!.Value].Assignment.PostAsync(new AssignFirRequest { OfficerId = Demo.OfficerId(Demo.IoKashmir), Version = fir.Version });
        Assert.That(assigned!.AssignedOfficer!.Id, Is.EqualTo(Demo.OfficerId(Demo.IoKashmir)));

        var read = await io.Api.Firs[fir.Id.Value].GetAsync();
        Assert.That(read!.Number, Is.EqualTo(fir.Number));
        Assert.That(read.Sections!.Select(s => s.Section), Is.EquivalentTo(new[] { "318(4)", "66D" }));

        var listed = await io.Api.Firs.GetAsync(r => r.QueryParameters.Q = "Client Journey Informant");
        Assert.That(listed!.Items!.Select(f => f.Id), Does.Contain(fir.Id));

        var accused = await io.Api.Firs[fir.Id.Value].Accused.PostAsync(new AddAccusedRequest
        {
            Name = "Waseem Akram Dar",
            Parentage = new ParentageInput { Relation = ParentageRelation.SonOf, Name = "Ghulam Nabi Dar" },
            Gender = Gender.Male,
            Age = 27,
            Address = "Bemina, Srinagar",
            Role = AccusedRole.Caller,
        });
        Assert.That(accused!.Code, Is.EqualTo("A1"));

        var premises = await io.Api.Premises.PostAsync(new RegisterPremisesCommand
        {
            Name = "Journey Call Centre",
            Kind = PremisesKind.CallCentre,
            Address = new AddressInput { Line = "Second floor, Iqbal Market", Locality = "Bemina", City = "Srinagar", District = "Srinagar", State = "Jammu and Kashmir", Pin = "190018" },
            FirId = fir.Id,
        });
        var raid = await sho.Api.Firs[fir.Id.Value].Raids.PostAsync(new PlanRaidRequest
        {
            PremisesId = premises!.Id,
            ScheduledAt = App.Clock.GetUtcNow().AddMinutes(10),
            LeadOfficerId = Demo.OfficerId(Demo.IoKashmir),
            Members = [new TeamMemberInput { OfficerId = Demo.OfficerId(Demo.Io2Kashmir) }],
            Purpose = "Search the calling floor and seize the computers.",
            Reasons = "Source information verified on the spot; evidence on computers can be wiped at short notice.",
        });
        App.Clock.Advance(TimeSpan.FromMinutes(10)); // tokens last an hour on the same clock
        var started = await io.Api.Raids[raid!.Id!.Value].Start.PostAsync(new StartRaidRequest { StartedAt = App.Clock.GetUtcNow(), Version = raid.Version });
        Assert.That(started!.Status, Is.EqualTo(RaidStatus.InProgress));

        App.Clock.Advance(TimeSpan.FromMinutes(30));
        var memo = await io.Api.Raids[raid.Id.Value].SeizureMemos.PostAsync(new SeizureMemoRequest
        {
            MemoNumber = "SM-JOURNEY-" + Guid.NewGuid().ToString("N")[..6],
            DrawnUpAt = App.Clock.GetUtcNow(),
            Witnesses =
            [
                new MemoWitnessInput { Name = "Ghulam Ahmad Parray", Parentage = "S/o Mohammad Akbar Parray", Address = "Bemina, Srinagar" },
                new MemoWitnessInput { Name = "Abdul Majid Sofi", Parentage = "S/o Ghulam Hassan Sofi", Address = "Bemina, Srinagar" },
            ],
            OccupantGivenCopy = "Manager of the premises",
            Items = [new SeizedItemInput { Kind = ExhibitKind.Laptop, Description = "Dell laptop, calling floor desk 4", SerialNumber = "JRNY-" + Guid.NewGuid().ToString("N")[..8], SealNumber = "SEAL-J1", Condition = "Working", FoundAt = "Calling floor, desk 4" }],
        });
        Assert.That(memo!.Items, Has.Count.EqualTo(1));

        // The seizure memo's scan, streamed as multipart with the fields before the file.
        var scan = OnePagePdf();
        var upload = new MultipartBody();
        upload.AddOrReplacePart("ownerType", "text/plain", "SeizureMemo");
        upload.AddOrReplacePart("ownerId", "text/plain", memo.Id!.Value.ToString());
        upload.AddOrReplacePart("description", "text/plain", "Signed seizure memo, scanned");
        upload.AddOrReplacePart("file", "application/pdf", new MemoryStream(scan), "seizure-memo.pdf");
        var evidence = await io.Api.Evidence.PostAsync(upload);
        Assert.That(evidence!.Sha256, Is.EqualTo(Convert.ToHexStringLower(SHA256.HashData(scan))));

        // The journey's case is not complete enough for the scrutiny (no witnesses' statements, no certificate, ...):
        // an officer exports it as a client does, acknowledging the findings with a reason.
        var bundle = await io.Api.Firs[fir.Id.Value].CaseBundle.PostAsync(Acknowledged);
        Assert.That(bundle!.Pages, Is.GreaterThan(0));
        await using var pdf = await io.Api.CaseBundles[bundle.Id!.Value].Content.GetAsync();
        var head = new byte[5];
        await pdf!.ReadExactlyAsync(head);
        Assert.That(head, Is.EqualTo("%PDF-"u8.ToArray()));
    }

    [TestCase("a PDF header and nothing else")]
    [TestCase("a PDF cut short")]
    public async Task A_damaged_PDF_among_the_evidence_makes_the_export_a_422_naming_it(string damage)
    {
        var damaged = damage == "a PDF cut short" ? OnePagePdf()[..40] : "%PDF-1.4 signed complaint"u8.ToArray();
        var io = await SignedIn(Demo.IoKashmir);
        var sho = await SignedIn(Demo.ShoKashmir);
        var fir = await io.Api.Firs.PostAsync(new RegisterFirCommand
        {
            OccurredFrom = App.Clock.GetUtcNow().AddDays(-2),
            OccurredTo = App.Clock.GetUtcNow().AddDays(-1),
            PlaceOfOccurrence = "Online",
            InformationType = InformationType.Oral,
            Informant = new InformantInput { Name = "Damaged Scan Informant", Nationality = "Indian", Address = "Rajbagh, Srinagar" },
            Sections = [new SectionInput { Act = Act.BNS, Section = "318(4)" }],
            Narrative = "A scanner cut the complaint's PDF short.",
        });
        await sho.Api.Firs[fir!.Id!.Value].Assignment.PostAsync(new AssignFirRequest { OfficerId = Demo.OfficerId(Demo.IoKashmir), Version = fir.Version });
        var upload = new MultipartBody();
        upload.AddOrReplacePart("ownerType", "text/plain", "Fir");
        upload.AddOrReplacePart("ownerId", "text/plain", fir.Id.Value.ToString());
        upload.AddOrReplacePart("file", "application/pdf", new MemoryStream(damaged), "complaint.pdf");
        await io.Api.Evidence.PostAsync(upload);

        var refused = Assert.ThrowsAsync<ProblemDetails>(() => io.Api.Firs[fir.Id.Value].CaseBundle.PostAsync(Acknowledged));
        Assert.That((refused!.ResponseStatusCode, refused.Code), Is.EqualTo((422, "CaseBundle.AnnexureUnreadable")));
        Assert.That(refused.Message, Does.Contain("complaint.pdf"));
    }

    [Test]
    public async Task Errors_arrive_as_typed_ProblemDetails_with_their_code()
    {
        var refused = Assert.ThrowsAsync<ProblemDetails>(() =>
            Client().Api.Auth.Login.PostAsync(new LoginCommand { Username = Demo.IoKashmir, Password = "not the password" }));
        Assert.That(refused!.Code, Is.EqualTo("Auth.InvalidCredentials"));

        var anonymous = Assert.ThrowsAsync<ProblemDetails>(() => Client().Api.Firs[Demo.FoundingFirId].GetAsync());
        Assert.That(anonymous!.Code, Is.EqualTo("Auth.Required"));

        var jammu = await SignedIn(Demo.IoJammu);
        var missing = Assert.ThrowsAsync<ProblemDetails>(() => jammu.Api.Firs[Demo.FoundingFirId].GetAsync());
        Assert.That((missing!.ResponseStatusCode, missing.Code), Is.EqualTo((404, "Fir.NotFound")));

        var invalid = Assert.ThrowsAsync<HttpValidationProblemDetails>(() => jammu.Api.Firs.PostAsync(new RegisterFirCommand()));
        Assert.That(invalid!.Code, Is.EqualTo("Validation.Failed"));
        Assert.That(invalid.Errors!.AdditionalData.Keys, Does.Contain("narrative"));
    }

    private static byte[] OnePagePdf()
    {
        using var output = new MemoryStream();
        using (var document = SKDocument.CreatePdf(output))
        {
            document.BeginPage(595, 842);
            document.EndPage();
            document.Close();
        }

        return output.ToArray();
    }

    /// <summary>A token the integrator already has (from the login call); Kiota sends it only to the API's host.</summary>
    private sealed class StaticToken(string token, string host) : IAccessTokenProvider
    {
        public AllowedHostsValidator AllowedHostsValidator { get; } = new([host]);

        public Task<string> GetAuthorizationTokenAsync(Uri uri, Dictionary<string, object>? additionalAuthenticationContext = null,
            CancellationToken cancellationToken = default) =>
            Task.FromResult(AllowedHostsValidator.IsUrlHostValid(uri) ? token : "");
    }

    private static ExportCaseBundleRequest Acknowledged => new()
    {
        AcknowledgeBlockingFindings = true,
        Reason = "Working copy for the prosecutor; the findings are being cured",
    };
}
