using CyberCase.Application.Common;
using CyberCase.Application.Firs;
using CyberCase.Application.Persistence;
using CyberCase.Domain.CaseDiary;
using CyberCase.Domain.Officers;
using Mediator;

namespace CyberCase.Application.CaseDiary.GetCaseDiary;

/// <summary>
/// The FIR's case diary, day by day with its pages. Every read is recorded in the audit trail (who read which diary,
/// up to which page): the diary is restricted, so who has seen it is part of its record.
/// </summary>
[AllowedRoles(Roles.InvestigatingOfficer, Roles.StationHouseOfficer, Roles.Prosecutor)]
public sealed record GetCaseDiaryQuery(Guid FirId) : IQuery<CaseDiaryView>;

public sealed class GetCaseDiaryHandler(CyberCaseDbContext db, ICurrentOfficer officer, AuditScope audit)
    : IQueryHandler<GetCaseDiaryQuery, CaseDiaryView>
{
    public async ValueTask<CaseDiaryView> Handle(GetCaseDiaryQuery query, CancellationToken ct)
    {
        var fir = await db.FindOwnAsync(query.FirId, officer, ct);
        await db.EnsureMayReadAsync(fir, officer, ct);
        var diary = await db.LoadDiaryAsync(fir, ct);
        audit.Record(new AuditEvent("ReadCaseDiary", nameof(CaseDiaryEntry), fir.Id.ToString(),
            new { firId = fir.Id, entries = diary.Days.Sum(d => d.Entries.Count), pages = diary.Pages }));
        return diary;
    }
}
