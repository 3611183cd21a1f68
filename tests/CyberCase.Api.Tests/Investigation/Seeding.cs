using CyberCase.Infrastructure.Seeding.Demo;

namespace CyberCase.Api.Tests.Investigation;

/// <summary>Ids of the founding case's premises, raids and accused (src/CyberCase.Infrastructure/Seeding/Demo/DemoInvestigation.cs).</summary>
public static class Seeding
{
    public static Guid PremisesId(int n) => DemoInvestigation.PremisesId(n);
    public static Guid RaidId(int n) => DemoInvestigation.RaidId(n);
    public static Guid AccusedId(int n) => DemoInvestigation.AccusedId(n);
}
