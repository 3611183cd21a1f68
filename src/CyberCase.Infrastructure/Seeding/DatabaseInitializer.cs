using CyberCase.Application.Common;
using CyberCase.Application.Persistence;
using CyberCase.Domain.Officers;
using CyberCase.Infrastructure.Seeding.Demo;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CyberCase.Infrastructure.Seeding;

/// <summary>
/// At startup: applies the SQLite migrations (SQL Server is migrated from the reviewed scripts in db/scripts),
/// loads reference data, and with Demo:Seed seeds the demo users and the founding case into an empty database.
/// </summary>
public static class DatabaseInitializer
{
    public static async Task InitializeAsync(IServiceProvider services, CancellationToken ct = default)
    {
        await using var scope = services.CreateAsyncScope();
        var sp = scope.ServiceProvider;
        var db = sp.GetRequiredService<CyberCaseDbContext>();
        var audit = sp.GetRequiredService<AuditScope>();

        if (db.Database.IsSqlite())
        {
            await db.Database.MigrateAsync(ct);
            // WAL is a property of the database file: readers never block the writer, and commits stay durable.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode = WAL;", ct);
        }

        audit.Action = "SeedReferenceData";
        await SeedRolesAsync(db, ct);
        await ReferenceData.SeedAsync(db, ct);

        if (sp.GetRequiredService<IConfiguration>().GetValue<bool>("Demo:Seed"))
        {
            audit.Action = "SeedDemoData";
            await sp.GetRequiredService<DemoSeeder>().SeedAsync(ct);
        }
    }

    private static async Task SeedRolesAsync(CyberCaseDbContext db, CancellationToken ct)
    {
        var existing = await db.Roles.Select(r => r.Name).ToListAsync(ct);
        foreach (var role in Roles.All.Where(r => !existing.Contains(r)))
        {
            db.Roles.Add(new IdentityRole<Guid>(role)
            {
                Id = DeterministicGuid.From("role:" + role),
                NormalizedName = role.ToUpperInvariant(),
                ConcurrencyStamp = role,
            });
        }

        await db.SaveChangesAsync(ct);
    }
}
