namespace CyberCase.Api.Tests.Infrastructure;

/// <summary>Names and ids of the demo data the tests rely on (see src/CyberCase.Infrastructure/Seeding/Demo).</summary>
public static class Demo
{
    public const string ShoKashmir = "sho.kashmir";
    public const string IoKashmir = "io.kashmir";
    public const string Io2Kashmir = "io2.kashmir";
    public const string ProsecutorKashmir = "prosecutor.kashmir";
    public const string MalkhanaKashmir = "malkhana.kashmir";
    public const string Admin = "admin";
    public const string ShoJammu = "sho.jammu";
    public const string IoJammu = "io.jammu";

    public static readonly Guid FoundingFirId = global::CyberCase.Infrastructure.Seeding.Demo.DemoFirs.FoundingFirId;
    public static readonly Guid JammuFirId = global::CyberCase.Infrastructure.Seeding.Demo.DemoFirs.FirId("CPS-JZ", "05/2025");

    public static Guid OfficerId(string userName) => global::CyberCase.Infrastructure.Seeding.DeterministicGuid.From("officer:" + userName);

    /// <summary>A valid FIR body under the BNS (offence after 1 July 2024).</summary>
    public static object NewFirBody(string informant = "Farooq Ahmad Shah", string narrative = "Lost Rs 50,000 to a fake KYC call.") => new
    {
        occurredFrom = "2025-10-01T10:00:00+05:30",
        occurredTo = "2025-10-02T18:00:00+05:30",
        placeOfOccurrence = "Online; complainant at Lal Chowk, Srinagar",
        informationType = "Written",
        informant = new { name = informant, parentage = "S/o Abdul Ahad Shah", nationality = "Indian", address = "Lal Chowk, Srinagar", phone = "+919419012345" },
        sections = new[] { new { act = "BNS", section = "318(4)" }, new { act = "ITAct", section = "66D" } },
        narrative,
        gdEntryNumber = "GD-88/2025",
    };
}
