using System.Globalization;
using System.Text;

namespace CyberCase.Infrastructure.CaseFiles.Layout;

/// <summary>Bidi_Class values the algorithm needs (UAX #9, table 4); explicit embeddings and isolates are not among them.</summary>
internal enum BidiClass : byte
{
    L,
    R,
    AL,
    EN,
    ES,
    ET,
    AN,
    CS,
    NSM,
    BN,
    B,
    S,
    WS,
    ON,
}

/// <summary>
/// The Unicode Bidirectional Algorithm (UAX #9) for one paragraph without explicit embeddings: paragraph level
/// (P2, P3), weak types (W1-W7), paired brackets (N0, BD16), neutrals (N1, N2), implicit levels (I1, I2), trailing
/// whitespace (L1), reordering (L2) and mirroring (L4). .NET has no public bidi API and no served package does it.
/// The bidi controls (LRE, RLE, LRO, RLO, PDF, LRI, RLI, FSI, PDI) are treated as boundary neutrals (X9): the records
/// never contain them, and a bundle does not need embeddings. The character data is the part of the Unicode
/// Character Database for the scripts the bundle prints (Latin, Devanagari, Arabic/Urdu, Hebrew) and the common
/// punctuation; a letter of another script is L, a symbol ON, as their general category says.
/// When a right-to-left run is shaped, HarfBuzz applies the same mirroring (Bidi_Mirroring_Glyph) to the glyphs;
/// <see cref="Mirror"/> gives it for the visual string.
/// </summary>
internal static class Bidi
{
    private const int MaxBracketDepth = 63;

    /// <summary>Resolved embedding levels, one per UTF-16 code unit of <paramref name="text"/> (both halves of a surrogate pair get its level).</summary>
    /// <param name="paragraphLevel">0 (left to right), 1 (right to left), or null to take it from the first strong character (P2, P3).</param>
    public static (byte[] Levels, int ParagraphLevel) Resolve(string text, int? paragraphLevel = null)
    {
        var runes = new List<(int Start, int Length, int Value)>();
        for (var i = 0; i < text.Length;)
        {
            Rune.DecodeFromUtf16(text.AsSpan(i), out var rune, out var used);
            runes.Add((i, used, rune.Value));
            i += used;
        }

        var original = runes.Select(r => Classify(r.Value)).ToArray();
        var level = paragraphLevel ?? FirstStrongLevel(original);
        var runeLevels = ResolveRunes(runes.Select(r => r.Value).ToArray(), original, level);
        var levels = new byte[text.Length];
        for (var r = 0; r < runes.Count; r++)
        {
            for (var k = 0; k < runes[r].Length; k++)
            {
                levels[runes[r].Start + k] = runeLevels[r];
            }
        }

        return (levels, level);
    }

    /// <summary>P2, P3: the level of the first strong character, else 0.</summary>
    private static int FirstStrongLevel(BidiClass[] types)
    {
        foreach (var t in types)
        {
            if (t == BidiClass.L)
            {
                return 0;
            }

            if (t is BidiClass.R or BidiClass.AL)
            {
                return 1;
            }
        }

        return 0;
    }

