using CyberCase.Application.Common;
using CyberCase.Application.Persistence;
using CyberCase.Domain.Common;
using CyberCase.Domain.Officers;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CyberCase.Application.Complaints.PreviewComplaintImport;

/// <summary>
/// Checks an NCRP export row by row and says what importing it would do; writes nothing. Each row with errors names
/// them per column. Importing needs the same file, confirmed by the <c>sha256</c> answered here.
/// </summary>
[AllowedRoles(Roles.InvestigatingOfficer, Roles.StationHouseOfficer)]
public sealed record PreviewComplaintImportQuery(byte[] Content) : IQuery<ImportPreview>;

public sealed class PreviewComplaintImportHandler(CyberCaseDbContext db, ICurrentOfficer officer, TimeProvider clock)
    : IQueryHandler<PreviewComplaintImportQuery, ImportPreview>
{
    public async ValueTask<ImportPreview> Handle(PreviewComplaintImportQuery query, CancellationToken ct)
    {
        var sha = StreamedSha256.Of(query.Content);
        var already = await db.ComplaintImports.AnyAsync(i => i.StationId == officer.StationId && i.Sha256 == sha, ct);
        var (_, views) = await db.ClassifyAsync(officer.StationId, query.Content, ct);
        var now = clock.GetUtcNow();
        views = views.Select(v => v.ReceivedAt is { } at && EventTimes.IsInFuture(at, now) && v.Outcome != ImportRowOutcome.Invalid
            ? v with { Outcome = ImportRowOutcome.Invalid, Errors = new Dictionary<string, string[]> { ["receivedAt"] = [FutureMessage] } }
            : v).ToList();
        return new ImportPreview(sha, already, views.Count(v => v.Outcome == ImportRowOutcome.New),
            views.Count(v => v.Outcome == ImportRowOutcome.AlreadyRegistered), views.Count(v => v.Outcome == ImportRowOutcome.Invalid), views);
    }

    internal const string FutureMessage = "A complaint cannot be received in the future.";
}
