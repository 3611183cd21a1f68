using CyberCase.Api.Web;
using CyberCase.Application.Scrutiny;
using CyberCase.Application.Scrutiny.GetScrutiny;
using Microsoft.AspNetCore.Mvc;

namespace CyberCase.Api.Pages.Cases;

/// <summary>The pre-filing scrutiny of the case (as GET /api/firs/{id}/scrutiny): every finding, blocking first, with its provision and cure.</summary>
public sealed class ScrutinyModel : OfficerPage
{
    [FromRoute]
    public Guid Id { get; set; }

    public ScrutinyReport Report { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken ct) => Report = await Mediator.Send(new GetScrutinyQuery(Id), ct);

    /// <summary>The page of the record a finding is about, where the application has one; otherwise the case's section.</summary>
    public string PageOf(FindingRecord record) => record.Kind switch
    {
        "Fir" => $"/cases/{record.Id}",
        "Exhibit" => $"/exhibits/{record.Id}",
        "Accused" => $"/cases/{Id}#accused",
        "Raid" => $"/cases/{Id}#raids",
        "SeizureMemo" => $"/cases/{Id}#exhibits",
        "EvidenceFile" => $"/cases/{Id}#evidence",
        _ => $"/cases/{Id}",
    };
}