    private static byte[] ResolveRunes(int[] cps, BidiClass[] original, int paragraphLevel)
    {
        var n = cps.Length;
        var levels = new byte[n];
        // X9: boundary neutrals are left out of the resolution; they take the level of what precedes them afterwards.
        var seq = Enumerable.Range(0, n).Where(i => original[i] != BidiClass.BN).ToArray();
        var t = seq.Select(i => original[i]).ToArray();
        var e = (paragraphLevel & 1) == 0 ? BidiClass.L : BidiClass.R;
        var sos = e;
        var eos = e;
        var m = t.Length;

        // W1: a non-spacing mark takes the type of what precedes it.
        for (var i = 0; i < m; i++)
        {
            if (t[i] == BidiClass.NSM)
            {
                t[i] = i == 0 ? sos : t[i - 1];
            }
        }

        // W2: European digits after Arabic letters are Arabic numbers. W3: AL is R.
        var lastStrong = sos;
        for (var i = 0; i < m; i++)
        {
            if (t[i] is BidiClass.L or BidiClass.R or BidiClass.AL)
            {
                lastStrong = t[i];
            }
            else if (t[i] == BidiClass.EN && lastStrong == BidiClass.AL)
            {
                t[i] = BidiClass.AN;
            }
        }

        for (var i = 0; i < m; i++)
        {
            if (t[i] == BidiClass.AL)
            {
                t[i] = BidiClass.R;
            }
        }

        // W4: one separator between two numbers of the same kind joins them.
        for (var i = 1; i < m - 1; i++)
        {
            if (t[i] == BidiClass.ES && t[i - 1] == BidiClass.EN && t[i + 1] == BidiClass.EN)
            {
                t[i] = BidiClass.EN;
            }
            else if (t[i] == BidiClass.CS && t[i - 1] == t[i + 1] && t[i - 1] is BidiClass.EN or BidiClass.AN)
            {
                t[i] = t[i - 1];
            }
        }

        // W5: terminators next to European digits are European digits.
        for (var i = 0; i < m; i++)
        {
            if (t[i] != BidiClass.ET)
            {
                continue;
            }

            var end = i;
            while (end < m && t[end] == BidiClass.ET)
            {
                end++;
            }

            if ((i > 0 && t[i - 1] == BidiClass.EN) || (end < m && t[end] == BidiClass.EN))
            {
                Array.Fill(t, BidiClass.EN, i, end - i);
            }

            i = end - 1;
        }

        // W6: remaining separators and terminators are neutral. W7: European digits after L are L.
        for (var i = 0; i < m; i++)
        {
            if (t[i] is BidiClass.ES or BidiClass.ET or BidiClass.CS)
            {
                t[i] = BidiClass.ON;
            }
        }

        lastStrong = sos;
        for (var i = 0; i < m; i++)
        {
            if (t[i] is BidiClass.L or BidiClass.R)
            {
                lastStrong = t[i];
            }
            else if (t[i] == BidiClass.EN && lastStrong == BidiClass.L)
            {
                t[i] = BidiClass.L;
            }
        }

        ResolveBrackets(cps, seq, original, t, e, sos);

        // N1, N2: a run of neutrals between two strong types of one direction takes it; else the embedding direction.
        for (var i = 0; i < m; i++)
        {
            if (!IsNeutral(t[i]))
            {
                continue;
            }

            var end = i;
            while (end < m && IsNeutral(t[end]))
            {
                end++;
            }

            var before = i == 0 ? sos : StrongDirection(t[i - 1]);
            var after = end == m ? eos : StrongDirection(t[end]);
            Array.Fill(t, before == after ? before : e, i, end - i);
            i = end - 1;
        }

        // I1, I2.
        for (var i = 0; i < m; i++)
        {
            var l = paragraphLevel;
            if ((l & 1) == 0)
            {
                l += t[i] == BidiClass.R ? 1 : t[i] is BidiClass.AN or BidiClass.EN ? 2 : 0;
            }
            else if (t[i] is BidiClass.L or BidiClass.EN or BidiClass.AN)
            {
                l += 1;
            }

            levels[seq[i]] = (byte)l;
        }

        // X9 again: boundary neutrals take the level of the preceding character (or the paragraph's).
        for (var i = 0; i < n; i++)
        {
            if (original[i] == BidiClass.BN)
            {
                levels[i] = i == 0 ? (byte)paragraphLevel : levels[i - 1];
            }
        }

        return levels;
    }

    private static bool IsNeutral(BidiClass t) => t is BidiClass.ON or BidiClass.WS or BidiClass.S or BidiClass.B;

    /// <summary>For N0 and N1 numbers count as R.</summary>
    private static BidiClass StrongDirection(BidiClass t) => t is BidiClass.L ? BidiClass.L : BidiClass.R;

