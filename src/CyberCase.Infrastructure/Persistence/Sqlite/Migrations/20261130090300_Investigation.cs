using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CyberCase.Infrastructure.Persistence.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Investigation : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "AccusedPersons",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    StationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Aliases = table.Column<string>(type: "TEXT", nullable: false),
                    ParentageRelation = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    ParentName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Gender = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    DateOfBirth = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Age = table.Column<int>(type: "INTEGER", nullable: true),
                    Address = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    AadhaarLast4 = table.Column<string>(type: "TEXT", fixedLength: true, maxLength: 4, nullable: true),
                    RecordedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AccusedPersons", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AccusedPersons_Stations_StationId",
                        column: x => x.StationId,
                        principalTable: "Stations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "AccusedPhones",
                columns: table => new
                {
                    Number = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    PersonId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AccusedPhones", x => new { x.PersonId, x.Number });
                    table.ForeignKey(
                        name: "FK_AccusedPhones_AccusedPersons_PersonId",
                        column: x => x.PersonId,
                        principalTable: "AccusedPersons",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Premises",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    StationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    AddressLine = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Locality = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    City = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    District = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    State = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Pin = table.Column<string>(type: "TEXT", maxLength: 6, nullable: true),
                    Latitude = table.Column<double>(type: "REAL", nullable: true),
                    Longitude = table.Column<double>(type: "REAL", nullable: true),
                    OwnerOperator = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    OwnerAccusedPersonId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Notes = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    RecordedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    RecordedBy = table.Column<Guid>(type: "TEXT", nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Premises", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Premises_AccusedPersons_OwnerAccusedPersonId",
                        column: x => x.OwnerAccusedPersonId,
                        principalTable: "AccusedPersons",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Premises_Officers_RecordedBy",
                        column: x => x.RecordedBy,
                        principalTable: "Officers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Premises_Stations_StationId",
                        column: x => x.StationId,
                        principalTable: "Stations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "CaseAccused",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    StationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    FirId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PersonId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Serial = table.Column<int>(type: "INTEGER", nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    Role = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    RoleNote = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    PremisesId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 24, nullable: false),
                    AddedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    AddedBy = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProducedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CaseAccused", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CaseAccused_AccusedPersons_PersonId",
                        column: x => x.PersonId,
                        principalTable: "AccusedPersons",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CaseAccused_Firs_FirId",
                        column: x => x.FirId,
                        principalTable: "Firs",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CaseAccused_Officers_AddedBy",
                        column: x => x.AddedBy,
                        principalTable: "Officers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CaseAccused_Premises_PremisesId",
                        column: x => x.PremisesId,
                        principalTable: "Premises",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CaseAccused_Stations_StationId",
                        column: x => x.StationId,
                        principalTable: "Stations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "FirPremises",
                columns: table => new
                {
                    FirId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PremisesId = table.Column<Guid>(type: "TEXT", nullable: false),
                    LinkedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    LinkedBy = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FirPremises", x => new { x.FirId, x.PremisesId });
                    table.ForeignKey(
                        name: "FK_FirPremises_Firs_FirId",
                        column: x => x.FirId,
                        principalTable: "Firs",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_FirPremises_Officers_LinkedBy",
                        column: x => x.LinkedBy,
                        principalTable: "Officers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_FirPremises_Premises_PremisesId",
                        column: x => x.PremisesId,
                        principalTable: "Premises",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Raids",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    StationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    FirId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PremisesId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ScheduledAt = table.Column<long>(type: "INTEGER", nullable: false),
                    LeadOfficerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Purpose = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    ReasonsRecorded = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: false),
                    PlannedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    PlannedBy = table.Column<Guid>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    StartedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    StartedBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    EndedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    CompletedBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    AudioVideoRecorded = table.Column<bool>(type: "INTEGER", nullable: true),
                    RecordingForwardedToMagistrateAt = table.Column<long>(type: "INTEGER", nullable: true),
                    OutcomeNotes = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: true),
                    CalledOffAt = table.Column<long>(type: "INTEGER", nullable: true),
                    CalledOffBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    CallOffReason = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: true),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Raids", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Raids_Firs_FirId",
                        column: x => x.FirId,
                        principalTable: "Firs",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Raids_Officers_LeadOfficerId",
                        column: x => x.LeadOfficerId,
                        principalTable: "Officers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Raids_Officers_PlannedBy",
                        column: x => x.PlannedBy,
                        principalTable: "Officers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Raids_Premises_PremisesId",
                        column: x => x.PremisesId,
                        principalTable: "Premises",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Raids_Stations_StationId",
                        column: x => x.StationId,
                        principalTable: "Stations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "CustodyRecords",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    AccusedId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    Court = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    OrderReference = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Until = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Notes = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    RecordedBy = table.Column<Guid>(type: "TEXT", nullable: false),
                    RecordedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CustodyRecords", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CustodyRecords_CaseAccused_AccusedId",
                        column: x => x.AccusedId,
                        principalTable: "CaseAccused",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_CustodyRecords_Officers_RecordedBy",
                        column: x => x.RecordedBy,
                        principalTable: "Officers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ArrestMemos",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    AccusedId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ArrestedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Place = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    ArrestingOfficerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RaidId = table.Column<Guid>(type: "TEXT", nullable: true),
                    GroundsCommunicated = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    AttestingWitnessName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    AttestingWitnessAddress = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    CountersignedByArrestee = table.Column<bool>(type: "INTEGER", nullable: false),
                    RelativeName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    RelativeRelation = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    RelativeInformedHow = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    RelativeInformedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    MedicalExaminedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    MedicalExaminedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    RecordedBy = table.Column<Guid>(type: "TEXT", nullable: false),
                    RecordedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ArrestMemos", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ArrestMemos_CaseAccused_AccusedId",
                        column: x => x.AccusedId,
                        principalTable: "CaseAccused",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ArrestMemos_Officers_ArrestingOfficerId",
                        column: x => x.ArrestingOfficerId,
                        principalTable: "Officers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ArrestMemos_Officers_RecordedBy",
                        column: x => x.RecordedBy,
                        principalTable: "Officers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ArrestMemos_Raids_RaidId",
                        column: x => x.RaidId,
                        principalTable: "Raids",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "RaidMembers",
                columns: table => new
                {
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    RaidId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OfficerId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Rank = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    Unit = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RaidMembers", x => new { x.RaidId, x.Position });
                    table.ForeignKey(
                        name: "FK_RaidMembers_Officers_OfficerId",
                        column: x => x.OfficerId,
                        principalTable: "Officers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_RaidMembers_Raids_RaidId",
                        column: x => x.RaidId,
                        principalTable: "Raids",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "RaidWitnesses",
                columns: table => new
                {
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    RaidId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Parentage = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Address = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RaidWitnesses", x => new { x.RaidId, x.Position });
                    table.ForeignKey(
                        name: "FK_RaidWitnesses_Raids_RaidId",
                        column: x => x.RaidId,
                        principalTable: "Raids",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AccusedPersons_StationId_Name",
                table: "AccusedPersons",
                columns: new[] { "StationId", "Name" });

            migrationBuilder.CreateIndex(
                name: "IX_AccusedPhones_Number",
                table: "AccusedPhones",
                column: "Number");

            migrationBuilder.CreateIndex(
                name: "IX_ArrestMemos_AccusedId",
                table: "ArrestMemos",
                column: "AccusedId");

            migrationBuilder.CreateIndex(
                name: "IX_ArrestMemos_ArrestedAt",
                table: "ArrestMemos",
                column: "ArrestedAt");

            migrationBuilder.CreateIndex(
                name: "IX_ArrestMemos_ArrestingOfficerId",
                table: "ArrestMemos",
                column: "ArrestingOfficerId");

            migrationBuilder.CreateIndex(
                name: "IX_ArrestMemos_RaidId",
                table: "ArrestMemos",
                column: "RaidId");

            migrationBuilder.CreateIndex(
                name: "IX_ArrestMemos_RecordedBy",
                table: "ArrestMemos",
                column: "RecordedBy");

            migrationBuilder.CreateIndex(
                name: "IX_CaseAccused_AddedBy",
                table: "CaseAccused",
                column: "AddedBy");

            migrationBuilder.CreateIndex(
                name: "IX_CaseAccused_FirId_PersonId",
                table: "CaseAccused",
                columns: new[] { "FirId", "PersonId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CaseAccused_FirId_Serial",
                table: "CaseAccused",
                columns: new[] { "FirId", "Serial" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CaseAccused_PersonId",
                table: "CaseAccused",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_CaseAccused_PremisesId",
                table: "CaseAccused",
                column: "PremisesId");

            migrationBuilder.CreateIndex(
                name: "IX_CaseAccused_StationId",
                table: "CaseAccused",
                column: "StationId");

            migrationBuilder.CreateIndex(
                name: "IX_CustodyRecords_AccusedId",
                table: "CustodyRecords",
                column: "AccusedId");

            migrationBuilder.CreateIndex(
                name: "IX_CustodyRecords_RecordedBy",
                table: "CustodyRecords",
                column: "RecordedBy");

            migrationBuilder.CreateIndex(
                name: "IX_FirPremises_LinkedBy",
                table: "FirPremises",
                column: "LinkedBy");

            migrationBuilder.CreateIndex(
                name: "IX_FirPremises_PremisesId",
                table: "FirPremises",
                column: "PremisesId");

            migrationBuilder.CreateIndex(
                name: "IX_Premises_OwnerAccusedPersonId",
                table: "Premises",
                column: "OwnerAccusedPersonId");

            migrationBuilder.CreateIndex(
                name: "IX_Premises_RecordedBy",
                table: "Premises",
                column: "RecordedBy");

            migrationBuilder.CreateIndex(
                name: "IX_Premises_StationId_Name",
                table: "Premises",
                columns: new[] { "StationId", "Name" });

            migrationBuilder.CreateIndex(
                name: "IX_RaidMembers_OfficerId",
                table: "RaidMembers",
                column: "OfficerId");

            migrationBuilder.CreateIndex(
                name: "IX_Raids_FirId",
                table: "Raids",
                column: "FirId");

            migrationBuilder.CreateIndex(
                name: "IX_Raids_LeadOfficerId",
                table: "Raids",
                column: "LeadOfficerId");

            migrationBuilder.CreateIndex(
                name: "IX_Raids_PlannedBy",
                table: "Raids",
                column: "PlannedBy");

            migrationBuilder.CreateIndex(
                name: "IX_Raids_PremisesId",
                table: "Raids",
                column: "PremisesId");

            migrationBuilder.CreateIndex(
                name: "IX_Raids_StationId_ScheduledAt",
                table: "Raids",
                columns: new[] { "StationId", "ScheduledAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AccusedPhones");

            migrationBuilder.DropTable(
                name: "ArrestMemos");

            migrationBuilder.DropTable(
                name: "CustodyRecords");

            migrationBuilder.DropTable(
                name: "FirPremises");

            migrationBuilder.DropTable(
                name: "RaidMembers");

            migrationBuilder.DropTable(
                name: "RaidWitnesses");

            migrationBuilder.DropTable(
                name: "CaseAccused");

            migrationBuilder.DropTable(
                name: "Raids");

            migrationBuilder.DropTable(
                name: "Premises");

            migrationBuilder.DropTable(
                name: "AccusedPersons");
        }
    }
}
