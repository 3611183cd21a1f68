using System.Text.RegularExpressions;
using CyberCase.Application.CaseFiles;
using CyberCase.Infrastructure.CaseFiles;
using CyberCase.Infrastructure.CaseFiles.Layout;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Outline;

namespace CyberCase.Api.Tests.CaseFiles;

/// <summary>The renderer on a rich case, read back as a court or a clerk would read it.</summary>
public sealed partial class CaseBundleRendererTests
{
    private static readonly CaseBundleRenderOptions OneVolume = new();
    private RenderedCaseBundle _bundle = null!;
    private byte[] _pdf = null!;
    private List<string> _pages = null!;
    private CaseBundleContent _content = null!;

    [OneTimeSetUp]
    public async Task Render()
    {
        _content = SampleBundle.Build(out _, out _, out _);
        _bundle = await new CaseBundleRenderer().RenderAsync(_content, OneVolume, CancellationToken.None);
        Assert.That(_bundle.Volumes, Has.Count.EqualTo(1));
        _pdf = _bundle.Volumes[0].Pdf;
        using var document = PdfDocument.Open(_pdf);
        _pages = document.GetPages().Select(p => p.Text).ToList();
    }


    [GeneratedRegex(@"\s+")]
    private static partial Regex WhiteSpace();

    [Test]
    public void Every_page_is_numbered_continuously_and_carries_the_FIR_number()
    {
        Assert.That(_pages, Has.Count.EqualTo(_bundle.Pages));
        Assert.That(_bundle.Pages, Is.GreaterThan(20));
        for (var i = 0; i < _pages.Count; i++)
        {
            Assert.That(_pages[i], Does.Contain($"Page {i + 1} of {_pages.Count}"), $"page {i + 1}");
            Assert.That(_pages[i], Does.Contain("FIR No. 02/2021"), $"page {i + 1}");
        }
    }

    [Test]
    public void Pages_are_A4()
    {
        using var document = PdfDocument.Open(_pdf);
        var generated = document.GetPages().Where(p => !p.Text.Contains(SampleBundle.MarkerTwo, StringComparison.Ordinal)).ToList();
        Assert.That(generated.Select(p => (Math.Round(p.Width), Math.Round(p.Height))).Distinct(), Is.EqualTo(new[] { (595d, 842d) }));
    }

    [Test]
    public void Index_rows_bookmarks_and_real_start_pages_agree()
    {
        using var document = PdfDocument.Open(_pdf);
        Assert.That(document.TryGetBookmarks(out var bookmarks), Is.True, "the bundle has bookmarks");
        var nodes = PdfTools.IndexRowBookmarks(bookmarks!);
        Assert.That(nodes, Is.EqualTo(_bundle.Index.Select(e => (e.Title, e.FirstPage)).ToList()));

        // Each document really starts where the index says, and the index prints those page ranges.
        var headings = new (string TitleStart, string Heading)[]
        {
            ("First Information Report", "FIRST INFORMATION REPORT"), ("Accused persons", "ACCUSED PERSONS"), ("Premises", "PREMISES"),
            ("Raid", "SEARCH AND SEIZURE"), ("Seizure memo", "SEIZURE MEMO"), ("Exhibit register", "EXHIBIT REGISTER"),
            ("Sequence of custody", "SEQUENCE OF CUSTODY"), ("Certificate", "CERTIFICATE UNDER SECTION 65B(4)"),
            ("Hash manifest", "HASH MANIFEST"),
        };
        var indexText = PdfTools.Squeeze(string.Concat(_pages.Take(_bundle.Index[0].FirstPage - 1)));
        Assert.That(indexText, Does.Contain("INDEX"));
        foreach (var entry in _bundle.Index)
        {
            var range = entry.FirstPage == entry.LastPage ? $"{entry.FirstPage}" : $"{entry.FirstPage}–{entry.LastPage}";
            Assert.That(indexText, Does.Contain(PdfTools.Squeeze($"{entry.Title}{range}")), entry.Title);
            var heading = headings.FirstOrDefault(h => entry.Title.StartsWith(h.TitleStart, StringComparison.Ordinal)).Heading;
            if (heading is not null)
            {
                Assert.That(_pages[entry.FirstPage - 1], Does.Contain(heading), $"{entry.Title} starts on page {entry.FirstPage}");
            }
        }

        var last = _bundle.Index[^1];
        Assert.That(last.LastPage, Is.EqualTo(_bundle.Pages), "the last row ends on the last page");
        for (var i = 1; i < _bundle.Index.Count; i++)
        {
            Assert.That(_bundle.Index[i].FirstPage, Is.EqualTo(_bundle.Index[i - 1].LastPage + 1), "rows follow each other without gaps");
        }
    }

