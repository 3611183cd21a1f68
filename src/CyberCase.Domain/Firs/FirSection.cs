using CyberCase.Domain.Statutes;

namespace CyberCase.Domain.Firs;

/// <summary>A section an FIR is registered under, written as the law prints it ("120-B", "318(4)", "66C").</summary>
public sealed record FirSection(Act Act, string Section)
{
    public override string ToString() => $"{ActName(Act)} {Section}";

    public static string ActName(Act act) => act switch
    {
        Act.ITAct => "IT Act",
        _ => act.ToString(),
    };
}
