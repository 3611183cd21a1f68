using CyberCase.Api.Web;
using CyberCase.Application.Exhibits;
using CyberCase.Application.Exhibits.GetExhibit;
using CyberCase.Application.Firs.GetFir;

namespace CyberCase.Api.Pages.Exhibits;

/// <summary>The printable label: exhibit number, FIR, seal and a QR code of the exhibit page's address.</summary>
public sealed class LabelModel : OfficerPage
{
    public ExhibitDetails Exhibit { get; private set; } = null!;
    public string FirNumber { get; private set; } = "";
    public string Station { get; private set; } = "";
    public string ExhibitUrl { get; private set; } = "";

    public async Task OnGetAsync(Guid id, CancellationToken ct)
    {
        Exhibit = await Mediator.Send(new GetExhibitQuery(id), ct);
        var fir = await Mediator.Send(new GetFirQuery(Exhibit.FirId), ct);
        (FirNumber, Station) = (fir.Number, fir.Station.Name);
        // The address the station's officers reach this server by (the request's own scheme and host).
        ExhibitUrl = $"{Request.Scheme}://{Request.Host}/exhibits/{id}";
    }
}
