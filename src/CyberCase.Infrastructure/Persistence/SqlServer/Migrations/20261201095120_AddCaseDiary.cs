using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CyberCase.Infrastructure.Persistence.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class AddCaseDiary : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "CaseDiaryDays",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    StationId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    FirId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Day = table.Column<DateOnly>(type: "date", nullable: false),
                    FirstPage = table.Column<int>(type: "int", nullable: false),
                    PageCount = table.Column<int>(type: "int", nullable: false),
                    ClosedBy = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ClosedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CaseDiaryDays", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CaseDiaryDays_Firs_FirId",
                        column: x => x.FirId,
                        principalTable: "Firs",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CaseDiaryDays_Officers_ClosedBy",
                        column: x => x.ClosedBy,
                        principalTable: "Officers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CaseDiaryDays_Stations_StationId",
                        column: x => x.StationId,
                        principalTable: "Stations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "CaseDiaryEntries",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    StationId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    FirId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Day = table.Column<DateOnly>(type: "date", nullable: false),
                    Number = table.Column<int>(type: "int", nullable: false),
                    WrittenBy = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    WrittenAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    InformationReceivedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    InvestigationBeganAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    InvestigationClosedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    PlacesVisited = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    Findings = table.Column<string>(type: "nvarchar(max)", maxLength: 20000, nullable: false),
                    VernacularLanguage = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: true),
                    VernacularText = table.Column<string>(type: "nvarchar(max)", maxLength: 20000, nullable: true),
                    CorrectsEntryId = table.Column<Guid>(type: "uniqueidentifier", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CaseDiaryEntries", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CaseDiaryEntries_CaseDiaryEntries_CorrectsEntryId",
                        column: x => x.CorrectsEntryId,
                        principalTable: "CaseDiaryEntries",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CaseDiaryEntries_Firs_FirId",
                        column: x => x.FirId,
                        principalTable: "Firs",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CaseDiaryEntries_Officers_WrittenBy",
                        column: x => x.WrittenBy,
                        principalTable: "Officers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CaseDiaryEntries_Stations_StationId",
                        column: x => x.StationId,
                        principalTable: "Stations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "CaseDiaryShares",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    StationId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    FirId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    SharedBy = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    SharedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CaseDiaryShares", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CaseDiaryShares_Firs_FirId",
                        column: x => x.FirId,
                        principalTable: "Firs",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CaseDiaryShares_Officers_SharedBy",
                        column: x => x.SharedBy,
                        principalTable: "Officers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CaseDiaryShares_Stations_StationId",
                        column: x => x.StationId,
                        principalTable: "Stations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_CaseDiaryDays_ClosedBy",
                table: "CaseDiaryDays",
                column: "ClosedBy");

            migrationBuilder.CreateIndex(
                name: "IX_CaseDiaryDays_FirId_Day",
                table: "CaseDiaryDays",
                columns: new[] { "FirId", "Day" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CaseDiaryDays_FirId_FirstPage",
                table: "CaseDiaryDays",
                columns: new[] { "FirId", "FirstPage" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CaseDiaryDays_StationId",
                table: "CaseDiaryDays",
                column: "StationId");

            migrationBuilder.CreateIndex(
                name: "IX_CaseDiaryEntries_CorrectsEntryId",
                table: "CaseDiaryEntries",
                column: "CorrectsEntryId");

            migrationBuilder.CreateIndex(
                name: "IX_CaseDiaryEntries_FirId_Day",
                table: "CaseDiaryEntries",
                columns: new[] { "FirId", "Day" });

            migrationBuilder.CreateIndex(
                name: "IX_CaseDiaryEntries_FirId_Number",
                table: "CaseDiaryEntries",
                columns: new[] { "FirId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CaseDiaryEntries_StationId",
                table: "CaseDiaryEntries",
                column: "StationId");

            migrationBuilder.CreateIndex(
                name: "IX_CaseDiaryEntries_WrittenBy",
                table: "CaseDiaryEntries",
                column: "WrittenBy");

            migrationBuilder.CreateIndex(
                name: "IX_CaseDiaryShares_FirId",
                table: "CaseDiaryShares",
                column: "FirId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CaseDiaryShares_SharedBy",
                table: "CaseDiaryShares",
                column: "SharedBy");

            migrationBuilder.CreateIndex(
                name: "IX_CaseDiaryShares_StationId",
                table: "CaseDiaryShares",
                column: "StationId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CaseDiaryDays");

            migrationBuilder.DropTable(
                name: "CaseDiaryEntries");

            migrationBuilder.DropTable(
                name: "CaseDiaryShares");
        }
    }
}
