using CyberCase.Application.Evidence;
using CyberCase.Application.Persistence;
using CyberCase.Domain.Evidence;
using CyberCase.Domain.Officers;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace CyberCase.Infrastructure.Seeding.Demo;

/// <summary>
/// Seeds the demo stations' users and the founding case into an empty database (Demo:Seed). Deterministic: the
/// same ids and numbers on every run, written here in the project, never read from outside.
/// </summary>
public sealed class DemoSeeder(CyberCaseDbContext db, UserManager<OfficerAccount> users, TimeProvider clock, IEvidenceStore evidence)
{
    public async Task SeedAsync(CancellationToken ct)
    {
        if (await db.Officers.AnyAsync(ct))
        {
            return;
        }

        foreach (var demo in DemoOfficers.All)
        {
            var account = new OfficerAccount { Id = demo.Id, UserName = demo.UserName, SecurityStamp = demo.Id.ToString() };
            Check(await users.CreateAsync(account, DemoOfficers.Password));
            Check(await users.AddToRolesAsync(account, demo.Roles));
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

        // The founding case in full: premises, raids, accused with arrests and custody.
        var (premises, links, raids, persons, accused) = DemoInvestigation.Build(clock.GetUtcNow());
        db.Premises.AddRange(premises);
        db.FirPremises.AddRange(links);
        db.Raids.AddRange(raids);
        db.AccusedPersons.AddRange(persons);
        db.CaseAccused.AddRange(accused);
        await db.SaveChangesAsync(ct);

        // Seizure memos, exhibits with their custody, forensic images; exhibit numbers continue from the station counter.
        var seizures = DemoSeizures.Build();
        db.SeizureMemos.AddRange(seizures.Memos);
        db.Exhibits.AddRange(seizures.Exhibits);
        db.StationCounters.Add(new StationCounter { StationId = ReferenceData.StationId("CPS-KZ"), Name = StationCounter.Exhibits, Value = seizures.ExhibitCounter });
        db.CaseAccounts.AddRange(DemoSeizures.Accounts());
        var (laterPerson, laterAccused) = DemoSeizures.LaterCaller();
        db.AccusedPersons.Add(laterPerson);
        db.CaseAccused.Add(laterAccused);
        await db.SaveChangesAsync(ct);

        await SeedEvidenceAsync(ct);
    }

    /// <summary>The founding case's files go through the evidence store like any upload, so their hashes are real.</summary>
    private async Task SeedEvidenceAsync(CancellationToken ct)
    {
        var station = ReferenceData.StationId("CPS-KZ");
        foreach (var demo in DemoEvidence.All())
        {
            await using var staged = await evidence.StageAsync(new MemoryStream(demo.Content, writable: false), long.MaxValue, ct);
            await staged.CommitAsync(ct);
            db.EvidenceFiles.Add(EvidenceFile.Record(demo.Id, station, demo.OwnerType, demo.OwnerId ?? DemoFirs.FoundingFirId,
                DemoFirs.FoundingFirId, demo.FileName, staged.Size, EvidenceMediaType.Detect(demo.Content), staged.Sha256,
                staged.StorageKey, demo.Description, demo.UploadedBy ?? DemoOfficers.IoKashmir.Id, demo.UploadedAt));
        }

        await db.SaveChangesAsync(ct);
    }

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException("Demo seed failed: " + string.Join("; ", result.Errors.Select(e => e.Description)));
        }
    }
}
