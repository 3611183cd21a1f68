using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CyberCase.Infrastructure.Persistence.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "AspNetRoles",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    NormalizedName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetRoles", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUsers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    UserName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    NormalizedUserName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    Email = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    NormalizedEmail = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    EmailConfirmed = table.Column<bool>(type: "INTEGER", nullable: false),
                    PasswordHash = table.Column<string>(type: "TEXT", nullable: true),
                    SecurityStamp = table.Column<string>(type: "TEXT", nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "TEXT", nullable: true),
                    PhoneNumber = table.Column<string>(type: "TEXT", nullable: true),
                    PhoneNumberConfirmed = table.Column<bool>(type: "INTEGER", nullable: false),
                    TwoFactorEnabled = table.Column<bool>(type: "INTEGER", nullable: false),
                    LockoutEnd = table.Column<long>(type: "INTEGER", nullable: true),
                    LockoutEnabled = table.Column<bool>(type: "INTEGER", nullable: false),
                    AccessFailedCount = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUsers", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AuditRecords",
                columns: table => new
                {
                    Sequence = table.Column<long>(type: "INTEGER", nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    OfficerId = table.Column<Guid>(type: "TEXT", nullable: true),
                    UserName = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    StationId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Action = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    EntityType = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    EntityId = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Changes = table.Column<string>(type: "TEXT", nullable: false),
                    PreviousHash = table.Column<string>(type: "TEXT", fixedLength: true, maxLength: 64, nullable: false),
                    Hash = table.Column<string>(type: "TEXT", fixedLength: true, maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AuditRecords", x => x.Sequence);
                });

            migrationBuilder.CreateTable(
                name: "OffenceSections",
                columns: table => new
                {
                    Act = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    Section = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Punishment = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    MaxPunishmentYears = table.Column<decimal>(type: "TEXT", precision: 5, scale: 2, nullable: true),
                    Cognizable = table.Column<bool>(type: "INTEGER", nullable: true),
                    Bailable = table.Column<bool>(type: "INTEGER", nullable: true),
                    EquivalentAct = table.Column<string>(type: "TEXT", maxLength: 8, nullable: true),
                    EquivalentSection = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OffenceSections", x => new { x.Act, x.Section });
                });

            migrationBuilder.CreateTable(
                name: "StationCounters",
                columns: table => new
                {
                    StationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Value = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StationCounters", x => new { x.StationId, x.Name });
                });

            migrationBuilder.CreateTable(
                name: "Stations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    District = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    State = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Stations", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AspNetRoleClaims",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RoleId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ClaimType = table.Column<string>(type: "TEXT", nullable: true),
                    ClaimValue = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetRoleClaims", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AspNetRoleClaims_AspNetRoles_RoleId",
                        column: x => x.RoleId,
                        principalTable: "AspNetRoles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserClaims",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ClaimType = table.Column<string>(type: "TEXT", nullable: true),
                    ClaimValue = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserClaims", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AspNetUserClaims_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserLogins",
                columns: table => new
                {
                    LoginProvider = table.Column<string>(type: "TEXT", nullable: false),
                    ProviderKey = table.Column<string>(type: "TEXT", nullable: false),
                    ProviderDisplayName = table.Column<string>(type: "TEXT", nullable: true),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserLogins", x => new { x.LoginProvider, x.ProviderKey });
                    table.ForeignKey(
                        name: "FK_AspNetUserLogins_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserRoles",
                columns: table => new
                {
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RoleId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserRoles", x => new { x.UserId, x.RoleId });
                    table.ForeignKey(
                        name: "FK_AspNetUserRoles_AspNetRoles_RoleId",
                        column: x => x.RoleId,
                        principalTable: "AspNetRoles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_AspNetUserRoles_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserTokens",
                columns: table => new
                {
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    LoginProvider = table.Column<string>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", nullable: false),
                    Value = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserTokens", x => new { x.UserId, x.LoginProvider, x.Name });
                    table.ForeignKey(
                        name: "FK_AspNetUserTokens_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

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
                name: "Officers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    UserName = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    FullName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Rank = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    StationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Officers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Officers_AspNetUsers_Id",
                        column: x => x.Id,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Officers_Stations_StationId",
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
                name: "Firs",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    StationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Serial = table.Column<int>(type: "INTEGER", nullable: false),
                    Number = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    RegisteredAt = table.Column<long>(type: "INTEGER", nullable: false),
                    RegisteredBy = table.Column<Guid>(type: "TEXT", nullable: false),
                    GdEntryNumber = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    OccurredFrom = table.Column<long>(type: "INTEGER", nullable: false),
                    OccurredTo = table.Column<long>(type: "INTEGER", nullable: false),
                    PlaceOfOccurrence = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    InformationType = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    InformantName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    InformantParentage = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    InformantNationality = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    InformantPassportNumber = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    InformantAddress = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    InformantPhone = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    Narrative = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 24, nullable: false),
                    AssignedOfficerId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Firs", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Firs_Officers_AssignedOfficerId",
                        column: x => x.AssignedOfficerId,
                        principalTable: "Officers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Firs_Stations_StationId",
                        column: x => x.StationId,
                        principalTable: "Stations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
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
                name: "CaseAccounts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    StationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    FirId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Identifier = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Number = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    Ifsc = table.Column<string>(type: "TEXT", fixedLength: true, maxLength: 11, nullable: true),
                    Bank = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Holder = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Notes = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    RecordedBy = table.Column<Guid>(type: "TEXT", nullable: false),
                    RecordedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CaseAccounts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CaseAccounts_Firs_FirId",
                        column: x => x.FirId,
                        principalTable: "Firs",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CaseAccounts_Officers_RecordedBy",
                        column: x => x.RecordedBy,
                        principalTable: "Officers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CaseAccounts_Stations_StationId",
                        column: x => x.StationId,
                        principalTable: "Stations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "CaseBundles",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    FirId = table.Column<Guid>(type: "TEXT", nullable: false),
                    StationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Sha256 = table.Column<string>(type: "TEXT", unicode: false, fixedLength: true, maxLength: 64, nullable: false),
                    Pages = table.Column<int>(type: "INTEGER", nullable: false),
                    SizeBytes = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedBy = table.Column<Guid>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CaseBundles", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CaseBundles_Firs_FirId",
                        column: x => x.FirId,
                        principalTable: "Firs",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CaseBundles_Officers_CreatedBy",
                        column: x => x.CreatedBy,
                        principalTable: "Officers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CaseBundles_Stations_StationId",
                        column: x => x.StationId,
                        principalTable: "Stations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "EvidenceFiles",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    StationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OwnerType = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    OwnerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    FirId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OriginalFileName = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    Size = table.Column<long>(type: "INTEGER", nullable: false),
                    MediaType = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Sha256 = table.Column<string>(type: "TEXT", unicode: false, fixedLength: true, maxLength: 64, nullable: false),
                    StorageKey = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    UploadedBy = table.Column<Guid>(type: "TEXT", nullable: false),
                    UploadedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    WithdrawalReason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    WithdrawnBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    WithdrawnAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EvidenceFiles", x => x.Id);
                    table.ForeignKey(
                        name: "FK_EvidenceFiles_Firs_FirId",
                        column: x => x.FirId,
                        principalTable: "Firs",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_EvidenceFiles_Officers_UploadedBy",
                        column: x => x.UploadedBy,
                        principalTable: "Officers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_EvidenceFiles_Officers_WithdrawnBy",
                        column: x => x.WithdrawnBy,
                        principalTable: "Officers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_EvidenceFiles_Stations_StationId",
                        column: x => x.StationId,
                        principalTable: "Stations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "FirSections",
                columns: table => new
                {
                    Act = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    Section = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    FirId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FirSections", x => new { x.FirId, x.Act, x.Section });
                    table.ForeignKey(
                        name: "FK_FirSections_Firs_FirId",
                        column: x => x.FirId,
                        principalTable: "Firs",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SupplementaryStatement",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    FirId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: false),
                    RecordedBy = table.Column<Guid>(type: "TEXT", nullable: false),
                    RecordedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SupplementaryStatement", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SupplementaryStatement_Firs_FirId",
                        column: x => x.FirId,
                        principalTable: "Firs",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_SupplementaryStatement_Officers_RecordedBy",
                        column: x => x.RecordedBy,
                        principalTable: "Officers",
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
                name: "CaseBundleVolumes",
                columns: table => new
                {
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    CaseBundleId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Sha256 = table.Column<string>(type: "TEXT", unicode: false, fixedLength: true, maxLength: 64, nullable: false),
                    FirstPage = table.Column<int>(type: "INTEGER", nullable: false),
                    LastPage = table.Column<int>(type: "INTEGER", nullable: false),
                    SizeBytes = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CaseBundleVolumes", x => new { x.CaseBundleId, x.Number });
                    table.ForeignKey(
                        name: "FK_CaseBundleVolumes_CaseBundles_CaseBundleId",
                        column: x => x.CaseBundleId,
                        principalTable: "CaseBundles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
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

            migrationBuilder.CreateTable(
                name: "SeizureMemos",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    StationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    FirId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RaidId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PremisesId = table.Column<Guid>(type: "TEXT", nullable: true),
                    MemoNumber = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    DrawnUpAt = table.Column<long>(type: "INTEGER", nullable: false),
                    OccupantGivenCopy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    PreparedBy = table.Column<Guid>(type: "TEXT", nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SeizureMemos", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SeizureMemos_Firs_FirId",
                        column: x => x.FirId,
                        principalTable: "Firs",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_SeizureMemos_Officers_PreparedBy",
                        column: x => x.PreparedBy,
                        principalTable: "Officers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_SeizureMemos_Premises_PremisesId",
                        column: x => x.PremisesId,
                        principalTable: "Premises",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_SeizureMemos_Raids_RaidId",
                        column: x => x.RaidId,
                        principalTable: "Raids",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_SeizureMemos_Stations_StationId",
                        column: x => x.StationId,
                        principalTable: "Stations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Exhibits",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    StationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    FirId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SeizureMemoId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ParentExhibitId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Serial = table.Column<int>(type: "INTEGER", nullable: false),
                    Number = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Make = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Model = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Colour = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    SerialNumber = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    MacAddress = table.Column<string>(type: "TEXT", maxLength: 17, nullable: true),
                    Iccid = table.Column<string>(type: "TEXT", maxLength: 22, nullable: true),
                    SealNumber = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    Condition = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    FoundAt = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    SeizedFromPremisesId = table.Column<Guid>(type: "TEXT", nullable: true),
                    SeizedFromAccusedId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Sha256 = table.Column<string>(type: "TEXT", fixedLength: true, maxLength: 64, nullable: true),
                    SeizedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    HolderKind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    HolderOfficerId = table.Column<Guid>(type: "TEXT", nullable: true),
                    HolderName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Exhibits", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Exhibits_CaseAccused_SeizedFromAccusedId",
                        column: x => x.SeizedFromAccusedId,
                        principalTable: "CaseAccused",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Exhibits_Exhibits_ParentExhibitId",
                        column: x => x.ParentExhibitId,
                        principalTable: "Exhibits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Exhibits_Firs_FirId",
                        column: x => x.FirId,
                        principalTable: "Firs",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Exhibits_Premises_SeizedFromPremisesId",
                        column: x => x.SeizedFromPremisesId,
                        principalTable: "Premises",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Exhibits_SeizureMemos_SeizureMemoId",
                        column: x => x.SeizureMemoId,
                        principalTable: "SeizureMemos",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Exhibits_Stations_StationId",
                        column: x => x.StationId,
                        principalTable: "Stations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "SeizureMemoWitnesses",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Parentage = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Address = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    SeizureMemoId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SeizureMemoWitnesses", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SeizureMemoWitnesses_SeizureMemos_SeizureMemoId",
                        column: x => x.SeizureMemoId,
                        principalTable: "SeizureMemos",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CustodyEvents",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ExhibitId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Sequence = table.Column<int>(type: "INTEGER", nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    FromKind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    FromOfficerId = table.Column<Guid>(type: "TEXT", nullable: true),
                    FromName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ToKind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    ToOfficerId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ToName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Purpose = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    SealIntact = table.Column<bool>(type: "INTEGER", nullable: false),
                    HashVerified = table.Column<string>(type: "TEXT", fixedLength: true, maxLength: 64, nullable: true),
                    HashMatched = table.Column<bool>(type: "INTEGER", nullable: true),
                    RecordedBy = table.Column<Guid>(type: "TEXT", nullable: false),
                    PreviousHash = table.Column<string>(type: "TEXT", fixedLength: true, maxLength: 64, nullable: false),
                    Hash = table.Column<string>(type: "TEXT", fixedLength: true, maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CustodyEvents", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CustodyEvents_Exhibits_ExhibitId",
                        column: x => x.ExhibitId,
                        principalTable: "Exhibits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CustodyEvents_Officers_RecordedBy",
                        column: x => x.RecordedBy,
                        principalTable: "Officers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ExhibitImeis",
                columns: table => new
                {
                    ExhibitId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Slot = table.Column<int>(type: "INTEGER", nullable: false),
                    Imei = table.Column<string>(type: "TEXT", fixedLength: true, maxLength: 15, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ExhibitImeis", x => new { x.ExhibitId, x.Slot });
                    table.ForeignKey(
                        name: "FK_ExhibitImeis_Exhibits_ExhibitId",
                        column: x => x.ExhibitId,
                        principalTable: "Exhibits",
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
                name: "IX_AspNetRoleClaims_RoleId",
                table: "AspNetRoleClaims",
                column: "RoleId");

            migrationBuilder.CreateIndex(
                name: "RoleNameIndex",
                table: "AspNetRoles",
                column: "NormalizedName",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUserClaims_UserId",
                table: "AspNetUserClaims",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUserLogins_UserId",
                table: "AspNetUserLogins",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUserRoles_RoleId",
                table: "AspNetUserRoles",
                column: "RoleId");

            migrationBuilder.CreateIndex(
                name: "EmailIndex",
                table: "AspNetUsers",
                column: "NormalizedEmail");

            migrationBuilder.CreateIndex(
                name: "UserNameIndex",
                table: "AspNetUsers",
                column: "NormalizedUserName",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AuditRecords_EntityType_EntityId",
                table: "AuditRecords",
                columns: new[] { "EntityType", "EntityId" });

            migrationBuilder.CreateIndex(
                name: "IX_AuditRecords_StationId",
                table: "AuditRecords",
                column: "StationId");

            migrationBuilder.CreateIndex(
                name: "IX_CaseAccounts_FirId_Identifier",
                table: "CaseAccounts",
                columns: new[] { "FirId", "Identifier" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CaseAccounts_RecordedBy",
                table: "CaseAccounts",
                column: "RecordedBy");

            migrationBuilder.CreateIndex(
                name: "IX_CaseAccounts_StationId_Identifier",
                table: "CaseAccounts",
                columns: new[] { "StationId", "Identifier" });

            migrationBuilder.CreateIndex(
                name: "IX_CaseAccounts_StationId_Number",
                table: "CaseAccounts",
                columns: new[] { "StationId", "Number" });

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
                name: "IX_CaseBundles_CreatedBy",
                table: "CaseBundles",
                column: "CreatedBy");

            migrationBuilder.CreateIndex(
                name: "IX_CaseBundles_FirId_CreatedAt",
                table: "CaseBundles",
                columns: new[] { "FirId", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_CaseBundles_Sha256",
                table: "CaseBundles",
                column: "Sha256");

            migrationBuilder.CreateIndex(
                name: "IX_CaseBundles_StationId",
                table: "CaseBundles",
                column: "StationId");

            migrationBuilder.CreateIndex(
                name: "IX_CustodyEvents_ExhibitId_Sequence",
                table: "CustodyEvents",
                columns: new[] { "ExhibitId", "Sequence" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CustodyEvents_RecordedBy",
                table: "CustodyEvents",
                column: "RecordedBy");

            migrationBuilder.CreateIndex(
                name: "IX_CustodyEvents_ToKind_ToOfficerId",
                table: "CustodyEvents",
                columns: new[] { "ToKind", "ToOfficerId" });

            migrationBuilder.CreateIndex(
                name: "IX_CustodyRecords_AccusedId",
                table: "CustodyRecords",
                column: "AccusedId");

            migrationBuilder.CreateIndex(
                name: "IX_CustodyRecords_RecordedBy",
                table: "CustodyRecords",
                column: "RecordedBy");

            migrationBuilder.CreateIndex(
                name: "IX_EvidenceFiles_FirId",
                table: "EvidenceFiles",
                column: "FirId");

            migrationBuilder.CreateIndex(
                name: "IX_EvidenceFiles_Sha256",
                table: "EvidenceFiles",
                column: "Sha256");

            migrationBuilder.CreateIndex(
                name: "IX_EvidenceFiles_StationId_FirId",
                table: "EvidenceFiles",
                columns: new[] { "StationId", "FirId" });

            migrationBuilder.CreateIndex(
                name: "IX_EvidenceFiles_StationId_OwnerType_OwnerId",
                table: "EvidenceFiles",
                columns: new[] { "StationId", "OwnerType", "OwnerId" });

            migrationBuilder.CreateIndex(
                name: "IX_EvidenceFiles_UploadedBy",
                table: "EvidenceFiles",
                column: "UploadedBy");

            migrationBuilder.CreateIndex(
                name: "IX_EvidenceFiles_WithdrawnBy",
                table: "EvidenceFiles",
                column: "WithdrawnBy");

            migrationBuilder.CreateIndex(
                name: "IX_ExhibitImeis_Imei",
                table: "ExhibitImeis",
                column: "Imei");

            migrationBuilder.CreateIndex(
                name: "IX_Exhibits_FirId",
                table: "Exhibits",
                column: "FirId");

            migrationBuilder.CreateIndex(
                name: "IX_Exhibits_ParentExhibitId",
                table: "Exhibits",
                column: "ParentExhibitId");

            migrationBuilder.CreateIndex(
                name: "IX_Exhibits_SeizedFromAccusedId",
                table: "Exhibits",
                column: "SeizedFromAccusedId");

            migrationBuilder.CreateIndex(
                name: "IX_Exhibits_SeizedFromPremisesId",
                table: "Exhibits",
                column: "SeizedFromPremisesId");

            migrationBuilder.CreateIndex(
                name: "IX_Exhibits_SeizureMemoId",
                table: "Exhibits",
                column: "SeizureMemoId");

            migrationBuilder.CreateIndex(
                name: "IX_Exhibits_StationId_HolderKind",
                table: "Exhibits",
                columns: new[] { "StationId", "HolderKind" });

            migrationBuilder.CreateIndex(
                name: "IX_Exhibits_StationId_MacAddress",
                table: "Exhibits",
                columns: new[] { "StationId", "MacAddress" },
                filter: "MacAddress IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Exhibits_StationId_Number",
                table: "Exhibits",
                columns: new[] { "StationId", "Number" });

            migrationBuilder.CreateIndex(
                name: "IX_Exhibits_StationId_SealNumber",
                table: "Exhibits",
                columns: new[] { "StationId", "SealNumber" },
                filter: "SealNumber IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Exhibits_StationId_Serial",
                table: "Exhibits",
                columns: new[] { "StationId", "Serial" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Exhibits_StationId_SerialNumber",
                table: "Exhibits",
                columns: new[] { "StationId", "SerialNumber" },
                filter: "SerialNumber IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_FirPremises_LinkedBy",
                table: "FirPremises",
                column: "LinkedBy");

            migrationBuilder.CreateIndex(
                name: "IX_FirPremises_PremisesId",
                table: "FirPremises",
                column: "PremisesId");

            migrationBuilder.CreateIndex(
                name: "IX_Firs_AssignedOfficerId",
                table: "Firs",
                column: "AssignedOfficerId");

            migrationBuilder.CreateIndex(
                name: "IX_Firs_StationId_RegisteredAt",
                table: "Firs",
                columns: new[] { "StationId", "RegisteredAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Firs_StationId_Year_Serial",
                table: "Firs",
                columns: new[] { "StationId", "Year", "Serial" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_FirSections_Act_Section",
                table: "FirSections",
                columns: new[] { "Act", "Section" });

            migrationBuilder.CreateIndex(
                name: "IX_Officers_StationId",
                table: "Officers",
                column: "StationId");

            migrationBuilder.CreateIndex(
                name: "IX_Officers_UserName",
                table: "Officers",
                column: "UserName",
                unique: true);

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

            migrationBuilder.CreateIndex(
                name: "IX_SeizureMemos_FirId",
                table: "SeizureMemos",
                column: "FirId");

            migrationBuilder.CreateIndex(
                name: "IX_SeizureMemos_PremisesId",
                table: "SeizureMemos",
                column: "PremisesId");

            migrationBuilder.CreateIndex(
                name: "IX_SeizureMemos_PreparedBy",
                table: "SeizureMemos",
                column: "PreparedBy");

            migrationBuilder.CreateIndex(
                name: "IX_SeizureMemos_RaidId",
                table: "SeizureMemos",
                column: "RaidId");

            migrationBuilder.CreateIndex(
                name: "IX_SeizureMemos_StationId_MemoNumber",
                table: "SeizureMemos",
                columns: new[] { "StationId", "MemoNumber" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SeizureMemoWitnesses_SeizureMemoId",
                table: "SeizureMemoWitnesses",
                column: "SeizureMemoId");

            migrationBuilder.CreateIndex(
                name: "IX_Stations_Code",
                table: "Stations",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SupplementaryStatement_FirId",
                table: "SupplementaryStatement",
                column: "FirId");

            migrationBuilder.CreateIndex(
                name: "IX_SupplementaryStatement_RecordedBy",
                table: "SupplementaryStatement",
                column: "RecordedBy");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AccusedPhones");

            migrationBuilder.DropTable(
                name: "ArrestMemos");

            migrationBuilder.DropTable(
                name: "AspNetRoleClaims");

            migrationBuilder.DropTable(
                name: "AspNetUserClaims");

            migrationBuilder.DropTable(
                name: "AspNetUserLogins");

            migrationBuilder.DropTable(
                name: "AspNetUserRoles");

            migrationBuilder.DropTable(
                name: "AspNetUserTokens");

            migrationBuilder.DropTable(
                name: "AuditRecords");

            migrationBuilder.DropTable(
                name: "CaseAccounts");

            migrationBuilder.DropTable(
                name: "CaseBundleVolumes");

            migrationBuilder.DropTable(
                name: "CustodyEvents");

            migrationBuilder.DropTable(
                name: "CustodyRecords");

            migrationBuilder.DropTable(
                name: "EvidenceFiles");

            migrationBuilder.DropTable(
                name: "ExhibitImeis");

            migrationBuilder.DropTable(
                name: "FirPremises");

            migrationBuilder.DropTable(
                name: "FirSections");

            migrationBuilder.DropTable(
                name: "OffenceSections");

            migrationBuilder.DropTable(
                name: "RaidMembers");

            migrationBuilder.DropTable(
                name: "RaidWitnesses");

            migrationBuilder.DropTable(
                name: "SeizureMemoWitnesses");

            migrationBuilder.DropTable(
                name: "StationCounters");

            migrationBuilder.DropTable(
                name: "SupplementaryStatement");

            migrationBuilder.DropTable(
                name: "AspNetRoles");

            migrationBuilder.DropTable(
                name: "CaseBundles");

            migrationBuilder.DropTable(
                name: "Exhibits");

            migrationBuilder.DropTable(
                name: "CaseAccused");

            migrationBuilder.DropTable(
                name: "SeizureMemos");

            migrationBuilder.DropTable(
                name: "Raids");

            migrationBuilder.DropTable(
                name: "Firs");

            migrationBuilder.DropTable(
                name: "Premises");

            migrationBuilder.DropTable(
                name: "AccusedPersons");

            migrationBuilder.DropTable(
                name: "Officers");

            migrationBuilder.DropTable(
                name: "AspNetUsers");

            migrationBuilder.DropTable(
                name: "Stations");
        }
    }
}
