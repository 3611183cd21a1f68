namespace CyberCase.Domain.Officers;

/// <summary>What an officer may do. An officer can hold several (an SHO is usually also an IO).</summary>
public static class Roles
{
    public const string InvestigatingOfficer = nameof(InvestigatingOfficer);
    public const string StationHouseOfficer = nameof(StationHouseOfficer);
    public const string Prosecutor = nameof(Prosecutor);
    public const string MalkhanaInCharge = nameof(MalkhanaInCharge);
    public const string Admin = nameof(Admin);

    public static readonly IReadOnlyList<string> All =
        [InvestigatingOfficer, StationHouseOfficer, Prosecutor, MalkhanaInCharge, Admin];
}