    /// <summary>N0 with BD16: paired brackets take the direction of what they enclose, or of their context.</summary>
    private static void ResolveBrackets(int[] cps, int[] seq, BidiClass[] original, BidiClass[] t, BidiClass e, BidiClass sos)
    {
        var pairs = new List<(int Open, int Close)>();
        var stack = new Stack<(int Closing, int Position)>();
        for (var i = 0; i < t.Length; i++)
        {
            if (t[i] != BidiClass.ON)
            {
                continue;
            }

            var cp = cps[seq[i]];
            if (Brackets.TryGetValue(cp, out var closing))
            {
                if (stack.Count == MaxBracketDepth)
                {
                    break;
                }

                stack.Push((closing, i));
            }
            else if (ClosingBrackets.Contains(cp))
            {
                var found = stack.Any(s => s.Closing == cp);
                if (!found)
                {
                    continue;
                }

                while (stack.Count > 0)
                {
                    var (c, p) = stack.Pop();
                    if (c == cp)
                    {
                        pairs.Add((p, i));
                        break;
                    }
                }
            }
        }

        pairs.Sort((a, b) => a.Open.CompareTo(b.Open));
        foreach (var (open, close) in pairs)
        {
            var opposite = e == BidiClass.L ? BidiClass.R : BidiClass.L;
            var hasEmbedding = false;
            var hasOpposite = false;
            for (var i = open + 1; i < close; i++)
            {
                if (t[i] is BidiClass.L or BidiClass.R or BidiClass.EN or BidiClass.AN)
                {
                    var d = StrongDirection(t[i]);
                    hasEmbedding |= d == e;
                    hasOpposite |= d == opposite;
                }
            }

            BidiClass? resolved = null;
            if (hasEmbedding)
            {
                resolved = e;
            }
            else if (hasOpposite)
            {
                var context = sos;
                for (var i = open - 1; i >= 0; i--)
                {
                    if (t[i] is BidiClass.L or BidiClass.R or BidiClass.EN or BidiClass.AN)
                    {
                        context = StrongDirection(t[i]);
                        break;
                    }
                }

                resolved = context == opposite ? opposite : e;
            }

            if (resolved is { } r)
            {
                foreach (var b in new[] { open, close })
                {
                    t[b] = r;
                    // Marks that followed a bracket took its earlier type (W1); they follow it again.
                    for (var k = b + 1; k < t.Length && original[seq[k]] == BidiClass.NSM; k++)
                    {
                        t[k] = r;
                    }
                }
            }
        }
    }

    /// <summary>
    /// L1 and L2 for one line (code units [start, end) of the paragraph): the code unit indices in visual order, left to right.
    /// </summary>
    public static int[] VisualOrder(string text, byte[] levels, int paragraphLevel, int start, int end)
    {
        var lineLevels = LineLevels(text, levels, paragraphLevel, start, end);
        var order = Enumerable.Range(start, end - start).ToArray();
        Reorder(order, lineLevels);
        // A surrogate pair reversed inside a right-to-left run is put back in order.
        for (var i = 0; i + 1 < order.Length; i++)
        {
            if (char.IsLowSurrogate(text[order[i]]) && char.IsHighSurrogate(text[order[i + 1]]))
            {
                (order[i], order[i + 1]) = (order[i + 1], order[i]);
                i++;
            }
        }

        return order;
    }

    /// <summary>L1: segment and paragraph separators, and whitespace before them or at the end of the line, go to the paragraph level.</summary>
    public static byte[] LineLevels(string text, byte[] levels, int paragraphLevel, int start, int end)
    {
        var result = levels.AsSpan(start, end - start).ToArray();
        var trailing = true;
        for (var i = end - 1; i >= start; i--)
        {
            var type = Classify(text[i]);
            if (type is BidiClass.S or BidiClass.B)
            {
                result[i - start] = (byte)paragraphLevel;
                trailing = true;
            }
            else if (trailing && type is BidiClass.WS or BidiClass.BN)
            {
                result[i - start] = (byte)paragraphLevel;
            }
            else
            {
                trailing = false;
            }
        }

        return result;
    }

