using CyberCase.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace CyberCase.Api.Tests.Platform;

/// <summary>
/// The model, the migrations of both providers and the reviewed SQL scripts in db/scripts stay in step.
/// After adding a migration, `db/add-migration.sh Name` regenerates the scripts (UPDATE_DB_SCRIPTS=1 runs these tests in write mode).
/// </summary>
public sealed class DatabaseScriptsTests
{
    private static SqliteCyberCaseDbContext Sqlite() => new SqliteDesignTimeFactory().CreateDbContext([]);

    private static SqlServerCyberCaseDbContext SqlServer() => new SqlServerDesignTimeFactory().CreateDbContext([]);

    [Test]
    public void The_SQLite_migrations_cover_the_model()
    {
        using var db = Sqlite();
        Assert.That(db.Database.HasPendingModelChanges(), Is.False, "run db/add-migration.sh <Name>");
    }

    [Test]
    public void The_SQL_Server_migrations_cover_the_model()
    {
        using var db = SqlServer();
        Assert.That(db.Database.HasPendingModelChanges(), Is.False, "run db/add-migration.sh <Name>");
    }

    [TestCase("sqlite")]
    [TestCase("sqlserver")]
    public void The_checked_in_script_is_current(string provider)
    {
        using DbContext db = provider == "sqlite" ? Sqlite() : SqlServer();
        // EF cannot write idempotent scripts for SQLite; its script is the full ordered one, for review (the app
        // migrates SQLite itself at startup). SQL Server's script is idempotent and is what a DBA applies.
        var options = provider == "sqlite" ? MigrationsSqlGenerationOptions.Default : MigrationsSqlGenerationOptions.Idempotent;
        var script = db.GetService<IMigrator>().GenerateScript(options: options).ReplaceLineEndings("\n");
        var path = Path.Combine(RepositoryRoot(), "db", "scripts", provider, "migrations.sql");
        if (Environment.GetEnvironmentVariable("UPDATE_DB_SCRIPTS") == "1")
        {
            File.WriteAllText(path, script);
        }

        Assert.That(File.Exists(path), Is.True, $"{path} is missing: run db/add-migration.sh");
        Assert.That(File.ReadAllText(path).ReplaceLineEndings("\n"), Is.EqualTo(script), $"{path} is stale: run UPDATE_DB_SCRIPTS=1 on this test");
    }

    public static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "CyberCase.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("CyberCase.sln not found above the test folder.");
    }
}
