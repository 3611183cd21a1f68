using System.Globalization;
using CyberCase.Api.Web;
using CyberCase.Application.Firs;
using CyberCase.Application.Firs.GetFir;
using CyberCase.Application.PoliceReports.RecordFurtherInvestigation;
using CyberCase.Domain.Firs;
using CyberCase.Domain.Law;
using Microsoft.AspNetCore.Mvc;

namespace CyberCase.Api.Pages.PoliceReports;

/// <summary>
/// The SHO records the court's permission for further investigation after the police report was forwarded (the same
/// RecordFurtherInvestigation as POST /api/firs/{id}/further-investigations): it reopens the investigation records, and
/// the next police report is supplementary. The provision is cited by the case's regime (CrPC 173(8) / BNSS 193(9)).
/// </summary>
public sealed class FurtherInvestigationModel : OfficerPage
{
    [FromRoute]
    public Guid Id { get; set; }

    [BindProperty]
    public PermissionForm Input { get; set; } = new();

    public FirDetails Fir { get; private set; } = null!;

    /// <summary>The recorded permission, shown once on the page it was recorded from.</summary>
    public FurtherInvestigationView? Recorded { get; private set; }

    public string Provision => Regime.ForFir(Fir.RegisteredAt).Cite(Domain.Law.Provision.FurtherInvestigation);

    /// <summary>Further investigation follows a forwarded report: a charge-sheeted or closed FIR (the command's own check too).</summary>
    public bool InvestigationClosed => Fir.Status is FirStatus.ChargeSheeted or FirStatus.FinalReport;

    public bool CanRecord => InvestigationClosed && May<RecordFurtherInvestigationCommand>();

    public async Task OnGetAsync(CancellationToken ct) => Fir = await Mediator.Send(new GetFirQuery(Id), ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        // The FIR as it was before sending: a refused command leaves it as it is, whatever it changed in memory.
        Fir = await Mediator.Send(new GetFirQuery(Id), ct);
        var i = Input;
        var orderDate = DateInput(i.OrderDate, "orderDate");
        if (!Refused)
        {
            // The permission is shown on the answer itself; sending the form again is refused by the command, whose
            // FIR is then open (FurtherInvestigation.NotClosed), so it is never recorded twice.
            Recorded = await AttemptAsync(m => m.Send(new RecordFurtherInvestigationCommand(Id, i.Court, orderDate, i.OrderReference, i.Reasons), ct));
            if (Recorded is not null)
            {
                Fir = await Mediator.Send(new GetFirQuery(Id), ct);
            }
        }

        return Page();
    }

    public sealed class PermissionForm
    {
        public string? Court { get; set; }
        public string? OrderDate { get; set; }
        public string? OrderReference { get; set; }
        public string? Reasons { get; set; }
    }
}