    /// <summary>L2: from the highest level down to the lowest odd one, every run at that level or higher is reversed.</summary>
    public static void Reorder<T>(T[] items, byte[] levels)
    {
        if (items.Length == 0)
        {
            return;
        }

        var highest = levels.Max();
        // The lowest odd level on the line: the lowest level, or one above it when that is even.
        var lowestOdd = levels.Min() | 1;
        var working = (byte[])levels.Clone();
        for (int level = highest; level >= lowestOdd; level--)
        {
            for (var i = 0; i < items.Length; i++)
            {
                if (working[i] < level)
                {
                    continue;
                }

                var end = i;
                while (end < items.Length && working[end] >= level)
                {
                    end++;
                }

                Array.Reverse(items, i, end - i);
                Array.Reverse(working, i, end - i);
                i = end;
            }
        }
    }

    /// <summary>The whole text as one line in visual order with mirrored characters at odd levels (L1, L2, L4).</summary>
    public static string ToVisual(string text, int? paragraphLevel = null)
    {
        var (levels, level) = Resolve(text, paragraphLevel);
        var order = VisualOrder(text, levels, level, 0, text.Length);
        var sb = new StringBuilder(text.Length);
        foreach (var i in order)
        {
            sb.Append((levels[i] & 1) == 1 ? Mirror(text[i]) : text[i]);
        }

        return sb.ToString();
    }

    /// <summary>L4: Bidi_Mirroring_Glyph for the brackets and relations the bundle can contain.</summary>
    public static char Mirror(char c) => Mirrors.TryGetValue(c, out var m) ? m : c;

    private static readonly Dictionary<int, int> Brackets = new()
    {
        ['('] = ')',
        ['['] = ']',
        ['{'] = '}',
        [0x0F3A] = 0x0F3B,
        [0x0F3C] = 0x0F3D,
        [0x2045] = 0x2046,
        [0x207D] = 0x207E,
        [0x208D] = 0x208E,
        [0x2329] = 0x232A,
        [0x2768] = 0x2769,
        [0x276A] = 0x276B,
        [0x27E6] = 0x27E7,
        [0x27E8] = 0x27E9,
        [0x2E22] = 0x2E23,
        [0x3008] = 0x3009,
        [0x300A] = 0x300B,
        [0x300C] = 0x300D,
        [0x3010] = 0x3011,
        [0x3014] = 0x3015,
        [0xFE59] = 0xFE5A,
        [0xFF08] = 0xFF09,
        [0xFF3B] = 0xFF3D,
        [0xFF5B] = 0xFF5D,
    };

    private static readonly HashSet<int> ClosingBrackets = [.. Brackets.Values];

    private static readonly Dictionary<char, char> Mirrors = BuildMirrors();

    private static Dictionary<char, char> BuildMirrors()
    {
        var map = new Dictionary<char, char>();
        void Pair(int a, int b)
        {
            map[(char)a] = (char)b;
            map[(char)b] = (char)a;
        }

        foreach (var (open, close) in Brackets)
        {
            Pair(open, close);
        }

        Pair('<', '>');
        Pair(0x00AB, 0x00BB);
        Pair(0x2039, 0x203A);
        Pair(0x2264, 0x2265);
        Pair(0x226A, 0x226B);
        Pair(0x2282, 0x2283);
        Pair(0x2208, 0x220B);
        return map;
    }

