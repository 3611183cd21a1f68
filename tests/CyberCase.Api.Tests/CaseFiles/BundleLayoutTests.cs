using CyberCase.Application.CaseFiles;
using CyberCase.Infrastructure.CaseFiles;
using UglyToad.PdfPig;

namespace CyberCase.Api.Tests.CaseFiles;

/// <summary>The layout rules a registry checks, read back from the rendered sample bundle.</summary>
public sealed class BundleLayoutTests
{
    private static readonly CaseBundleRenderOptions OneVolume = new(long.MaxValue / 2);
    private RenderedCaseBundle _bundle = null!;
    private byte[] _pdf = null!;

    [OneTimeSetUp]
    public async Task Render()
    {
        _bundle = await new CaseBundleRenderer().RenderAsync(SampleBundle.Build(out _, out _, out _), OneVolume, CancellationToken.None);
        _pdf = _bundle.Volumes[0].Pdf;
        if (Environment.GetEnvironmentVariable("CYBERCASE_DUMP_BUNDLE") is { Length: > 0 } path)
        {
            await File.WriteAllBytesAsync(path, _pdf);
        }
    }

    [Test]
    public void Renders()
    {
        using var document = PdfDocument.Open(_pdf);
        Assert.That(document.NumberOfPages, Is.EqualTo(_bundle.Pages));
    }
}
