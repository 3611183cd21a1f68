using CyberCase.Api.Web;
using CyberCase.Application.CaseDiary;
using CyberCase.Application.CaseDiary.AddDiaryEntry;
using CyberCase.Application.CaseDiary.CloseDiaryDay;
using CyberCase.Application.CaseDiary.ExportCaseDiary;
using CyberCase.Application.CaseDiary.GetCaseDiary;
using CyberCase.Application.CaseDiary.ShareCaseDiary;
using CyberCase.Application.Common;
using CyberCase.Application.Firs;
using CyberCase.Application.Firs.GetFir;
using CyberCase.Domain.Officers;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace CyberCase.Api.Pages.Cases;

/// <summary>
/// The case diary (CrPC 172 / BNSS 192), read through the query that audits every reading: the IO of the case (or the
/// SHO) writes entries and closes a day, which numbers its pages; the SHO shares it with the station's prosecutors.
/// A prosecutor before the sharing is told so on the page (the query's 403), not shown a refused page.
/// </summary>
public sealed class DiaryModel : OfficerPage
{
    [FromRoute]
    public Guid Id { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Done { get; set; }

    /// <summary>The notice of the step just taken; only the page's own steps (the query string is the officer's to edit).</summary>
    public string? DoneNotice => Done switch
    {
        "written" => L["The entry is written."].Value,
        "closed" => L["The day is closed and its pages are numbered."].Value,
        "shared" => L["The case diary is shared with the prosecutors."].Value,
        _ => null,
    };

    public FirDetails Fir { get; private set; } = null!;

    /// <summary>Null when the officer, a prosecutor, may not read it yet (<see cref="NotShared"/>).</summary>
    public CaseDiaryView? Diary { get; private set; }

    public bool NotShared { get; private set; }

    /// <summary>The IO of the case or the SHO (CaseDiaryReads.EnsureMayWrite, checked again by the commands).</summary>
    private bool WritesThisDiary => Officer.IsInRole(Roles.StationHouseOfficer) || Fir.AssignedOfficer?.Id == Officer.Id;

    public bool CanWrite => May<AddDiaryEntryCommand>() && WritesThisDiary;

    public bool CanClose => May<CloseDiaryDayCommand>() && WritesThisDiary;

    public bool CanShare => Diary is { SharedWithProsecutors: null } && May<ShareCaseDiaryCommand>();

    public bool CanExport => Diary is not null && May<ExportCaseDiaryQuery>();

    /// <summary>Entry numbers by id, for "corrects entry 2" and "corrected by entry 5".</summary>
    public IReadOnlyDictionary<Guid, int> Numbers { get; private set; } = new Dictionary<Guid, int>();

    public Task OnGetAsync(CancellationToken ct) => LoadAsync(ct);

    public Task<IActionResult> OnPostCloseAsync(string? day, CancellationToken ct) =>
        // The day is the form's hidden field: a missing one is refused like a mangled one.
        DateInput(string.IsNullOrWhiteSpace(day) ? "missing" : day, "day") is { } closing
            ? StepAsync("closed", m => m.Send(new CloseDiaryDayCommand(Id, closing), ct), ct)
            : Reload(ct);

    public Task<IActionResult> OnPostShareAsync(CancellationToken ct) => StepAsync("shared", m => m.Send(new ShareCaseDiaryCommand(Id), ct), ct);

    private async Task<IActionResult> StepAsync<T>(string done, Func<IMediator, ValueTask<T>> send, CancellationToken ct) where T : class =>
        await AttemptAsync(send) is not null ? Redirect($"/cases/{Id}/diary?done={done}") : await Reload(ct);

    private async Task<IActionResult> Reload(CancellationToken ct)
    {
        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Fir = await Mediator.Send(new GetFirQuery(Id), ct);
        try
        {
            Diary = await Mediator.Send(new GetCaseDiaryQuery(Id), ct);
        }
        catch (ForbiddenException) when (Officer.IsInRole(Roles.Prosecutor) && !Officer.IsInRole(Roles.StationHouseOfficer))
        {
            // The FIR is theirs to read and every FIR has a diary; only the SHO's sharing is missing, which the page says.
            NotShared = true;
            HttpContext.Response.StatusCode = StatusCodes.Status403Forbidden;
            return;
        }

        Numbers = Diary.Days.SelectMany(d => d.Entries).ToDictionary(e => e.Id, e => e.Number);
    }
}
