using System.Text.RegularExpressions;

namespace CyberCase.Api.Tests.CaseFiles;

/// <summary>
/// The founding case (FIR 02/2021, registered before 1 July 2024) read back field by field in its FIR, its arrest
/// register, one memorandum of arrest per arrested accused and its cover: the old regime throughout (CrPC), no BNSS,
/// BSA or BNS citation and no "now under BNS" column on those pages (issue 11).
/// </summary>
public sealed partial class FoundingCaseBundleTests
{
    private List<string> PagesStarting(string titleStart) =>
        _bookmarks.Select((b, i) => (b, i)).Where(x => x.b.Title.StartsWith(titleStart, StringComparison.Ordinal))
            .SelectMany(x => PagesOf(x.b.Title)).ToList();

    [Test]
    public void The_FIR_cover_and_arrest_pages_cite_the_old_regime_only()
    {
        // The cover is the first page (before the index, which has no bookmark of its own).
        var pages = _pages.Take(1).Concat(PagesOf("First Information Report")).Concat(PagesOf("Accused persons"))
            .Concat(PagesStarting("Memorandum of arrest")).ToList();
        var text = PdfTools.Squeeze(string.Concat(pages));
        Assert.That(text, Does.Not.Contain("BNSS").And.Not.Contain("BSA").And.Not.Contain("BNS"), "no new-regime citation");
        Assert.That(text, Does.Not.Contain("Nowunder"), "no 'now under BNS' column on a pre-2024 FIR");
        Assert.That(text, Does.Contain("CrPC"));
    }

    [Test]
    public void The_FIR_prints_every_IIF_I_item_the_records_hold_and_marks_the_rest_for_completion()
    {
        var fir = Text("First Information Report");
        string[] expected =
        [
            "FIRSTINFORMATIONREPORT(undersection154CrPC)", "1.DistrictSrinagar", "PolicestationCyberPoliceStationKashmirZone", "Year2021",
            "FIRnumber02/2021", "DateandtimeofFIR12/01/202119:40IST", "GD-17/2021",
            "IPC420", "ITAct66D", "Thursday01/10/202000:00IST", "Tuesday12/01/202118:00IST",
            "(b)Informationreceivedatthepolicestation12/01/202118:30IST", "GD-15/2021(18:30)", "4.TypeofinformationSuomotu",
            "South-west(Rangreth,thefirstpremises),9kmfromthepolicestation", "Beat3(Rangreth)",
            "(c)Dateoryearofbirth1978", "(d)NationalityIndian", "Notapplicable(Indiannational)", "Policeofficer,SHOofthestation",
            "+919419000101", "Unknown:Theowners,managersandcallersofthecallcentres", "Nodelay", "Computers,phones,headsets",
            "10.Totalvalueofpropertiesinvolved________________(tobecompleted)",
            "Registeredthecaseandtookuptheinvestigation;investigationentrustedtoMehvishJan,Inspector",
            "15.Dateandtimeofdispatchtothecourt(section157CrPC)12/01/202121:15IST;Byspecialmessenger",
            "SignatureoftheofficerinchargeofthepolicestationTariqAhmadMir,Inspector",
            "14.Signature/thumbimpressionofthecomplainant/informant", "[tobesigned]",
        ];
        foreach (var field in expected)
        {
            Assert.That(fir, Does.Contain(field), field);
        }
    }

    [Test]
    public void Every_arrested_accused_has_one_memorandum_of_arrest_with_its_particulars()
    {
        var memos = _bookmarks.Where(b => b.Title.StartsWith("Memorandum of arrest, ", StringComparison.Ordinal)).Select(b => b.Title).ToList();
        Assert.That(memos, Has.Count.EqualTo(23), "all 23 accused of the founding case were arrested");
        Assert.That(memos.Distinct().Count(), Is.EqualTo(23));
        Assert.That(memos[0], Is.EqualTo("Memorandum of arrest, A1 Imtiyaz Ahmad Sheikh"));

        var a1 = PdfTools.Squeeze(string.Concat(PagesOf("Memorandum of arrest, A1 ")));
        string[] expected =
        [
            "MEMORANDUMOFARREST(undersection41BCrPC)", "AccusedcodeA1", "NameImtiyazAhmadSheikh", "S/oGhulamQadirSheikh", "GenderMale",
            "Dateandtimeofarrest13/01/202110:47IST", "SkylineTechSolutions", "TariqAhmadMir(Inspector)",
            "(CrPC41(1)(b)(ii),CrPC41A)Foundoperatingthecallcentre", "Groundsofarrestcommunicated(CrPC50)", "inwriting,inKashmiriandEnglish",
            "Toldoftherighttobereleasedonbail", "(anoffencechargedisnon-bailable)",
            "Attestingwitness(CrPC41B):nameMohammadRamzanDar", "None(independentwitnessofthesearch)", "Yes,recordedasobtained",
            "Nominatedpersoninformed(CrPC50A):whoGhulamQadirSheikh(Father)", "Arrestintimationregister1/2021",
            "Inspectionmemo:injuriesseenNoneseen", "Medicalexamination(CrPC54):byMedicalOfficer,SMHSHospital,Srinagar",
            "Controlroom/designatedofficerinformed(CrPC41C)", "GD-21/2021",
            "ProducedbeforetheMagistrate(CrPC57):courtCourtoftheChiefJudicialMagistrate,Srinagar", "14/01/202110:01IST",
            "23h14minafterthearrest,ofwhichthejourney0h20min", "Remandedtopolicecustodyon14/01/2021until21/01/2021(Remand7/2021",
            "Countersignatureofthepersonarrested", "AttestingwitnessMohammadRamzanDar", "ArrestingofficerTariqAhmadMir",
        ];
        foreach (var field in expected)
        {
            Assert.That(a1, Does.Contain(field), field);
        }

        Assert.That(a1, Does.Not.Contain("sunset"), "the questions of a woman's arrest are for a woman");
        var a23 = PdfTools.Squeeze(string.Concat(PagesOf("Memorandum of arrest, A23 ")));
        Assert.That(a23, Does.Contain("GenderFemale").And.Contain("(CrPC46(4))").And.Contain("MehvishJan,CyberPoliceStationKashmirZone")
            .And.Contain("Writtenpermission3/2021oftheChiefJudicialMagistrate").And.Contain("Arrestingofficer(name,rank)MehvishJan"));
    }

    [Test]
    public void The_arrest_register_holds_more_than_three_accused_a_page()
    {
        var pages = PagesOf("Accused persons");
        Assert.That(pages, Has.Count.LessThanOrEqualTo((23 + 3) / 4), "at least four accused a page");
        Assert.That(PdfTools.Squeeze(pages[0]), Does.Contain("13/01/202110:47IST").And.Contain("23h14minafterarrest"));
    }

    [Test]
    public void The_cover_names_the_court_and_the_cause_title_and_leaves_the_case_number_to_be_completed()
    {
        var cover = PdfTools.Squeeze(_pages[0]);
        Assert.That(cover, Does.Contain("IntheCourtoftheChiefJudicialMagistrate,Srinagar"));
        Assert.That(cover, Does.Contain("State(UTofJ&K)throughCyberPoliceStationKashmirZonev.ImtiyazAhmadSheikhand22others"));
        Assert.That(cover, Does.Contain("CaseNo./CNRNo.:________________(tobecompleted)"));
        Assert.That(cover, Does.Not.Contain("INTHECOURTOFTHE___").And.Not.Contain("accusednamedinthefinalreport"));
        Assert.That(Regex.IsMatch(cover, "FIRnumber02/2021"), Is.True);
    }
}
