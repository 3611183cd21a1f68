using CyberCase.Api.Web;
using CyberCase.Application.Statutes.ListOffenceSections;

namespace CyberCase.Api.Pages.Admin;

/// <summary>The acts and sections (ListOffenceSections, administrators only), read-only: see the page's text.</summary>
public sealed class ReferenceModel : OfficerPage
{
    public IReadOnlyList<OffenceSectionView> Sections { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Sections = await Mediator.Send(new ListOffenceSectionsQuery(), ct);
}
