using CyberCase.Domain.Common;

namespace CyberCase.Application.CaseFiles;

/// <summary>Prints a <see cref="CaseBundleContent"/> as one or more court-ready PDF volumes.</summary>
public interface ICaseBundleRenderer
{
    /// <exception cref="AnnexureIntegrityException">An annexed file no longer matches its recorded SHA-256.</exception>
    Task<RenderedCaseBundle> RenderAsync(CaseBundleContent content, CaseBundleRenderOptions options, CancellationToken ct);

    /// <summary>
    /// Pages <paramref name="entry"/> of a rendered bundle as a PDF of their own, exactly as they are in the bundle
    /// (stamped with the bundle's page numbers, which the police report's references use).
    /// </summary>
    byte[] Extract(RenderedCaseBundle bundle, IndexEntry entry, CaseHeader header);

    /// <summary>The case diary's closed pages as a PDF volume, one diary page per sheet, numbered as in the diary.</summary>
    byte[] RenderDiary(CaseDiaryVolumeContent diary);
}

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

public sealed record RenderedVolume(int Number, int FirstPage, int LastPage, byte[] Pdf)
{
    /// <summary>Hashed once: the export uses it for the store key and the record.</summary>
    public string Sha256 { get; } = Common.StreamedSha256.Of(Pdf);
}

/// <summary>A row of the index: what the bundle says is where (and what tests compare with the real pages).</summary>
public sealed record IndexEntry(int Serial, string Title, int FirstPage, int LastPage, int Volume);

/// <summary>An annexed file's bytes no longer hash to what was recorded at upload: the export is refused (409).</summary>
public sealed class AnnexureIntegrityException(string fileName, string expected, string actual)
    : DomainException("CaseBundle.AnnexureIntegrityFailure",
        $"The annexed file '{fileName}' no longer matches its recorded SHA-256 (recorded {expected}, now {actual}); the bundle was not produced.")
{
    public string FileName { get; } = fileName;
    public string Expected { get; } = expected;
    public string Actual { get; } = actual;
}
