using CyberCase.Application.Common;
using CyberCase.Application.Persistence;
using CyberCase.Domain.Officers;
using Mediator;

namespace CyberCase.Application.Exhibits.GetExhibit;

[AllowedRoles(Roles.InvestigatingOfficer, Roles.StationHouseOfficer, Roles.Prosecutor, Roles.MalkhanaInCharge, Roles.Admin)]
public sealed record GetExhibitQuery(Guid Id) : IQuery<ExhibitDetails>;

public sealed class GetExhibitHandler(CyberCaseDbContext db, ICurrentOfficer officer) : IQueryHandler<GetExhibitQuery, ExhibitDetails>
{
    public async ValueTask<ExhibitDetails> Handle(GetExhibitQuery query, CancellationToken ct) =>
        await db.LoadExhibitAsync(query.Id, officer, ct);
}
