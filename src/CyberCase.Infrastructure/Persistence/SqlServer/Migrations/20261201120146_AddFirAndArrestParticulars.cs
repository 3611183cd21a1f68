using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CyberCase.Infrastructure.Persistence.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class AddFirAndArrestParticulars : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "BeatNumber",
                table: "Firs",
                type: "nvarchar(64)",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "CnrNumber",
                table: "Firs",
                type: "nvarchar(16)",
                maxLength: 16,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "CourtCaseNumber",
                table: "Firs",
                type: "nvarchar(64)",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "CourtName",
                table: "Firs",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "DelayReason",
                table: "Firs",
                type: "nvarchar(4000)",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "DirectionFromStation",
                table: "Firs",
                type: "nvarchar(64)",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "DispatchedToMagistrateAt",
                table: "Firs",
                type: "datetimeoffset",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "DispatchedToMagistrateHow",
                table: "Firs",
                type: "nvarchar(500)",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<decimal>(
                name: "DistanceFromStationKm",
                table: "Firs",
                type: "decimal(9,2)",
                precision: 9,
                scale: 2,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "InformantDateOfBirth",
                table: "Firs",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "InformantNameInScript",
                table: "Firs",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "InformantOccupation",
                table: "Firs",
                type: "nvarchar(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "InformantPassportIssuedAt",
                table: "Firs",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "InformantPassportIssuedOn",
                table: "Firs",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "InformantYearOfBirth",
                table: "Firs",
                type: "int",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "InformationGdReference",
                table: "Firs",
                type: "nvarchar(64)",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "InformationReceivedAt",
                table: "Firs",
                type: "datetimeoffset",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "NarrativeInScript",
                table: "Firs",
                type: "nvarchar(max)",
                maxLength: 20000,
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "OfficerInChargeId",
                table: "Firs",
                type: "uniqueidentifier",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PropertiesInvolved",
                table: "Firs",
                type: "nvarchar(4000)",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<decimal>(
                name: "PropertiesValueRupees",
                table: "Firs",
                type: "decimal(18,2)",
                precision: 18,
                scale: 2,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "JourneyMinutes",
                table: "CustodyRecords",
                type: "int",
                nullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "GroundsCommunicated",
                table: "ArrestMemos",
                type: "nvarchar(4000)",
                maxLength: 4000,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "nvarchar(4000)",
                oldMaxLength: 4000);

            migrationBuilder.AlterColumn<string>(
                name: "AttestingWitnessName",
                table: "ArrestMemos",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "nvarchar(200)",
                oldMaxLength: 200);

            migrationBuilder.AddColumn<string>(
                name: "ArrestGdEntryNumber",
                table: "ArrestMemos",
                type: "nvarchar(64)",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "AttestingWitnessNameInScript",
                table: "ArrestMemos",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "AttestingWitnessRelation",
                table: "ArrestMemos",
                type: "nvarchar(64)",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "ControlRoomInformedAt",
                table: "ArrestMemos",
                type: "datetimeoffset",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "GroundsInWriting",
                table: "ArrestMemos",
                type: "bit",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "GroundsLanguage",
                table: "ArrestMemos",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "InjuriesSeen",
                table: "ArrestMemos",
                type: "nvarchar(2000)",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "MagistratePermission",
                table: "ArrestMemos",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ReasonsForArrest",
                table: "ArrestMemos",
                type: "nvarchar(2000)",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "RelativeInformedBookEntry",
                table: "ArrestMemos",
                type: "nvarchar(64)",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "RelativeInformedBy",
                table: "ArrestMemos",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "RelativeNameInScript",
                table: "ArrestMemos",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "ToldOfRightToBail",
                table: "ArrestMemos",
                type: "bit",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "WomanArrestCircumstance",
                table: "ArrestMemos",
                type: "nvarchar(2000)",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "WomanOfficer",
                table: "ArrestMemos",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "FirAccusedParticulars",
                columns: table => new
                {
                    Position = table.Column<int>(type: "int", nullable: false),
                    FirId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Kind = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: false),
                    Name = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    NameInScript = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    Particulars = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true)
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
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "FirAccusedParticulars");

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
                name: "JourneyMinutes",
                table: "CustodyRecords");

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
                type: "nvarchar(4000)",
                maxLength: 4000,
                nullable: false,
                defaultValue: "",
                oldClrType: typeof(string),
                oldType: "nvarchar(4000)",
                oldMaxLength: 4000,
                oldNullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "AttestingWitnessName",
                table: "ArrestMemos",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: false,
                defaultValue: "",
                oldClrType: typeof(string),
                oldType: "nvarchar(200)",
                oldMaxLength: 200,
                oldNullable: true);
        }
    }
}
