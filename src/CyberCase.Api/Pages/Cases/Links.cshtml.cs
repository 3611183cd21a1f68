using System.Text.Json;
using CyberCase.Api.Web;
using CyberCase.Application.Accused.ListFirAccused;
using CyberCase.Application.Common;
using CyberCase.Application.Exhibits.SearchExhibits;
using CyberCase.Application.Firs.GetFir;
using CyberCase.Application.Links.GetLinkedFirs;
using CyberCase.Application.Money.ListCaseAccounts;
using Microsoft.AspNetCore.Mvc;

namespace CyberCase.Api.Pages.Cases;

/// <summary>
/// The case as a graph, built from the same reads as the case page and the linked-FIRs endpoint; drawn in the browser
/// by cytoscape (links.js), and listed as plain links for a screen reader or a browser without scripts.
/// </summary>
public sealed class LinksModel : OfficerPage
{
    [FromRoute]
    public Guid Id { get; set; }

    public string FirNumber { get; private set; } = "";
    public List<Node> Nodes { get; } = [];
    public List<Edge> Edges { get; } = [];
    public string GraphJson { get; private set; } = "{}";

    public sealed record Node(string Id, string Kind, string Label, string? Href);

    public sealed record Edge(string Source, string Target);

    public async Task OnGetAsync(CancellationToken ct)
    {
        var fir = await Mediator.Send(new GetFirQuery(Id), ct);
        FirNumber = fir.Number;
        var root = Add("fir:" + fir.Id, "FIR", fir.Number, $"/cases/{fir.Id}");
        foreach (var a in await Mediator.Send(new ListFirAccusedQuery(Id), ct))
        {
            var accused = Add("accused:" + a.Id, "Accused", $"{a.Code} {a.Name}", $"/cases/{Id}#accused");
            Edges.Add(new(root, accused));
            if (a.Premises is { } p)
            {
                Edges.Add(new(accused, Add("premises:" + p.Id, "Premises", p.Name, null)));
            }
        }

        foreach (var e in (await Mediator.Send(new SearchExhibitsQuery(null, Id, 1, Paging.MaxPageSize), ct)).Items.Where(e => e.Imeis.Count > 0))
        {
            var exhibit = Add("exhibit:" + e.Id, "Exhibit", e.Number, $"/exhibits/{e.Id}");
            Edges.Add(new(root, exhibit));
            foreach (var imei in e.Imeis)
            {
                Edges.Add(new(exhibit, Add("imei:" + imei, "IMEI", imei, null)));
            }
        }

        try
        {
            foreach (var a in await Mediator.Send(new ListCaseAccountsQuery(Id), ct))
            {
                Edges.Add(new(root, Add("account:" + a.Identifier, "Account", a.Number, $"/cases/{Id}#money")));
            }
        }
        catch (ForbiddenException)
        {
            // the role does not see the money trail
        }

        foreach (var linked in await Mediator.Send(new GetLinkedFirsQuery(Id), ct))
        {
            var other = Add("fir:" + linked.Fir.Id, "FIR", linked.Fir.Number, $"/cases/{linked.Fir.Id}");
            foreach (var s in linked.Shared)
            {
                var shared = Add($"{s.Kind.ToString().ToLowerInvariant()}:{s.Value}", s.Kind.ToString(), s.Value, null);
                Edges.Add(new(shared, other));
                Edges.Add(new(root, shared));
            }
        }

        GraphJson = JsonSerializer.Serialize(new
        {
            nodes = Nodes.Select(n => new { data = new { id = n.Id, label = n.Label, kind = n.Kind, href = n.Href } }),
            edges = Edges.Distinct().Select((e, i) => new { data = new { id = "e" + i, source = e.Source, target = e.Target } }),
        }); // the default encoder escapes < > & ', so the JSON cannot end its script element
    }

    private string Add(string id, string kind, string label, string? href)
    {
        if (Nodes.All(n => n.Id != id))
        {
            Nodes.Add(new Node(id, kind, label, href));
        }

        return id;
    }
}
