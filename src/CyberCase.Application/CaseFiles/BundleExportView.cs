using CyberCase.Domain.CaseFiles;

namespace CyberCase.Application.CaseFiles;

/// <summary>A background export as its status resource shows it; <see cref="BundleUrl"/> and <see cref="Sha256"/> once it is done.</summary>
public sealed record BundleExportView(Guid Id, Guid FirId, string State, int PagesDone, int PagesExpected, string? CurrentDocument,
    Guid? BundleId, string? Sha256, string? BundleUrl, string? FailureCode, string? FailureDetail, int Attempts,
    DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt)
{
    public static BundleExportView From(BundleExportJob j) =>
        new(j.Id, j.FirId, j.State.ToString(), j.PagesDone, j.PagesExpected, j.CurrentDocument, j.CaseBundleId, j.Sha256,
            j.CaseBundleId is { } id ? $"/api/case-bundles/{id}" : null, j.FailureCode, j.FailureDetail, j.Attempts, j.CreatedAt, j.UpdatedAt);
}

/// <summary>What an export request answers: the bundle itself (built at once) or the export running in the background.</summary>
public sealed record CaseBundleExportResult(CaseBundleView? Bundle, BundleExportView? Export);
