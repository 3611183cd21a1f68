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

    [OneTimeTearDown]
    public void Stop() => _app.Dispose();

    private async Task<JsonElement> Export()
    {
        var prosecutor = await _app.ClientFor(Demo.ProsecutorKashmir);
        return await (await prosecutor.PostAsync($"/api/firs/{Demo.FoundingFirId}/case-bundle", null)).ShouldBe(HttpStatusCode.Created);
    }

    private async Task<byte[]> Download(JsonElement record)
    {
        var prosecutor = await _app.ClientFor(Demo.ProsecutorKashmir);
        var response = await prosecutor.GetAsync($"/api/case-bundles/{record.GetProperty("id").GetGuid()}/content");
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        return await response.Content.ReadAsByteArrayAsync();
    }

    /// <summary>The text without layout: no white space, and a hash wrapped at its middle joined again (its marker removed).</summary>
    private static string Squeeze(string text) =>
        WhiteSpace().Replace(text, "").Replace(CyberCase.Infrastructure.CaseFiles.Layout.TextEngine.HashContinuation, "", StringComparison.Ordinal);

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

    private string Text(string titleStart) => Squeeze(string.Concat(PagesOf(titleStart)));

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
            ("First Information Report", "FIRST INFORMATION REPORT"), ("Accused persons", "ACCUSED PERSONS"), ("Premises", "PREMISES"),
            ("Raid", "SEARCH AND SEIZURE"), ("Seizure memo", "SEIZURE MEMO"), ("Exhibit register", "EXHIBIT REGISTER"),
            ("Sequence of custody", "SEQUENCE OF CUSTODY"), ("Certificate", "CERTIFICATE UNDER SECTION 65B(4)"),
            ("Hash manifest", "HASH MANIFEST"), ("Annexure", "Annexure A-"),
        };
        Assert.That(_bookmarks.Select(b => headings.FirstOrDefault(h => b.Title.StartsWith(h.TitleStart, StringComparison.Ordinal)).TitleStart).Distinct(),
            Is.EqualTo(headings.Select(h => h.TitleStart)), "every section is there, in the order of the issue");

        var indexText = Squeeze(string.Concat(_pages.Take(_bookmarks[0].Page - 1)));
        Assert.That(indexText, Does.Contain("INDEX"));
        for (var i = 0; i < _bookmarks.Count; i++)
        {
            var (title, first) = _bookmarks[i];
            var last = i + 1 < _bookmarks.Count ? _bookmarks[i + 1].Page - 1 : _pages.Count;
            Assert.That(last, Is.GreaterThanOrEqualTo(first), title);
            var range = first == last ? $"{first}" : $"{first}–{last}";
            Assert.That(indexText, Does.Contain(Squeeze($"{i + 1}{title}{range}")), $"index row {i + 1}: {title}");
            var heading = headings.First(h => title.StartsWith(h.TitleStart, StringComparison.Ordinal)).Heading;
            Assert.That(_pages[first - 1], Does.Contain(heading), $"{title} starts on page {first}");
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
            Assert.That(text, Does.Contain(Squeeze(a.GetProperty("code").GetString()! + a.GetProperty("name").GetString()!)));
        }

        Assert.That(text, Does.Contain(Squeeze("S/o Ghulam Qadir Sheikh")), "parentage of A1");
        Assert.That(text, Does.Contain("Judicialcustody").And.Contain("Bailed"), "custody status");
        Assert.That(text, Does.Contain("CodeGroundscommunicated"), "grounds of arrest (BNSS 47)");
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
            Assert.That(premises, Does.Contain(Squeeze(raid.GetProperty("premises").GetProperty("name").GetString()!)));
        }

        var raidBookmarks = _bookmarks.Where(b => b.Title.StartsWith("Raid R-", StringComparison.Ordinal)).ToList();
        Assert.That(raidBookmarks, Has.Count.EqualTo(4), "one document per raid");
        foreach (var raid in raids)
        {
            var details = await (await io.GetAsync($"/api/raids/{raid.Id()}")).ShouldBe(HttpStatusCode.OK);
            var name = details.GetProperty("premises").GetProperty("name").GetString()!;
            var bookmark = raidBookmarks.Single(b => b.Title.Contains(name, StringComparison.Ordinal));
            var text = Text(bookmark.Title);
            Assert.That(text, Does.Contain(Squeeze(details.GetProperty("team").GetProperty("lead").GetProperty("fullName").GetString()!)));
            foreach (var member in details.GetProperty("team").GetProperty("members").EnumerateArray())
            {
                Assert.That(text, Does.Contain(Squeeze(member.GetProperty("name").GetString()!)), name);
            }

            foreach (var witness in details.GetProperty("witnesses").EnumerateArray())
            {
                Assert.That(text, Does.Contain(Squeeze(witness.GetProperty("name").GetString()!)), name);
            }

            Assert.That(text, Does.Contain(Squeeze(details.GetProperty("outcomeNotes").GetString()!)), name);
        }
    }

    [Test]
    public void The_seizure_memo_lists_its_items_with_their_identifiers()
    {
        var text = Text($"Seizure memo {MemoNumber}");
        Assert.That(text, Does.Contain(_phone).And.Contain(_laptop).And.Contain("KZ/02/21/S-1").And.Contain("Workstation4,firstfloor"));
        Assert.That(text, Does.Contain(PhoneImei).And.Contain(PhoneImei2).And.Contain(LaptopMac), "identifiers in canonical form");
        Assert.That(text, Does.Contain("MohammadRamzanDar").And.Contain(Squeeze("Copy given to the occupant: Imtiyaz Ahmad Sheikh")));
        Assert.That(text, Does.Not.Contain(_image), "an image is not a seized item");
    }

    [Test]
    public async Task Every_exhibit_hash_is_in_the_register_and_every_electronic_exhibit_has_its_custody_and_certificate()
    {
        var io = await _app.ClientFor(Demo.IoKashmir);
        var listed = (await (await io.GetAsync($"/api/exhibits?firId={Demo.FoundingFirId}&pageSize=100")).ShouldBe(HttpStatusCode.OK))
            .GetProperty("items").EnumerateArray().ToList();
        Assert.That(listed.Select(e => e.GetProperty("number").GetString()), Is.SupersetOf(new[] { _phone, _laptop, _image }));
        var register = Text("Exhibit register");
        var custody = Text("Sequence of custody");
        var all = Squeeze(string.Concat(_pages));
        var electronic = 0;
        foreach (var summary in listed)
        {
            var e = await (await io.GetAsync($"/api/exhibits/{summary.Id()}")).ShouldBe(HttpStatusCode.OK);
            var number = e.GetProperty("number").GetString()!;
            Assert.That(register, Does.Contain(number));
            if (e.GetProperty("sha256").GetString() is { } sha)
            {
                Assert.That(register, Does.Contain("SHA-256:" + sha), number);
            }

            if (e.GetProperty("kind").GetString() is "Document" or "Other")
            {
                continue;
            }

            electronic++;
            Assert.That(custody, Does.Contain(number), $"custody sequence of {number}");
            var certificate = Text($"Certificate u/s 65B(4) Evidence Act: {number}");
            Assert.That(certificate, Does.Contain("CERTIFICATEUNDERSECTION65B(4)").And.Contain($"Exhibit{number}"));
        }

        Assert.That(_bookmarks.Count(b => b.Title.StartsWith("Certificate", StringComparison.Ordinal)), Is.EqualTo(electronic),
            "one certificate per electronic exhibit");
        Assert.That(all, Does.Not.Contain("CERTIFICATEUNDERSECTION63"), "the case began in 2021: Evidence Act 65B, not BSA 63");

        // The phone was imaged: its register row points at the image, and its certificate and the image's carry the hash.
        Assert.That(register, Does.Contain(Squeeze($"SHA-256: see the forensic image {_image}")));
        Assert.That(register, Does.Contain(Squeeze("SHA-256: not imaged")), "the laptop has no image yet");
        Assert.That(Text($"Certificate u/s 65B(4) Evidence Act: {_phone}"),
            Does.Contain(ImageSha256).And.Contain("SHA-256").And.Contain("Galaxy").And.Contain(PhoneImei).And.Contain("Black")
                .And.Contain("20/01/2021").And.Contain("11:30"), "Part A of the phone: device, IMEI, hash, date and 24-hour IST time");
        Assert.That(Text($"Certificate u/s 65B(4) Evidence Act: {_image}"), Does.Contain(ImageSha256).And.Contain(_phone));
        Assert.That(Text($"Certificate u/s 65B(4) Evidence Act: {_laptop}"),
            Does.Contain(LaptopMac).And.Contain("CN0X1234567").And.Contain("Notimaged").And.Contain("13/01/2021").And.Contain("15:00"));
        Assert.That(Regex.Count(all, ImageSha256), Is.GreaterThanOrEqualTo(3), "register, and the certificates of the image and the phone");

        // The laptop's custody: seized by the IO, then deposited in the malkhana, in that order.
        var laptopCustody = custody[custody.IndexOf(_laptop + ":", StringComparison.Ordinal)..];
        Assert.That(laptopCustody, Does.Contain("Seized"));
        Assert.That(laptopCustody.IndexOf("Seized", StringComparison.Ordinal),
            Is.LessThan(laptopCustody.IndexOf("Depositedforsafekeeping", StringComparison.Ordinal)));
        Assert.That(laptopCustody, Does.Contain(Squeeze("Malkhana: Malkhana, Cyber PS Kashmir Zone")));
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
            var problem = await (await prosecutor.PostAsync($"/api/firs/{Demo.FoundingFirId}/case-bundle", null))
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