    [Test]
    public void Index_rows_link_to_their_pages()
    {
        using var document = PdfDocument.Open(_pdf);
        var links = Enumerable.Range(1, _bundle.Index[0].FirstPage - 1)
            .SelectMany(n => document.GetPage(n).GetAnnotations())
            .Where(a => a.Type == UglyToad.PdfPig.Annotations.AnnotationType.Link).ToList();
        Assert.That(links, Has.Count.EqualTo(_bundle.Index.Count));
        var targets = links.Select(l => (l.Action as UglyToad.PdfPig.Actions.AbstractGoToAction)?.Destination.PageNumber).ToList();
        Assert.That(targets, Is.EqualTo(_bundle.Index.Select(e => (int?)e.FirstPage).ToList()), "each row links to its first page");
        Assert.That(PdfTools.Squeeze(string.Concat(_pages)), Does.Not.Contain("http"), "no external links");
    }

    [Test]
    public void All_23_accused_are_there_as_text_including_Hindi_and_Urdu_names()
    {
        var accused = _bundle.Index.Single(e => e.Title == "Accused persons");
        var text = PdfTools.Squeeze(string.Concat(_pages.Skip(accused.FirstPage - 1).Take(accused.LastPage - accused.FirstPage + 1)));
        Assert.That(SampleBundle.AccusedNames, Has.Length.EqualTo(23));
        Assert.That(accused.LastPage, Is.GreaterThan(accused.FirstPage), "the register runs over several pages");
        for (var page = accused.FirstPage; page <= accused.LastPage; page++)
        {
            // Each table repeats its header on every page it runs onto.
            var squeezed = PdfTools.Squeeze(_pages[page - 1]);
            if (squeezed.Contains("Judicialcustody", StringComparison.Ordinal))
            {
                Assert.That(squeezed, Does.Contain("CodeName,parentage,age,address"), $"register header on page {page}");
            }

            if (squeezed.Contains("OffencesunderIPC", StringComparison.Ordinal))
            {
                Assert.That(squeezed, Does.Contain("CodeGroundscommunicated"), $"grounds header on page {page}");
            }
        }

        foreach (var name in SampleBundle.AccusedNames.Where(n => n != SampleBundle.UrduName))
        {
            Assert.That(text, Does.Contain(PdfTools.Squeeze(name)), name);
        }

        // PdfPig reads glyphs in page order, left to right, as the font's contextual (presentation) forms and does
        // no bidi; normalised and read right to left they are the Urdu name. pdftotext gives it directly (below).
        var readRightToLeft = new string(text.Normalize(System.Text.NormalizationForm.FormKC).Reverse().ToArray());
        Assert.That(readRightToLeft, Does.Contain(PdfTools.Squeeze(SampleBundle.UrduName)));
    }

