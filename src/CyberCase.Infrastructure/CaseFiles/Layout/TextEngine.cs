using System.Globalization;
using System.Text;
using HarfBuzzSharp;
using SkiaSharp;
using SkiaSharp.HarfBuzz;
using HbBuffer = HarfBuzzSharp.Buffer;

namespace CyberCase.Infrastructure.CaseFiles.Layout;

/// <summary>One glyph run in one font and one bidi level: shaped by HarfBuzz, kept with its UTF-8 text and clusters so it stays extractable.</summary>
internal sealed record ShapedRun(SKFont Font, ushort[] Glyphs, SKPoint[] Positions, uint[] Clusters, byte[] Utf8, float Width, byte Level = 0)
{
    public bool RightToLeft => (Level & 1) == 1;
}

/// <summary>A word with its trailing space (so that extracted text has real spaces), split into runs by script and bidi level.</summary>
internal sealed record ShapedWord(IReadOnlyList<ShapedRun> Runs, float Width, float InkWidth, bool RightToLeft);

/// <summary>A laid-out line: its words in logical order, and the direction of its paragraph (UAX #9 P2, P3).</summary>
internal sealed record TextLine(IReadOnlyList<ShapedWord> Words, TextStyle Style, bool RightToLeft = false)
{
    public float Width => Words.Count == 0 ? 0 : Words.Take(Words.Count - 1).Sum(w => w.Width) + Words[^1].InkWidth;
}

/// <summary>
/// Shapes and wraps text. Each run gets the font of its script (Latin, Devanagari, Arabic) and is shaped with
/// HarfBuzz, so conjuncts and joined Urdu letters come out right; there is no automatic font fallback. A paragraph
/// with right-to-left letters is resolved by the Unicode bidi algorithm (<see cref="Bidi"/>): each run is shaped in
/// the direction of its level and the runs of a line are reordered (L2), so brackets mirror and mixed lines read right.
/// Lines break only at spaces: an identifier, a date, a number or a hash is never cut, except that a hash that does
/// not fit on a line of its own wraps at its middle behind a visible marker (<see cref="HashContinuation"/>).
/// Not thread-safe: one engine per rendering.
/// </summary>
internal sealed class TextEngine : IDisposable
{
    /// <summary>Printed at the end of the first half of a hash wrapped at its middle (Liberation Serif has it).</summary>
    public const string HashContinuation = "\u2192";

    private readonly FontLibrary _fonts;
    private readonly Dictionary<SKTypeface, SKShaper> _shapers = [];
    private readonly Dictionary<(SKTypeface, float, bool), SKFont> _skFonts = [];
    private readonly Dictionary<(string, TextStyle, string?), ShapedWord> _words = [];

    public TextEngine(FontLibrary fonts) => _fonts = fonts;

    /// <summary>
    /// Lets go of the shaped words kept so far. The lines already laid out keep the words they hold, so once a volume
    /// is painted and its pages cleared, its words can be collected instead of living until the whole case is done.
    /// </summary>
    public void ForgetShapedWords() => _words.Clear();

    public float Measure(string text, TextStyle style) => Wrap(text, style, float.MaxValue).Select(l => l.Width).DefaultIfEmpty(0).Max();

    /// <summary>
    /// The narrowest a text can be laid out without cutting a token (its widest token, a hash counted by its halves)
    /// and its width unwrapped (the widest paragraph): what a table sizes its columns from.
    /// </summary>
    public (float Min, float Max) MinMax(string? text, TextStyle style)
    {
        float min = 0, max = 0;
        foreach (var paragraph in Paragraphs(text))
        {
            float line = 0;
            foreach (var (token, _) in Tokens(paragraph))
            {
                var word = Shape(token, style, null);
                line += word.Width;
                var narrowest = IsHash(token) && word.InkWidth > 0
                    ? HashHalves(token).Max(h => Shape(h, style, null).InkWidth)
                    : word.InkWidth;
                min = Math.Max(min, narrowest);
            }

            max = Math.Max(max, line);
        }

        return (min, max);
    }

