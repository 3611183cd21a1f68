using CyberCase.Application.Common;
using CyberCase.Application.Persistence;
using CyberCase.Domain.Officers;
using CyberCase.Domain.Scrutiny;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CyberCase.Application.Scrutiny.GetScrutiny;

/// <summary>
/// The pre-filing scrutiny of an FIR of the officer's station (docs/scrutiny.md): every rule of legal-forms.md over
/// the case's records, read once. For the people who file the case: its IOs, the SHO and the prosecutor.
/// </summary>
[AllowedRoles(Roles.InvestigatingOfficer, Roles.StationHouseOfficer, Roles.Prosecutor)]
public sealed record GetScrutinyQuery(Guid FirId) : IQuery<ScrutinyReport>;

public sealed class GetScrutinyValidator : AbstractValidator<GetScrutinyQuery>
{
    public GetScrutinyValidator() => RuleFor(q => q.FirId).NotEmpty();
}

public sealed class GetScrutinyHandler(CyberCaseDbContext db, ICurrentOfficer officer, OffenceSectionCatalog catalog,
    StationDirectory stations, TimeProvider clock) : IQueryHandler<GetScrutinyQuery, ScrutinyReport>
{
    public async ValueTask<ScrutinyReport> Handle(GetScrutinyQuery query, CancellationToken ct)
    {
        var fir = await db.Firs.AsNoTracking().SingleOrDefaultAsync(f => f.Id == query.FirId && f.StationId == officer.StationId, ct)
            ?? throw new NotFoundException("Fir", query.FirId);
        var records = await db.LoadCaseRecordsAsync(fir, catalog, stations, clock.GetUtcNow(), ct);
        return ScrutinyReport.From(records, CaseScrutiny.Run(records));
    }
}
