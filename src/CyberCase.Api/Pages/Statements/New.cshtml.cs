using CyberCase.Api.Web;
using CyberCase.Application.Evidence;
using CyberCase.Application.Evidence.GetCaseEvidence;
using CyberCase.Application.Firs;
using CyberCase.Application.Firs.GetFir;
using CyberCase.Application.Officers;
using CyberCase.Application.Officers.ListStationOfficers;
using CyberCase.Application.Statements;
using CyberCase.Application.Statements.ListFirStatements;
using CyberCase.Application.Statements.RecordStatement;
using CyberCase.Domain.Officers;
using CyberCase.Domain.Statements;
using Microsoft.AspNetCore.Mvc;

namespace CyberCase.Api.Pages.Statements;

/// <summary>
/// Record the statement of a person examined (RecordStatement: CrPC 161 / BNSS 180 by the FIR's date), the name also in
/// the person's script and the text in the language spoken (Hindi, Urdu or English entry), its audio-video recording
/// an evidence file of the case, and a correction as a new statement naming the one it corrects.
/// </summary>
public sealed class NewModel(TimeProvider clock) : OfficerPage
{
    [FromRoute]
    public Guid Id { get; set; }

    [BindProperty]
    public StatementForm Input { get; set; } = new();

    public FirDetails Fir { get; private set; } = null!;
    public IReadOnlyList<OfficerView> Officers { get; private set; } = [];
    public IReadOnlyList<EvidenceFileView> Recordings { get; private set; } = [];
    public IReadOnlyList<StatementListItem> Statements { get; private set; } = [];

    /// <summary>
    /// The IO of the case or the SHO (RecordStatement's own rule, checked again there): anyone else is told so before
    /// typing a statement the server would refuse.
    /// </summary>
    public bool CanRecord => May<RecordStatementCommand>()
        && (Officer.IsInRole(Roles.StationHouseOfficer) || Fir.AssignedOfficer?.Id == Officer.Id);

    public async Task OnGetAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        Input.RecordedAt = IstInputValue(clock.GetUtcNow());
        Input.RecordedById = Officer.Id;
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var recordedAt = IstInput(Input.RecordedAt, "recordedAt");
        if (!Refused)
        {
            var i = Input;
            var statement = await AttemptAsync(m => m.Send(new RecordStatementCommand(Id, i.Name, Blank(i.NameInScript),
                Enum.TryParse<StatementPersonRole>(i.Role, out var role) ? role : null, Blank(i.Parentage), Blank(i.Address), Blank(i.Phone),
                recordedAt, i.Place, i.Language, i.RecordedById, i.SpeaksTo, i.Text, i.AudioVideoFileId, i.CorrectsStatementId), ct));
            if (statement is not null)
            {
                return Redirect($"/cases/{Id}#statements");
            }
        }

        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Fir = await Mediator.Send(new GetFirQuery(Id), ct);
        Officers = await Mediator.Send(new ListStationOfficersQuery(Officer.StationId), ct);
        Recordings = (await Mediator.Send(new GetCaseEvidenceQuery(Id), ct))
            .Where(e => !e.Withdrawn && Statement.IsAudioVideo(e.MediaType)).ToList();
        Statements = await Mediator.Send(new ListFirStatementsQuery(Id), ct);
    }

    public sealed class StatementForm
    {
        public string? Name { get; set; }
        public string? NameInScript { get; set; }
        public string? Role { get; set; }
        public string? Parentage { get; set; }
        public string? Address { get; set; }
        public string? Phone { get; set; }
        public string? RecordedAt { get; set; }
        public string? Place { get; set; }
        public string? Language { get; set; }
        public Guid? RecordedById { get; set; }
        public string? SpeaksTo { get; set; }
        public string? Text { get; set; }
        public Guid? AudioVideoFileId { get; set; }
        public Guid? CorrectsStatementId { get; set; }
    }
}
