using CyberCase.Api.Web;
using CyberCase.Application.Firs;
using CyberCase.Application.Firs.GetFir;
using CyberCase.Application.PoliceReports;
using CyberCase.Application.PoliceReports.ApprovePoliceReport;
using CyberCase.Application.PoliceReports.EditPoliceReport;
using CyberCase.Application.PoliceReports.ForwardPoliceReport;
using CyberCase.Application.PoliceReports.GetPoliceReport;
using CyberCase.Application.PoliceReports.RecordFurtherInvestigation;
using CyberCase.Application.PoliceReports.ReturnPoliceReport;
using CyberCase.Application.PoliceReports.SubmitPoliceReport;
using CyberCase.Domain.Firs;
using CyberCase.Domain.PoliceReports;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace CyberCase.Api.Pages.PoliceReports;

/// <summary>
/// A police report and its steps (docs/police-report.md): the IO of the case edits the draft and submits it; the SHO
/// approves it, returns it with a remark, or forwards it to the court. Each button is offered when the command's own
/// role rule (<see cref="OfficerPage.May{TMessage}"/>) and the report's status allow it, and the command checks both
/// again (the IO-of-the-case rule is the handler's). Every step sends the version read: a stale one shows what changed.
/// </summary>
public sealed class ReportModel : OfficerPage
{
    [FromRoute]
    public Guid Id { get; set; }

    [BindProperty]
    public ReportForm Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? Done { get; set; }

    /// <summary>The notice of the step just taken; only the page's own steps (the query string is the officer's to edit).</summary>
    public string? DoneNotice => Done switch
    {
        "drafted" => L["The report is drafted."].Value,
        "edited" => L["The report is edited."].Value,
        "submitted" => L["The report is submitted."].Value,
        "approved" => L["The report is approved."].Value,
        "returned" => L["The report is returned."].Value,
        "forwarded" => L["The report is forwarded."].Value,
        _ => null,
    };

    public PoliceReportView Report { get; private set; } = null!;
    public FirDetails Fir { get; private set; } = null!;

    /// <summary>The report is the IO's account of the investigation (PoliceReportReads.EnsureIsIoOfCase).</summary>
    public bool IsIoOfCase => Fir.AssignedOfficer?.Id == Officer.Id;

    public bool CanEdit => Report.Status == PoliceReportStatus.Draft && IsIoOfCase && May<EditPoliceReportCommand>();
    public bool CanSubmit => Report.Status == PoliceReportStatus.Draft && IsIoOfCase && May<SubmitPoliceReportCommand>();
    public bool CanApprove => Report.Status == PoliceReportStatus.Submitted && May<ApprovePoliceReportCommand>();
    public bool CanReturn => Report.Status is PoliceReportStatus.Submitted or PoliceReportStatus.Approved && May<ReturnPoliceReportCommand>();
    /// <summary>The forwarded report of a charge-sheeted or closed FIR: the SHO records the court's permission to investigate further.</summary>
    public bool CanRecordFurtherInvestigation => Report.Status == PoliceReportStatus.Forwarded
        && Fir.Status is FirStatus.ChargeSheeted or FirStatus.FinalReport && May<RecordFurtherInvestigationCommand>();

    public bool CanForward => Report.Status == PoliceReportStatus.Approved && May<ForwardPoliceReportCommand>();

    public async Task OnGetAsync(CancellationToken ct)
    {
        await LoadAsync(null, ct);
        Input = ReportForm.Of(Report);
    }

    public Task<IActionResult> OnPostEditAsync(CancellationToken ct) => StepAsync("edited", m => m.Send(new EditPoliceReportCommand(Id,
        Enum.TryParse<PoliceReportKind>(Input.Kind, out var kind) ? kind : null,
        Enum.TryParse<ClosureKind>(Input.Closure, out var closure) ? closure : null, Input.Court, Input.Conclusion,
        Blank(Input.MedicalReports), Input.Accused.Select(a => new ReportAccusedInput(a.CaseAccusedId, a.SentUp, a.Charges, Blank(a.Note))).ToList(),
        Input.Version), ct), keepTyped: true);

