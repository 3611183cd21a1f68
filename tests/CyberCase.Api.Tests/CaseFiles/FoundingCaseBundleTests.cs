using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using CyberCase.Api.Tests.Evidence;
using CyberCase.Api.Tests.Infrastructure;
using CyberCase.Api.Tests.Investigation;
using CyberCase.Infrastructure.Seeding.Demo;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Outline;

namespace CyberCase.Api.Tests.CaseFiles;

/// <summary>
/// The acceptance walk-through: the prosecutor exports the founding case (FIR 02/2021: 23 accused, 4 premises,
/// 4 raids) and reads it back. A seizure memo with a phone and a laptop, a forensic image of the phone, a hand-over
/// to the malkhana and an FSL report (PDF) are recorded through the API first, as an IO would.
/// </summary>
public sealed partial class FoundingCaseBundleTests
{
    private const string MemoNumber = "SM-BUNDLE-1/2021";
    private const string Marker = "FSL SRINAGAR REPORT ON EXHIBITS";
    private const string FslFileName = "fsl-report-02-2021.pdf";
    private const string PhoneImei = "490154203237518";
    private const string PhoneImei2 = "356938035643809";
    private const string LaptopMac = "3C:52:82:1A:2B:3C";
    private static readonly string ImageSha256 = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData("phone extraction"u8));

    private CyberCaseApp _app = null!;
    private JsonElement _record;
    private byte[] _pdf = null!;
    private List<string> _pages = null!;
    private List<(string Title, int Page)> _bookmarks = null!;
    private string _fslSha256 = null!;
    private string _phone = null!;
    private string _laptop = null!;
    private string _image = null!;

    [OneTimeSetUp]
    public async Task RecordTheEvidenceAndExport()
    {
        _app = new CyberCaseApp();
        var io = await _app.ClientFor(Demo.IoKashmir);
        var memo = await (await io.PostAsJsonAsync($"/api/raids/{DemoInvestigation.RaidId(1)}/seizure-memos", new
        {
            memoNumber = MemoNumber,
            drawnUpAt = new DateTimeOffset(2021, 1, 13, 15, 0, 0, TimeSpan.FromHours(5.5)),
            witnesses = new[]
            {
                new { name = "Mohammad Ramzan Dar", parentage = "S/o Ghulam Mohammad Dar", address = "Rangreth, Srinagar" },
                new { name = "Abdul Hamid Wani", parentage = "S/o Abdul Aziz Wani", address = "Rangreth, Srinagar" },
            },
            occupantGivenCopy = "Imtiyaz Ahmad Sheikh",
            items = new object[]
            {
                new
                {
                    kind = "MobilePhone", description = "Phone used on the calling floor", make = "Samsung", model = "Galaxy M31",
                    colour = "Black", serialNumber = "R58N21ABCDE", imeis = new[] { PhoneImei, "35-693803-564380-9" },
                    sealNumber = "KZ/02/21/S-1", foundAt = "Workstation 4, first floor",
                },
                new
                {
                    kind = "Laptop", description = "Laptop with the calling scripts", make = "Dell", model = "Latitude 3490", colour = "Grey",
                    serialNumber = "CN0X1234567", macAddress = "3c-52-82-1a-2b-3c", sealNumber = "KZ/02/21/S-2", foundAt = "Manager's cabin",
                },
            },
        })).ShouldBe(HttpStatusCode.Created);
        var items = memo.GetProperty("items").EnumerateArray().ToList();
        _phone = items[0].GetProperty("number").GetString()!;
        _laptop = items[1].GetProperty("number").GetString()!;
        Assert.That(int.Parse(_laptop[3..], CultureInfo.InvariantCulture), Is.EqualTo(int.Parse(_phone[3..], CultureInfo.InvariantCulture) + 1),
            "the first memo of the station numbers its items one after another");

        var image = await (await io.PostAsJsonAsync($"/api/exhibits/{items[0].Id()}/images", new
        {
            description = "Physical extraction of the phone",
            sha256 = ImageSha256.ToUpperInvariant(),
            madeAt = new DateTimeOffset(2021, 1, 20, 11, 30, 0, TimeSpan.FromHours(5.5)),
        })).ShouldBe(HttpStatusCode.Created);
        _image = image.GetProperty("number").GetString()!;

        var laptop = await (await io.GetAsync($"/api/exhibits/{items[1].Id()}")).ShouldBe(HttpStatusCode.OK);
        await (await io.PostAsJsonAsync($"/api/exhibits/{items[1].Id()}/custody", new
        {
            to = new { kind = "Malkhana", name = "Malkhana, Cyber PS Kashmir Zone" },
            at = new DateTimeOffset(2021, 1, 14, 10, 0, 0, TimeSpan.FromHours(5.5)),
            purpose = "Deposited for safe keeping",
            sealIntact = true,
            version = laptop.GetProperty("version").GetGuid(),
        })).ShouldBe(HttpStatusCode.OK);

        var report = SampleBundle.MakePdf(Marker, 2, 595.276f, 841.89f);
        var upload = await (await io.Upload(Demo.FoundingFirId, report, FslFileName, "FSL report on the seized phones"))
            .ShouldBe(HttpStatusCode.Created);
        _fslSha256 = upload.GetProperty("sha256").GetString()!;

        _record = await Export();
        _pdf = await Download(_record);
        using var document = PdfDocument.Open(_pdf);
        _pages = document.GetPages().Select(p => p.Text).ToList();
        Assert.That(document.TryGetBookmarks(out var bookmarks), Is.True, "the bundle has bookmarks");
        _bookmarks = PdfTools.IndexRowBookmarks(bookmarks!);
    }

    /// <summary>
    /// The demo case still has findings of the scrutiny outside these pages (the productions after 24 hours); the export
    /// acknowledges them, as a prosecutor would, so that these tests read the documents.
    /// </summary>
    private static readonly object Acknowledged = new { acknowledgeBlockingFindings = true, reason = "Read back in the bundle tests." };

    [OneTimeTearDown]
    public void Stop() => _app.Dispose();

    private async Task<JsonElement> Export()
    {
        var prosecutor = await _app.ClientFor(Demo.ProsecutorKashmir);
        return await (await prosecutor.PostAsJsonAsync($"/api/firs/{Demo.FoundingFirId}/case-bundle", Acknowledged)).ShouldBe(HttpStatusCode.Created);
    }

    private async Task<byte[]> Download(JsonElement record)
    {
        var prosecutor = await _app.ClientFor(Demo.ProsecutorKashmir);
        var response = await prosecutor.GetAsync($"/api/case-bundles/{record.GetProperty("id").GetGuid()}/content");
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        return await response.Content.ReadAsByteArrayAsync();
    }

    /// <summary>The text without layout: no white space, and a hash wrapped at its middle joined again (its marker removed).</summary>

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhiteSpace();

    /// <summary>The pages of the document a bookmark points at: from its page to the page before the next bookmark.</summary>
    private List<string> PagesOf(string titleStart)
    {
        var i = _bookmarks.FindIndex(b => b.Title.StartsWith(titleStart, StringComparison.Ordinal));
        Assert.That(i, Is.GreaterThanOrEqualTo(0), $"a bookmark '{titleStart}'");
        var last = i + 1 < _bookmarks.Count ? _bookmarks[i + 1].Page - 1 : _pages.Count;
        return _pages.Skip(_bookmarks[i].Page - 1).Take(last - _bookmarks[i].Page + 1).ToList();
    }

    private string Text(string titleStart) => PdfTools.Squeeze(string.Concat(PagesOf(titleStart)));

    [Test]
    public void The_page_count_is_the_recorded_one_and_every_page_is_numbered_with_the_FIR_number()
    {
        Assert.That(_record.GetProperty("volumes").GetInt32(), Is.EqualTo(1));
        Assert.That(_pages, Has.Count.EqualTo(_record.GetProperty("pages").GetInt32()));
        Assert.That(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(_pdf)), Is.EqualTo(_record.GetProperty("sha256").GetString()));
        for (var i = 0; i < _pages.Count; i++)
        {
            Assert.That(_pages[i], Does.Contain($"Page {i + 1} of {_pages.Count}"), $"page {i + 1}");
            Assert.That(_pages[i], Does.Contain("FIR No. 02/2021"), $"page {i + 1}");
        }
    }

    [Test]
    public void Index_rows_bookmarks_and_real_start_pages_agree()
    {
        var headings = new (string TitleStart, string Heading)[]
        {
            ("Charge-sheet", "CHARGE-SHEET"),
            ("First Information Report", "FIRST INFORMATION REPORT"), ("Accused persons", "ACCUSED PERSONS"),
            ("Memorandum of arrest", "MEMORANDUM OF ARREST"), ("Premises", "PREMISES"),
            ("Raid", "SEARCH AND SEIZURE"), ("Seizure memo", "SEIZURE MEMO"), ("Exhibit register", "EXHIBIT REGISTER"),
            ("Chain of custody", "CHAIN OF CUSTODY OF ELECTRONIC EXHIBITS"),
            ("Victims and money trail", "VICTIMS AND MONEY TRAIL"), ("Certificate", "CERTIFICATE UNDER SECTION 65B(4)"),
            ("Hash manifest", "HASH MANIFEST"), ("Annexure", "Annexure A-"),
        };
        Assert.That(_bookmarks.Select(b => headings.FirstOrDefault(h => b.Title.StartsWith(h.TitleStart, StringComparison.Ordinal)).TitleStart).Distinct(),
            Is.EqualTo(headings.Select(h => h.TitleStart)), "every section is there, in the order of the issue");

        var indexText = PdfTools.Squeeze(string.Concat(_pages.Take(_bookmarks[0].Page - 1)));
        Assert.That(indexText, Does.Contain("INDEX"));
        for (var i = 0; i < _bookmarks.Count; i++)
        {
            var (title, first) = _bookmarks[i];
            var last = i + 1 < _bookmarks.Count ? _bookmarks[i + 1].Page - 1 : _pages.Count;
            Assert.That(last, Is.GreaterThanOrEqualTo(first), title);
            var range = first == last ? $"{first}" : $"{first}–{last}";
            Assert.That(indexText, Does.Contain(PdfTools.Squeeze($"{i + 1}{title}{range}")), $"index row {i + 1}: {title}");
            var heading = headings.First(h => title.StartsWith(h.TitleStart, StringComparison.Ordinal)).Heading;
            Assert.That(_pages[first - 1], Does.Contain(heading), $"{title} starts on page {first}");
        }
    }

    /// <summary>
    /// The forwarded charge-sheet (CrPC 173(2), March 2021) is the first document after the index, and its lists cite the
    /// bundle's own pages: every later document by its index serial and page range, every exhibit by the page its register
    /// row is printed on.
    /// </summary>
    [Test]
    public void The_charge_sheet_comes_first_and_cites_the_bundle_pages_of_its_documents_and_exhibits()
    {
        Assert.That(_bookmarks[0].Title, Is.EqualTo("Charge-sheet (police report under section 173(2) CrPC)"));
        var report = string.Concat(_pages.Skip(_bookmarks[0].Page - 1).Take(_bookmarks[1].Page - _bookmarks[0].Page));
        Assert.That(report, Does.Contain("CHARGE-SHEET").And.Contain("section 173(2) CrPC").And.Contain("Court of the Chief Judicial Magistrate, Srinagar"));
        Assert.That(report, Does.Not.Contain("BNSS").And.Not.Contain("DRAFT"), "a 2021 case cites the CrPC only; the demo report was forwarded");
        Assert.That(report, Does.Contain("Imtiyaz Ahmad Sheikh").And.Contain("IPC 419, 420, 120-B; IT Act 66C, 66D"));
        Assert.That(report, Does.Contain("Tariq Ahmad Mir").And.Contain("11/03/2021"), "forwarded by the SHO on 11 March 2021");

        var squeezed = PdfTools.Squeeze(report);
        for (var i = 1; i < _bookmarks.Count; i++)
        {
            var (title, first) = _bookmarks[i];
            var last = i + 1 < _bookmarks.Count ? _bookmarks[i + 1].Page - 1 : _pages.Count;
            var range = first == last ? $"{first}" : $"{first}–{last}";
            Assert.That(squeezed, Does.Contain(PdfTools.Squeeze($"{i + 1}{title}{range}")), $"documents relied upon: {title}");
        }

        var register = _bookmarks.FindIndex(b => b.Title == "Exhibit register");
        var exhibits = squeezed[squeezed.IndexOf("Exhibitsreliedupon", StringComparison.Ordinal)..];
        foreach (var exhibit in new[] { _phone, _laptop })
        {
            var match = Regex.Match(exhibits, Regex.Escape(exhibit) + @".*?(?<!\d)(\d+)\(exhibitregister\)");
            Assert.That(match.Success, Is.True, $"{exhibit} is listed with its bundle page");
            var page = int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
            Assert.That(page, Is.InRange(_bookmarks[register].Page, _bookmarks[register + 1].Page - 1), exhibit);
            Assert.That(_pages[page - 1], Does.Contain(exhibit), $"{exhibit}'s register row is on page {page}");
        }
    }

    [Test]
    public async Task All_23_accused_are_there_with_their_codes()
    {
        var io = await _app.ClientFor(Demo.IoKashmir);
        var accused = (await (await io.GetAsync($"/api/firs/{Demo.FoundingFirId}/accused")).ShouldBe(HttpStatusCode.OK)).EnumerateArray().ToList();
        Assert.That(accused, Has.Count.EqualTo(23));
        var text = Text("Accused persons");
        foreach (var a in accused)
        {
            Assert.That(text, Does.Contain(PdfTools.Squeeze(a.GetProperty("code").GetString()! + a.GetProperty("name").GetString()!)));
        }

        Assert.That(text, Does.Contain(PdfTools.Squeeze("S/o Ghulam Qadir Sheikh")), "parentage of A1");
        Assert.That(text, Does.Contain("Judicialcustody").And.Contain("Bailed"), "custody status");
        Assert.That(text, Does.Contain("ArrestedProduced"), "the arrest register's columns; the grounds are in each memorandum");
    }

    [Test]
    public async Task The_4_premises_and_every_raid_with_its_team_and_witnesses_are_there()
    {
        var io = await _app.ClientFor(Demo.IoKashmir);
        var raids = (await (await io.GetAsync($"/api/firs/{Demo.FoundingFirId}/raids")).ShouldBe(HttpStatusCode.OK)).EnumerateArray().ToList();
        Assert.That(raids, Has.Count.EqualTo(4));
        var premises = Text("Premises");
        Assert.That(raids.Select(r => r.GetProperty("premises").GetProperty("name").GetString()).Distinct().Count(), Is.EqualTo(4));
        foreach (var raid in raids)
        {
            Assert.That(premises, Does.Contain(PdfTools.Squeeze(raid.GetProperty("premises").GetProperty("name").GetString()!)));
        }

        var raidBookmarks = _bookmarks.Where(b => b.Title.StartsWith("Raid R-", StringComparison.Ordinal)).ToList();
        Assert.That(raidBookmarks, Has.Count.EqualTo(4), "one document per raid");
        foreach (var raid in raids)
        {
            var details = await (await io.GetAsync($"/api/raids/{raid.Id()}")).ShouldBe(HttpStatusCode.OK);
            var name = details.GetProperty("premises").GetProperty("name").GetString()!;
            var bookmark = raidBookmarks.Single(b => b.Title.Contains(name, StringComparison.Ordinal));
            var text = Text(bookmark.Title);
            Assert.That(text, Does.Contain(PdfTools.Squeeze(details.GetProperty("team").GetProperty("lead").GetProperty("fullName").GetString()!)));
            foreach (var member in details.GetProperty("team").GetProperty("members").EnumerateArray())
            {
                Assert.That(text, Does.Contain(PdfTools.Squeeze(member.GetProperty("name").GetString()!)), name);
            }

            foreach (var witness in details.GetProperty("witnesses").EnumerateArray())
            {
                Assert.That(text, Does.Contain(PdfTools.Squeeze(witness.GetProperty("name").GetString()!)), name);
            }

            Assert.That(text, Does.Contain(PdfTools.Squeeze(details.GetProperty("outcomeNotes").GetString()!)), name);
        }
    }

    [Test]
    public void The_seizure_memo_lists_its_items_with_their_identifiers()
    {
        var text = Text($"Seizure memo {MemoNumber}");
        Assert.That(text, Does.Contain(_phone).And.Contain(_laptop).And.Contain("KZ/02/21/S-1").And.Contain("Workstation4,firstfloor"));
        Assert.That(text, Does.Contain(PhoneImei).And.Contain(PhoneImei2).And.Contain(LaptopMac), "identifiers in canonical form");
        Assert.That(text, Does.Contain("MohammadRamzanDar").And.Contain(PdfTools.Squeeze("Copy of the list given to Imtiyaz Ahmad Sheikh")));
        Assert.That(text, Does.Not.Contain(_image), "an image is not a seized item");
    }

    [Test]
    public async Task Every_exhibit_hash_is_in_the_register_and_every_electronic_exhibit_has_its_chain_of_custody()
    {
        var io = await _app.ClientFor(Demo.IoKashmir);
        var listed = (await (await io.GetAsync($"/api/exhibits?firId={Demo.FoundingFirId}&pageSize=100")).ShouldBe(HttpStatusCode.OK))
            .GetProperty("items").EnumerateArray().ToList();
        Assert.That(listed.Select(e => e.GetProperty("number").GetString()), Is.SupersetOf(new[] { _phone, _laptop, _image }));
        var register = Text("Exhibit register");
        var custody = Text("Chain of custody");
        foreach (var summary in listed)
        {
            var number = summary.GetProperty("number").GetString()!;
            Assert.That(register, Does.Contain(number));
            var e = await (await io.GetAsync($"/api/exhibits/{summary.Id()}")).ShouldBe(HttpStatusCode.OK);
            if (e.GetProperty("sha256").GetString() is { } sha)
            {
                Assert.That(register, Does.Contain("SHA-256:" + sha), number);
            }

            Assert.That(custody.Contains(number + ":", StringComparison.Ordinal), Is.EqualTo(summary.GetProperty("isElectronic").GetBoolean()),
                $"a chain of custody for {number} exactly when it is electronic");
        }

        Assert.That(register, Does.Contain(PdfTools.Squeeze($"SHA-256: see the forensic image {_image}")));
        Assert.That(register, Does.Contain(PdfTools.Squeeze("SHA-256: not imaged")), "the laptop has no image yet");

        // The laptop's custody: seized by the IO, then deposited in the malkhana, in that order; a demo deposit carries its register entry.
        var laptopCustody = custody[custody.IndexOf(_laptop + ":", StringComparison.Ordinal)..];
        Assert.That(laptopCustody.IndexOf("Seized", StringComparison.Ordinal),
            Is.LessThan(laptopCustody.IndexOf("Depositedforsafekeeping", StringComparison.Ordinal)));
        Assert.That(laptopCustody, Does.Contain(PdfTools.Squeeze("Malkhana: Malkhana, Cyber PS Kashmir Zone")));
        Assert.That(laptopCustody, Does.Contain(PdfTools.Squeeze("[to be completed: malkhana register entry no.]")), "no number was given for this deposit");
        Assert.That(custody, Does.Contain(PdfTools.Squeeze("Malkhana register entry No. Register 3, entry 1/2021")));
        Assert.That(custody, Does.Contain(PdfTools.Squeeze("FSL docket No. FSL/CY/12/2021-1")));
    }

    /// <summary>
    /// Certificates are per electronic record relied on (a forensic image), never per device: a phone and a laptop that
    /// are produced in court get none, an image gets one. The case began in 2021, so each is the Evidence Act 65B(4)
    /// certificate (no Part A or Part B), signed by the examiner who made the image, dated when signed.
    /// </summary>
    [Test]
    public async Task Certificates_are_65B_for_each_image_signed_by_the_examiner_with_the_date_of_signing()
    {
        var io = await _app.ClientFor(Demo.IoKashmir);
        var listed = (await (await io.GetAsync($"/api/exhibits?firId={Demo.FoundingFirId}&pageSize=100")).ShouldBe(HttpStatusCode.OK))
            .GetProperty("items").EnumerateArray().ToList();
        var images = listed.Where(e => e.GetProperty("kind").GetString() == "ForensicImage").Select(e => e.GetProperty("number").GetString()!).ToList();
        var certificates = _bookmarks.Where(b => b.Title.StartsWith("Certificate", StringComparison.Ordinal)).Select(b => b.Title).ToList();
        Assert.That(certificates, Is.EqualTo(images.Select(n => $"Certificate, section 65B(4) IEA: {n}")), "one per image, none for a device");
        Assert.That(certificates, Has.None.Contains(_phone).And.None.Contains(_laptop));

        foreach (var title in certificates)
        {
            var text = Text(title);
            Assert.That(text, Does.Contain(PdfTools.Squeeze("CERTIFICATE UNDER SECTION 65B(4) OF THE INDIAN EVIDENCE ACT, 1872")));
            Assert.That(text, Does.Contain(PdfTools.Squeeze("The conditions of section 65B(2) IEA")));
            Assert.That(text, Does.Not.Contain("PARTA").And.Not.Contain("PARTB").And.Not.Contain("BSA").And.Not.Contain("BNSS"));
        }

        // A demo image: the FSL examiner signs, dated with the report (02/03/2021), with the tool, the process and both hashes.
        var demoImage = images.First(n => n != _image);
        var demo = Text($"Certificate, section 65B(4) IEA: {demoImage}");
        Assert.That(demo, Does.Contain(PdfTools.Squeeze($"I, {DemoSeizures.Examiner}")).And.Contain("ScientificOfficer(CyberForensics)"));
        Assert.That(demo, Does.Contain("02/03/2021").And.Contain("11:00"), "the date and time the examiner signed, not the seizure minute");
        Assert.That(demo, Does.Not.Contain("13/01/2021" + "11:"));
        Assert.That(demo, Does.Contain("CellebriteUFED4PC").Or.Contain("FTKImager"));
        Assert.That(demo, Does.Contain("Hashvalueofthecopy"));

        // The image recorded in this test without its examiner: the signer, the signature and its date are marked blanks.
        var mine = Text($"Certificate, section 65B(4) IEA: {_image}");
        Assert.That(mine, Does.Contain(ImageSha256).And.Contain("Galaxy").And.Contain(PhoneImei).And.Contain("Black"));
        Assert.That(mine, Does.Contain(PdfTools.Squeeze("[to be completed: date of signing]")).And.Contain(PdfTools.Squeeze("[to be completed: name of the person certifying]")));
        Assert.That(mine, Does.Not.Contain("20/01/2021"), "the time the image was made is not a signing date");
    }

    [Test]
    public void The_founding_case_cites_no_BNSS_or_BSA_on_its_search_seizure_custody_and_certificate_pages()
    {
        foreach (var (title, _) in _bookmarks.Where(b => b.Title.StartsWith("Raid", StringComparison.Ordinal)
                     || b.Title.StartsWith("Seizure memo", StringComparison.Ordinal) || b.Title.StartsWith("Chain of custody", StringComparison.Ordinal)
                     || b.Title.StartsWith("Certificate", StringComparison.Ordinal)))
        {
            var text = Text(title);
            Assert.That(text, Does.Not.Contain("BNSS").And.Not.Contain("BSA").And.Not.Contain("Sakshya").And.Not.Contain("193(3)(i)"), title);
        }

        var raid = Text("Raid R-1");
        Assert.That(raid, Does.Contain(PdfTools.Squeeze("(CrPC 165, CrPC 100(4)-(7))")));
        Assert.That(raid, Does.Contain(PdfTools.Squeeze("Case diary entry No. 1 of 12/01/2021, written 12/01/2021 23:25 IST")));
        Assert.That(raid, Does.Contain(PdfTools.Squeeze("Imtiyaz Ahmad Sheikh (A1), present at the search")));
        Assert.That(raid, Does.Not.Contain("Audio-videorecording"), "no AV provision then, and none was made");
        Assert.That(raid, Does.Contain(PdfTools.Squeeze("Mohammad Ramzan Dar")).And.Contain(PdfTools.Squeeze("S/o Ghulam Mohammad Dar")).And.Contain("Rangreth,Srinagar"));

        var memo = Text($"Seizure memo {DemoSeizures.MemoNumber(1)}");
        Assert.That(memo, Does.Contain(PdfTools.Squeeze("List of things seized (CrPC 100(4)-(7))")));
        Assert.That(memo, Does.Contain(PdfTools.Squeeze("Seal No. CPS-KZ/02-2021; impression \"CYBER PS KASHMIR ZONE SRINAGAR\"")));
        Assert.That(memo, Does.Contain(PdfTools.Squeeze("Report of the seizure to the Magistrate (CrPC 102(3))")).And.Contain("14/01/202112:30IST"));
        Assert.That(memo, Does.Contain(PdfTools.Squeeze("Copy received by Imtiyaz Ahmad Sheikh (A1)")));
        Assert.That(memo, Does.Contain(PdfTools.Squeeze("Owner's cabin, desk drawer")), "the place of an item");
        Assert.That(memo, Does.Contain("ICCID" + DemoSeizures.Iccid("899110200098765432")), "the ICCID of a SIM card");
        Assert.That(memo, Does.Contain("Witness1").And.Contain("Witness2").And.Contain("Officerpreparingthememo").And.Contain("[tobesigned]"));
    }

    [Test]
    public void The_uploaded_PDF_is_merged_as_its_own_pages_where_the_index_says_and_in_the_hash_manifest()
    {
        var annexure = PagesOf("Annexure").Count;
        var bookmark = _bookmarks.Single(b => b.Title.EndsWith("FSL report on the seized phones", StringComparison.Ordinal));
        Assert.That(_pages[bookmark.Page - 1], Does.Contain($"{Marker} page 1"));
        Assert.That(_pages[bookmark.Page], Does.Contain($"{Marker} page 2"));
        Assert.That(_pages[bookmark.Page - 1], Does.Contain(bookmark.Title.Split(':')[0]), "the annexure label is stamped on it");
        Assert.That(annexure, Is.GreaterThan(0));
        var manifest = Text("Hash manifest");
        Assert.That(manifest, Does.Contain(FslFileName).And.Contain(_fslSha256));
    }

    [Test]
    public async Task A_tampered_annexure_refuses_the_export_and_names_the_file()
    {
        var path = _app.StoredPath(_fslSha256);
        var original = await File.ReadAllBytesAsync(path);
        try
        {
            var altered = (byte[])original.Clone();
            altered[^20] ^= 0x01;
            File.SetAttributes(path, FileAttributes.Normal);
            await File.WriteAllBytesAsync(path, altered);
            var prosecutor = await _app.ClientFor(Demo.ProsecutorKashmir);
            var problem = await (await prosecutor.PostAsJsonAsync($"/api/firs/{Demo.FoundingFirId}/case-bundle", Acknowledged))
                .ShouldBe(HttpStatusCode.Conflict, "CaseBundle.AnnexureIntegrityFailure");
            Assert.That(problem.GetProperty("detail").GetString(), Does.Contain(FslFileName));

            // The refusal is also an alarm in the audit trail, with the file and both hashes.
            var alarms = await _app.WithDb(db => db.AuditRecords.Where(a => a.Action == "CaseBundle.AnnexureIntegrityFailure")
                .Select(a => a.Changes).ToListAsync());
            Assert.That(alarms, Has.Some.Contains(FslFileName).And.Some.Contains(_fslSha256));
        }
        finally
        {
            await File.WriteAllBytesAsync(path, original);
        }

        Assert.That((await Export()).GetProperty("sha256").GetString(), Is.EqualTo(_record.GetProperty("sha256").GetString()),
            "restored, the file annexes again");
    }

    [Test]
    public async Task Two_exports_of_the_unchanged_case_give_identical_bytes()
    {
        var again = await Export();
        Assert.That(again.GetProperty("id").GetGuid(), Is.Not.EqualTo(_record.GetProperty("id").GetGuid()));
        Assert.That(await Download(again), Is.EqualTo(_pdf));
    }

    [Test]
    public void qpdf_passes_and_every_font_is_embedded()
    {
        var path = PdfTools.WriteTemp(_pdf);
        try
        {
            var (exit, output) = PdfTools.Run("qpdf", "--check", path);
            Assert.That(exit, Is.Zero, output);
            Assert.That(output, Does.Not.Contain("WARNING").IgnoreCase, output);

            // pdffonts: every font is embedded, the bundle's own and those of the merged annexures (kept as uploaded).
            var rows = FontRows(_pdf);
            Assert.That(rows.Where(r => r.Name.Contains("LiberationSerif", StringComparison.Ordinal)), Is.Not.Empty);
            Assert.That(rows.Where(r => !r.Embedded).Select(r => r.Name), Is.Empty);
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static List<(string Name, bool Embedded)> FontRows(byte[] pdf)
    {
        var path = PdfTools.WriteTemp(pdf);
        try
        {
            var (exit, output) = PdfTools.Run("pdffonts", path);
            Assert.That(exit, Is.Zero, output);
            // Columns: name type encoding emb sub uni object ID (the type can be two words, so count from the end).
            return output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(2)
                .Select(row => row.Split(' ', StringSplitOptions.RemoveEmptyEntries))
                .Select(columns => (columns[0], columns[^5] == "yes")).ToList();
        }
        finally
        {
            File.Delete(path);
        }
    }

}
