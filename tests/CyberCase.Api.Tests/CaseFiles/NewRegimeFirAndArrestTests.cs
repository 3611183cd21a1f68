using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using CyberCase.Api.Tests.Infrastructure;
using CyberCase.Api.Tests.Investigation;
using CyberCase.Infrastructure.Seeding;
using CyberCase.Infrastructure.Seeding.Demo;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Outline;

namespace CyberCase.Api.Tests.CaseFiles;

/// <summary>
/// A BNS-era case (the demo's FIR 14/2025, registered in 2025) exported after its accused is arrested and produced
/// and the SHO has recorded the court and CNR number: its FIR, memorandum of arrest and cover cite BNSS throughout
/// and never the CrPC, and print every particular the records hold, field by field (issue 11).
/// </summary>
public sealed partial class NewRegimeFirAndArrestTests : ApiTest
{
    private static readonly Guid FirId = DemoFirs.FirId("CPS-KZ", "14/2025");
    private static readonly Guid AccusedId = DeterministicGuid.From("accused:CPS-KZ:14/2025:A1");
    private static readonly DateTimeOffset ArrestedAt = new(2025, 3, 26, 12, 0, 0, TimeSpan.FromHours(5.5));

    private List<string> _pages = null!;
    private List<(string Title, int Page)> _bookmarks = null!;

    [OneTimeSetUp]
    public async Task ArrestProduceAndExport()
    {
        var sho = await App.ClientFor(Demo.ShoKashmir);
        var fir = await (await sho.GetAsync($"/api/firs/{FirId}")).ShouldBe(HttpStatusCode.OK);
        await (await sho.PutAsJsonAsync($"/api/firs/{FirId}/court", new
        {
            courtName = "Chief Judicial Magistrate, Srinagar",
            courtCaseNumber = "Challan 41/2025",
            cnrNumber = "JKSR010000412025",
            version = fir.Version(),
        })).ShouldBe(HttpStatusCode.OK);

        var io = await App.ClientFor(Demo.Io2Kashmir);
        var accused = await (await io.GetAsync($"/api/accused/{AccusedId}")).ShouldBe(HttpStatusCode.OK);
        var arrested = await (await io.PostAsJsonAsync($"/api/accused/{AccusedId}/arrest", new
        {
            arrestedAt = ArrestedAt,
            place = "His house, Natipora, Srinagar",
            arrestingOfficerId = Demo.OfficerId(Demo.Io2Kashmir),
            groundsCommunicated = "Told of the cheating of the complainant by personation over the phone and of the sections charged.",
            groundsInWriting = true,
            groundsLanguage = "Kashmiri",
            reasonsForArrest = "He was about to leave the valley and had already changed his SIM; a notice would not secure his appearance.",
            attestingWitness = new { name = "Ghulam Rasool Parray", address = "Natipora, Srinagar", relation = "Neighbour" },
            countersignedByArrestee = true,
            relativeInformed = new { name = "Mohammad Iqbal Hajam", relation = "Father", how = "InPerson", at = ArrestedAt.AddMinutes(20), by = "SI Aijaz Ahmad Bhat", bookEntryNumber = "Arrest intimation register 12/2025" },
            injuriesSeen = "None seen",
            medicalExamination = new { at = ArrestedAt.AddHours(2), by = "Medical Officer, SMHS Hospital, Srinagar" },
            controlRoomInformedAt = ArrestedAt.AddMinutes(30),
            gdEntryNumber = "GD-52/2025",
            version = accused.Version(),
        })).ShouldBe(HttpStatusCode.OK);
        await (await io.PostAsJsonAsync($"/api/accused/{AccusedId}/custody", new
        {
            @event = "ProducedBeforeMagistrate",
            at = ArrestedAt.AddHours(22),
            court = "Chief Judicial Magistrate, Srinagar",
            journeyMinutes = 30,
            version = arrested.Version(),
        })).ShouldBe(HttpStatusCode.OK);

        var prosecutor = await App.ClientFor(Demo.ProsecutorKashmir);
        var record = await (await prosecutor.PostAsJsonAsync($"/api/firs/{FirId}/case-bundle",
            // This test reads the documents; the scrutiny's own findings on FIR 14/2025 are the scrutiny tests' subject.
            new { acknowledgeBlockingFindings = true, reason = "Reading the documents of the new regime back" })).ShouldBe(HttpStatusCode.Created);
        var pdf = await (await prosecutor.GetAsync($"/api/case-bundles/{record.Id()}/content")).Content.ReadAsByteArrayAsync();
        using var document = PdfDocument.Open(pdf);
        _pages = document.GetPages().Select(p => p.Text).ToList();
        Assert.That(document.TryGetBookmarks(out var bookmarks), Is.True);
        _bookmarks = PdfTools.IndexRowBookmarks(bookmarks!);
    }

