using System.Globalization;
using CyberCase.Application.CaseFiles;
using CyberCase.Infrastructure.CaseFiles;
using CyberCase.Infrastructure.CaseFiles.Layout;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;

namespace CyberCase.Api.Tests.CaseFiles;

/// <summary>The layout rules a registry checks, read back from PDFs with PdfPig (word positions, bookmarks) and poppler.</summary>
public sealed class BundleLayoutTests
{
    private const string Hash = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";
    private const string Imei = "490154203237518";
    private static readonly CaseBundleRenderOptions OneVolume = new(long.MaxValue / 2);
    private CaseBundleContent _content = null!;
    private RenderedCaseBundle _bundle = null!;
    private byte[] _pdf = null!;

    [OneTimeSetUp]
    public async Task Render()
    {
        _content = SampleBundle.Build(out _, out _, out _);
        _bundle = await new CaseBundleRenderer().RenderAsync(_content, OneVolume, CancellationToken.None);
        _pdf = _bundle.Volumes[0].Pdf;
        if (Environment.GetEnvironmentVariable("CYBERCASE_DUMP_BUNDLE") is { Length: > 0 } path)
        {
            await File.WriteAllBytesAsync(path, _pdf);
        }
    }

    /// <summary>Lays components out on fresh pages and paints them, as the renderer does.</summary>
    private static byte[] Compose(Action<PageComposer> compose)
    {
        using var text = new TextEngine(FontLibrary.Shared);
        var composer = new PageComposer(text);
        composer.NewPage();
        compose(composer);
        return PageComposer.Paint(composer.Pages, new DateTimeOffset(2021, 1, 12, 19, 40, 0, TimeSpan.FromHours(5.5)), "test");
    }

    private static List<List<Word>> WordsByPage(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return document.GetPages().Select(p => p.GetWords().ToList()).ToList();
    }

    /// <summary>A register row whose hash column cannot hold a whole SHA-256 beside the other columns.</summary>
    private static GridTable NarrowTable(string cell) => new(
        [new("Exhibit", 0.2f), new("Description", 0.4f), new("Hash", 0.4f)],
        [new GridRow(["EX-0001", "Samsung Galaxy M31 mobile phone, black, with a cracked screen, seized at workstation 4", cell])]);

    /// <summary>Five columns, as the custody sequence has.</summary>
    private static GridTable FiveColumns(string cell) => new(
        [new("When", 0.2f), new("From", 0.2f), new("To", 0.2f), new("Purpose", 0.2f), new("Device", 0.2f)],
        [new GridRow(["14/01/2021 10:00 IST", "Insp. Tariq Ahmad Mir", "Malkhana", "Deposit for safe keeping", cell])]);

    [Test]
    public void A_hash_that_does_not_fit_its_cell_wraps_only_at_its_middle_behind_the_marker()
    {
        var words = WordsByPage(Compose(p => p.Compose(NarrowTable(Hash)))).Single();
        var hashWords = words.Where(w => w.Text.Length >= 16 && w.Text.TrimEnd('→').All(char.IsAsciiHexDigit)).ToList();
        Assert.That(hashWords.Select(w => w.Text), Is.EqualTo(new[] { Hash[..32] + TextEngine.HashContinuation, Hash[32..] }),
            "two halves of 32, the first with the continuation marker");
        Assert.That(hashWords[1].BoundingBox.Top, Is.LessThan(hashWords[0].BoundingBox.Bottom), "the second half on the next line");
    }

    [Test]
    public void A_hash_in_brackets_in_running_text_wraps_at_its_middle_and_stays_inside_the_margin()
    {
        // The charge-sheet's "(SHA-256 ...)." in a 14 pt paragraph: the bracket and full stop around the hash made it a
        // word with digits that was never cut, and it ran past the right margin.
        var words = WordsByPage(Compose(p => p.Compose(new Paragraph($"The copy the court holds (SHA-256 {Hash})."))));
        var all = words.Single();
        Assert.That(all.Select(w => w.Text), Does.Contain(Hash[..32] + TextEngine.HashContinuation).And.Contain(Hash[32..] + ")."));
        Assert.That(all.Max(w => w.BoundingBox.Right), Is.LessThanOrEqualTo(Typography.PageWidth - Typography.MarginRight + 0.5));
    }

    [Test]
    public void A_hash_that_fits_on_a_line_is_not_wrapped()
    {
        var words = WordsByPage(Compose(p => p.Compose(new Paragraph("SHA-256 of the image: " + Hash, Typography.Table)))).Single();
        Assert.That(words.Select(w => w.Text), Does.Contain(Hash));
        Assert.That(words.Any(w => w.Text.Contains(TextEngine.HashContinuation, StringComparison.Ordinal)), Is.False);
    }

    [Test]
    public void An_IMEI_a_date_and_an_FIR_number_are_never_split_even_in_a_narrow_column()
    {
        var words = WordsByPage(Compose(p => p.Compose(FiveColumns($"IMEI {Imei} seized 13/01/2021 14:30 IST in FIR 02/2021")))).Single();
        Assert.That(words.Select(w => w.Text), Does.Contain(Imei).And.Contain("13/01/2021").And.Contain("02/2021"));
    }

