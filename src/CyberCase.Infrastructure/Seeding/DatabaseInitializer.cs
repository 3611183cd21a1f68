using CyberCase.Application.Common;
using CyberCase.Application.Persistence;
using CyberCase.Domain.Officers;
using CyberCase.Infrastructure.Persistence;
using CyberCase.Infrastructure.Seeding.Demo;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CyberCase.Infrastructure.Seeding;

/// <summary>
/// At startup: applies the SQLite migrations (SQL Server is migrated from the reviewed scripts in db/scripts),
/// loads reference data, and with Demo:Seed seeds the demo users and the founding case into an empty database.
/// A process killed at any moment of this leaves either nothing or everything of each step, and the next start
/// carries on: migrations are serialised by a lock the operating system releases (<see cref="SqliteMigrations"/>), and
/// roles, reference data and the demo are written in one transaction. (Staged uploads are removed by
/// <see cref="Evidence.EvidenceStagingCleanup"/>.)
/// </summary>
public static class DatabaseInitializer
{
    public static async Task InitializeAsync(IServiceProvider services, CancellationToken ct = default)
    {
        await using var scope = services.CreateAsyncScope();
        var sp = scope.ServiceProvider;
        var db = sp.GetRequiredService<CyberCaseDbContext>();

        if (db.Database.IsSqlite())
        {
            await SqliteMigrations.MigrateAsync(db, ct);
            // WAL is a property of the database file: readers never block the writer, and commits stay durable.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode = WAL;", ct);
        }

        // One transaction (BEGIN IMMEDIATE on SQLite): a second process starting at the same moment waits here and
        // then finds everything in place, and a kill part-way rolls it all back for the next start to redo.
        var seedDemo = sp.GetRequiredService<IConfiguration>().GetValue<bool>("Demo:Seed");
        // The gate opens it the provider's way, as for any write (the application lock on SQL Server).
        await using (await sp.GetRequiredService<IWriteGate>().BeginAsync(db.Database, ct))
        {
            db.Audit.Action = "SeedReferenceData";
            await SeedRolesAsync(db, ct);
            await ReferenceData.SeedAsync(db, ct);
            if (seedDemo)
            {
                db.Audit.Action = "SeedDemoData";
                await sp.GetRequiredService<DemoSeeder>().SeedAsync(ct);
            }

            await db.Database.CommitTransactionAsync(ct);
        }
    }

    public static Guid RoleId(string role) => DeterministicGuid.From("role:" + role);

    private static async Task SeedRolesAsync(CyberCaseDbContext db, CancellationToken ct)
    {
        var existing = await db.Roles.Select(r => r.Name).ToListAsync(ct);
        foreach (var role in Roles.All.Where(r => !existing.Contains(r)))
        {
            db.Roles.Add(new IdentityRole<Guid>(role)
            {
                Id = RoleId(role),
                NormalizedName = role.ToUpperInvariant(),
                ConcurrencyStamp = role,
            });
        }

        await db.SaveChangesAsync(ct);
    }
}
