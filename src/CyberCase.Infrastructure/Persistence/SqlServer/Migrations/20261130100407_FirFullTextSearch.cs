using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CyberCase.Infrastructure.Persistence.SqlServer.Migrations
{
    /// <summary>Full-text index over FIR number, informant name and narrative (needs Full-Text Search installed).</summary>
    public partial class FirFullTextSearch : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Full-text DDL cannot run inside a user transaction.
            migrationBuilder.Sql(
                "IF NOT EXISTS (SELECT 1 FROM sys.fulltext_catalogs WHERE name = 'CyberCaseCatalog') CREATE FULLTEXT CATALOG CyberCaseCatalog;",
                suppressTransaction: true);
            migrationBuilder.Sql(
                "CREATE FULLTEXT INDEX ON Firs (Number, InformantName, Narrative) KEY INDEX PK_Firs ON CyberCaseCatalog WITH CHANGE_TRACKING AUTO;",
                suppressTransaction: true);
        }

        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP FULLTEXT INDEX ON Firs;", suppressTransaction: true);
        }
    }
}
