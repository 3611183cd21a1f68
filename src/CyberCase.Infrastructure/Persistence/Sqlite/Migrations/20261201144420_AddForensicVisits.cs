using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CyberCase.Infrastructure.Persistence.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class AddForensicVisits : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ForensicVisits",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    StationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    FirId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Place = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    PremisesId = table.Column<Guid>(type: "TEXT", nullable: true),
                    RaidId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ExpertName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Designation = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Laboratory = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    VisitedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Findings = table.Column<string>(type: "TEXT", maxLength: 10000, nullable: false),
                    VideoRecorded = table.Column<bool>(type: "INTEGER", nullable: false),
                    VideoFileId = table.Column<Guid>(type: "TEXT", nullable: true),
                    RecordedBy = table.Column<Guid>(type: "TEXT", nullable: false),
                    RecordedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ForensicVisits", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ForensicVisits_EvidenceFiles_VideoFileId",
                        column: x => x.VideoFileId,
                        principalTable: "EvidenceFiles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ForensicVisits_Firs_FirId",
                        column: x => x.FirId,
                        principalTable: "Firs",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ForensicVisits_Officers_RecordedBy",
                        column: x => x.RecordedBy,
                        principalTable: "Officers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ForensicVisits_Premises_PremisesId",
                        column: x => x.PremisesId,
                        principalTable: "Premises",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ForensicVisits_Raids_RaidId",
                        column: x => x.RaidId,
                        principalTable: "Raids",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ForensicVisits_Stations_StationId",
                        column: x => x.StationId,
                        principalTable: "Stations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ForensicVisits_FirId_VisitedAt",
                table: "ForensicVisits",
                columns: new[] { "FirId", "VisitedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_ForensicVisits_PremisesId",
                table: "ForensicVisits",
                column: "PremisesId");

            migrationBuilder.CreateIndex(
                name: "IX_ForensicVisits_RaidId",
                table: "ForensicVisits",
                column: "RaidId");

            migrationBuilder.CreateIndex(
                name: "IX_ForensicVisits_RecordedBy",
                table: "ForensicVisits",
                column: "RecordedBy");

            migrationBuilder.CreateIndex(
                name: "IX_ForensicVisits_StationId",
                table: "ForensicVisits",
                column: "StationId");

            migrationBuilder.CreateIndex(
                name: "IX_ForensicVisits_VideoFileId",
                table: "ForensicVisits",
                column: "VideoFileId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ForensicVisits");
        }
    }
}
