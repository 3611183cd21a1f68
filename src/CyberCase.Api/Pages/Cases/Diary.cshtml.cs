using CyberCase.Api.Web;
using CyberCase.Application.CaseDiary;
using CyberCase.Application.CaseDiary.GetCaseDiary;

namespace CyberCase.Api.Pages.Cases;

/// <summary>The case diary, read through the query that audits every reading (CrPC 172 / BNSS 192).</summary>
public sealed class DiaryModel : OfficerPage
{
    public CaseDiaryView Diary { get; private set; } = null!;

    public async Task OnGetAsync(Guid id, CancellationToken ct) => Diary = await Mediator.Send(new GetCaseDiaryQuery(id), ct);
}
