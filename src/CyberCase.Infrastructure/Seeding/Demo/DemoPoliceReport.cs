using CyberCase.Application.CaseFiles;
using CyberCase.Application.Common;
using CyberCase.Domain.PoliceReports;

namespace CyberCase.Infrastructure.Seeding.Demo;

/// <summary>
/// The founding case's charge-sheet under CrPC 173(2), as a prosecutor in Srinagar would have filed it in March 2021:
/// drafted by its IO on 8 March, submitted on the 9th, approved by the SHO on the 10th and forwarded on the 11th
/// (within 60 days of the first arrests on 13 January), all 23 accused sent up. The seeder forwards it like the API
/// does (its pages printed from the case bundle, kept with their SHA-256), records the copies supplied to the first
/// accused's counsel under CrPC 207, and then the court's permission for further investigation of the money trail.
/// </summary>
public static class DemoPoliceReport
{
    public static readonly Guid ReportId = DeterministicGuid.From("police-report:CPS-KZ:02/2021:1");
    public static readonly Guid DisclosureId = DeterministicGuid.From("disclosure:CPS-KZ:02/2021:1");
    public const string Court = "Court of the Chief Judicial Magistrate, Srinagar";

    private static DateTimeOffset Ist(int month, int d, int h, int min) => new(2021, month, d, h, min, 0, Domain.Common.Ist.Offset);

    public static readonly DateTimeOffset ForwardedAt = Ist(3, 11, 11, 0);

    /// <summary>The report as the SHO approved it; the seeder forwards it.</summary>
    public static PoliceReport Approved()
    {
        var kz = ReferenceData.StationId("CPS-KZ");
        var io = DemoOfficers.IoKashmir.Id;
        var sho = DemoOfficers.ShoKashmir.Id;
        var accused = Enumerable.Range(1, 23).Select(n => new PoliceReportAccused
        {
            CaseAccusedId = DemoInvestigation.AccusedId(n),
            Charges = n is 1 or 9 or 16 or 21
                ? "IPC 419, 420, 120-B; IT Act 66C, 66D (ran the calling floor)"
                : "IPC 419, 420, 120-B; IT Act 66D",
        }).ToList();
        var report = PoliceReport.Draft(ReportId, kz, DemoFirs.FoundingFirId, 1, null, PoliceReportKind.ChargeSheet, null, Court, accused, io,
            Ist(3, 8, 10, 0));
        report.Edit(PoliceReportKind.ChargeSheet, null, Court,
            "The investigation has established that the accused, in conspiracy, ran four fake 'technical support' call centres at " +
            "Rangreth, Habbakadal and Natipora, Srinagar, from which callers impersonated a software company's support staff, took " +
            "remote control of the computers of victims abroad and induced them to pay for false repairs in gift cards and bank " +
            "transfers. The seized computers, phones and the forensic images made of them, the calling scripts and remote-access " +
            "tools found running on them, the bank records and the statements of the search witnesses and the bank manager prove the " +
            "offences. A1, A9, A16 and A21 owned and ran the floors; the others worked them as managers, IT staff and callers. A " +
            "prima facie case under sections 419, 420 and 120-B IPC and 66C and 66D of the IT Act is made out against all 23 accused, " +
            "who are sent up for trial.",
            "The arrest medical examinations recorded in the arrest memos; no injury report is relied on.", accused);
        report.Submit(io, Ist(3, 9, 17, 30));
        report.Approve(sho, Ist(3, 10, 12, 0));
        return report;
    }

    public static readonly Guid PermissionId = DeterministicGuid.From("further-investigation:CPS-KZ:02/2021:1");

    /// <summary>
    /// The CJM's leave of 5 April 2021 to investigate further under CrPC 173(8): the victims' payments went on to
    /// overseas processors the charge-sheet could not follow yet. It reopens the case (and keeps the demo writable).
    /// </summary>
    public static FurtherInvestigation MoneyTrailPermission(DateTimeOffset now) =>
        FurtherInvestigation.Record(PermissionId, ReferenceData.StationId("CPS-KZ"), DemoFirs.FoundingFirId, Court, new DateOnly(2021, 4, 5),
            "Misc. Application 14/2021", "To trace the victims' payments through the overseas payment processors and identify the " +
            "remaining members of the conspiracy.", DateOnly.FromDateTime(ForwardedAt.ToOffset(Domain.Common.Ist.Offset).DateTime),
            DemoOfficers.ShoKashmir.Id, now);

    /// <summary>Certified copies supplied to A1's counsel in court on 25 March 2021 (CrPC 207), with the forwarded report's hash.</summary>
    public static Disclosure CopiesToA1(string forwardedSha256, DateTimeOffset now) =>
        Disclosure.Record(DisclosureId, ReferenceData.StationId("CPS-KZ"), DemoFirs.FoundingFirId, 1, DemoInvestigation.AccusedId(1),
            DisclosureRecipient.Counsel, "Adv. Mir Shabir Ahmad, counsel for A1", Ist(3, 25, 11, 30), DisclosureMode.ThroughCourt,
            "Charge-sheet under section 173(2) CrPC with the FIR, the arrest memos, the seizure memos and the exhibit register",
            null, "Police report as forwarded on 11/03/2021", forwardedSha256, ForwardedAt, DemoOfficers.IoKashmir.Id, now);
}

/// <summary>The SHO as the seeder acts: the bundle builder scopes every read to an officer of the station.</summary>
internal sealed class DemoSho : ICurrentOfficer
{
    public bool IsAuthenticated => false;
    public Guid Id => DemoOfficers.ShoKashmir.Id;
    public string UserName => DemoOfficers.ShoKashmir.UserName;
    public Guid StationId => ReferenceData.StationId("CPS-KZ");
    public bool IsInRole(string role) => DemoOfficers.ShoKashmir.Roles.Contains(role);
}

/// <summary>What the seeder needs to print the forwarded charge-sheet as the API would.</summary>
public sealed record DemoPoliceReportPrinter(ICaseBundleRenderer Renderer, ICaseBundleStore Store, OffenceSectionCatalog Catalog, StationDirectory Stations);
