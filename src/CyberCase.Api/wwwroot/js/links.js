// The links graph of a case (cytoscape, vendored): the page writes its nodes and edges as JSON; a node with an
// address opens it. The same links are listed under the graph as plain links.
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("graph-data").textContent);
  var colours = { FIR: "#1565c0", Accused: "#b71c1c", Premises: "#6d4c41", Exhibit: "#2e7d32", IMEI: "#558b2f", Account: "#6a1b9a", Phone: "#ef6c00" };
  var cy = cytoscape({
    container: document.getElementById("graph"),
    elements: data,
    layout: { name: "cose", animate: false },
    style: [
      { selector: "node", style: { "label": "data(label)", "font-size": 10, "background-color": function (n) { return colours[n.data("kind")] || "#555"; } } },
      { selector: "edge", style: { "width": 1, "line-color": "#999" } }
    ]
  });
  cy.on("tap", "node", function (e) {
    var href = e.target.data("href");
    if (href) { window.location.href = href; }
  });
})();
