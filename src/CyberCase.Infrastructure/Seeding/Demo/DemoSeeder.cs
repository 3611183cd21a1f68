using System.Security.Cryptography;
using CyberCase.Application.Common;
using CyberCase.Application.Evidence;
using CyberCase.Application.CaseFiles;
using CyberCase.Application.Persistence;
using CyberCase.Application.PoliceReports;
using CyberCase.Domain.Evidence;
using CyberCase.Domain.Officers;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace CyberCase.Infrastructure.Seeding.Demo;

/// <summary>
/// Seeds the demo stations' users and the founding case into an empty database (Demo:Seed). Deterministic: the
/// same ids and numbers on every run, written here in the project, never read from outside.
/// It runs inside the start-up transaction (<see cref="DatabaseInitializer"/>), so the demo is there in full or not
/// at all; its last record is the <see cref="MarkerAction"/> audit event, which says that it is there.
/// </summary>
public sealed class DemoSeeder(CyberCaseDbContext db, IPasswordHasher<OfficerAccount> hasher, ILookupNormalizer normalizer,
    TimeProvider clock, IEvidenceStore evidence, DemoPoliceReportPrinter? printer = null)
{
    /// <summary>The action of the audit event written last by the seed: the demo is complete when it is on the trail.</summary>
    public const string MarkerAction = "DemoDataSeeded";

    public async Task SeedAsync(CancellationToken ct)
    {
        if (db.Database.CurrentTransaction is null)
        {
            throw new InvalidOperationException("The demo is seeded inside one transaction, so that a kill cannot leave half of it.");
        }

        // A database with officers of its own but no demo is a real station's: never mix demo data into it.
        if (await db.AuditRecords.AnyAsync(a => a.Action == MarkerAction, ct) || await db.Officers.AnyAsync(ct))
        {
            return;
        }

        // Accounts are rows like any other (not UserManager, which saves on every call, outside this transaction).
        // One hash for all: every demo user has the same published password, so a salt per user protects nothing here.
        var passwordHash = hasher.HashPassword(new OfficerAccount(), DemoOfficers.Password);
        foreach (var demo in DemoOfficers.All)
        {
            db.Users.Add(new OfficerAccount
            {
                Id = demo.Id,
                UserName = demo.UserName,
                NormalizedUserName = normalizer.NormalizeName(demo.UserName),
                PasswordHash = passwordHash,
                SecurityStamp = Convert.ToHexString(RandomNumberGenerator.GetBytes(20)),
                LockoutEnabled = true,
            });
            db.UserRoles.AddRange(demo.Roles.Select(r => new IdentityUserRole<Guid> { UserId = demo.Id, RoleId = DatabaseInitializer.RoleId(r) }));
            db.Officers.Add(new Officer(demo.Id, demo.UserName, demo.FullName, demo.Rank, ReferenceData.StationId(demo.StationCode)));
        }

        await db.SaveChangesAsync(ct);

        foreach (var (_, fir, io) in DemoFirs.All())
        {
            fir.AssignTo(io.Id);
            db.Firs.Add(fir);
            var name = StationCounter.ForFirs(fir.Year);
            var counter = await db.StationCounters.SingleOrDefaultAsync(s => s.StationId == fir.StationId && s.Name == name, ct);
            if (counter is null)
            {
                db.StationCounters.Add(new StationCounter { StationId = fir.StationId, Name = name, Value = fir.Serial });
            }
            else
            {
                counter.Value = Math.Max(counter.Value, fir.Serial);
            }

            await db.SaveChangesAsync(ct);
        }

        // The diary first: the raids name the entry that records the reasons for the searches.
        var diary = DemoCaseDiary.Build();
        db.CaseDiaryEntries.AddRange(diary.Entries);
        db.CaseDiaryDays.AddRange(diary.Days);
        await db.SaveChangesAsync(ct);

        // The founding case in full: premises, raids, accused with arrests and custody.
        var (premises, links, raids, persons, accused) = DemoInvestigation.Build(clock.GetUtcNow());
        db.Premises.AddRange(premises);
        db.FirPremises.AddRange(links);
        db.Raids.AddRange(raids);
        db.AccusedPersons.AddRange(persons);
        db.CaseAccused.AddRange(accused);
        await db.SaveChangesAsync(ct);

        // Seizure memos, exhibits with their custody, forensic images; exhibit numbers continue from the station counter.
        var seizures = DemoSeizures.Build(clock.GetUtcNow());
        db.SeizureMemos.AddRange(seizures.Memos);
        db.Exhibits.AddRange(seizures.Exhibits);
        var later = DemoLaterSearch.Build(seizures.ExhibitCounter, clock.GetUtcNow());
        db.StationCounters.Add(new StationCounter { StationId = ReferenceData.StationId("CPS-KZ"), Name = StationCounter.Exhibits, Value = later.ExhibitCounter });
        db.CaseAccounts.AddRange(DemoSeizures.Accounts());
        var money = DemoMoney.Build();
        db.CaseAccounts.AddRange(money.Accounts);
        var (laterPerson, laterAccused) = DemoSeizures.LaterCaller();
        db.AccusedPersons.Add(laterPerson);
        db.CaseAccused.Add(laterAccused);
        var founding = DemoFirs.All().Single(f => f.Fir.Id == DemoFirs.FoundingFirId).Fir;
        db.Statements.AddRange(DemoStatements.All(founding.RegisteredAt, clock.GetUtcNow()));
        await db.SaveChangesAsync(ct);

        // The money trail after the accounts and the victims it refers to.
        db.Complaints.AddRange(money.Complaints);
        db.Victims.AddRange(money.Victims);
        await db.SaveChangesAsync(ct);
        db.MoneyTransactions.AddRange(money.Transactions);
        db.AccountStatusEvents.AddRange(money.Statuses);
        db.ProgressCommunications.AddRange(money.Communications);
        await db.SaveChangesAsync(ct);

        await SeedEvidenceAsync(DemoEvidence.All().Concat(later.Videos), ct);

        // The search of FIR 14/2025 (new regime) after its videos, which its recordings name.
        db.CaseDiaryEntries.Add(later.Diary);
        db.Premises.Add(later.Premises);
        db.FirPremises.Add(later.Link);
        db.Raids.Add(later.Raid);
        db.SeizureMemos.Add(later.Memo);
        db.Exhibits.AddRange(later.Exhibits);
        await db.SaveChangesAsync(ct);

        // Last of the founding case: its charge-sheet is forwarded (which locks its records) and then reopened by the court.
        await SeedPoliceReportAsync(ct);

        db.Audit.Record(new AuditEvent(MarkerAction, "DemoData", null,
            new { officers = DemoOfficers.All.Count, firs = DemoFirs.All().Count(), exhibits = seizures.Exhibits.Count + later.Exhibits.Count }));
        await db.SaveChangesAsync(ct);
    }

    /// <summary>The charge-sheet, forwarded the way the API forwards one (printed from the bundle, kept by its hash), and a disclosure.</summary>
    private async Task SeedPoliceReportAsync(CancellationToken ct)
    {
        if (printer is null)
        {
            return; // a seeder without the PDF engine (the SQL Server syntax check) seeds the case up to the report
        }

        var report = DemoPoliceReport.Approved();
        db.PoliceReports.Add(report);
        await db.SaveChangesAsync(ct);

        var fir = db.Firs.Local.Single(f => f.Id == DemoFirs.FoundingFirId);
        report.Forward(DemoOfficers.ShoKashmir.Id, DemoPoliceReport.ForwardedAt);
        fir.CloseByPoliceReport(chargeSheet: true);
        var (pdf, sha256) = await db.RenderReportAsync(fir.Id, new DemoSho(), printer.Renderer, evidence, printer.Catalog, printer.Stations, clock, ct);
        await printer.Store.SaveAsync(pdf, ct);
        report.RecordForwardedCopy(sha256, pdf.LongLength);
        db.Disclosures.Add(DemoPoliceReport.CopiesToA1(sha256, clock.GetUtcNow()));
        await db.SaveChangesAsync(ct);

        // The court then permitted further investigation of the money trail: the case's records are open again.
        fir.ReopenForFurtherInvestigation();
        db.FurtherInvestigations.Add(DemoPoliceReport.MoneyTrailPermission(clock.GetUtcNow()));
        await db.SaveChangesAsync(ct);
    }

    /// <summary>The founding case's files go through the evidence store like any upload, so their hashes are real.</summary>
    private async Task SeedEvidenceAsync(IEnumerable<DemoEvidenceFile> files, CancellationToken ct)
    {
        var station = ReferenceData.StationId("CPS-KZ");
        foreach (var demo in files)
        {
            await using var staged = await evidence.StageAsync(new MemoryStream(demo.Content, writable: false), long.MaxValue, ct);
            await staged.CommitAsync(ct);
            db.EvidenceFiles.Add(EvidenceFile.Record(demo.Id, station, demo.OwnerType, demo.OwnerId ?? DemoFirs.FoundingFirId,
                demo.FirId ?? DemoFirs.FoundingFirId, demo.FileName, staged.Size, EvidenceMediaType.Detect(demo.Content), staged.Sha256,
                staged.StorageKey, demo.Description, demo.UploadedBy ?? DemoOfficers.IoKashmir.Id, demo.UploadedAt));
        }

        await db.SaveChangesAsync(ct);
    }
}
