using CyberCase.Api.Web;
using CyberCase.Application.Common;
using CyberCase.Application.Officers;
using CyberCase.Application.Officers.ChangeOfficerRoles;
using CyberCase.Application.Officers.CreateOfficer;
using CyberCase.Application.Officers.ListStationOfficers;
using CyberCase.Application.Officers.ResetTwoFactor;
using CyberCase.Application.Officers.UnlockOfficer;
using CyberCase.Application.Stations.ListStations;
using CyberCase.Domain.Officers;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace CyberCase.Api.Pages.Admin;

/// <summary>
/// The administrator's officers of a station (their own unless they choose another): add an officer, change an
/// officer's roles, unlock an account, reset a lost second factor.
/// </summary>
public sealed class IndexModel(ICurrentOfficer officer) : OfficerPage
{
    public IReadOnlyList<OfficerView> Officers { get; private set; } = [];

    public IReadOnlyList<StationView> Stations { get; private set; } = [];

    /// <summary>The station whose officers are listed (and that a new officer joins unless another is chosen).</summary>
    [BindProperty(SupportsGet = true)]
    public Guid? Station { get; set; }

    public Guid ShownStation => Station ?? officer.StationId;

    /// <summary>What was done, for the notice after the redirect ("unlocked", "two-factor", "added" or "roles").</summary>
    [BindProperty(SupportsGet = true)]
    public string? Done { get; set; }

    /// <summary>The username of the officer added or changed, for the notice.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Who { get; set; }

    [BindProperty]
    public OfficerForm Input { get; set; } = new();

    /// <summary>The officer whose roles form was refused: its errors are shown in that row only.</summary>
    public Guid? RolesRefusedFor { get; private set; }

    /// <summary>The roles the refused roles form had ticked, shown again as they were sent.</summary>
    public IReadOnlyList<string> RolesSent { get; private set; } = [];

    /// <summary>Whether the add form was the one refused (its errors beside its fields).</summary>
    public bool AddRefused { get; private set; }

    public bool IsSelf(Guid id) => id == officer.Id;

    public Task OnGetAsync(CancellationToken ct) => LoadAsync(ct);

    public Task<IActionResult> OnPostUnlockAsync(Guid officerId, CancellationToken ct) =>
        ActAsync(m => m.Send(new UnlockOfficerCommand(officerId), ct), "unlocked", null, ct);

    public Task<IActionResult> OnPostResetTwoFactorAsync(Guid officerId, CancellationToken ct) =>
        ActAsync(m => m.Send(new ResetTwoFactorCommand(officerId), ct), "two-factor", null, ct);

    public async Task<IActionResult> OnPostAddAsync(CancellationToken ct)
    {
        Rank? rank = null;
        if (!string.IsNullOrEmpty(Input.Rank))
        {
            if (Enum.TryParse<Rank>(Input.Rank, out var parsed) && Enum.IsDefined(parsed))
            {
                rank = parsed;
            }
            else
            {
                Refuse("Validation.Failed", L["The form has invalid fields."], new() { ["rank"] = [L["Choose a rank from the list."]] });
            }
        }

        var added = Refused ? null : await AttemptAsync(m => m.Send(new CreateOfficerCommand(Blank(Input.UserName), Blank(Input.FullName),
            rank, Input.StationId, Input.Roles, Input.Password), ct));
        if (added is not null)
        {
            return Redirect($"/admin?station={Input.StationId}&done=added&who={Uri.EscapeDataString(added.UserName)}");
        }

        AddRefused = true;
        Station ??= Input.StationId;
        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostRolesAsync(Guid officerId, List<string>? roles, CancellationToken ct)
    {
        Input = new(); // the add form stays empty (its roles would bind from this form's checkboxes)
        var changed = await AttemptAsync(m => m.Send(new ChangeOfficerRolesCommand(officerId, roles ?? []), ct));
        if (changed is not null)
        {
            return Redirect($"/admin?station={ShownStation}&done=roles&who={Uri.EscapeDataString(changed.UserName)}");
        }

        RolesRefusedFor = officerId;
        RolesSent = roles ?? [];
        await LoadAsync(ct);
        return Page();
    }

    /// <summary>The roles form's refusal, keyed "roles" or "roles[1]", as one message beside the checkboxes.</summary>
    public string? RolesError => FieldErrors.Where(e => e.Key.StartsWith("roles", StringComparison.Ordinal))
        .SelectMany(e => e.Value).DefaultIfEmpty().Aggregate((a, b) => a + " " + b);

    private async Task<IActionResult> ActAsync(Func<IMediator, ValueTask<Unit>> send, string done, string? who, CancellationToken ct)
    {
        var refused = await AttemptAsync(async m => { await send(m); return (object?)null; }) is null && Refused;
        if (!refused)
        {
            return Redirect($"/admin?station={ShownStation}&done={Uri.EscapeDataString(done)}" + (who is null ? "" : "&who=" + Uri.EscapeDataString(who)));
        }

        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        // The list itself is open to every role (raid teams, assignment); this page is the administrator's, and it
        // answers another role the refused page, audited like the API's 403.
        if (!officer.IsInRole(Roles.Admin))
        {
            throw new ForbiddenException("The administration pages are for administrators.");
        }

        Stations = await Mediator.Send(new ListStationsQuery(), ct);
        Officers = await Mediator.Send(new ListStationOfficersQuery(ShownStation), ct);
        Input.StationId ??= ShownStation;
    }

    public sealed class OfficerForm
    {
        public string? UserName { get; set; }
        public string? FullName { get; set; }
        public string? Rank { get; set; }
        public Guid? StationId { get; set; }
        public List<string> Roles { get; set; } = [];
        public string? Password { get; set; }
    }
}
