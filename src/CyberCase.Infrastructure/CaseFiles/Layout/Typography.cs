using SkiaSharp;

namespace CyberCase.Infrastructure.CaseFiles.Layout;

internal enum Weight
{
    Regular,
    Bold,
    Italic,
}

internal enum Align
{
    Left,
    Center,
}

/// <param name="Size">Points.</param>
/// <param name="Spacing">Line spacing as a word processor counts it: 1 = single, 1.5 = one and a half.</param>
internal sealed record TextStyle(float Size, float Spacing, Weight Weight)
{
    /// <summary>A single line of a Times-like serif is about 1.15 em; 1.5 spacing is one and a half of that.</summary>
    public float LineHeight => Size * 1.15f * Spacing;

    public TextStyle Bold => this with { Weight = Weight.Bold };
}

/// <summary>
/// The one definition of how a bundle looks, after the courts' filing norms: A4 portrait, margins 4 cm left and
/// right and 2 cm top and bottom, a Times-compatible serif at 14 pt with 1.5 spacing for text and 12 pt single
/// spacing for tables. Every document and component takes its sizes from here.
/// </summary>
internal static class Typography
{
    public const float PointsPerCm = 72f / 2.54f;
    public const float PageWidth = 595.276f;
    public const float PageHeight = 841.89f;
    public const float MarginLeft = 4 * PointsPerCm;
    public const float MarginRight = 4 * PointsPerCm;
    public const float MarginTop = 2 * PointsPerCm;
    public const float MarginBottom = 2 * PointsPerCm;
    public const float ContentWidth = PageWidth - MarginLeft - MarginRight;

    public static readonly TextStyle Body = new(14, 1.5f, Weight.Regular);
    public static readonly TextStyle Title = new(16, 1.25f, Weight.Bold);
    public static readonly TextStyle Heading = new(14, 1.5f, Weight.Bold);
    public static readonly TextStyle Table = new(12, 1f, Weight.Regular);
    public static readonly TextStyle TableHeader = new(12, 1f, Weight.Bold);
    public static readonly TextStyle Note = new(12, 1f, Weight.Italic);

    /// <summary>The running header (FIR number) and the "Page X of Y" footer, inside the top and bottom margins.</summary>
    public static readonly TextStyle PageMark = new(10, 1f, Weight.Regular);

    public const float CellPadding = 3f;
    public const float RuleWidth = 0.5f;
    public const float ParagraphGap = 6f;

    public static readonly SKColor Ink = SKColors.Black;
}