    public Task<IActionResult> OnPostSubmitAsync(CancellationToken ct) =>
        StepAsync("submitted", m => m.Send(new SubmitPoliceReportCommand(Id, Input.Version), ct));

    public Task<IActionResult> OnPostApproveAsync(CancellationToken ct) =>
        StepAsync("approved", m => m.Send(new ApprovePoliceReportCommand(Id, Input.Version), ct));

    public Task<IActionResult> OnPostReturnAsync(CancellationToken ct) =>
        StepAsync("returned", m => m.Send(new ReturnPoliceReportCommand(Id, Blank(Input.Remark), Input.Version), ct));

    public Task<IActionResult> OnPostForwardAsync(CancellationToken ct) =>
        StepAsync("forwarded", m => m.Send(new ForwardPoliceReportCommand(Id, Input.Version), ct));

    /// <summary>
    /// One step: done, back to the report with a notice; refused, the report as it is now with the field errors, what
    /// was typed in the edit form kept (<paramref name="keepTyped"/>), and a stale version's changes listed.
    /// </summary>
    private async Task<IActionResult> StepAsync(string done, Func<IMediator, ValueTask<PoliceReportView>> send, bool keepTyped = false)
    {
        if (await AttemptAsync(send) is not null)
        {
            return Redirect($"/police-reports/{Id}?done={done}");
        }

        var typed = Input;
        await LoadAsync(Input, HttpContext.RequestAborted);
        Input = keepTyped ? typed : ReportForm.Of(Report) with { Remark = typed.Remark };
        return Page();
    }

    private async Task LoadAsync(ReportForm? sent, CancellationToken ct)
    {
        Report = await Mediator.Send(new GetPoliceReportQuery(Id), ct);
        Fir = await Mediator.Send(new GetFirQuery(Report.Fir.Id), ct);
        CarryVersion(sent?.Version, sent?.AsRead, Report.Version, Facts(Report));
    }

    /// <summary>What a stale version compares: where the report stands and what the IO says in it.</summary>
    private IEnumerable<(string Label, string? Value)> Facts(PoliceReportView r) =>
    [
        (L["Status"].Value, r.Status.ToString()),
        (L["Kind"].Value, r.Kind.ToString()),
        (L["Closure"].Value, r.Closure?.ToString()),
        (L["Court"].Value, r.Court),
        (L["Conclusion"].Value, r.Conclusion),
        (L["Medical reports"].Value, r.MedicalReports),
        (L["Accused sent up"].Value, string.Join(", ", r.Accused.Where(a => a.SentUp).Select(a => a.Code))),
        (L["Charges"].Value, string.Join("; ", r.Accused.Select(a => $"{a.Code}: {a.Charges}"))),
        (L["Returned with the remark"].Value, r.ReturnRemark),
    ];

    public sealed record ReportForm
    {
        public Guid? Version { get; set; }
        public string? AsRead { get; set; }
        public string? Kind { get; set; }
        public string? Closure { get; set; }
        public string? Court { get; set; }
        public string? Conclusion { get; set; }
        public string? MedicalReports { get; set; }
        public List<AccusedLine> Accused { get; set; } = [];
        public string? Remark { get; set; }

        public static ReportForm Of(PoliceReportView r) => new()
        {
            Kind = r.Kind.ToString(),
            Closure = r.Closure?.ToString(),
            Court = r.Court,
            Conclusion = r.Conclusion,
            MedicalReports = r.MedicalReports,
            Accused = r.Accused.Select(a => new AccusedLine { CaseAccusedId = a.CaseAccusedId, SentUp = a.SentUp, Charges = a.Charges, Note = a.Note }).ToList(),
        };
    }

    public sealed class AccusedLine
    {
        public Guid? CaseAccusedId { get; set; }
        public bool SentUp { get; set; }
        public string? Charges { get; set; }
        public string? Note { get; set; }
    }
}
