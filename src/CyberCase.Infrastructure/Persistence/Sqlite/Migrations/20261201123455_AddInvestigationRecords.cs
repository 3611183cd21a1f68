using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CyberCase.Infrastructure.Persistence.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class AddInvestigationRecords : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "CopyReceivedBy",
                table: "SeizureMemos",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ReportedToMagistrate",
                table: "SeizureMemos",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "ReportedToMagistrateAt",
                table: "SeizureMemos",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SpecimenSealImpression",
                table: "SeizureMemos",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SpecimenSealKeptAt",
                table: "SeizureMemos",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SpecimenSealNumber",
                table: "SeizureMemos",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "OccupantAbsenceReason",
                table: "Raids",
                type: "TEXT",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "OccupantName",
                table: "Raids",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "OccupantPresent",
                table: "Raids",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "ReasonsDiaryEntryId",
                table: "Raids",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "ReasonsRecordedAt",
                table: "Raids",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "OverlapReason",
                table: "RaidMembers",
                type: "TEXT",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "BeatNumber",
                table: "Firs",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "CnrNumber",
                table: "Firs",
                type: "TEXT",
                maxLength: 16,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "CourtCaseNumber",
                table: "Firs",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "CourtName",
                table: "Firs",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "DelayReason",
                table: "Firs",
                type: "TEXT",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "DirectionFromStation",
                table: "Firs",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "DispatchedToMagistrateAt",
                table: "Firs",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "DispatchedToMagistrateHow",
                table: "Firs",
                type: "TEXT",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<decimal>(
                name: "DistanceFromStationKm",
                table: "Firs",
                type: "TEXT",
                precision: 9,
                scale: 2,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "InformantDateOfBirth",
                table: "Firs",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "InformantNameInScript",
                table: "Firs",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "InformantOccupation",
                table: "Firs",
                type: "TEXT",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "InformantPassportIssuedAt",
                table: "Firs",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "InformantPassportIssuedOn",
                table: "Firs",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "InformantYearOfBirth",
                table: "Firs",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "InformationGdReference",
                table: "Firs",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "InformationReceivedAt",
                table: "Firs",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "NarrativeInScript",
                table: "Firs",
                type: "TEXT",
                maxLength: 20000,
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "OfficerInChargeId",
                table: "Firs",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PropertiesInvolved",
                table: "Firs",
                type: "TEXT",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<decimal>(
                name: "PropertiesValueRupees",
                table: "Firs",
                type: "TEXT",
                precision: 18,
                scale: 2,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ImagingExaminerDesignation",
                table: "Exhibits",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ImagingExaminerEmployedAt",
                table: "Exhibits",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ImagingExaminerName",
                table: "Exhibits",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ImagingExaminerParentage",
                table: "Exhibits",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "ImagingExaminerSignedAt",
                table: "Exhibits",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "ImagingPartASignedAt",
                table: "Exhibits",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "ImagingPartASignedBy",
                table: "Exhibits",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ImagingProcess",
                table: "Exhibits",
                type: "TEXT",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ImagingSourceSha256",
                table: "Exhibits",
                type: "TEXT",
                fixedLength: true,
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ImagingTool",
                table: "Exhibits",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ImagingToolVersion",
                table: "Exhibits",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "JourneyMinutes",
                table: "CustodyRecords",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "CourtPropertyNumber",
                table: "CustodyEvents",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "FslDocketNumber",
                table: "CustodyEvents",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "MalkhanaEntryNumber",
                table: "CustodyEvents",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Kyc",
                table: "CaseAccounts",
                type: "TEXT",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "GroundsCommunicated",
                table: "ArrestMemos",
                type: "TEXT",
                maxLength: 4000,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "TEXT",
                oldMaxLength: 4000);

            migrationBuilder.AlterColumn<string>(
                name: "AttestingWitnessName",
                table: "ArrestMemos",
                type: "TEXT",
                maxLength: 200,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "TEXT",
                oldMaxLength: 200);

            migrationBuilder.AddColumn<string>(
                name: "ArrestGdEntryNumber",
                table: "ArrestMemos",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "AttestingWitnessNameInScript",
                table: "ArrestMemos",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "AttestingWitnessRelation",
                table: "ArrestMemos",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "ControlRoomInformedAt",
                table: "ArrestMemos",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "GroundsInWriting",
                table: "ArrestMemos",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "GroundsLanguage",
                table: "ArrestMemos",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "InjuriesSeen",
                table: "ArrestMemos",
                type: "TEXT",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "MagistratePermission",
                table: "ArrestMemos",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ReasonsForArrest",
                table: "ArrestMemos",
                type: "TEXT",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "RelativeInformedBookEntry",
                table: "ArrestMemos",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "RelativeInformedBy",
                table: "ArrestMemos",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "RelativeNameInScript",
                table: "ArrestMemos",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "ToldOfRightToBail",
                table: "ArrestMemos",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "WomanArrestCircumstance",
                table: "ArrestMemos",
                type: "TEXT",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "WomanOfficer",
                table: "ArrestMemos",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "AccountStatusEvents",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    StationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    FirId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AccountId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Sequence = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 24, nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    Addressee = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Reference = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Amount = table.Column<decimal>(type: "TEXT", precision: 28, scale: 8, nullable: true),
                    Currency = table.Column<string>(type: "TEXT", maxLength: 4, nullable: true),
                    SpApprovalReference = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    SpApprovedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ApplicationDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    OrderDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Notes = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    RecordedBy = table.Column<Guid>(type: "TEXT", nullable: false),
                    RecordedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AccountStatusEvents", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AccountStatusEvents_CaseAccounts_AccountId",
                        column: x => x.AccountId,
                        principalTable: "CaseAccounts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_AccountStatusEvents_Firs_FirId",
                        column: x => x.FirId,
                        principalTable: "Firs",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_AccountStatusEvents_Officers_RecordedBy",
                        column: x => x.RecordedBy,
                        principalTable: "Officers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_AccountStatusEvents_Stations_StationId",
                        column: x => x.StationId,
                        principalTable: "Stations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ComplaintImports",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    StationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Sha256 = table.Column<string>(type: "TEXT", fixedLength: true, maxLength: 64, nullable: false),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Rows = table.Column<int>(type: "INTEGER", nullable: false),
                    Added = table.Column<int>(type: "INTEGER", nullable: false),
                    ImportedBy = table.Column<Guid>(type: "TEXT", nullable: false),
                    ImportedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ComplaintImports", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ComplaintImports_Officers_ImportedBy",
                        column: x => x.ImportedBy,
                        principalTable: "Officers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ComplaintImports_Stations_StationId",
                        column: x => x.StationId,
                        principalTable: "Stations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

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
                name: "FirAccusedParticulars",
                columns: table => new
                {
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    FirId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    NameInScript = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Particulars = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FirAccusedParticulars", x => new { x.FirId, x.Position });
                    table.ForeignKey(
                        name: "FK_FirAccusedParticulars_Firs_FirId",
                        column: x => x.FirId,
                        principalTable: "Firs",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
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
                name: "SearchRecordings",
                columns: table => new
                {
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    RaidId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    EvidenceFileId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Sha256 = table.Column<string>(type: "TEXT", fixedLength: true, maxLength: 64, nullable: false),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    RecordedFrom = table.Column<long>(type: "INTEGER", nullable: false),
                    DurationSeconds = table.Column<int>(type: "INTEGER", nullable: true),
                    Device = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    RecordedByOfficerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ForwardedTo = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    ForwardedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ForwardedHow = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    ForwardingAcknowledgement = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    CertificateSignedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ExpertName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ExpertParentage = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ExpertDesignation = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ExpertEmployedAt = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ExpertSignedAt = table.Column<long>(type: "INTEGER", nullable: true)
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

            migrationBuilder.CreateTable(
                name: "Complaints",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    StationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AckNumber = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    ReceivedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Channel = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    ComplainantName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ComplainantContact = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ComplainantAddress = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    ComplainantCountry = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Category = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    AmountReported = table.Column<decimal>(type: "TEXT", precision: 28, scale: 8, nullable: true),
                    Currency = table.Column<string>(type: "TEXT", maxLength: 4, nullable: true),
                    TransactionsReported = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    FirId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ClosedReason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    ImportId = table.Column<Guid>(type: "TEXT", nullable: true),
                    RecordedBy = table.Column<Guid>(type: "TEXT", nullable: false),
                    RecordedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Complaints", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Complaints_ComplaintImports_ImportId",
                        column: x => x.ImportId,
                        principalTable: "ComplaintImports",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Complaints_Firs_FirId",
                        column: x => x.FirId,
                        principalTable: "Firs",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Complaints_Officers_RecordedBy",
                        column: x => x.RecordedBy,
                        principalTable: "Officers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Complaints_Stations_StationId",
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
                name: "Victims",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    StationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    FirId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ComplaintId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Parentage = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Gender = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    Age = table.Column<int>(type: "INTEGER", nullable: true),
                    Nationality = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    PassportOrId = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Country = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Language = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    InterpreterNeeded = table.Column<bool>(type: "INTEGER", nullable: false),
                    Contact = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Address = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    IsInformant = table.Column<bool>(type: "INTEGER", nullable: false),
                    AmountLost = table.Column<decimal>(type: "TEXT", precision: 28, scale: 8, nullable: true),
                    AmountLostCurrency = table.Column<string>(type: "TEXT", maxLength: 4, nullable: true),
                    RecordedBy = table.Column<Guid>(type: "TEXT", nullable: false),
                    RecordedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Victims", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Victims_Complaints_ComplaintId",
                        column: x => x.ComplaintId,
                        principalTable: "Complaints",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Victims_Firs_FirId",
                        column: x => x.FirId,
                        principalTable: "Firs",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Victims_Officers_RecordedBy",
                        column: x => x.RecordedBy,
                        principalTable: "Officers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Victims_Stations_StationId",
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

            migrationBuilder.CreateTable(
                name: "MoneyTransactions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    StationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    FirId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OccurredAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Amount = table.Column<decimal>(type: "TEXT", precision: 28, scale: 8, nullable: false),
                    Currency = table.Column<string>(type: "TEXT", maxLength: 4, nullable: false),
                    Channel = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Reference = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    VictimId = table.Column<Guid>(type: "TEXT", nullable: true),
                    FromAccountId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ToAccountId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Notes = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    RecordedBy = table.Column<Guid>(type: "TEXT", nullable: false),
                    RecordedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MoneyTransactions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MoneyTransactions_CaseAccounts_FromAccountId",
                        column: x => x.FromAccountId,
                        principalTable: "CaseAccounts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_MoneyTransactions_CaseAccounts_ToAccountId",
                        column: x => x.ToAccountId,
                        principalTable: "CaseAccounts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_MoneyTransactions_Firs_FirId",
                        column: x => x.FirId,
                        principalTable: "Firs",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_MoneyTransactions_Officers_RecordedBy",
                        column: x => x.RecordedBy,
                        principalTable: "Officers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_MoneyTransactions_Stations_StationId",
                        column: x => x.StationId,
                        principalTable: "Stations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_MoneyTransactions_Victims_VictimId",
                        column: x => x.VictimId,
                        principalTable: "Victims",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ProgressCommunications",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    StationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    FirId = table.Column<Guid>(type: "TEXT", nullable: false),
                    VictimId = table.Column<Guid>(type: "TEXT", nullable: true),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    Means = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    ByOfficerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Summary = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    RecordedBy = table.Column<Guid>(type: "TEXT", nullable: false),
                    RecordedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProgressCommunications", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ProgressCommunications_Firs_FirId",
                        column: x => x.FirId,
                        principalTable: "Firs",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ProgressCommunications_Officers_ByOfficerId",
                        column: x => x.ByOfficerId,
                        principalTable: "Officers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ProgressCommunications_Officers_RecordedBy",
                        column: x => x.RecordedBy,
                        principalTable: "Officers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ProgressCommunications_Stations_StationId",
                        column: x => x.StationId,
                        principalTable: "Stations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ProgressCommunications_Victims_VictimId",
                        column: x => x.VictimId,
                        principalTable: "Victims",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "VictimStatements",
                columns: table => new
                {
                    VictimId = table.Column<Guid>(type: "TEXT", nullable: false),
                    StatementId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_VictimStatements", x => new { x.VictimId, x.StatementId });
                    table.ForeignKey(
                        name: "FK_VictimStatements_Statements_StatementId",
                        column: x => x.StatementId,
                        principalTable: "Statements",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_VictimStatements_Victims_VictimId",
                        column: x => x.VictimId,
                        principalTable: "Victims",
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
                name: "IX_AccountStatusEvents_AccountId_Sequence",
                table: "AccountStatusEvents",
                columns: new[] { "AccountId", "Sequence" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AccountStatusEvents_FirId",
                table: "AccountStatusEvents",
                column: "FirId");

            migrationBuilder.CreateIndex(
                name: "IX_AccountStatusEvents_RecordedBy",
                table: "AccountStatusEvents",
                column: "RecordedBy");

            migrationBuilder.CreateIndex(
                name: "IX_AccountStatusEvents_StationId",
                table: "AccountStatusEvents",
                column: "StationId");

            migrationBuilder.CreateIndex(
                name: "IX_ComplaintImports_ImportedBy",
                table: "ComplaintImports",
                column: "ImportedBy");

            migrationBuilder.CreateIndex(
                name: "IX_ComplaintImports_StationId_Sha256",
                table: "ComplaintImports",
                columns: new[] { "StationId", "Sha256" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Complaints_FirId",
                table: "Complaints",
                column: "FirId");

            migrationBuilder.CreateIndex(
                name: "IX_Complaints_ImportId",
                table: "Complaints",
                column: "ImportId");

            migrationBuilder.CreateIndex(
                name: "IX_Complaints_RecordedBy",
                table: "Complaints",
                column: "RecordedBy");

            migrationBuilder.CreateIndex(
                name: "IX_Complaints_StationId_AckNumber",
                table: "Complaints",
                columns: new[] { "StationId", "AckNumber" },
                unique: true);

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
                name: "IX_MoneyTransactions_FirId_FromAccountId",
                table: "MoneyTransactions",
                columns: new[] { "FirId", "FromAccountId" });

            migrationBuilder.CreateIndex(
                name: "IX_MoneyTransactions_FirId_VictimId",
                table: "MoneyTransactions",
                columns: new[] { "FirId", "VictimId" });

            migrationBuilder.CreateIndex(
                name: "IX_MoneyTransactions_FromAccountId",
                table: "MoneyTransactions",
                column: "FromAccountId");

            migrationBuilder.CreateIndex(
                name: "IX_MoneyTransactions_RecordedBy",
                table: "MoneyTransactions",
                column: "RecordedBy");

            migrationBuilder.CreateIndex(
                name: "IX_MoneyTransactions_StationId",
                table: "MoneyTransactions",
                column: "StationId");

            migrationBuilder.CreateIndex(
                name: "IX_MoneyTransactions_ToAccountId",
                table: "MoneyTransactions",
                column: "ToAccountId");

            migrationBuilder.CreateIndex(
                name: "IX_MoneyTransactions_VictimId",
                table: "MoneyTransactions",
                column: "VictimId");

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

            migrationBuilder.CreateIndex(
                name: "IX_ProgressCommunications_ByOfficerId",
                table: "ProgressCommunications",
                column: "ByOfficerId");

            migrationBuilder.CreateIndex(
                name: "IX_ProgressCommunications_FirId_VictimId",
                table: "ProgressCommunications",
                columns: new[] { "FirId", "VictimId" });

            migrationBuilder.CreateIndex(
                name: "IX_ProgressCommunications_RecordedBy",
                table: "ProgressCommunications",
                column: "RecordedBy");

            migrationBuilder.CreateIndex(
                name: "IX_ProgressCommunications_StationId",
                table: "ProgressCommunications",
                column: "StationId");

            migrationBuilder.CreateIndex(
                name: "IX_ProgressCommunications_VictimId",
                table: "ProgressCommunications",
                column: "VictimId");

            migrationBuilder.CreateIndex(
                name: "IX_SearchRecordings_EvidenceFileId",
                table: "SearchRecordings",
                column: "EvidenceFileId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SearchRecordings_RecordedByOfficerId",
                table: "SearchRecordings",
                column: "RecordedByOfficerId");

            migrationBuilder.CreateIndex(
                name: "IX_Victims_ComplaintId",
                table: "Victims",
                column: "ComplaintId");

            migrationBuilder.CreateIndex(
                name: "IX_Victims_FirId_RecordedAt",
                table: "Victims",
                columns: new[] { "FirId", "RecordedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Victims_RecordedBy",
                table: "Victims",
                column: "RecordedBy");

            migrationBuilder.CreateIndex(
                name: "IX_Victims_StationId",
                table: "Victims",
                column: "StationId");

            migrationBuilder.CreateIndex(
                name: "IX_VictimStatements_StatementId",
                table: "VictimStatements",
                column: "StatementId");

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
                name: "AccountStatusEvents");

            migrationBuilder.DropTable(
                name: "Disclosures");

            migrationBuilder.DropTable(
                name: "FirAccusedParticulars");

            migrationBuilder.DropTable(
                name: "MoneyTransactions");

            migrationBuilder.DropTable(
                name: "PoliceReportAccused");

            migrationBuilder.DropTable(
                name: "ProgressCommunications");

            migrationBuilder.DropTable(
                name: "SearchRecordings");

            migrationBuilder.DropTable(
                name: "VictimStatements");

            migrationBuilder.DropTable(
                name: "PoliceReports");

            migrationBuilder.DropTable(
                name: "Victims");

            migrationBuilder.DropTable(
                name: "FurtherInvestigations");

            migrationBuilder.DropTable(
                name: "Complaints");

            migrationBuilder.DropTable(
                name: "ComplaintImports");

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
                name: "OverlapReason",
                table: "RaidMembers");

            migrationBuilder.DropColumn(
                name: "BeatNumber",
                table: "Firs");

            migrationBuilder.DropColumn(
                name: "CnrNumber",
                table: "Firs");

            migrationBuilder.DropColumn(
                name: "CourtCaseNumber",
                table: "Firs");

            migrationBuilder.DropColumn(
                name: "CourtName",
                table: "Firs");

            migrationBuilder.DropColumn(
                name: "DelayReason",
                table: "Firs");

            migrationBuilder.DropColumn(
                name: "DirectionFromStation",
                table: "Firs");

            migrationBuilder.DropColumn(
                name: "DispatchedToMagistrateAt",
                table: "Firs");

            migrationBuilder.DropColumn(
                name: "DispatchedToMagistrateHow",
                table: "Firs");

            migrationBuilder.DropColumn(
                name: "DistanceFromStationKm",
                table: "Firs");

            migrationBuilder.DropColumn(
                name: "InformantDateOfBirth",
                table: "Firs");

            migrationBuilder.DropColumn(
                name: "InformantNameInScript",
                table: "Firs");

            migrationBuilder.DropColumn(
                name: "InformantOccupation",
                table: "Firs");

            migrationBuilder.DropColumn(
                name: "InformantPassportIssuedAt",
                table: "Firs");

            migrationBuilder.DropColumn(
                name: "InformantPassportIssuedOn",
                table: "Firs");

            migrationBuilder.DropColumn(
                name: "InformantYearOfBirth",
                table: "Firs");

            migrationBuilder.DropColumn(
                name: "InformationGdReference",
                table: "Firs");

            migrationBuilder.DropColumn(
                name: "InformationReceivedAt",
                table: "Firs");

            migrationBuilder.DropColumn(
                name: "NarrativeInScript",
                table: "Firs");

            migrationBuilder.DropColumn(
                name: "OfficerInChargeId",
                table: "Firs");

            migrationBuilder.DropColumn(
                name: "PropertiesInvolved",
                table: "Firs");

            migrationBuilder.DropColumn(
                name: "PropertiesValueRupees",
                table: "Firs");

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
                name: "JourneyMinutes",
                table: "CustodyRecords");

            migrationBuilder.DropColumn(
                name: "CourtPropertyNumber",
                table: "CustodyEvents");

            migrationBuilder.DropColumn(
                name: "FslDocketNumber",
                table: "CustodyEvents");

            migrationBuilder.DropColumn(
                name: "MalkhanaEntryNumber",
                table: "CustodyEvents");

            migrationBuilder.DropColumn(
                name: "Kyc",
                table: "CaseAccounts");

            migrationBuilder.DropColumn(
                name: "ArrestGdEntryNumber",
                table: "ArrestMemos");

            migrationBuilder.DropColumn(
                name: "AttestingWitnessNameInScript",
                table: "ArrestMemos");

            migrationBuilder.DropColumn(
                name: "AttestingWitnessRelation",
                table: "ArrestMemos");

            migrationBuilder.DropColumn(
                name: "ControlRoomInformedAt",
                table: "ArrestMemos");

            migrationBuilder.DropColumn(
                name: "GroundsInWriting",
                table: "ArrestMemos");

            migrationBuilder.DropColumn(
                name: "GroundsLanguage",
                table: "ArrestMemos");

            migrationBuilder.DropColumn(
                name: "InjuriesSeen",
                table: "ArrestMemos");

            migrationBuilder.DropColumn(
                name: "MagistratePermission",
                table: "ArrestMemos");

            migrationBuilder.DropColumn(
                name: "ReasonsForArrest",
                table: "ArrestMemos");

            migrationBuilder.DropColumn(
                name: "RelativeInformedBookEntry",
                table: "ArrestMemos");

            migrationBuilder.DropColumn(
                name: "RelativeInformedBy",
                table: "ArrestMemos");

            migrationBuilder.DropColumn(
                name: "RelativeNameInScript",
                table: "ArrestMemos");

            migrationBuilder.DropColumn(
                name: "ToldOfRightToBail",
                table: "ArrestMemos");

            migrationBuilder.DropColumn(
                name: "WomanArrestCircumstance",
                table: "ArrestMemos");

            migrationBuilder.DropColumn(
                name: "WomanOfficer",
                table: "ArrestMemos");

            migrationBuilder.AlterColumn<string>(
                name: "GroundsCommunicated",
                table: "ArrestMemos",
                type: "TEXT",
                maxLength: 4000,
                nullable: false,
                defaultValue: "",
                oldClrType: typeof(string),
                oldType: "TEXT",
                oldMaxLength: 4000,
                oldNullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "AttestingWitnessName",
                table: "ArrestMemos",
                type: "TEXT",
                maxLength: 200,
                nullable: false,
                defaultValue: "",
                oldClrType: typeof(string),
                oldType: "TEXT",
                oldMaxLength: 200,
                oldNullable: true);
        }
    }
}