    /// <summary>Greedy line breaking at spaces (see the class remarks for what is never cut).</summary>
    public IReadOnlyList<TextLine> Wrap(string? text, TextStyle style, float width)
    {
        var lines = new List<TextLine>();
        foreach (var paragraph in Paragraphs(text))
        {
            var (levels, rtl) = LevelsOf(paragraph);
            var current = new List<ShapedWord>();
            float used = 0;
            foreach (var (token, start) in Tokens(paragraph))
            {
                foreach (var word in FitWord(token, style, width, levels is null ? null : levels.AsSpan(start, token.Length).ToArray()))
                {
                    if (current.Count > 0 && used + word.InkWidth > width)
                    {
                        lines.Add(new TextLine(current, style, rtl));
                        current = [];
                        used = 0;
                    }

                    current.Add(word);
                    used += word.Width;
                }
            }

            lines.Add(new TextLine(current, style, rtl));
        }

        return lines;
    }

    private static string[] Paragraphs(string? text) => (text ?? "").Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');

    /// <summary>Bidi levels of a paragraph, or null when it has nothing right to left (the common case costs nothing).</summary>
    private static (byte[]? Levels, bool RightToLeft) LevelsOf(string paragraph)
    {
        var any = false;
        foreach (var c in paragraph)
        {
            if (c >= 0x0590 && Bidi.Classify(c) is BidiClass.R or BidiClass.AL or BidiClass.AN)
            {
                any = true;
                break;
            }
        }

        if (!any)
        {
            return (null, false);
        }

        var (levels, level) = Bidi.Resolve(paragraph);
        return (levels, (level & 1) == 1);
    }

    /// <summary>A SHA-256 (or another digest) in hex: the one kind of token that may wrap, at its middle.</summary>
    internal static bool IsHash(string token) => HashIn(token) is not null;

    /// <summary>
    /// Where the digest sits in a token: a SHA-256 (or another 64/128-hex digest) with nothing around it but
    /// punctuation, so "(SHA-256 …e61)." in running text wraps like a hash in a table cell.
    /// </summary>
    private static (int Start, int Length)? HashIn(string token)
    {
        var start = 0;
        var end = token.Length;
        while (start < end && (char.IsPunctuation(token[start]) || char.IsWhiteSpace(token[start])))
        {
            start++;
        }

        while (end > start && (char.IsPunctuation(token[end - 1]) || char.IsWhiteSpace(token[end - 1])))
        {
            end--;
        }

        var length = end - start;
        return length is 64 or 128 && !token.AsSpan(start, length).ContainsAnyExcept(HexDigits) ? (start, length) : null;
    }

    private static readonly System.Buffers.SearchValues<char> HexDigits =
        System.Buffers.SearchValues.Create("0123456789abcdefABCDEF");

    /// <summary>The token cut at the middle of its digest, the marker after the first half; what surrounds the digest stays with its half.</summary>
    private static string[] HashHalves(string token)
    {
        var (start, length) = HashIn(token)!.Value;
        var middle = start + (length / 2);
        return [token[..middle] + HashContinuation + " ", token[middle..]];
    }

    /// <summary>
    /// Identifiers, dates and numbers (any token with a digit) are never cut: a table gives them room (<see cref="MinMax"/>).
    /// A hash that does not fit wraps at its middle with the marker; only a long word without digits (a web address)
    /// is cut where it must be, at text elements, never inside a grapheme.
    /// </summary>
    private IEnumerable<ShapedWord> FitWord(string token, TextStyle style, float width, byte[]? levels)
    {
        var word = Shape(token, style, levels);
        var bare = token.TrimEnd(' ');
        if (word.InkWidth <= width || (bare.Any(char.IsAsciiDigit) && !IsHash(bare)))
        {
            yield return word;
            yield break;
        }

        if (IsHash(bare))
        {
            foreach (var half in HashHalves(token))
            {
                yield return Shape(half, style, null);
            }

            yield break;
        }

        var elements = TextElements(bare);
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
                if (ShapeUncached(string.Concat(elements.Skip(start).Take(middle - start)), style, null).InkWidth <= width)
                {
                    end = middle;
                }
                else
                {
                    tooLong = middle;
                }
            }

            var piece = string.Concat(elements.Skip(start).Take(end - start));
            var offset = string.Concat(elements.Take(start)).Length;
            var text = end == elements.Count && token.EndsWith(' ') ? piece + " " : piece;
            yield return Shape(text, style, levels?.AsSpan(offset, Math.Min(text.Length, levels.Length - offset)).ToArray());
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

