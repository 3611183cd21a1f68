using System.Net;
using System.Net.Http.Json;
using System.Text;
using CyberCase.Api.Tests.Infrastructure;
using CyberCase.Application.Common;
using CyberCase.Application.Firs.SearchFirs;
using CyberCase.Application.Persistence;
using CyberCase.Domain.Firs;
using CyberCase.Infrastructure.Evidence;
using CyberCase.Infrastructure.Persistence;
using CyberCase.Infrastructure.Seeding;
using CyberCase.Infrastructure.Seeding.Demo;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Query;
using Microsoft.EntityFrameworkCore.Query.Internal;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.SqlServer.TransactSql.ScriptDom;

namespace CyberCase.Api.Tests.Platform;

/// <summary>
/// SQL Server, checked without a server: the T-SQL this application sends to SQL Server is parsed with Microsoft's
/// own parser (ScriptDom, SQL Server 2022 grammar: TSql160Parser, the compatibility level EF Core targets by default).
/// What is checked: the reviewed migration script (db/scripts/sqlserver/migrations.sql) and EF's full migration script;
/// every query the application ran while the API was driven over every GET route (and a FIR registration and a
/// case-bundle export) on SQLite, replayed on a SQL Server context (so EF's SQL Server provider must translate each
/// one: a translation failure fails the test); the SQL Server full-text search (CONTAINS) through the FIR search
/// handler; the application lock every write transaction takes; and the INSERTs of every table the demo fills.
/// The SQL Server context's connection is never opened (<see cref="SqlServerCapture"/>).
/// What it does not prove: that the SQL means the same as on SQLite (semantics), permissions, locking and deadlocks
/// between instances, that full-text search is installed, performance and plans, data type behaviour (datetimeoffset,
/// collation, rounding), and UPDATE/DELETE statements of SaveChanges (EF's standard forms, not replayed here).
/// </summary>
public sealed class SqlServerWithoutAServerTests
{
    [Test]
    public void The_reviewed_migration_script_and_EFs_full_script_parse_as_T_SQL()
    {
        var reviewed = File.ReadAllText(Path.Combine(DatabaseScriptsTests.RepositoryRoot(), "db", "scripts", "sqlserver", "migrations.sql"));
        AssertParses("db/scripts/sqlserver/migrations.sql", reviewed);

        // The idempotent script wraps some statements in EXEC(N'...'), which the parser sees as a string: the plain
        // script has every statement as it is.
        using var db = new SqlServerDesignTimeFactory().CreateDbContext([]);
        var full = db.GetService<IMigrator>().GenerateScript(options: MigrationsSqlGenerationOptions.Default);
        Assert.That(full, Does.Contain("CREATE FULLTEXT INDEX"), "the full-text search migration is in the script");
        AssertParses("GenerateScript()", full);
    }

    [Test]
    public void The_check_fails_on_SQL_that_is_not_T_SQL()
    {
        // SQLite's paging and FTS5 syntax, as EF writes it for the SQLite provider: the parser must refuse it.
        using var sqlite = new SqliteDesignTimeFactory().CreateDbContext([]);
        var sql = sqlite.Firs.OrderBy(f => f.Serial).Skip(20).Take(10).ToQueryString();
        Assert.That(Parse(sql), Is.Not.Empty, sql);
        Assert.That(Parse("SELECT FirId FROM FirSearch WHERE FirSearch MATCH 'x*'"), Is.Not.Empty);
    }

    [Test]
    public void The_sweep_fails_on_a_query_SQL_Server_cannot_translate()
    {
        // GLOB exists on SQLite only: replayed on SQL Server it must be reported, not pass silently.
        using var sqlite = new SqliteDesignTimeFactory().CreateDbContext([]);
        var replay = new SqlServerReplay(new SqlServerCapture());
        replay.Add(sqlite.Firs.Where(f => EF.Functions.Glob(f.Number, "0*")).Expression);
        Assert.That(replay.Untranslated, Has.Count.EqualTo(1));
    }

