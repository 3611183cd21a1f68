using CyberCase.Domain.Common;

namespace CyberCase.Application.CaseFiles;

/// <summary>Prints a <see cref="CaseBundleContent"/> as one or more court-ready PDF volumes.</summary>
public interface ICaseBundleRenderer
{
    /// <summary>
    /// Each volume is written to <paramref name="sink"/> as soon as it is assembled and then let go, so memory stays
    /// bounded by one volume whatever the size of the case.
    /// </summary>
    /// <exception cref="AnnexureIntegrityException">An annexed file no longer matches its recorded SHA-256.</exception>
    Task<RenderedCaseBundle> RenderAsync(CaseBundleContent content, CaseBundleRenderOptions options, ICaseBundleVolumeSink sink,
        IProgress<CaseBundleProgress>? progress, CancellationToken ct);

    /// <summary>How many pages the bundle will have, from its records alone (nothing is rendered): decides whether an export runs in the background.</summary>
    int EstimatePages(CaseBundleContent content);

    /// <summary>
    /// Pages <paramref name="entry"/> of a bundle rendered in memory, as a PDF of their own, exactly as they are in the
    /// bundle (stamped with the bundle's page numbers, which the police report's references use).
    /// </summary>
    byte[] Extract(RenderedCaseBundle bundle, IndexEntry entry, CaseHeader header);

    /// <summary>The case diary's closed pages as a PDF volume, one diary page per sheet, numbered as in the diary.</summary>
    byte[] RenderDiary(CaseDiaryVolumeContent diary);
}

public static class CaseBundleRendering
{
    /// <summary>
    /// The bundle rendered into memory, each volume's bytes in <see cref="RenderedVolume.Pdf"/>: for what needs the
    /// pages themselves at once (the police report taken out of its bundle, tests, benchmarks). An export writes to the store instead.
    /// </summary>
    public static async Task<RenderedCaseBundle> RenderAsync(this ICaseBundleRenderer renderer, CaseBundleContent content,
        CaseBundleRenderOptions options, CancellationToken ct)
    {
        var sink = new MemoryVolumeSink();
        var rendered = await renderer.RenderAsync(content, options, sink, null, ct);
        return rendered with { Volumes = rendered.Volumes.Select(v => v with { Pdf = sink[v.Sha256] }).ToList() };
    }
}

/// <summary>Where the renderer writes each volume: the writer puts the PDF into the stream; the sink hashes and keeps it.</summary>
public interface ICaseBundleVolumeSink
{
    Task<StoredVolume> WriteAsync(Func<Stream, CancellationToken, Task> write, CancellationToken ct);
}

/// <summary>Keeps each volume's bytes in memory.</summary>
public sealed class MemoryVolumeSink : ICaseBundleVolumeSink
{
    private readonly Dictionary<string, byte[]> _volumes = [];

    public async Task<StoredVolume> WriteAsync(Func<Stream, CancellationToken, Task> write, CancellationToken ct)
    {
        using var buffer = new MemoryStream();
        await write(buffer, ct);
        var bytes = buffer.ToArray();
        var sha256 = Common.StreamedSha256.Of(bytes);
        _volumes[sha256] = bytes;
        return new StoredVolume(sha256, bytes.LongLength);
    }

    public byte[] this[string sha256] => _volumes[sha256];
}

public sealed record StoredVolume(string Sha256, long SizeBytes);

/// <summary>How far a rendering has got: pages assembled of the pages expected, and the document being assembled.</summary>
public sealed record CaseBundleProgress(int PagesDone, int PagesExpected, string CurrentDocument);

/// <summary>The closed pages of a case diary, in page order, for the court that calls for it.</summary>
public sealed record CaseDiaryVolumeContent(string FirNumber, string Station, string District, string Provision, DateTimeOffset AsOf,
    IReadOnlyList<CaseDiaryPageContent> Pages);

public sealed record CaseDiaryPageContent(int Page, DateOnly Day, int EntryNumber, string WrittenBy, DateTimeOffset WrittenAt,
    IReadOnlyList<(string Label, string? Value)> Particulars, string Findings, string? VernacularText, string? Corrects);

/// <param name="VolumeSizeLimitBytes">Split into volumes when the bundle would exceed this (the courts' e-filing limit is about 10 MB).</param>
public sealed record CaseBundleRenderOptions(long VolumeSizeLimitBytes = CaseBundleRenderOptions.DefaultVolumeSizeLimit)
{
    public const long DefaultVolumeSizeLimit = 10L * 1024 * 1024;
}

public sealed record RenderedCaseBundle(IReadOnlyList<RenderedVolume> Volumes, IReadOnlyList<IndexEntry> Index)
{
    public int Pages => Volumes[^1].LastPage;
}

/// <summary>A volume as the sink stored it: its hash (the store key and the record) and size.</summary>
public sealed record RenderedVolume(int Number, int FirstPage, int LastPage, string Sha256, long SizeBytes)
{
    /// <summary>The bytes, only when the sink kept them in memory (tests and benchmarks); empty otherwise.</summary>
    public byte[] Pdf { get; init; } = [];
}

/// <summary>The index headings rows are grouped under (and their bookmarks nested under).</summary>
public static class IndexGroups
{
    public const string Searches = "Searches";
    public const string SeizureMemos = "Seizure memos";
    public const string Certificates = "Certificates for electronic records";
    public const string Annexures = "Annexures";

    public static readonly IReadOnlyList<string> All = [Searches, SeizureMemos, Certificates, Annexures];
}

/// <summary>A row of the index: what the bundle says is where (and what tests compare with the real pages).</summary>
/// <param name="Group">The index heading the row is printed under (certificates, annexures ...), null for a row of its own;
/// its bookmark is nested under the heading's.</param>
public sealed record IndexEntry(int Serial, string Title, int FirstPage, int LastPage, int Volume, string? Group = null);

/// <summary>An annexed file's bytes no longer hash to what was recorded at upload: the export is refused (409).</summary>
public sealed class AnnexureIntegrityException(string fileName, string expected, string actual)
    : DomainException("CaseBundle.AnnexureIntegrityFailure",
        $"The annexed file '{fileName}' no longer matches its recorded SHA-256 (recorded {expected}, now {actual}); the bundle was not produced.")
{
    public string FileName { get; } = fileName;
    public string Expected { get; } = expected;
    public string Actual { get; } = actual;
}
