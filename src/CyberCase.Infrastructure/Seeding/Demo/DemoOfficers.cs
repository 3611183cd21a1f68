using CyberCase.Domain.Officers;

namespace CyberCase.Infrastructure.Seeding.Demo;

public sealed record DemoOfficer(string UserName, string FullName, Rank? Rank, string StationCode, string[] Roles)
{
    public Guid Id => DeterministicGuid.From("officer:" + UserName);
}

/// <summary>The demo users (README): every one signs in with <see cref="Password"/>. Seeded only with Demo:Seed.</summary>
public static class DemoOfficers
{
    public const string Password = "CyberCase@2021";

    public static readonly DemoOfficer ShoKashmir = new("sho.kashmir", "Tariq Ahmad Mir", Rank.Inspector, "CPS-KZ",
        [Roles.StationHouseOfficer, Roles.InvestigatingOfficer]);
    // The IO of FIR 02/2021 is an Inspector: IT Act offences are investigated by an officer not below Inspector (IT Act 78).
    public static readonly DemoOfficer IoKashmir = new("io.kashmir", "Mehvish Jan", Rank.Inspector, "CPS-KZ",
        [Roles.InvestigatingOfficer]);
    public static readonly DemoOfficer Io2Kashmir = new("io2.kashmir", "Aijaz Ahmad Bhat", Rank.SubInspector, "CPS-KZ",
        [Roles.InvestigatingOfficer]);
    public static readonly DemoOfficer ProsecutorKashmir = new("prosecutor.kashmir", "Adv. Nighat Shafi (APP)", null, "CPS-KZ",
        [Roles.Prosecutor]);
    public static readonly DemoOfficer MalkhanaKashmir = new("malkhana.kashmir", "Ghulam Nabi Dar", Rank.HeadConstable, "CPS-KZ",
        [Roles.MalkhanaInCharge]);
    public static readonly DemoOfficer Admin = new("admin", "Rohit Sharma", Rank.DeputySuperintendentOfPolice, "CPS-KZ",
        [Roles.Admin]);
    public static readonly DemoOfficer ShoJammu = new("sho.jammu", "Anil Kumar Sharma", Rank.Inspector, "CPS-JZ",
        [Roles.StationHouseOfficer, Roles.InvestigatingOfficer]);
    public static readonly DemoOfficer IoJammu = new("io.jammu", "Ritu Devi", Rank.SubInspector, "CPS-JZ",
        [Roles.InvestigatingOfficer]);

    public static readonly IReadOnlyList<DemoOfficer> All =
        [ShoKashmir, IoKashmir, Io2Kashmir, ProsecutorKashmir, MalkhanaKashmir, Admin, ShoJammu, IoJammu];
}