    [Test]
    public async Task Every_query_the_API_runs_translates_for_SQL_Server_and_parses_as_T_SQL()
    {
        var capture = new SqlServerCapture();
        var replay = new SqlServerReplay(capture);
        using (var app = new CyberCaseApp(services: s =>
        {
            s.AddSingleton(replay);
#pragma warning disable EF1001 // EF-internal service, replaced only to see every query
            s.ConfigureDbContext<SqliteCyberCaseDbContext>(o => o.ReplaceService<IQueryCompiler, RecordingQueryCompiler>());
#pragma warning restore EF1001
        }))
        {
            await DriveEveryReadAsync(app);
        }

        TestContext.Out.WriteLine($"{replay.Replayed} query shapes replayed on SQL Server, {replay.SqliteOnly} SQLite raw SQL (FTS5) left out, {capture.Commands.Count} commands");
        Assert.That(replay.Untranslated, Is.Empty, "EF's SQL Server provider could not translate:\n" + string.Join("\n\n", replay.Untranslated));
        Assert.That(replay.Replayed, Is.GreaterThan(60), "the drive reached too few queries to be a sweep");
        AssertAllParse(capture.Commands);
    }

    [Test]
    public async Task SQL_Server_full_text_search_audit_head_and_demo_inserts_parse_as_T_SQL()
    {
        var capture = new SqlServerCapture();
        await using (var db = capture.NewContext())
        {
            var officer = new KashmirSho();
            var search = new SearchFirsHandler(db, officer, new SqlServerFirTextSearch());
            await search.Handle(new SearchFirsQuery("call centre", null, null, null, 1, 20), CancellationToken.None);
            await search.Handle(new SearchFirsQuery("\"Srinagar\" 02/2021", FirStatus.UnderInvestigation, 2021, "IPC 420", 2, 10), CancellationToken.None);
        }

        var store = Path.Combine(Path.GetTempPath(), "cybercase-tests", "sqlserver-" + Guid.NewGuid().ToString("N"));
        try
        {
            await using var db = capture.NewContext(new AuditingInterceptor(TimeProvider.System));
            // The stand-in transaction does not outlive a command on a connection that is never open: the seeder,
            // which checks for one, goes first.
            await using var transaction = await db.Database.BeginTransactionAsync();
            await new DemoSeeder(db, new PasswordHasher<OfficerAccount>(), new UpperInvariantLookupNormalizer(), TimeProvider.System,
                new LocalEvidenceStore(store)).SeedAsync(CancellationToken.None);
            await ReferenceData.SeedAsync(db, CancellationToken.None);
        }
        finally
        {
            if (Directory.Exists(store))
            {
                Directory.Delete(store, recursive: true);
            }
        }

        var commands = capture.Commands;
        Assert.That(commands, Has.Some.Contains("CONTAINS("), "the full-text search was swept");
        foreach (var table in new[] { "Officers", "Firs", "Exhibits", "CustodyEvents", "AuditRecords", "EvidenceFiles", "AspNetUsers" })
        {
            Assert.That(commands, Has.Some.Contains($"INSERT INTO [{table}]"), table);
        }

        // Every write transaction on SQL Server starts with the application lock (SqlServerWriteGate).
        AssertAllParse([.. commands, SqlServerWriteGate.AcquireWriteLock]);
    }