    /// <summary>Bidi_Class of a code point (see the class remarks for the range covered).</summary>
    public static BidiClass Classify(int cp)
    {
        switch (cp)
        {
            case 0x09 or 0x0B or 0x1F:
                return BidiClass.S;
            case 0x0A or 0x0D or (>= 0x1C and <= 0x1E) or 0x85 or 0x2029:
                return BidiClass.B;
            case 0x0C or 0x20 or 0x1680 or (>= 0x2000 and <= 0x200A) or 0x2028 or 0x205F or 0x3000:
                return BidiClass.WS;
            case 0x200E:
                return BidiClass.L;
            case 0x200F:
                return BidiClass.R;
            case 0x061C:
                return BidiClass.AL;
            case (>= 0x00 and <= 0x08) or (>= 0x0E and <= 0x1B) or (>= 0x7F and <= 0x84) or (>= 0x86 and <= 0x9F) or 0xAD
                or (>= 0x200B and <= 0x200D) or (>= 0x202A and <= 0x202E) or (>= 0x2060 and <= 0x2069) or 0xFEFF:
                return BidiClass.BN;
            case (>= '0' and <= '9') or 0xB2 or 0xB3 or 0xB9 or (>= 0x06F0 and <= 0x06F9) or 0x2070 or (>= 0x2074 and <= 0x2079)
                or (>= 0x2080 and <= 0x2089) or (>= 0xFF10 and <= 0xFF19):
                return BidiClass.EN;
            case (>= 0x0600 and <= 0x0605) or (>= 0x0660 and <= 0x0669) or 0x066B or 0x066C or 0x06DD or 0x08E2:
                return BidiClass.AN;
            case '+' or '-' or 0x207A or 0x207B or 0x208A or 0x208B or 0x2212 or 0xFE62 or 0xFE63 or 0xFF0B or 0xFF0D:
                return BidiClass.ES;
            case '#' or '$' or '%' or (>= 0xA2 and <= 0xA5) or 0xB0 or 0xB1 or 0x0609 or 0x060A or 0x066A or 0x09F2 or 0x09F3
                or (>= 0x2030 and <= 0x2034) or (>= 0x20A0 and <= 0x20CF) or 0x212E or 0x2213 or 0xFE5F or 0xFE69 or 0xFE6A
                or (>= 0xFF03 and <= 0xFF05) or 0xFFE0 or 0xFFE1 or 0xFFE5 or 0xFFE6:
                return BidiClass.ET;
            case ',' or '.' or '/' or ':' or 0xA0 or 0x060C or 0x202F or 0x2044 or 0xFE50 or 0xFE52 or 0xFE55 or 0xFF0C
                or 0xFF0E or 0xFF0F or 0xFF1A:
                return BidiClass.CS;
        }

        var category = cp <= 0x10FFFF && !(cp is >= 0xD800 and <= 0xDFFF)
            ? CharUnicodeInfo.GetUnicodeCategory(cp)
            : UnicodeCategory.OtherNotAssigned;
        if (category is UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark)
        {
            return BidiClass.NSM;
        }

        if (cp is (>= 0x0590 and <= 0x05FF) or (>= 0x07C0 and <= 0x085F) or (>= 0xFB1D and <= 0xFB4F) or (>= 0x10800 and <= 0x10FFF)
            or (>= 0x1E800 and <= 0x1EDFF) or (>= 0x1EF00 and <= 0x1EFFF))
        {
            return BidiClass.R;
        }

        if (cp is (>= 0x0600 and <= 0x07BF) or (>= 0x0860 and <= 0x08FF) or (>= 0xFB50 and <= 0xFDCF) or (>= 0xFDF0 and <= 0xFDFF)
            or (>= 0xFE70 and <= 0xFEFF) or (>= 0x1EE00 and <= 0x1EEFF))
        {
            return BidiClass.AL;
        }

        return category switch
        {
            UnicodeCategory.SpaceSeparator => BidiClass.WS,
            UnicodeCategory.Control or UnicodeCategory.Format => BidiClass.BN,
            UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
                or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter or UnicodeCategory.SpacingCombiningMark
                or UnicodeCategory.DecimalDigitNumber or UnicodeCategory.LetterNumber or UnicodeCategory.PrivateUse
                or UnicodeCategory.OtherNotAssigned => BidiClass.L,
            _ => BidiClass.ON,
        };
    }
}
