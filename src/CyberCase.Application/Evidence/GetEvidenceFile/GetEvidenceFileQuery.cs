using CyberCase.Application.Common;
using CyberCase.Application.Persistence;
using CyberCase.Domain.Officers;
using Mediator;

namespace CyberCase.Application.Evidence.GetEvidenceFile;

[AllowedRoles(Roles.InvestigatingOfficer, Roles.StationHouseOfficer, Roles.Prosecutor, Roles.MalkhanaInCharge, Roles.Admin)]
public sealed record GetEvidenceFileQuery(Guid Id) : IQuery<EvidenceFileView>;

public sealed class GetEvidenceFileHandler(CyberCaseDbContext db, ICurrentOfficer officer)
    : IQueryHandler<GetEvidenceFileQuery, EvidenceFileView>
{
    public async ValueTask<EvidenceFileView> Handle(GetEvidenceFileQuery query, CancellationToken ct) =>
        await db.ToViewAsync(await db.FindOwnEvidenceAsync(query.Id, officer, ct), ct);
}
