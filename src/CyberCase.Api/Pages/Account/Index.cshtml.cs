using CyberCase.Api.Web;
using CyberCase.Application.Officers.GetMe;

namespace CyberCase.Api.Pages.Account;

public sealed class IndexModel : OfficerPage
{
    public MeView Me { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken ct) => Me = await Mediator.Send(new GetMeQuery(), ct);
}
