using System.Globalization;
using System.Text;
using HarfBuzzSharp;
using SkiaSharp;
using SkiaSharp.HarfBuzz;
using HbBuffer = HarfBuzzSharp.Buffer;

namespace CyberCase.Infrastructure.CaseFiles.Layout;

/// <summary>One glyph run in one font: shaped by HarfBuzz, kept with its UTF-8 text and clusters so it stays extractable.</summary>
internal sealed record ShapedRun(SKFont Font, ushort[] Glyphs, SKPoint[] Positions, uint[] Clusters, byte[] Utf8, float Width);

/// <summary>A word with its trailing space (so that extracted text has real spaces), split into runs by script.</summary>
internal sealed record ShapedWord(IReadOnlyList<ShapedRun> Runs, float Width, float InkWidth, bool RightToLeft);

/// <summary>A laid-out line: its words in logical order.</summary>
internal sealed record TextLine(IReadOnlyList<ShapedWord> Words, TextStyle Style)
{
    public float Width => Words.Count == 0 ? 0 : Words.Take(Words.Count - 1).Sum(w => w.Width) + Words[^1].InkWidth;
}

/// <summary>
/// Shapes and wraps text. Each run gets the font of its script (Latin, Devanagari, Arabic) and is shaped with
/// HarfBuzz, so conjuncts and joined Urdu letters come out right; there is no automatic font fallback and no full
/// bidi algorithm: a sequence of right-to-left words is simply laid out right to left within the line.
/// Not thread-safe: one engine per rendering.
/// </summary>
internal sealed class TextEngine : IDisposable
{
    private readonly FontLibrary _fonts;
    private readonly Dictionary<SKTypeface, SKShaper> _shapers = [];
    private readonly Dictionary<(SKTypeface, float, bool), SKFont> _skFonts = [];
    private readonly Dictionary<(string, TextStyle), ShapedWord> _words = [];

    public TextEngine(FontLibrary fonts) => _fonts = fonts;

    public float Measure(string text, TextStyle style) => Wrap(text, style, float.MaxValue).Select(l => l.Width).DefaultIfEmpty(0).Max();

    /// <summary>Greedy line breaking at spaces; a word wider than the line (a hash) is cut where it must be.</summary>
    public IReadOnlyList<TextLine> Wrap(string? text, TextStyle style, float width)
    {
        var lines = new List<TextLine>();
        foreach (var paragraph in (text ?? "").Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n'))
        {
            var current = new List<ShapedWord>();
            float used = 0;
            foreach (var token in Tokens(paragraph))
            {
                foreach (var word in FitWord(token, style, width))
                {
                    if (current.Count > 0 && used + word.InkWidth > width)
                    {
                        lines.Add(new TextLine(current, style));
                        current = [];
                        used = 0;
                    }

                    current.Add(word);
                    used += word.Width;
                }
            }

            lines.Add(new TextLine(current, style));
        }

        return lines;
    }

    private IEnumerable<ShapedWord> FitWord(string token, TextStyle style, float width)
    {
        var word = Shape(token, style);
        if (word.InkWidth <= width)
        {
            yield return word;
            yield break;
        }

        // Cut at text elements (never inside a grapheme) into the longest pieces that fit.
        var elements = TextElements(token.TrimEnd(' '));
        var start = 0;
        while (start < elements.Count)
        {
            // The longest piece that fits, found by halving (a piece's width grows with its length): a few shapings
            // per piece instead of one per element.
            var end = start + 1;
            var tooLong = elements.Count + 1;
            while (tooLong - end > 1)
            {
                var middle = end + ((tooLong - end) / 2);
                if (ShapeUncached(string.Concat(elements.Skip(start).Take(middle - start)), style).InkWidth <= width)
                {
                    end = middle;
                }
                else
                {
                    tooLong = middle;
                }
            }

            var piece = string.Concat(elements.Skip(start).Take(end - start));
            yield return Shape(end == elements.Count && token.EndsWith(' ') ? piece + " " : piece, style);
            start = end;
        }
    }

    private static List<string> TextElements(string text)
    {
        var list = new List<string>();
        var e = StringInfo.GetTextElementEnumerator(text);
        while (e.MoveNext())
        {
            list.Add(e.GetTextElement());
        }

        return list;
    }

    /// <summary>Words with their trailing spaces; runs of spaces collapse to one.</summary>
    private static IEnumerable<string> Tokens(string paragraph)
    {
        var parts = paragraph.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i < parts.Length; i++)
        {
            yield return i < parts.Length - 1 ? parts[i] + " " : parts[i];
        }
    }

