using CyberCase.Api.Web;
using CyberCase.Application.Common;
using CyberCase.Application.Firs.SearchFirs;

namespace CyberCase.Api.Pages.Prosecution;

/// <summary>The prosecutor's cases: the station's FIRs, those sent to court (charge-sheeted) first.</summary>
public sealed class IndexModel : OfficerPage
{
    public IReadOnlyList<FirSummary> Firs { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) =>
        Firs = [.. (await Mediator.Send(new SearchFirsQuery(null, null, null, null, 1, Paging.MaxPageSize), ct)).Items
            .OrderByDescending(f => f.Status == CyberCase.Domain.Firs.FirStatus.ChargeSheeted)];
}
