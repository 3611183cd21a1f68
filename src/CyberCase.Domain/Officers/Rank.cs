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
