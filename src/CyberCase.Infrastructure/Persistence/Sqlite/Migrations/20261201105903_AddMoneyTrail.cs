using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CyberCase.Infrastructure.Persistence.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class AddMoneyTrail : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Kyc",
                table: "CaseAccounts",
                type: "TEXT",
                maxLength: 1000,
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
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AccountStatusEvents");

            migrationBuilder.DropTable(
                name: "MoneyTransactions");

            migrationBuilder.DropTable(
                name: "ProgressCommunications");

            migrationBuilder.DropTable(
                name: "VictimStatements");

            migrationBuilder.DropTable(
                name: "Victims");

            migrationBuilder.DropTable(
                name: "Complaints");

            migrationBuilder.DropTable(
                name: "ComplaintImports");

            migrationBuilder.DropColumn(
                name: "Kyc",
                table: "CaseAccounts");
        }
    }
}