    public ShapedWord Shape(string word, TextStyle style)
    {
        if (_words.TryGetValue((word, style), out var cached))
        {
            return cached;
        }

        var shaped = ShapeUncached(word, style);
        _words[(word, style)] = shaped;
        return shaped;
    }

    /// <summary>Shapes without keeping the result (trial pieces of a word being cut are not needed again).</summary>
    private ShapedWord ShapeUncached(string word, TextStyle style)
    {
        var runs = new List<ShapedRun>();
        var rtl = false;
        foreach (var (script, text) in SplitByScript(word))
        {
            rtl |= script == Script.Arabic;
            runs.Add(ShapeRun(text, script, style));
        }

        var width = runs.Sum(r => r.Width);
        var trailing = word.EndsWith(' ') ? ShapeRun(" ", Script.Latin, style).Width : 0;
        return new ShapedWord(runs, width, width - trailing, rtl);
    }

    private ShapedRun ShapeRun(string text, Script script, TextStyle style)
    {
        var typeface = _fonts.For(script, style.Weight);
        // Devanagari and Urdu ship in one weight: bold is synthesised for them.
        var embolden = script != Script.Latin && style.Weight == Weight.Bold;
        if (!_skFonts.TryGetValue((typeface, style.Size, embolden), out var font))
        {
            font = new SKFont(typeface, style.Size) { Subpixel = true, Embolden = embolden, Hinting = SKFontHinting.None };
            _skFonts[(typeface, style.Size, embolden)] = font;
        }

        if (!_shapers.TryGetValue(typeface, out var shaper))
        {
            shaper = new SKShaper(typeface);
            _shapers[typeface] = shaper;
        }

        var utf8 = Encoding.UTF8.GetBytes(text);
        using var buffer = new HbBuffer();
        buffer.AddUtf8(utf8);
        buffer.ClusterLevel = ClusterLevel.MonotoneCharacters;
        buffer.GuessSegmentProperties();
        if (script == Script.Arabic)
        {
            buffer.Direction = Direction.RightToLeft;
        }

        var result = shaper.Shape(buffer, 0, 0, font);
        var glyphs = result.Codepoints.Select(g => (ushort)g).ToArray();
        return new ShapedRun(font, glyphs, result.Points, result.Clusters, utf8, result.Width);
    }

    /// <summary>Runs of one script. Spaces, digits and punctuation take the Latin font; combining marks and joiners stay with their base.</summary>
    private static IEnumerable<(Script Script, string Text)> SplitByScript(string word)
    {
        var sb = new StringBuilder();
        Script? current = null;
        foreach (var rune in word.EnumerateRunes())
        {
            var script = ScriptOf(rune, current);
            if (current is not null && script != current)
            {
                yield return (current.Value, sb.ToString());
                sb.Clear();
            }

            current = script;
            sb.Append(rune.ToString());
        }

        if (current is not null)
        {
            yield return (current.Value, sb.ToString());
        }
    }

