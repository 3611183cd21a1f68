using CyberCase.Api.Web;
using CyberCase.Application.Audit.GetAuditTrail;
using CyberCase.Application.Common;
using CyberCase.Application.Firs.GetFir;
using Microsoft.AspNetCore.Mvc;

namespace CyberCase.Api.Pages.Cases;

/// <summary>The FIR's own audit records (SHO and admin, as GET /api/audit).</summary>
public sealed class AuditModel : OfficerPage
{
    [FromRoute]
    public Guid Id { get; set; }

    public string FirNumber { get; private set; } = "";
    public IReadOnlyList<AuditRecordView> Records { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        FirNumber = (await Mediator.Send(new GetFirQuery(Id), ct)).Number;
        Records = (await Mediator.Send(new GetAuditTrailQuery("Fir", Id.ToString(), 1, Paging.MaxPageSize), ct)).Items;
    }
}
