using CyberCase.Application.Common;
using CyberCase.Application.Firs;
using CyberCase.Application.Persistence;
using CyberCase.Domain.Officers;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CyberCase.Application.Evidence.GetCaseEvidence;

/// <summary>Every file of the case, whatever it is attached to (the FIR, its raids, memos, exhibits, accused), oldest first.</summary>
[AllowedRoles(Roles.InvestigatingOfficer, Roles.StationHouseOfficer, Roles.Prosecutor, Roles.MalkhanaInCharge, Roles.Admin)]
public sealed record GetCaseEvidenceQuery(Guid FirId) : IQuery<IReadOnlyList<EvidenceFileView>>;

public sealed class GetCaseEvidenceHandler(CyberCaseDbContext db, ICurrentOfficer officer)
    : IQueryHandler<GetCaseEvidenceQuery, IReadOnlyList<EvidenceFileView>>
{
    public async ValueTask<IReadOnlyList<EvidenceFileView>> Handle(GetCaseEvidenceQuery query, CancellationToken ct)
    {
        var fir = await db.FindOwnAsync(query.FirId, officer, ct);
        var files = await db.EvidenceFiles.AsNoTracking()
            .Where(e => e.StationId == officer.StationId && e.FirId == fir.Id)
            .OrderBy(e => e.UploadedAt).ThenBy(e => e.Id)
            .ToListAsync(ct);
        return await db.ToViewsAsync(files, ct);
    }
}