    private static Script ScriptOf(Rune rune, Script? previous)
    {
        var c = rune.Value;
        if (c is >= 0x0900 and <= 0x097F or >= 0xA8E0 and <= 0xA8FF or >= 0x1CD0 and <= 0x1CFF)
        {
            return Script.Devanagari;
        }

        if (c is >= 0x0600 and <= 0x06FF or >= 0x0750 and <= 0x077F or >= 0x08A0 and <= 0x08FF
            or >= 0xFB50 and <= 0xFDFF or >= 0xFE70 and <= 0xFEFF)
        {
            return Script.Arabic;
        }

        // Zero-width joiners and combining marks belong to the run they join.
        if (previous is { } p && (c is 0x200C or 0x200D || Rune.GetUnicodeCategory(rune) == UnicodeCategory.NonSpacingMark))
        {
            return p;
        }

        return Script.Latin;
    }

    /// <summary>A line as one text blob: glyphs positioned by HarfBuzz, each run carrying its text and clusters.</summary>
    public static SKTextBlob? ToBlob(TextLine line)
    {
        if (line.Words.Count == 0)
        {
            return null;
        }

        using var builder = new SKTextBlobBuilder();
        // Consecutive left-to-right runs in the same font go into one blob run: the PDF then gets one text object per
        // line and font rather than one per word, which is most of the cost of painting a page.
        var pending = new List<(ShapedRun Run, float X)>();
        float x = 0;
        foreach (var word in VisualOrder(line.Words))
        {
            // In a right-to-left word the trailing space belongs on its left, between it and the next word read.
            foreach (var run in word.RightToLeft ? word.Runs.Reverse() : word.Runs)
            {
                if (run.Glyphs.Length == 0)
                {
                    continue;
                }

                if (pending.Count > 0 && (word.RightToLeft || !ReferenceEquals(pending[0].Run.Font, run.Font)))
                {
                    AddRun(builder, pending);
                }

                pending.Add((run, x));
                if (word.RightToLeft)
                {
                    AddRun(builder, pending);
                }

                x += run.Width;
            }
        }

        AddRun(builder, pending);
        return builder.Build();
    }

    /// <summary>One positioned run of the pending runs (same font, in order), their text and clusters joined; clears them.</summary>
    private static void AddRun(SKTextBlobBuilder builder, List<(ShapedRun Run, float X)> pending)
    {
        if (pending.Count == 0)
        {
            return;
        }

        var glyphCount = pending.Sum(p => p.Run.Glyphs.Length);
        var textLength = pending.Sum(p => p.Run.Utf8.Length);
        var glyphs = new ushort[glyphCount];
        var positions = new SKPoint[glyphCount];
        var clusters = new uint[glyphCount];
        var utf8 = new byte[textLength];
        int g = 0, t = 0;
        foreach (var (run, x) in pending)
        {
            run.Glyphs.CopyTo(glyphs, g);
            run.Utf8.CopyTo(utf8, t);
            for (var i = 0; i < run.Glyphs.Length; i++)
            {
                positions[g + i] = new SKPoint(run.Positions[i].X + x, run.Positions[i].Y);
                clusters[g + i] = run.Clusters[i] + (uint)t;
            }

            g += run.Glyphs.Length;
            t += run.Utf8.Length;
        }

        var buffer = builder.AllocatePositionedTextRun(pending[0].Run.Font, glyphCount, textLength);
        buffer.SetGlyphs(glyphs);
        buffer.SetPositions(positions);
        buffer.SetText(utf8);
        buffer.SetClusters(clusters);
        pending.Clear();
    }

    /// <summary>Words left to right, except that each sequence of right-to-left words is reversed (Urdu reads right to left).</summary>
    private static IEnumerable<ShapedWord> VisualOrder(IReadOnlyList<ShapedWord> words)
    {
        var i = 0;
        while (i < words.Count)
        {
            if (!words[i].RightToLeft)
            {
                yield return words[i++];
                continue;
            }

            var end = i;
            while (end < words.Count && words[end].RightToLeft)
            {
                end++;
            }

            for (var j = end - 1; j >= i; j--)
            {
                yield return words[j];
            }

            i = end;
        }
    }

    public void Dispose()
    {
        foreach (var shaper in _shapers.Values)
        {
            shaper.Dispose();
        }

        foreach (var font in _skFonts.Values)
        {
            font.Dispose();
        }
    }
}