    private string Text(string titleStart)
    {
        var i = _bookmarks.FindIndex(b => b.Title.StartsWith(titleStart, StringComparison.Ordinal));
        Assert.That(i, Is.GreaterThanOrEqualTo(0), $"a bookmark '{titleStart}'");
        var last = i + 1 < _bookmarks.Count ? _bookmarks[i + 1].Page - 1 : _pages.Count;
        return PdfTools.Squeeze(string.Concat(_pages.Skip(_bookmarks[i].Page - 1).Take(last - _bookmarks[i].Page + 1)));
    }


    [GeneratedRegex(@"\s+")]
    private static partial Regex WhiteSpace();

    [Test]
    public void The_FIR_is_under_BNSS_with_its_particulars_and_the_law_charged_only()
    {
        var fir = Text("First Information Report");
        string[] expected =
        [
            "FIRSTINFORMATIONREPORT(undersection173BNSS)", "FIRnumber14/2025", "BNS318(4)", "BNS319(2)",
            "Informationreceivedatthepolicestation18/03/202510:40IST", "GD-40/2025(10:40)", "West,5.5kmfromthepolicestation",
            "Beat7(Bemina)", "(c)Dateoryearofbirth1986", "Shopkeeper", "Thecomplainantfirstaskedhisbank",
            "10.TotalvalueofpropertiesinvolvedRs4,85,000", "Theinformationintheinformant'swords",
            "15.Dateandtimeofdispatchtothecourt(section176(1)BNSS)18/03/202513:00IST;Bye-mail",
            "SignatureoftheofficerinchargeofthepolicestationTariqAhmadMir,Inspector",
        ];
        foreach (var field in expected)
        {
            Assert.That(fir, Does.Contain(field), field);
        }

        Assert.That(fir, Does.Not.Contain("CrPC").And.Not.Contain("IPC"));
    }

    [Test]
    public void The_memorandum_of_arrest_cites_BNSS_for_every_safeguard()
    {
        Assert.That(_bookmarks.Count(b => b.Title.StartsWith("Memorandum of arrest, ", StringComparison.Ordinal)), Is.EqualTo(1));
        var memo = Text("Memorandum of arrest, A1 Aqib Hussain Hajam");
        string[] expected =
        [
            "MEMORANDUMOFARREST(undersection36BNSS)", "(BNSS35(1)(b)(ii),BNSS35(3))Hewasabouttoleavethevalley",
            "Groundsofarrestcommunicated(BNSS47)", "inwriting,inKashmiri", "Attestingwitness(BNSS36):nameGhulamRasoolParray",
            "Neighbour", "Nominatedpersoninformed(BNSS48):whoMohammadIqbalHajam(Father)", "InformedhowInperson",
            "ToldoftherighttobereleasedonbailNotrequired:anoffencechargedisnon-bailable",
            "Arrestintimationregister12/2025", "Medicalexamination(BNSS53)", "Controlroom/designatedofficerinformed(BNSS37)26/03/202512:30IST",
            "GD-52/2025", "ProducedbeforetheMagistrate(BNSS58):courtChiefJudicialMagistrate,Srinagar", "27/03/202510:00IST",
            "22h00minafterthearrest,ofwhichthejourney0h30min", "Orderonproduction(custodyuntil,orbail)________________(tobecompleted)",
        ];
        foreach (var field in expected)
        {
            Assert.That(memo, Does.Contain(field), field);
        }

        Assert.That(memo, Does.Not.Contain("CrPC"));
    }

    [Test]
    public void The_cover_names_the_court_the_case_and_CNR_numbers_and_the_cause_title()
    {
        var cover = PdfTools.Squeeze(_pages[0]);
        Assert.That(cover, Does.Contain("IntheCourtoftheChiefJudicialMagistrate,Srinagar"));
        Assert.That(cover, Does.Contain("CaseNo.Challan41/2025").And.Contain("CNRNo.JKSR010000412025"));
        Assert.That(cover, Does.Contain("State(UTofJ&K)throughCyberPoliceStationKashmirZonev.AqibHussainHajam"));
        Assert.That(cover, Does.Not.Contain("AqibHussainHajamand"), "one accused: no 'and others'");
    }
}