    [Test]
    public void Every_exhibit_hash_and_every_certificate_is_there_as_text()
    {
        // A hash that does not fit its line wraps at its middle behind the continuation marker.
        var all = PdfTools.Squeeze(string.Concat(_pages));
        foreach (var exhibit in _content.Exhibits)
        {
            var occurrences = Regex.Count(all, exhibit.Sha256!);
            // Register and the certificate (the custody and memo pages do not print hashes).
            Assert.That(occurrences, Is.GreaterThanOrEqualTo(2), exhibit.ExhibitNumber);
        }

        var certificates = _pages.Count(p => p.Contains("CERTIFICATE UNDER SECTION 65B(4)", StringComparison.Ordinal));
        Assert.That(certificates, Is.EqualTo(_content.Certificates.Count), "one certificate each, 65B because the case began in 2021");
        foreach (var c in _content.Certificates)
        {
            Assert.That(all, Does.Contain(PdfTools.Squeeze($"Electronic record {c.Reference}")));
        }

        Assert.That(all, Does.Contain("02/02/2021").And.Contain("15:45"), "date DD/MM/YYYY and 24-hour IST time");
        foreach (var entry in _content.HashManifest)
        {
            Assert.That(all, Does.Contain(entry.Sha256), entry.FileName);
        }
    }

    [Test]
    public void Annexure_pages_are_merged_on_the_pages_the_index_gives()
    {
        var one = _bundle.Index.Single(e => e.Title.StartsWith("Annexure A-1", StringComparison.Ordinal));
        var two = _bundle.Index.Single(e => e.Title.StartsWith("Annexure A-2", StringComparison.Ordinal));
        var image = _bundle.Index.Single(e => e.Title.StartsWith("Annexure A-3", StringComparison.Ordinal));
        Assert.That(one.LastPage - one.FirstPage, Is.EqualTo(1), "both pages of the first PDF");
        Assert.That(_pages[one.FirstPage - 1], Does.Contain($"{SampleBundle.MarkerOne} page 1"));
        Assert.That(_pages[one.FirstPage], Does.Contain($"{SampleBundle.MarkerOne} page 2"));
        Assert.That(_pages[two.FirstPage - 1], Does.Contain($"{SampleBundle.MarkerTwo} page 1"));
        Assert.That(_pages[image.FirstPage - 1], Does.Contain("Annexure A-3"));

        using var document = PdfDocument.Open(_pdf);
        Assert.That(document.GetPage(image.FirstPage).GetImages().Count(), Is.EqualTo(1), "the photograph is placed on its page");
        Assert.That(Math.Round(document.GetPage(two.FirstPage).Width), Is.EqualTo(595), "a merged page is placed on an A4 page (inside the binding margins)");
    }

    [Test]
    public async Task The_same_case_gives_the_same_bytes()
    {
        var again = await new CaseBundleRenderer().RenderAsync(SampleBundle.Build(out _, out _, out _), OneVolume, CancellationToken.None);
        Assert.That(again.Volumes[0].Sha256, Is.EqualTo(_bundle.Volumes[0].Sha256));
        Assert.That(again.Volumes[0].Pdf, Is.EqualTo(_pdf));
    }

    [Test]
    public void A_tampered_annexure_stops_the_export_and_is_named()
    {
        var pdfOne = SampleBundle.MakePdf(SampleBundle.MarkerOne, 2, 595.276f, 841.89f);
        var recorded = SampleBundle.Annexure(pdfOne).Hash;
        var tampered = SampleBundle.MakePdf("ALTERED", 2, 595.276f, 841.89f);
        var content = SampleBundle.Build(tampered, SampleBundle.MakePdf(SampleBundle.MarkerTwo, 1, 612, 792), SampleBundle.MakePng(), recorded);
        var e = Assert.ThrowsAsync<AnnexureIntegrityException>(() => new CaseBundleRenderer().RenderAsync(content, OneVolume, CancellationToken.None));
        Assert.That(e!.FileName, Is.EqualTo("seizure-memo-sm1.pdf"));
        Assert.That(e.Code, Is.EqualTo("CaseBundle.AnnexureIntegrityFailure"));
        Assert.That(e.Message, Does.Contain("seizure-memo-sm1.pdf").And.Contain(recorded));
    }