    [Test]
    public void A_long_word_without_digits_is_the_only_thing_cut_where_it_must_be()
    {
        using var text = new TextEngine(FontLibrary.Shared);
        var lines = text.Wrap("https://example.invalid/averyveryverylongaddresswithoutanydigitsatallthatcannotfit", Typography.Table, 80);
        Assert.That(lines, Has.Count.GreaterThan(1));
        Assert.That(text.Wrap(Imei, Typography.Table, 40), Has.Count.EqualTo(1), "an identifier overflows rather than break");
    }

    [Test]
    public void Columns_are_sized_to_their_content()
    {
        using var text = new TextEngine(FontLibrary.Shared);
        var widths = FiveColumns($"IMEI {Imei}").ColumnWidths(text);
        Assert.That(widths.Sum(), Is.EqualTo(PageComposer.Width).Within(0.5));
        var imei = text.MinMax(Imei, Typography.Table).Max;
        Assert.That(widths[4], Is.GreaterThanOrEqualTo(imei), "the device column holds the IMEI whole");
        Assert.That(widths[3], Is.GreaterThan(widths[2]), "the long purpose gets more room than the short 'Malkhana'");
    }

    [Test]
    public void The_accused_register_holds_more_than_three_accused_per_page()
    {
        using var document = PdfDocument.Open(_pdf);
        var accused = _bundle.Index.Single(e => e.Title == "Accused persons");
        var first = document.GetPage(accused.FirstPage).GetWords().Count(w => w.Text.Length <= 3 && w.Text.StartsWith('A') && int.TryParse(w.Text[1..], out _));
        Assert.That(first, Is.GreaterThan(3));
    }

    [Test]
    public void A_heading_at_the_foot_of_a_page_moves_to_the_next_page_with_its_table()
    {
        var pages = WordsByPage(Compose(p =>
        {
            // Fill the page until about two body lines are left: room for the heading, not for the table's first row.
            while (p.Remaining > Typography.Body.LineHeight * 2.6f)
            {
                p.Compose(new Paragraph("Filler line.", Typography.Table));
            }

            p.Compose(new SectionHeading("KEPT HEADING", Typography.Heading, Align.Left));
            p.Compose(NarrowTable(Hash));
        }));
        Assert.That(pages, Has.Count.EqualTo(2));
        Assert.That(pages[0].Select(w => w.Text), Does.Not.Contain("KEPT"), "not left alone at the foot");
        Assert.That(pages[1].Select(w => w.Text), Does.Contain("KEPT").And.Contain("EX-0001"), "on the page its table starts");
    }

    [Test]
    public void A_heading_with_room_for_what_follows_stays_where_it_is()
    {
        var pages = WordsByPage(Compose(p =>
        {
            p.Compose(new Paragraph("Filler line.", Typography.Table));
            p.Compose(new SectionHeading("KEPT HEADING", Typography.Heading, Align.Left));
            p.Compose(NarrowTable(Hash));
        }));
        Assert.That(pages, Has.Count.EqualTo(1));
        Assert.That(pages[0].Select(w => w.Text), Does.Contain("KEPT").And.Contain("Filler"));
    }

    [Test]
    public void A_mixed_Latin_and_Urdu_line_keeps_its_brackets_around_the_Urdu_name()
    {
        var words = WordsByPage(Compose(p => p.Compose(new Paragraph($"Accused ({SampleBundle.UrduName}) A23")))).Single();
        var letters = words.SelectMany(w => w.Letters).OrderBy(l => l.StartBaseLine.X).ToList();
        var open = letters.FindIndex(l => l.Value == "(");
        var close = letters.FindIndex(l => l.Value == ")");
        var arabic = letters.Select((l, i) => (l, i)).Where(x => x.l.Value.Any(c => c >= 0x0600)).Select(x => x.i).ToList();
        Assert.That(arabic, Is.Not.Empty);
        Assert.That(open, Is.LessThan(arabic.Min()), "the opening bracket is to the left of the Urdu name");
        Assert.That(close, Is.GreaterThan(arabic.Max()), "the closing bracket to its right");
        Assert.That(letters.FindIndex(l => l.Value == "A" && letters.IndexOf(l) > close), Is.GreaterThan(close), "A23 after it");
    }

    [Test]
    public void An_Urdu_paragraph_starts_at_the_right_margin()
    {
        var words = WordsByPage(Compose(p => p.Compose(new Paragraph(SampleBundle.UrduName + " (A23)")))).Single();
        var right = words.Max(w => w.BoundingBox.Right);
        Assert.That(right, Is.EqualTo(PageComposer.Left + PageComposer.Width).Within(3), "right aligned");
        var code = words.Single(w => w.Text.Contains("A23", StringComparison.Ordinal));
        Assert.That(code.BoundingBox.Right, Is.LessThan(words.Where(w => w != code).Min(w => w.BoundingBox.Left) + 1),
            "the code in brackets, read last, is at the left end");
    }