    /// <summary>Words with their trailing spaces and where each starts in the paragraph; runs of spaces collapse to one.</summary>
    private static IEnumerable<(string Token, int Start)> Tokens(string paragraph)
    {
        var i = 0;
        while (i < paragraph.Length)
        {
            while (i < paragraph.Length && paragraph[i] == ' ')
            {
                i++;
            }

            if (i == paragraph.Length)
            {
                yield break;
            }

            var start = i;
            while (i < paragraph.Length && paragraph[i] != ' ')
            {
                i++;
            }

            var end = i;
            while (i < paragraph.Length && paragraph[i] == ' ')
            {
                i++;
            }

            yield return (i < paragraph.Length ? paragraph[start..end] + " " : paragraph[start..end], start);
        }
    }

    public ShapedWord Shape(string word, TextStyle style) => Shape(word, style, null);

    private ShapedWord Shape(string word, TextStyle style, byte[]? levels)
    {
        var key = (word, style, levels is null ? null : Convert.ToHexString(levels));
        if (_words.TryGetValue(key, out var cached))
        {
            return cached;
        }

        var shaped = ShapeUncached(word, style, levels);
        _words[key] = shaped;
        return shaped;
    }

    /// <summary>Shapes without keeping the result (trial pieces of a word being cut are not needed again).</summary>
    private ShapedWord ShapeUncached(string word, TextStyle style, byte[]? levels)
    {
        var runs = new List<ShapedRun>();
        var rtl = false;
        foreach (var (script, level, text) in SplitRuns(word, levels))
        {
            rtl |= (level & 1) == 1;
            runs.Add(ShapeRun(text, script, style, level));
        }

        var width = runs.Sum(r => r.Width);
        var trailing = word.EndsWith(' ') ? ShapeRun(" ", Script.Latin, style, 0).Width : 0;
        return new ShapedWord(runs, width, width - trailing, rtl);
    }

    private ShapedRun ShapeRun(string text, Script script, TextStyle style, byte level)
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
        // The direction is the run's bidi level, not its script: a bracket at an odd level is shaped right to left,
        // and HarfBuzz then mirrors it (L4).
        buffer.Direction = (level & 1) == 1 ? Direction.RightToLeft : Direction.LeftToRight;

        var result = shaper.Shape(buffer, 0, 0, font);
        var glyphs = result.Codepoints.Select(g => (ushort)g).ToArray();
        return new ShapedRun(font, glyphs, result.Points, result.Clusters, utf8, result.Width, level);
    }

    /// <summary>Runs of one script and one bidi level. Spaces, digits and punctuation take the Latin font; combining marks and joiners stay with their base.</summary>
    private static IEnumerable<(Script Script, byte Level, string Text)> SplitRuns(string word, byte[]? levels)
    {
        var sb = new StringBuilder();
        Script? current = null;
        byte currentLevel = 0;
        var index = 0;
        foreach (var rune in word.EnumerateRunes())
        {
            var script = ScriptOf(rune, current);
            var level = levels is not null && index < levels.Length ? levels[index] : (byte)0;
            if (current is not null && (script != current || level != currentLevel))
            {
                yield return (current.Value, currentLevel, sb.ToString());
                sb.Clear();
            }

            current = script;
            currentLevel = level;
            sb.Append(rune.ToString());
            index += rune.Utf16SequenceLength;
        }

        if (current is not null)
        {
            yield return (current.Value, currentLevel, sb.ToString());
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
        foreach (var run in VisualOrder(line))
        {
            if (run.Glyphs.Length == 0)
            {
                continue;
            }

            if (pending.Count > 0 && (run.RightToLeft || !ReferenceEquals(pending[0].Run.Font, run.Font)))
            {
                AddRun(builder, pending);
            }

            pending.Add((run, x));
            if (run.RightToLeft)
            {
                AddRun(builder, pending);
            }

            x += run.Width;
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

    /// <summary>The runs of a line in visual order (UAX #9 L1, L2); a line without right-to-left runs is already in order.</summary>
    private static ShapedRun[] VisualOrder(TextLine line)
    {
        var runs = line.Words.SelectMany(w => w.Runs).ToArray();
        if (!line.RightToLeft && !line.Words.Any(w => w.RightToLeft))
        {
            return runs;
        }

        var levels = runs.Select(r => r.Level).ToArray();
        // L1: whitespace at the end of the line goes to the paragraph's level.
        for (var i = runs.Length - 1; i >= 0 && Encoding.UTF8.GetString(runs[i].Utf8).Trim().Length == 0; i--)
        {
            levels[i] = line.RightToLeft ? (byte)1 : (byte)0;
        }

        Bidi.Reorder(runs, levels);
        return runs;
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
