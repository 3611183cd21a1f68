using CyberCase.Api.Web;
using CyberCase.Application.Firs;
using CyberCase.Application.Firs.GetFir;
using CyberCase.Application.PoliceReports.DraftPoliceReport;
using CyberCase.Domain.PoliceReports;
using Microsoft.AspNetCore.Mvc;

namespace CyberCase.Api.Pages.PoliceReports;

/// <summary>The IO of the case drafts the police report from the records (DraftPoliceReport); the draft is then edited on its page.</summary>
public sealed class NewModel : OfficerPage
{
    [FromRoute]
    public Guid Id { get; set; }

    [BindProperty]
    public string? Kind { get; set; } = nameof(PoliceReportKind.ChargeSheet);

    [BindProperty]
    public string? Closure { get; set; }

    [BindProperty]
    public string? Court { get; set; }

    public FirDetails Fir { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken ct) => Fir = await Mediator.Send(new GetFirQuery(Id), ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var report = await AttemptAsync(m => m.Send(new DraftPoliceReportCommand(Id,
            Enum.TryParse<PoliceReportKind>(Kind, out var kind) ? kind : null,
            Enum.TryParse<ClosureKind>(Closure, out var closure) ? closure : null, Court), ct));
        if (report is not null)
        {
            return Redirect($"/police-reports/{report.Id}?done=drafted");
        }

        Fir = await Mediator.Send(new GetFirQuery(Id), ct);
        return Page();
    }
}