    [Test]
    public void Certificates_annexures_and_custody_sequences_are_nested_under_their_headings()
    {
        using var document = PdfDocument.Open(_pdf);
        Assert.That(document.TryGetBookmarks(out var bookmarks), Is.True);
        var roots = bookmarks!.Roots;
        var certificates = roots.Single(r => r.Title == IndexGroups.Certificates);
        Assert.That(certificates.Children.Select(c => c.Title),
            Is.EqualTo(_bundle.Index.Where(e => e.Group == IndexGroups.Certificates).Select(e => e.Title)));
        Assert.That(certificates.Children, Has.Count.EqualTo(_content.Certificates.Count));
        var annexures = roots.Single(r => r.Title == IndexGroups.Annexures);
        Assert.That(annexures.Children.Select(c => c.Title), Has.All.StartWith("Annexure A-"));
        Assert.That(annexures.Children, Has.Count.EqualTo(_content.Annexures.Count));
        // "Chain of custody" in the old regime, "Sequence of custody" (BSA Schedule) in the new.
        var custody = roots.Single(r => r.Title.EndsWith("of custody of electronic exhibits", StringComparison.Ordinal));
        Assert.That(custody.Children.Select(c => c.Title.Split(':')[0]), Is.EqualTo(_content.CustodySequences.Select(s => s.ExhibitNumber)),
            "one bookmark per exhibit's sequence, in order");
        Assert.That(roots.Select(r => r.Title), Has.None.StartWith("Certificate,"), "no certificate flat at the top");
        Assert.That(roots.Where(r => r.Children.Count == 0).Select(r => r.Title), Does.Contain("Exhibit register"), "a document without headings stays a leaf");
    }

    [Test]
    public void The_creation_date_is_the_case_date_in_IST_with_its_offset()
    {
        using var document = PdfDocument.Open(_pdf);
        var raw = document.Information.CreationDate;
        Assert.That(raw, Is.EqualTo("D:" + _content.Header.AsOf.ToOffset(TimeSpan.FromHours(5.5)).ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture) + "+05'30'"));
        Assert.That(raw, Does.Not.EndWith("+00'00'"), "not the IST wall time labelled as UTC");
        Assert.That(document.Information.GetCreatedDateTimeOffset(), Is.EqualTo(_content.Header.AsOf));
    }

    [Test]
    public void Every_font_is_embedded_and_the_shipped_fonts_carry_no_false_subset_tag()
    {
        var path = PdfTools.WriteTemp(_pdf);
        try
        {
            var (exit, output) = PdfTools.Run("pdffonts", path);
            Assert.That(exit, Is.EqualTo(0), output);
            var rows = output.Split('\n').Skip(2).Where(l => l.Length > 0).ToList();
            Assert.That(rows, Is.Not.Empty);
            foreach (var row in rows)
            {
                var columns = row.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                // name type... emb sub uni id gen: the last five columns.
                Assert.That(columns[^5], Is.EqualTo("yes"), $"embedded: {row}");
                if (columns[0].Contains("Liberation", StringComparison.Ordinal) && !columns[0].Contains('+', StringComparison.Ordinal))
                {
                    Assert.That(columns[^4], Is.EqualTo("no"), $"whole font, no subset tag: {row}");
                }
            }

            var shipped = rows.Where(r => r.StartsWith("Liberation", StringComparison.Ordinal) || r.StartsWith("Noto", StringComparison.Ordinal)).ToList();
            Assert.That(shipped.Count, Is.GreaterThanOrEqualTo(4), "serif regular and bold, Devanagari and Urdu, untagged");
            Assert.That(rows.Where(r => r.Contains('+', StringComparison.Ordinal)), Has.All.Contain("LiberationSerif"),
                "only the merged annexures' own fonts (as they came) keep a tag");
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Test]
    public void A_merged_page_is_scaled_into_the_binding_margins_and_stamped()
    {
        using var document = PdfDocument.Open(_pdf);
        var two = _bundle.Index.Single(e => e.Title.StartsWith("Annexure A-2", StringComparison.Ordinal));
        var page = document.GetPage(two.FirstPage);
        var marker = page.GetWords().First(w => w.Text == SampleBundle.MarkerTwo);
        // In the uploaded Letter page the marker starts 80 pt from the edge, inside what would be the binding margin.
        Assert.That(marker.BoundingBox.Left, Is.GreaterThanOrEqualTo(Typography.MarginLeft), "moved inside the 4 cm margin");
        Assert.That(page.GetWords().Max(w => w.BoundingBox.Right), Is.LessThanOrEqualTo(Typography.PageWidth - Typography.MarginRight + 1)
            .Or.Matches<double>(_ => page.Text.Contains("Page ", StringComparison.Ordinal)), "and stamped");
        Assert.That(page.Text, Does.Contain($"Page {two.FirstPage} of {_bundle.Pages}").And.Contain("Annexure A-2"));
    }
}