    [Test]
    public async Task A_large_bundle_is_split_into_volumes_numbered_on_from_one_another()
    {
        var split = await new CaseBundleRenderer().RenderAsync(_content, new CaseBundleRenderOptions(40_000), CancellationToken.None);
        Assert.That(split.Volumes, Has.Count.GreaterThan(1));
        var total = split.Pages;
        for (var v = 0; v < split.Volumes.Count; v++)
        {
            var volume = split.Volumes[v];
            Assert.That(volume.Number, Is.EqualTo(v + 1));
            if (v > 0)
            {
                Assert.That(volume.FirstPage, Is.EqualTo(split.Volumes[v - 1].LastPage + 1), "numbering continues across volumes");
            }

            using var document = PdfDocument.Open(volume.Pdf);
            var pages = document.GetPages().Select(p => p.Text).ToList();
            Assert.That(pages, Has.Count.EqualTo(volume.LastPage - volume.FirstPage + 1));
            for (var i = 0; i < pages.Count; i++)
            {
                Assert.That(pages[i], Does.Contain($"Page {volume.FirstPage + i} of {total}"));
            }

            // Each volume has its own index of what it holds; volume 1 has the common index of all.
            var own = split.Index.Where(e => e.Volume == volume.Number).ToList();
            Assert.That(document.TryGetBookmarks(out var bookmarks), Is.True);
            Assert.That(PdfTools.IndexRowBookmarks(bookmarks!).Select(n => (n.Title, n.Page + volume.FirstPage - 1)),
                Is.EqualTo(own.Select(e => (e.Title, e.FirstPage))));
            Assert.That(pages[v == 0 ? 1 : 0], Does.Contain("INDEX"));
            var volumeIndex = PdfTools.Squeeze(string.Concat(pages.Take(own[0].FirstPage - volume.FirstPage)));
            foreach (var entry in v == 0 ? split.Index : own)
            {
                Assert.That(volumeIndex, Does.Contain(PdfTools.Squeeze(entry.Title)));
            }
        }
    }

    [Test]
    public void No_encryption_scripts_or_external_links()
    {
        var raw = System.Text.Encoding.Latin1.GetString(_pdf);
        Assert.That(raw, Does.Not.Contain("/Encrypt").And.Not.Contain("/JavaScript").And.Not.Contain("/JS").And.Not.Contain("/URI")
            .And.Not.Contain("/Launch"));
    }

    [Test]
    public void qpdf_finds_no_error_or_warning()
    {
        var path = PdfTools.WriteTemp(_pdf);
        try
        {
            var (exit, output) = PdfTools.Run("qpdf", "--check", path);
            Assert.That(exit, Is.Zero, output);
            Assert.That(output, Does.Not.Contain("WARNING").IgnoreCase, output);
            Assert.That(output, Does.Contain("No syntax or stream encoding errors"));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Test]
    public void Every_font_is_embedded_and_the_names_come_out_as_text()
    {
        var path = PdfTools.WriteTemp(_pdf);
        try
        {
            var (exit, output) = PdfTools.Run("pdffonts", path);
            Assert.That(exit, Is.Zero, output);
            var rows = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(2).ToList();
            Assert.That(rows, Is.Not.Empty);
            foreach (var row in rows)
            {
                // Columns: name type encoding emb sub uni object ID; "emb" must be yes.
                var columns = row.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                Assert.That(columns[^5], Is.EqualTo("yes"), row);
            }

            Assert.That(output, Does.Contain("LiberationSerif").And.Contain("NotoSerifDevanagari").And.Contain("NotoNaskhArabic"));
            var (textExit, text) = PdfTools.Run("pdftotext", "-enc", "UTF-8", path, "-");
            Assert.That(textExit, Is.Zero);
            // Poppler may put a space after a Devanagari vowel sign (it guesses word gaps from glyph positions).
            Assert.That(PdfTools.Squeeze(text), Does.Contain(PdfTools.Squeeze(SampleBundle.HindiName)));
            Assert.That(text, Does.Contain(SampleBundle.UrduName), "Urdu in reading order, words apart");
        }
        finally
        {
            File.Delete(path);
        }
    }
}
