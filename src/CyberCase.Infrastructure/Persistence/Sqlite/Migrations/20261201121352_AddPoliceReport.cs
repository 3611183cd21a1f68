using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CyberCase.Infrastructure.Persistence.Sqlite.Migrations
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
                type: "TEXT",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "Disclosures",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    StationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    FirId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    CaseAccusedId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Recipient = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    ReceivedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    SuppliedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Mode = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Documents = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    CaseBundleId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Reference = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    Sha256 = table.Column<string>(type: "TEXT", unicode: false, fixedLength: true, maxLength: 64, nullable: false),
                    RecordedBy = table.Column<Guid>(type: "TEXT", nullable: false),
                    RecordedAt = table.Column<long>(type: "INTEGER", nullable: false)
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
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    StationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    FirId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Court = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    OrderDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    OrderReference = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Reasons = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    RecordedBy = table.Column<Guid>(type: "TEXT", nullable: false),
                    RecordedAt = table.Column<long>(type: "INTEGER", nullable: false)
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
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    StationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    FirId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Sequence = table.Column<int>(type: "INTEGER", nullable: false),
                    FurtherInvestigationId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Closure = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Court = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Conclusion = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: false),
                    MedicalReports = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    DraftedBy = table.Column<Guid>(type: "TEXT", nullable: false),
                    DraftedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    SubmittedBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    SubmittedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ApprovedBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    ApprovedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ReturnRemark = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    ForwardedBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    ForwardedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ForwardedSha256 = table.Column<string>(type: "TEXT", unicode: false, fixedLength: true, maxLength: 64, nullable: true),
                    ForwardedSizeBytes = table.Column<long>(type: "INTEGER", nullable: true),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
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
                    CaseAccusedId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PoliceReportId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SentUp = table.Column<bool>(type: "INTEGER", nullable: false),
                    Charges = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true)
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