    /// <summary>Every GET route with real ids of the demo (as each role that may read it), plus two writes that run many queries.</summary>
    private static async Task DriveEveryReadAsync(CyberCaseApp app)
    {
        var users = new[] { Demo.ShoKashmir, Demo.Admin, Demo.ProsecutorKashmir, Demo.MalkhanaKashmir };
        var prosecutor = await app.ClientFor(Demo.ProsecutorKashmir);
        var bundle = await (await prosecutor.PostAsync($"/api/firs/{Demo.FoundingFirId}/case-bundle", null)).ShouldBe(HttpStatusCode.Created);
        var sho = await app.ClientFor(Demo.ShoKashmir);
        var fir = await (await sho.PostAsJsonAsync("/api/firs", Demo.NewFirBody())).ShouldBe(HttpStatusCode.Created);
        var station = ReferenceData.StationId("CPS-KZ");
        var ids = await app.WithDb(async db => new Dictionary<string, Guid>
        {
            ["firs"] = Demo.FoundingFirId,
            ["accused"] = await db.CaseAccused.Where(a => a.StationId == station).Select(a => a.Id).FirstAsync(),
            ["premises"] = await db.Premises.Where(p => p.StationId == station).Select(p => p.Id).FirstAsync(),
            ["raids"] = await db.Raids.Where(r => r.StationId == station).Select(r => r.Id).FirstAsync(),
            ["exhibits"] = DemoSeizures.ExhibitId(10),
            ["evidence"] = await db.EvidenceFiles.Where(e => e.StationId == station).Select(e => e.Id).FirstAsync(),
            ["seizure-memos"] = DemoSeizures.MemoId(1),
            ["statements"] = DemoStatements.StatementId(1),
            ["forensic-visits"] = DemoLaterSearch.ForensicVisitId,
            ["case-bundle-exports"] = await EveryRecordReadIsStationScopedTests.FailedExportAsync(db, station),
            ["police-reports"] = DemoPoliceReport.ReportId,
            ["case-bundles"] = bundle.GetProperty("id").GetGuid(),
            ["stations"] = station,
            ["complaints"] = CyberCase.Infrastructure.Seeding.Demo.DemoMoney.ComplaintId(1),
        });

        var urls = app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText!.StartsWith("/api/", StringComparison.Ordinal))
            .Where(e => e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods.Contains("GET") == true)
            .Select(e => System.Text.RegularExpressions.Regex.Replace(e.RoutePattern.RawText!.TrimEnd('/'), @"\{id(:guid)?\}",
                m => ids[e.RoutePattern.RawText!.Split('/')[2]].ToString()))
            .Where(url => !NeedParameters.Contains(url))
            .ToList();
        urls.AddRange(
        [
            "/api/firs?q=call%20centre", "/api/firs?q=Srinagar&status=UnderInvestigation&year=2021&section=IPC%20420", "/api/firs?section=66D",
            $"/api/firs/{fir.GetProperty("id").GetGuid()}",
            "/api/exhibits?q=EX-0010", $"/api/exhibits?q={DemoSeizures.Imei("35448011234567")}", $"/api/exhibits?firId={Demo.FoundingFirId}&page=2&pageSize=20",
            "/api/premises?q=Rangreth&kind=CallCentre", "/api/raids?status=Completed&from=2021-01-01T00:00:00%2B05:30&to=2021-12-31T00:00:00%2B05:30",
            $"/api/links?imei={DemoSeizures.Imei("35448011234567")}", $"/api/links?phone={Uri.EscapeDataString(DemoSeizures.SharedPhone)}",
            $"/api/links?account={DemoSeizures.SharedAccountNumber}", $"/api/audit?entityType=Fir&entityId={Demo.FoundingFirId}",
            "/api/stations/current/arrests?date=2021-01-13", "/api/deadlines?within=30d", $"/api/evidence?ownerType=Fir&ownerId={Demo.FoundingFirId}",
        ]);

        var failures = new StringBuilder();
        foreach (var url in urls)
        {
            HttpResponseMessage? response = null;
            foreach (var user in users)
            {
                response = await (await app.ClientFor(user)).GetAsync(url);
                if (response.StatusCode != HttpStatusCode.Forbidden)
                {
                    break;
                }
            }

            if (response!.StatusCode != HttpStatusCode.OK)
            {
                failures.AppendLine($"{url}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
            }
        }

        Assert.That(failures.ToString(), Is.Empty, "the drive must read real records, or it sweeps only the not-found paths");
    }

    /// <summary>Reads that refuse to run without a filter: they are driven with their parameters below.</summary>
    private static readonly string[] NeedParameters = ["/api/links", "/api/evidence"];

    private static IList<ParseError> Parse(string sql)
    {
        new TSql160Parser(initialQuotedIdentifiers: true).Parse(new StringReader(sql), out var errors);
        return errors;
    }

    private static void AssertParses(string what, string sql)
    {
        var errors = Parse(sql);
        Assert.That(errors, Is.Empty, $"{what} is not valid T-SQL:\n"
            + string.Join("\n", errors.Select(e => $"line {e.Line}, column {e.Column}: {e.Message}")) + "\n---\n" + sql);
    }

    private static void AssertAllParse(IEnumerable<string> commands)
    {
        var failures = commands.Distinct().Select(sql => (sql, errors: Parse(sql))).Where(r => r.errors.Count > 0)
            .Select(r => string.Join("\n", r.errors.Select(e => $"line {e.Line}, column {e.Column}: {e.Message}")) + "\n---\n" + r.sql)
            .ToList();
        Assert.That(failures, Is.Empty, "not valid T-SQL:\n\n" + string.Join("\n\n", failures));
    }

    private sealed class KashmirSho : ICurrentOfficer
    {
        public bool IsAuthenticated => true;
        public Guid Id => DemoOfficers.ShoKashmir.Id;
        public string UserName => DemoOfficers.ShoKashmir.UserName;
        public Guid StationId => ReferenceData.StationId("CPS-KZ");
        public bool IsInRole(string role) => DemoOfficers.ShoKashmir.Roles.Contains(role);
    }
}
