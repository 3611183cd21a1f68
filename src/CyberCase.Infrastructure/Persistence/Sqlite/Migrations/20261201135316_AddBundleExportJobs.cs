using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CyberCase.Infrastructure.Persistence.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class AddBundleExportJobs : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "BundleExportJobs",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    FirId = table.Column<Guid>(type: "TEXT", nullable: false),
                    StationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RequestedBy = table.Column<Guid>(type: "TEXT", nullable: false),
                    RequesterRoles = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    State = table.Column<string>(type: "TEXT", unicode: false, maxLength: 16, nullable: false),
                    PagesDone = table.Column<int>(type: "INTEGER", nullable: false),
                    PagesExpected = table.Column<int>(type: "INTEGER", nullable: false),
                    CurrentDocument = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    CaseBundleId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Sha256 = table.Column<string>(type: "TEXT", unicode: false, fixedLength: true, maxLength: 64, nullable: true),
                    FailureCode = table.Column<string>(type: "TEXT", unicode: false, maxLength: 100, nullable: true),
                    FailureDetail = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Attempts = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BundleExportJobs", x => x.Id);
                    table.ForeignKey(
                        name: "FK_BundleExportJobs_CaseBundles_CaseBundleId",
                        column: x => x.CaseBundleId,
                        principalTable: "CaseBundles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_BundleExportJobs_Firs_FirId",
                        column: x => x.FirId,
                        principalTable: "Firs",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_BundleExportJobs_Officers_RequestedBy",
                        column: x => x.RequestedBy,
                        principalTable: "Officers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_BundleExportJobs_Stations_StationId",
                        column: x => x.StationId,
                        principalTable: "Stations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_BundleExportJobs_CaseBundleId",
                table: "BundleExportJobs",
                column: "CaseBundleId");

            migrationBuilder.CreateIndex(
                name: "IX_BundleExportJobs_FirId",
                table: "BundleExportJobs",
                column: "FirId");

            migrationBuilder.CreateIndex(
                name: "IX_BundleExportJobs_RequestedBy",
                table: "BundleExportJobs",
                column: "RequestedBy");

            migrationBuilder.CreateIndex(
                name: "IX_BundleExportJobs_State",
                table: "BundleExportJobs",
                column: "State");

            migrationBuilder.CreateIndex(
                name: "IX_BundleExportJobs_StationId",
                table: "BundleExportJobs",
                column: "StationId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "BundleExportJobs");
        }
    }
}
