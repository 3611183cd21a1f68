namespace CyberCase.Application.CaseFiles;

/// <summary>The victims and money-trail section of the bundle, worded for the page.</summary>
public sealed record MoneyTrailContent(
    IReadOnlyList<VictimLine> Victims,
    IReadOnlyList<TransactionLine> Transactions,
    IReadOnlyList<AccountLine> Accounts,
    IReadOnlyList<string> Totals,
    TrailDrawing Drawing);

public sealed record VictimLine(string Reference, string Name, string Particulars, string Language, string AmountLost, string Paid);

public sealed record TransactionLine(string When, string Amount, string Channel, string? Reference, string From, string To);

public sealed record AccountLine(string Reference, string Layer, string Account, string? Holder, string Received, string Status);

/// <summary>
/// The trail as a drawing: columns left to right (victims, layer 1, layer 2, ...), a box per victim or account, an
/// arrow per "paid into" link. Laid out by the renderer; only the facts are here.
/// </summary>
public sealed record TrailDrawing(IReadOnlyList<TrailNode> Nodes, IReadOnlyList<TrailEdge> Edges);

/// <param name="Column">0 for a victim, the layer for an account.</param>
public sealed record TrailNode(string Key, int Column, string Label, bool CashOut);

public sealed record TrailEdge(string From, string To);
