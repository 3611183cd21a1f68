namespace CyberCase.Domain.Officers;

/// <summary>Ranks of the state police, lowest first (the order matters: only SI and above may investigate).</summary>
public enum Rank
{
    Constable = 1,
    HeadConstable = 2,
    AssistantSubInspector = 3,
    SubInspector = 4,
    Inspector = 5,
    DeputySuperintendentOfPolice = 6,
    SuperintendentOfPolice = 7,
}

public static class Ranks
{
    /// <summary>The rank as documents and pages write it in English ("Sub-Inspector", "Deputy Superintendent of Police").</summary>
    public static string Title(Rank rank) => rank switch
    {
        Rank.Constable => "Constable",
        Rank.HeadConstable => "Head Constable",
        Rank.AssistantSubInspector => "Assistant Sub-Inspector",
        Rank.SubInspector => "Sub-Inspector",
        Rank.Inspector => "Inspector",
        Rank.DeputySuperintendentOfPolice => "Deputy Superintendent of Police",
        _ => "Superintendent of Police",
    };
}
