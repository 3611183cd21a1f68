using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CyberCase.Infrastructure.Persistence.Sqlite.Migrations
{
    /// <summary>
    /// FTS5 index over FIR number, informant name and narrative, kept in step with Firs by triggers, so that
    /// searching 100,000 FIRs never scans the table. The station is indexed as a token ('s' + id hex) so that the
    /// station filter is a doclist intersection inside the index; the FTS rowid follows registration order, so the
    /// newest page is read from the index in rowid order and stops early.
    /// </summary>
    public partial class FirFullTextSearch : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                CREATE VIRTUAL TABLE FirSearch USING fts5(
                    FirId UNINDEXED, Station, Number, InformantName, Narrative,
                    tokenize = 'unicode61 remove_diacritics 2');
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER Firs_SearchInsert AFTER INSERT ON Firs BEGIN
                    INSERT INTO FirSearch (FirId, Station, Number, InformantName, Narrative)
                    VALUES (new.Id, 's' || lower(replace(new.StationId, '-', '')), new.Number, new.InformantName, new.Narrative);
                END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER Firs_SearchUpdate AFTER UPDATE OF Number, InformantName, Narrative ON Firs BEGIN
                    UPDATE FirSearch SET Number = new.Number, InformantName = new.InformantName, Narrative = new.Narrative
                    WHERE FirId = old.Id;
                END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER Firs_SearchDelete AFTER DELETE ON Firs BEGIN
                    DELETE FROM FirSearch WHERE FirId = old.Id;
                END;
                """);
            migrationBuilder.Sql("""
                INSERT INTO FirSearch (FirId, Station, Number, InformantName, Narrative)
                SELECT Id, 's' || lower(replace(StationId, '-', '')), Number, InformantName, Narrative FROM Firs ORDER BY RegisteredAt, Serial;
                """);
        }

        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS Firs_SearchDelete;");
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS Firs_SearchUpdate;");
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS Firs_SearchInsert;");
            migrationBuilder.Sql("DROP TABLE IF EXISTS FirSearch;");
        }
    }
}
