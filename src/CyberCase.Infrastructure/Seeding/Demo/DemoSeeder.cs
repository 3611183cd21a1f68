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
public sealed class DemoSeeder(CyberCaseDbContext db, UserManager<OfficerAccount> users, IEvidenceStore evidence)
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
            var year = fir.Year;
            var sequence = await db.FirNumberSequences.SingleOrDefaultAsync(s => s.StationId == fir.StationId && s.Year == year, ct);
            if (sequence is null)
            {
                db.FirNumberSequences.Add(new FirNumberSequence { StationId = fir.StationId, Year = year, LastSerial = fir.Serial });
            }
            else
            {
                sequence.LastSerial = Math.Max(sequence.LastSerial, fir.Serial);
            }

            await db.SaveChangesAsync(ct);
        }

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
            db.EvidenceFiles.Add(EvidenceFile.Record(demo.Id, station, EvidenceOwnerType.Fir, DemoFirs.FoundingFirId,
                DemoFirs.FoundingFirId, demo.FileName, staged.Size, EvidenceMediaType.Detect(demo.Content), staged.Sha256,
                staged.StorageKey, demo.Description, DemoOfficers.IoKashmir.Id, demo.UploadedAt));
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
