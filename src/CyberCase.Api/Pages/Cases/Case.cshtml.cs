using CyberCase.Api.Web;
using CyberCase.Application.Accused;
using CyberCase.Application.Accused.ListFirAccused;
using CyberCase.Application.Common;
using CyberCase.Application.Evidence;
using CyberCase.Application.Evidence.GetCaseEvidence;
using CyberCase.Application.Exhibits;
using CyberCase.Application.Exhibits.SearchExhibits;
using CyberCase.Application.Firs;
using CyberCase.Application.Firs.AddSupplementaryStatement;
using CyberCase.Application.Firs.GetFir;
using CyberCase.Application.Money;
using CyberCase.Application.Money.ListCaseAccounts;
using CyberCase.Application.PoliceReports;
using CyberCase.Application.PoliceReports.DraftPoliceReport;
using CyberCase.Application.PoliceReports.ListFirPoliceReports;
using CyberCase.Application.Raids;
using CyberCase.Application.Raids.ListFirRaids;
using CyberCase.Application.Statements;
using CyberCase.Application.Statements.ListFirStatements;
using CyberCase.Domain.Officers;
using CyberCase.Domain.PoliceReports;
using Microsoft.AspNetCore.Mvc;

namespace CyberCase.Api.Pages.Cases;

/// <summary>
/// The case page: the FIR and what hangs off it, each read by the query the API uses (another station's FIR is a
/// 404 like a missing one). A section the officer's role may not read says so instead of failing the page.
/// </summary>
public sealed class CaseModel(ICurrentOfficer officer) : OfficerPage
{
    [FromRoute]
    public Guid Id { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool Registered { get; set; }

    [BindProperty]
    public string? Text { get; set; }

    public FirDetails Fir { get; private set; } = null!;
    public IReadOnlyList<AccusedSummary> Accused { get; private set; } = [];
    public IReadOnlyList<RaidSummary> Raids { get; private set; } = [];
    public IReadOnlyList<ExhibitSummary> Exhibits { get; private set; } = [];
    public IReadOnlyList<EvidenceFileView> Evidence { get; private set; } = [];
    public IReadOnlyList<StatementListItem>? Statements { get; private set; }
    public IReadOnlyList<CaseAccountView>? Accounts { get; private set; }
    public IReadOnlyList<PoliceReportView>? PoliceReports { get; private set; }

    /// <summary>The export form as sent, kept when it is refused.</summary>
    public bool AcknowledgeBlockingFindings { get; private set; }
    public string? AcknowledgementReason { get; private set; }

    /// <summary>
    /// The copy supplied to an accused leaves out the case diary extract, which a bundle otherwise carries once the SHO
    /// has shared the diary (the court's copy).
    /// </summary>
    public bool ForAnAccused { get; private set; }

    /// <summary>Which of the page's forms was sent, so that its refusal is shown above it and not above another.</summary>
    public string? Posted { get; private set; }

    /// <summary>The IO of the case drafts its report when none is in progress (DraftPoliceReport's own checks).</summary>
    public bool CanDraftReport => May<DraftPoliceReportCommand>() && Fir.AssignedOfficer?.Id == officer.Id
        && PoliceReports is { } reports && reports.All(r => r.Status == PoliceReportStatus.Forwarded);

    public bool CanWrite => officer.IsInRole(Roles.InvestigatingOfficer) || officer.IsInRole(Roles.StationHouseOfficer);

    public bool CanExport => officer.IsInRole(Roles.Prosecutor) || CanWrite;

    public CyberCase.Application.CaseFiles.CaseBundleView? Bundle { get; private set; }

    /// <summary>The court bundle, rendered by the same command as POST /api/firs/{id}/case-bundle.</summary>
    public async Task<IActionResult> OnPostExportAsync(bool? acknowledgeBlockingFindings, string? acknowledgementReason, bool? forAnAccused,
        CancellationToken ct)
    {
        Posted = "export";
        AcknowledgeBlockingFindings = acknowledgeBlockingFindings == true;
        AcknowledgementReason = acknowledgementReason;
        ForAnAccused = forAnAccused == true;
        var result = await AttemptAsync(m => m.Send(new CyberCase.Application.CaseFiles.ExportCaseBundle.ExportCaseBundleCommand(Id,
            AcknowledgeBlockingFindings ? true : null, Blank(acknowledgementReason), ForAnAccused ? false : null), ct));
        Bundle = result?.Bundle;
        if (result?.Export is not null)
        {
            // A large case is exported in the background: its progress is followed on the bundles page.
            return Redirect($"/cases/{Id}/bundles");
        }

        await LoadAsync(ct);
        return Page();
    }

    public bool CanPlanRaids => officer.IsInRole(Roles.StationHouseOfficer);

    public bool CanSeeAudit => officer.IsInRole(Roles.StationHouseOfficer) || officer.IsInRole(Roles.Admin);

    public Task OnGetAsync(CancellationToken ct) => LoadAsync(ct);

    public async Task<IActionResult> OnPostStatementAsync(CancellationToken ct)
    {
        Posted = "statement";
        var fir = await AttemptAsync(m => m.Send(new AddSupplementaryStatementCommand(Id, Text), ct));
        if (fir is not null)
        {
            return Redirect($"/cases/{Id}#overview");
        }

        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Fir = await Mediator.Send(new GetFirQuery(Id), ct);
        Accused = await Mediator.Send(new ListFirAccusedQuery(Id), ct);
        Raids = await Mediator.Send(new ListFirRaidsQuery(Id), ct);
        Exhibits = (await Mediator.Send(new SearchExhibitsQuery(null, Id, 1, Paging.MaxPageSize), ct)).Items;
        Evidence = await Mediator.Send(new GetCaseEvidenceQuery(Id), ct);
        Statements = await Optional(() => Mediator.Send(new ListFirStatementsQuery(Id), ct));
        Accounts = await Optional(() => Mediator.Send(new ListCaseAccountsQuery(Id), ct));
        PoliceReports = await Optional(() => Mediator.Send(new ListFirPoliceReportsQuery(Id), ct));
    }

    /// <summary>A section the role may not read (the use case's own role check) is left out, not a refused page.</summary>
    private static async Task<T?> Optional<T>(Func<ValueTask<T>> read) where T : class
    {
        try
        {
            return await read();
        }
        catch (ForbiddenException)
        {
            return null;
        }
    }
}
