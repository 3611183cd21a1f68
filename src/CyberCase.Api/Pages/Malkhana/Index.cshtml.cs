using CyberCase.Api.Web;
using CyberCase.Application.Exhibits.GetMalkhana;

namespace CyberCase.Api.Pages.Malkhana;

public sealed class IndexModel : OfficerPage
{
    public MalkhanaRegister Register { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken ct) => Register = await Mediator.Send(new GetMalkhanaQuery(), ct);
}
