using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CyberCase.Infrastructure.Persistence.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class AddSearchAndCustodyParticulars : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "CopyReceivedBy",
                table: "SeizureMemos",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ReportedToMagistrate",
                table: "SeizureMemos",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "ReportedToMagistrateAt",
                table: "SeizureMemos",
                type: "datetimeoffset",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SpecimenSealImpression",
                table: "SeizureMemos",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SpecimenSealKeptAt",
                table: "SeizureMemos",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SpecimenSealNumber",
                table: "SeizureMemos",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "OccupantAbsenceReason",
                table: "Raids",
                type: "nvarchar(500)",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "OccupantName",
                table: "Raids",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "OccupantPresent",
                table: "Raids",
                type: "bit",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "ReasonsDiaryEntryId",
                table: "Raids",
                type: "uniqueidentifier",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "ReasonsRecordedAt",
                table: "Raids",
                type: "datetimeoffset",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ImagingExaminerDesignation",
                table: "Exhibits",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ImagingExaminerEmployedAt",
                table: "Exhibits",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ImagingExaminerName",
                table: "Exhibits",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ImagingExaminerParentage",
                table: "Exhibits",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "ImagingExaminerSignedAt",
                table: "Exhibits",
                type: "datetimeoffset",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "ImagingPartASignedAt",
                table: "Exhibits",
                type: "datetimeoffset",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "ImagingPartASignedBy",
                table: "Exhibits",
                type: "uniqueidentifier",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ImagingProcess",
                table: "Exhibits",
                type: "nvarchar(1000)",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ImagingSourceSha256",
                table: "Exhibits",
                type: "nchar(64)",
                fixedLength: true,
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ImagingTool",
                table: "Exhibits",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ImagingToolVersion",
                table: "Exhibits",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "CourtPropertyNumber",
                table: "CustodyEvents",
                type: "nvarchar(64)",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "FslDocketNumber",
                table: "CustodyEvents",
                type: "nvarchar(64)",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "MalkhanaEntryNumber",
                table: "CustodyEvents",
                type: "nvarchar(64)",
                maxLength: 64,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "SearchRecordings",
                columns: table => new
                {
                    Number = table.Column<int>(type: "int", nullable: false),
                    RaidId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Kind = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: false),
                    EvidenceFileId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Sha256 = table.Column<string>(type: "nchar(64)", fixedLength: true, maxLength: 64, nullable: false),
                    FileName = table.Column<string>(type: "nvarchar(255)", maxLength: 255, nullable: false),
                    RecordedFrom = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    DurationSeconds = table.Column<int>(type: "int", nullable: true),
                    Device = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    RecordedByOfficerId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ForwardedTo = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: true),
                    ForwardedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    ForwardedHow = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: true),
                    ForwardingAcknowledgement = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: true),
                    CertificateSignedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    ExpertName = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    ExpertParentage = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    ExpertDesignation = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    ExpertEmployedAt = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    ExpertSignedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SearchRecordings", x => new { x.RaidId, x.Number });
                    table.ForeignKey(
                        name: "FK_SearchRecordings_EvidenceFiles_EvidenceFileId",
                        column: x => x.EvidenceFileId,
                        principalTable: "EvidenceFiles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_SearchRecordings_Officers_RecordedByOfficerId",
                        column: x => x.RecordedByOfficerId,
                        principalTable: "Officers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_SearchRecordings_Raids_RaidId",
                        column: x => x.RaidId,
                        principalTable: "Raids",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Raids_ReasonsDiaryEntryId",
                table: "Raids",
                column: "ReasonsDiaryEntryId");

            migrationBuilder.CreateIndex(
                name: "IX_Exhibits_ImagingPartASignedBy",
                table: "Exhibits",
                column: "ImagingPartASignedBy");

            migrationBuilder.CreateIndex(
                name: "IX_SearchRecordings_EvidenceFileId",
                table: "SearchRecordings",
                column: "EvidenceFileId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SearchRecordings_RecordedByOfficerId",
                table: "SearchRecordings",
                column: "RecordedByOfficerId");

            migrationBuilder.AddForeignKey(
                name: "FK_Exhibits_Officers_ImagingPartASignedBy",
                table: "Exhibits",
                column: "ImagingPartASignedBy",
                principalTable: "Officers",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_Raids_CaseDiaryEntries_ReasonsDiaryEntryId",
                table: "Raids",
                column: "ReasonsDiaryEntryId",
                principalTable: "CaseDiaryEntries",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Exhibits_Officers_ImagingPartASignedBy",
                table: "Exhibits");

            migrationBuilder.DropForeignKey(
                name: "FK_Raids_CaseDiaryEntries_ReasonsDiaryEntryId",
                table: "Raids");

            migrationBuilder.DropTable(
                name: "SearchRecordings");

            migrationBuilder.DropIndex(
                name: "IX_Raids_ReasonsDiaryEntryId",
                table: "Raids");

            migrationBuilder.DropIndex(
                name: "IX_Exhibits_ImagingPartASignedBy",
                table: "Exhibits");

            migrationBuilder.DropColumn(
                name: "CopyReceivedBy",
                table: "SeizureMemos");

            migrationBuilder.DropColumn(
                name: "ReportedToMagistrate",
                table: "SeizureMemos");

            migrationBuilder.DropColumn(
                name: "ReportedToMagistrateAt",
                table: "SeizureMemos");

            migrationBuilder.DropColumn(
                name: "SpecimenSealImpression",
                table: "SeizureMemos");

            migrationBuilder.DropColumn(
                name: "SpecimenSealKeptAt",
                table: "SeizureMemos");

            migrationBuilder.DropColumn(
                name: "SpecimenSealNumber",
                table: "SeizureMemos");

            migrationBuilder.DropColumn(
                name: "OccupantAbsenceReason",
                table: "Raids");

            migrationBuilder.DropColumn(
                name: "OccupantName",
                table: "Raids");

            migrationBuilder.DropColumn(
                name: "OccupantPresent",
                table: "Raids");

            migrationBuilder.DropColumn(
                name: "ReasonsDiaryEntryId",
                table: "Raids");

            migrationBuilder.DropColumn(
                name: "ReasonsRecordedAt",
                table: "Raids");

            migrationBuilder.DropColumn(
                name: "ImagingExaminerDesignation",
                table: "Exhibits");

            migrationBuilder.DropColumn(
                name: "ImagingExaminerEmployedAt",
                table: "Exhibits");

            migrationBuilder.DropColumn(
                name: "ImagingExaminerName",
                table: "Exhibits");

            migrationBuilder.DropColumn(
                name: "ImagingExaminerParentage",
                table: "Exhibits");

            migrationBuilder.DropColumn(
                name: "ImagingExaminerSignedAt",
                table: "Exhibits");

            migrationBuilder.DropColumn(
                name: "ImagingPartASignedAt",
                table: "Exhibits");

            migrationBuilder.DropColumn(
                name: "ImagingPartASignedBy",
                table: "Exhibits");

            migrationBuilder.DropColumn(
                name: "ImagingProcess",
                table: "Exhibits");

            migrationBuilder.DropColumn(
                name: "ImagingSourceSha256",
                table: "Exhibits");

            migrationBuilder.DropColumn(
                name: "ImagingTool",
                table: "Exhibits");

            migrationBuilder.DropColumn(
                name: "ImagingToolVersion",
                table: "Exhibits");

            migrationBuilder.DropColumn(
                name: "CourtPropertyNumber",
                table: "CustodyEvents");

            migrationBuilder.DropColumn(
                name: "FslDocketNumber",
                table: "CustodyEvents");

            migrationBuilder.DropColumn(
                name: "MalkhanaEntryNumber",
                table: "CustodyEvents");
        }
    }
}
