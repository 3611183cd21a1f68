using CyberCase.Api.Web;
using CyberCase.Application.Common;
using CyberCase.Application.Officers;
using CyberCase.Application.Officers.ListStationOfficers;
using CyberCase.Application.Officers.ResetTwoFactor;
using CyberCase.Application.Officers.UnlockOfficer;
using CyberCase.Domain.Officers;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace CyberCase.Api.Pages.Admin;

/// <summary>The administrator's officers of their station: unlock an account, reset a lost second factor.</summary>
public sealed class IndexModel(ICurrentOfficer officer) : OfficerPage
{
    public IReadOnlyList<OfficerView> Officers { get; private set; } = [];

    /// <summary>What was done, for the notice after the redirect ("unlocked" or "two-factor").</summary>
    [BindProperty(SupportsGet = true)]
    public string? Done { get; set; }

    public Task OnGetAsync(CancellationToken ct) => LoadAsync(ct);

    public Task<IActionResult> OnPostUnlockAsync(Guid officerId, CancellationToken ct) =>
        ActAsync(m => m.Send(new UnlockOfficerCommand(officerId), ct), "unlocked", ct);

    public Task<IActionResult> OnPostResetTwoFactorAsync(Guid officerId, CancellationToken ct) =>
        ActAsync(m => m.Send(new ResetTwoFactorCommand(officerId), ct), "two-factor", ct);

    private async Task<IActionResult> ActAsync(Func<IMediator, ValueTask<Unit>> send, string done, CancellationToken ct)
    {
        var refused = await AttemptAsync(async m => { await send(m); return (object?)null; }) is null && Refused;
        if (!refused)
        {
            return Redirect("/admin?done=" + Uri.EscapeDataString(done));
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

        Officers = await Mediator.Send(new ListStationOfficersQuery(officer.StationId), ct);
    }
}
