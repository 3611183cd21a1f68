using System.Reflection;
using SkiaSharp;

namespace CyberCase.Infrastructure.CaseFiles.Layout;

internal enum Script
{
    Latin,
    Devanagari,
    Arabic,
}

/// <summary>The typefaces shipped in the assembly (CaseFiles/Fonts). Loaded once; SKTypeface is immutable and shared.</summary>
internal sealed class FontLibrary
{
    private static readonly Lazy<FontLibrary> Instance = new(() => new FontLibrary());

    private FontLibrary()
    {
        SerifRegular = Load("LiberationSerif-Regular.ttf");
        SerifBold = Load("LiberationSerif-Bold.ttf");
        SerifItalic = Load("LiberationSerif-Italic.ttf");
        Devanagari = Load("NotoSerifDevanagari-Regular.ttf");
        Arabic = Load("NotoNaskhArabic-Regular.ttf");
    }

    public static FontLibrary Shared => Instance.Value;

    public SKTypeface SerifRegular { get; }
    public SKTypeface SerifBold { get; }
    public SKTypeface SerifItalic { get; }
    public SKTypeface Devanagari { get; }
    public SKTypeface Arabic { get; }

    /// <summary>No automatic fallback: the font is chosen per run from its script.</summary>
    public SKTypeface For(Script script, Weight weight) => script switch
    {
        Script.Devanagari => Devanagari,
        Script.Arabic => Arabic,
        _ => weight switch
        {
            Weight.Bold => SerifBold,
            Weight.Italic => SerifItalic,
            _ => SerifRegular,
        },
    };

    private static SKTypeface Load(string file)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("fonts." + file)
            ?? throw new InvalidOperationException($"The font {file} is not embedded in {typeof(FontLibrary).Assembly.GetName().Name}.");
        using var data = SKData.Create(stream);
        return SKTypeface.FromData(data, 0) ?? throw new InvalidOperationException($"The font {file} could not be read.");
    }
}
