using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CyberCase.Infrastructure.Persistence.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class AddPoliceReport : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "OverlapReason",
                table: "RaidMembers",
                type: "nvarchar(1000)",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "Disclosures",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    StationId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    FirId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Number = table.Column<int>(type: "int", nullable: false),
                    CaseAccusedId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Recipient = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: false),
                    ReceivedBy = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    SuppliedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    Mode = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: false),
                    Documents = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: false),
                    CaseBundleId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    Reference = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: true),
                    Sha256 = table.Column<string>(type: "char(64)", unicode: false, fixedLength: true, maxLength: 64, nullable: false),
                    RecordedBy = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    RecordedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Disclosures", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Disclosures_CaseAccused_CaseAccusedId",
                        column: x => x.CaseAccusedId,
                        principalTable: "CaseAccused",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Disclosures_CaseBundles_CaseBundleId",
                        column: x => x.CaseBundleId,
                        principalTable: "CaseBundles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Disclosures_Firs_FirId",
                        column: x => x.FirId,
                        principalTable: "Firs",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Disclosures_Officers_RecordedBy",
                        column: x => x.RecordedBy,
                        principalTable: "Officers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Disclosures_Stations_StationId",
                        column: x => x.StationId,
                        principalTable: "Stations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "FurtherInvestigations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    StationId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    FirId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Court = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: false),
                    OrderDate = table.Column<DateOnly>(type: "date", nullable: false),
                    OrderReference = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Reasons = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: false),
                    RecordedBy = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    RecordedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FurtherInvestigations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_FurtherInvestigations_Firs_FirId",
                        column: x => x.FirId,
                        principalTable: "Firs",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_FurtherInvestigations_Officers_RecordedBy",
                        column: x => x.RecordedBy,
                        principalTable: "Officers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_FurtherInvestigations_Stations_StationId",
                        column: x => x.StationId,
                        principalTable: "Stations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "PoliceReports",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    StationId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    FirId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Sequence = table.Column<int>(type: "int", nullable: false),
                    FurtherInvestigationId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    Kind = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: false),
                    Closure = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: true),
                    Status = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: false),
                    Court = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: false),
                    Conclusion = table.Column<string>(type: "nvarchar(max)", maxLength: 20000, nullable: false),
                    MedicalReports = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: true),
                    DraftedBy = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    DraftedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    SubmittedBy = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    SubmittedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    ApprovedBy = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    ApprovedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    ReturnRemark = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true),
                    ForwardedBy = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    ForwardedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    ForwardedSha256 = table.Column<string>(type: "char(64)", unicode: false, fixedLength: true, maxLength: 64, nullable: true),
                    ForwardedSizeBytes = table.Column<long>(type: "bigint", nullable: true),
                    Version = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PoliceReports", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PoliceReports_Firs_FirId",
                        column: x => x.FirId,
                        principalTable: "Firs",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_PoliceReports_FurtherInvestigations_FurtherInvestigationId",
                        column: x => x.FurtherInvestigationId,
                        principalTable: "FurtherInvestigations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_PoliceReports_Officers_DraftedBy",
                        column: x => x.DraftedBy,
                        principalTable: "Officers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_PoliceReports_Stations_StationId",
                        column: x => x.StationId,
                        principalTable: "Stations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "PoliceReportAccused",
                columns: table => new
                {
                    CaseAccusedId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    PoliceReportId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    SentUp = table.Column<bool>(type: "bit", nullable: false),
                    Charges = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: false),
                    Note = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PoliceReportAccused", x => new { x.PoliceReportId, x.CaseAccusedId });
                    table.ForeignKey(
                        name: "FK_PoliceReportAccused_CaseAccused_CaseAccusedId",
                        column: x => x.CaseAccusedId,
                        principalTable: "CaseAccused",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_PoliceReportAccused_PoliceReports_PoliceReportId",
                        column: x => x.PoliceReportId,
                        principalTable: "PoliceReports",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Disclosures_CaseAccusedId",
                table: "Disclosures",
                column: "CaseAccusedId");

            migrationBuilder.CreateIndex(
                name: "IX_Disclosures_CaseBundleId",
                table: "Disclosures",
                column: "CaseBundleId");

            migrationBuilder.CreateIndex(
                name: "IX_Disclosures_FirId_Number",
                table: "Disclosures",
                columns: new[] { "FirId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Disclosures_RecordedBy",
                table: "Disclosures",
                column: "RecordedBy");

            migrationBuilder.CreateIndex(
                name: "IX_Disclosures_StationId",
                table: "Disclosures",
                column: "StationId");

            migrationBuilder.CreateIndex(
                name: "IX_FurtherInvestigations_FirId",
                table: "FurtherInvestigations",
                column: "FirId");

            migrationBuilder.CreateIndex(
                name: "IX_FurtherInvestigations_RecordedBy",
                table: "FurtherInvestigations",
                column: "RecordedBy");

            migrationBuilder.CreateIndex(
                name: "IX_FurtherInvestigations_StationId",
                table: "FurtherInvestigations",
                column: "StationId");

            migrationBuilder.CreateIndex(
                name: "IX_PoliceReportAccused_CaseAccusedId",
                table: "PoliceReportAccused",
                column: "CaseAccusedId");

            migrationBuilder.CreateIndex(
                name: "IX_PoliceReports_DraftedBy",
                table: "PoliceReports",
                column: "DraftedBy");

            migrationBuilder.CreateIndex(
                name: "IX_PoliceReports_FirId_Sequence",
                table: "PoliceReports",
                columns: new[] { "FirId", "Sequence" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PoliceReports_FurtherInvestigationId",
                table: "PoliceReports",
                column: "FurtherInvestigationId");

            migrationBuilder.CreateIndex(
                name: "IX_PoliceReports_StationId",
                table: "PoliceReports",
                column: "StationId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Disclosures");

            migrationBuilder.DropTable(
                name: "PoliceReportAccused");

            migrationBuilder.DropTable(
                name: "PoliceReports");

            migrationBuilder.DropTable(
                name: "FurtherInvestigations");

            migrationBuilder.DropColumn(
                name: "OverlapReason",
                table: "RaidMembers");
        }
    }
}
