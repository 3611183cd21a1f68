CREATE TABLE IF NOT EXISTS "__EFMigrationsHistory" (
    "MigrationId" TEXT NOT NULL CONSTRAINT "PK___EFMigrationsHistory" PRIMARY KEY,
    "ProductVersion" TEXT NOT NULL
);

BEGIN TRANSACTION;
CREATE TABLE "AspNetRoles" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_AspNetRoles" PRIMARY KEY,
    "Name" TEXT NULL,
    "NormalizedName" TEXT NULL,
    "ConcurrencyStamp" TEXT NULL
);

CREATE TABLE "AspNetUsers" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_AspNetUsers" PRIMARY KEY,
    "UserName" TEXT NULL,
    "NormalizedUserName" TEXT NULL,
    "Email" TEXT NULL,
    "NormalizedEmail" TEXT NULL,
    "EmailConfirmed" INTEGER NOT NULL,
    "PasswordHash" TEXT NULL,
    "SecurityStamp" TEXT NULL,
    "ConcurrencyStamp" TEXT NULL,
    "PhoneNumber" TEXT NULL,
    "PhoneNumberConfirmed" INTEGER NOT NULL,
    "TwoFactorEnabled" INTEGER NOT NULL,
    "LockoutEnd" INTEGER NULL,
    "LockoutEnabled" INTEGER NOT NULL,
    "AccessFailedCount" INTEGER NOT NULL
);

CREATE TABLE "AuditRecords" (
    "Sequence" INTEGER NOT NULL CONSTRAINT "PK_AuditRecords" PRIMARY KEY,
    "At" INTEGER NOT NULL,
    "OfficerId" TEXT NULL,
    "UserName" TEXT NULL,
    "StationId" TEXT NULL,
    "Action" TEXT NOT NULL,
    "EntityType" TEXT NOT NULL,
    "EntityId" TEXT NULL,
    "Changes" TEXT NOT NULL,
    "PreviousHash" TEXT NOT NULL,
    "Hash" TEXT NOT NULL
);

CREATE TABLE "OffenceSections" (
    "Act" TEXT NOT NULL,
    "Section" TEXT NOT NULL,
    "Title" TEXT NOT NULL,
    "Punishment" TEXT NOT NULL,
    "MaxPunishmentYears" TEXT NULL,
    "Cognizable" INTEGER NULL,
    "Bailable" INTEGER NULL,
    "EquivalentAct" TEXT NULL,
    "EquivalentSection" TEXT NULL,
    CONSTRAINT "PK_OffenceSections" PRIMARY KEY ("Act", "Section")
);

CREATE TABLE "StationCounters" (
    "StationId" TEXT NOT NULL,
    "Name" TEXT NOT NULL,
    "Value" INTEGER NOT NULL,
    CONSTRAINT "PK_StationCounters" PRIMARY KEY ("StationId", "Name")
);

CREATE TABLE "Stations" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_Stations" PRIMARY KEY,
    "Code" TEXT NOT NULL,
    "Name" TEXT NOT NULL,
    "District" TEXT NOT NULL,
    "State" TEXT NOT NULL
);

CREATE TABLE "AspNetRoleClaims" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_AspNetRoleClaims" PRIMARY KEY AUTOINCREMENT,
    "RoleId" TEXT NOT NULL,
    "ClaimType" TEXT NULL,
    "ClaimValue" TEXT NULL,
    CONSTRAINT "FK_AspNetRoleClaims_AspNetRoles_RoleId" FOREIGN KEY ("RoleId") REFERENCES "AspNetRoles" ("Id") ON DELETE CASCADE
);

CREATE TABLE "AspNetUserClaims" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_AspNetUserClaims" PRIMARY KEY AUTOINCREMENT,
    "UserId" TEXT NOT NULL,
    "ClaimType" TEXT NULL,
    "ClaimValue" TEXT NULL,
    CONSTRAINT "FK_AspNetUserClaims_AspNetUsers_UserId" FOREIGN KEY ("UserId") REFERENCES "AspNetUsers" ("Id") ON DELETE CASCADE
);

CREATE TABLE "AspNetUserLogins" (
    "LoginProvider" TEXT NOT NULL,
    "ProviderKey" TEXT NOT NULL,
    "ProviderDisplayName" TEXT NULL,
    "UserId" TEXT NOT NULL,
    CONSTRAINT "PK_AspNetUserLogins" PRIMARY KEY ("LoginProvider", "ProviderKey"),
    CONSTRAINT "FK_AspNetUserLogins_AspNetUsers_UserId" FOREIGN KEY ("UserId") REFERENCES "AspNetUsers" ("Id") ON DELETE CASCADE
);

CREATE TABLE "AspNetUserRoles" (
    "UserId" TEXT NOT NULL,
    "RoleId" TEXT NOT NULL,
    CONSTRAINT "PK_AspNetUserRoles" PRIMARY KEY ("UserId", "RoleId"),
    CONSTRAINT "FK_AspNetUserRoles_AspNetRoles_RoleId" FOREIGN KEY ("RoleId") REFERENCES "AspNetRoles" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_AspNetUserRoles_AspNetUsers_UserId" FOREIGN KEY ("UserId") REFERENCES "AspNetUsers" ("Id") ON DELETE CASCADE
);

CREATE TABLE "AspNetUserTokens" (
    "UserId" TEXT NOT NULL,
    "LoginProvider" TEXT NOT NULL,
    "Name" TEXT NOT NULL,
    "Value" TEXT NULL,
    CONSTRAINT "PK_AspNetUserTokens" PRIMARY KEY ("UserId", "LoginProvider", "Name"),
    CONSTRAINT "FK_AspNetUserTokens_AspNetUsers_UserId" FOREIGN KEY ("UserId") REFERENCES "AspNetUsers" ("Id") ON DELETE CASCADE
);

CREATE TABLE "AccusedPersons" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_AccusedPersons" PRIMARY KEY,
    "StationId" TEXT NOT NULL,
    "Name" TEXT NOT NULL,
    "Aliases" TEXT NOT NULL,
    "ParentageRelation" TEXT NULL,
    "ParentName" TEXT NULL,
    "Gender" TEXT NOT NULL,
    "DateOfBirth" TEXT NULL,
    "Age" INTEGER NULL,
    "Address" TEXT NOT NULL,
    "AadhaarLast4" TEXT NULL,
    "RecordedAt" INTEGER NOT NULL,
    "Version" TEXT NOT NULL,
    CONSTRAINT "FK_AccusedPersons_Stations_StationId" FOREIGN KEY ("StationId") REFERENCES "Stations" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "Officers" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_Officers" PRIMARY KEY,
    "UserName" TEXT NOT NULL,
    "FullName" TEXT NOT NULL,
    "Rank" TEXT NULL,
    "StationId" TEXT NOT NULL,
    "Version" TEXT NOT NULL,
    CONSTRAINT "FK_Officers_AspNetUsers_Id" FOREIGN KEY ("Id") REFERENCES "AspNetUsers" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_Officers_Stations_StationId" FOREIGN KEY ("StationId") REFERENCES "Stations" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "AccusedPhones" (
    "Number" TEXT NOT NULL,
    "PersonId" TEXT NOT NULL,
    CONSTRAINT "PK_AccusedPhones" PRIMARY KEY ("PersonId", "Number"),
    CONSTRAINT "FK_AccusedPhones_AccusedPersons_PersonId" FOREIGN KEY ("PersonId") REFERENCES "AccusedPersons" ("Id") ON DELETE CASCADE
);

CREATE TABLE "Firs" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_Firs" PRIMARY KEY,
    "StationId" TEXT NOT NULL,
    "Year" INTEGER NOT NULL,
    "Serial" INTEGER NOT NULL,
    "Number" TEXT NOT NULL,
    "RegisteredAt" INTEGER NOT NULL,
    "RegisteredBy" TEXT NOT NULL,
    "GdEntryNumber" TEXT NULL,
    "OccurredFrom" INTEGER NOT NULL,
    "OccurredTo" INTEGER NOT NULL,
    "PlaceOfOccurrence" TEXT NOT NULL,
    "InformationType" TEXT NOT NULL,
    "InformantName" TEXT NOT NULL,
    "InformantParentage" TEXT NULL,
    "InformantNationality" TEXT NULL,
    "InformantPassportNumber" TEXT NULL,
    "InformantAddress" TEXT NULL,
    "InformantPhone" TEXT NULL,
    "Narrative" TEXT NOT NULL,
    "Status" TEXT NOT NULL,
    "AssignedOfficerId" TEXT NULL,
    "Version" TEXT NOT NULL,
    CONSTRAINT "FK_Firs_Officers_AssignedOfficerId" FOREIGN KEY ("AssignedOfficerId") REFERENCES "Officers" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_Firs_Stations_StationId" FOREIGN KEY ("StationId") REFERENCES "Stations" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "Premises" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_Premises" PRIMARY KEY,
    "StationId" TEXT NOT NULL,
    "Name" TEXT NOT NULL,
    "Kind" TEXT NOT NULL,
    "AddressLine" TEXT NOT NULL,
    "Locality" TEXT NULL,
    "City" TEXT NOT NULL,
    "District" TEXT NOT NULL,
    "State" TEXT NOT NULL,
    "Pin" TEXT NULL,
    "Latitude" REAL NULL,
    "Longitude" REAL NULL,
    "OwnerOperator" TEXT NULL,
    "OwnerAccusedPersonId" TEXT NULL,
    "Notes" TEXT NULL,
    "RecordedAt" INTEGER NOT NULL,
    "RecordedBy" TEXT NOT NULL,
    "Version" TEXT NOT NULL,
    CONSTRAINT "FK_Premises_AccusedPersons_OwnerAccusedPersonId" FOREIGN KEY ("OwnerAccusedPersonId") REFERENCES "AccusedPersons" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_Premises_Officers_RecordedBy" FOREIGN KEY ("RecordedBy") REFERENCES "Officers" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_Premises_Stations_StationId" FOREIGN KEY ("StationId") REFERENCES "Stations" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "CaseAccounts" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_CaseAccounts" PRIMARY KEY,
    "StationId" TEXT NOT NULL,
    "FirId" TEXT NOT NULL,
    "Kind" TEXT NOT NULL,
    "Identifier" TEXT NOT NULL,
    "Number" TEXT NOT NULL,
    "Ifsc" TEXT NULL,
    "Bank" TEXT NULL,
    "Holder" TEXT NULL,
    "Notes" TEXT NULL,
    "RecordedBy" TEXT NOT NULL,
    "RecordedAt" INTEGER NOT NULL,
    "Version" TEXT NOT NULL,
    CONSTRAINT "FK_CaseAccounts_Firs_FirId" FOREIGN KEY ("FirId") REFERENCES "Firs" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_CaseAccounts_Officers_RecordedBy" FOREIGN KEY ("RecordedBy") REFERENCES "Officers" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_CaseAccounts_Stations_StationId" FOREIGN KEY ("StationId") REFERENCES "Stations" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "CaseBundles" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_CaseBundles" PRIMARY KEY,
    "FirId" TEXT NOT NULL,
    "StationId" TEXT NOT NULL,
    "Sha256" TEXT NOT NULL,
    "Pages" INTEGER NOT NULL,
    "SizeBytes" INTEGER NOT NULL,
    "CreatedBy" TEXT NOT NULL,
    "CreatedAt" INTEGER NOT NULL,
    CONSTRAINT "FK_CaseBundles_Firs_FirId" FOREIGN KEY ("FirId") REFERENCES "Firs" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_CaseBundles_Officers_CreatedBy" FOREIGN KEY ("CreatedBy") REFERENCES "Officers" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_CaseBundles_Stations_StationId" FOREIGN KEY ("StationId") REFERENCES "Stations" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "EvidenceFiles" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_EvidenceFiles" PRIMARY KEY,
    "StationId" TEXT NOT NULL,
    "OwnerType" TEXT NOT NULL,
    "OwnerId" TEXT NOT NULL,
    "FirId" TEXT NOT NULL,
    "OriginalFileName" TEXT NOT NULL,
    "Size" INTEGER NOT NULL,
    "MediaType" TEXT NOT NULL,
    "Sha256" TEXT NOT NULL,
    "StorageKey" TEXT NOT NULL,
    "Description" TEXT NULL,
    "UploadedBy" TEXT NOT NULL,
    "UploadedAt" INTEGER NOT NULL,
    "WithdrawalReason" TEXT NULL,
    "WithdrawnBy" TEXT NULL,
    "WithdrawnAt" INTEGER NULL,
    "Version" TEXT NOT NULL,
    CONSTRAINT "FK_EvidenceFiles_Firs_FirId" FOREIGN KEY ("FirId") REFERENCES "Firs" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_EvidenceFiles_Officers_UploadedBy" FOREIGN KEY ("UploadedBy") REFERENCES "Officers" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_EvidenceFiles_Officers_WithdrawnBy" FOREIGN KEY ("WithdrawnBy") REFERENCES "Officers" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_EvidenceFiles_Stations_StationId" FOREIGN KEY ("StationId") REFERENCES "Stations" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "FirSections" (
    "Act" TEXT NOT NULL,
    "Section" TEXT NOT NULL,
    "FirId" TEXT NOT NULL,
    CONSTRAINT "PK_FirSections" PRIMARY KEY ("FirId", "Act", "Section"),
    CONSTRAINT "FK_FirSections_Firs_FirId" FOREIGN KEY ("FirId") REFERENCES "Firs" ("Id") ON DELETE CASCADE
);

CREATE TABLE "SupplementaryStatement" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_SupplementaryStatement" PRIMARY KEY,
    "FirId" TEXT NOT NULL,
    "Text" TEXT NOT NULL,
    "RecordedBy" TEXT NOT NULL,
    "RecordedAt" INTEGER NOT NULL,
    CONSTRAINT "FK_SupplementaryStatement_Firs_FirId" FOREIGN KEY ("FirId") REFERENCES "Firs" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_SupplementaryStatement_Officers_RecordedBy" FOREIGN KEY ("RecordedBy") REFERENCES "Officers" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "CaseAccused" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_CaseAccused" PRIMARY KEY,
    "StationId" TEXT NOT NULL,
    "FirId" TEXT NOT NULL,
    "PersonId" TEXT NOT NULL,
    "Serial" INTEGER NOT NULL,
    "Code" TEXT NOT NULL,
    "Role" TEXT NOT NULL,
    "RoleNote" TEXT NULL,
    "PremisesId" TEXT NULL,
    "Status" TEXT NOT NULL,
    "AddedAt" INTEGER NOT NULL,
    "AddedBy" TEXT NOT NULL,
    "ProducedAt" INTEGER NULL,
    "Version" TEXT NOT NULL,
    CONSTRAINT "FK_CaseAccused_AccusedPersons_PersonId" FOREIGN KEY ("PersonId") REFERENCES "AccusedPersons" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_CaseAccused_Firs_FirId" FOREIGN KEY ("FirId") REFERENCES "Firs" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_CaseAccused_Officers_AddedBy" FOREIGN KEY ("AddedBy") REFERENCES "Officers" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_CaseAccused_Premises_PremisesId" FOREIGN KEY ("PremisesId") REFERENCES "Premises" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_CaseAccused_Stations_StationId" FOREIGN KEY ("StationId") REFERENCES "Stations" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "FirPremises" (
    "FirId" TEXT NOT NULL,
    "PremisesId" TEXT NOT NULL,
    "LinkedAt" INTEGER NOT NULL,
    "LinkedBy" TEXT NOT NULL,
    CONSTRAINT "PK_FirPremises" PRIMARY KEY ("FirId", "PremisesId"),
    CONSTRAINT "FK_FirPremises_Firs_FirId" FOREIGN KEY ("FirId") REFERENCES "Firs" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_FirPremises_Officers_LinkedBy" FOREIGN KEY ("LinkedBy") REFERENCES "Officers" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_FirPremises_Premises_PremisesId" FOREIGN KEY ("PremisesId") REFERENCES "Premises" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "Raids" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_Raids" PRIMARY KEY,
    "StationId" TEXT NOT NULL,
    "FirId" TEXT NOT NULL,
    "PremisesId" TEXT NOT NULL,
    "ScheduledAt" INTEGER NOT NULL,
    "LeadOfficerId" TEXT NOT NULL,
    "Purpose" TEXT NOT NULL,
    "ReasonsRecorded" TEXT NOT NULL,
    "PlannedAt" INTEGER NOT NULL,
    "PlannedBy" TEXT NOT NULL,
    "Status" TEXT NOT NULL,
    "StartedAt" INTEGER NULL,
    "StartedBy" TEXT NULL,
    "EndedAt" INTEGER NULL,
    "CompletedBy" TEXT NULL,
    "AudioVideoRecorded" INTEGER NULL,
    "RecordingForwardedToMagistrateAt" INTEGER NULL,
    "OutcomeNotes" TEXT NULL,
    "CalledOffAt" INTEGER NULL,
    "CalledOffBy" TEXT NULL,
    "CallOffReason" TEXT NULL,
    "Version" TEXT NOT NULL,
    CONSTRAINT "FK_Raids_Firs_FirId" FOREIGN KEY ("FirId") REFERENCES "Firs" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_Raids_Officers_LeadOfficerId" FOREIGN KEY ("LeadOfficerId") REFERENCES "Officers" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_Raids_Officers_PlannedBy" FOREIGN KEY ("PlannedBy") REFERENCES "Officers" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_Raids_Premises_PremisesId" FOREIGN KEY ("PremisesId") REFERENCES "Premises" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_Raids_Stations_StationId" FOREIGN KEY ("StationId") REFERENCES "Stations" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "CaseBundleVolumes" (
    "Number" INTEGER NOT NULL,
    "CaseBundleId" TEXT NOT NULL,
    "Sha256" TEXT NOT NULL,
    "FirstPage" INTEGER NOT NULL,
    "LastPage" INTEGER NOT NULL,
    "SizeBytes" INTEGER NOT NULL,
    CONSTRAINT "PK_CaseBundleVolumes" PRIMARY KEY ("CaseBundleId", "Number"),
    CONSTRAINT "FK_CaseBundleVolumes_CaseBundles_CaseBundleId" FOREIGN KEY ("CaseBundleId") REFERENCES "CaseBundles" ("Id") ON DELETE CASCADE
);

CREATE TABLE "CustodyRecords" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_CustodyRecords" PRIMARY KEY,
    "AccusedId" TEXT NOT NULL,
    "Kind" TEXT NOT NULL,
    "At" INTEGER NOT NULL,
    "Court" TEXT NULL,
    "OrderReference" TEXT NULL,
    "Until" TEXT NULL,
    "Notes" TEXT NULL,
    "RecordedBy" TEXT NOT NULL,
    "RecordedAt" INTEGER NOT NULL,
    CONSTRAINT "FK_CustodyRecords_CaseAccused_AccusedId" FOREIGN KEY ("AccusedId") REFERENCES "CaseAccused" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_CustodyRecords_Officers_RecordedBy" FOREIGN KEY ("RecordedBy") REFERENCES "Officers" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "ArrestMemos" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_ArrestMemos" PRIMARY KEY,
    "AccusedId" TEXT NOT NULL,
    "ArrestedAt" INTEGER NOT NULL,
    "Place" TEXT NOT NULL,
    "ArrestingOfficerId" TEXT NOT NULL,
    "RaidId" TEXT NULL,
    "GroundsCommunicated" TEXT NOT NULL,
    "AttestingWitnessName" TEXT NOT NULL,
    "AttestingWitnessAddress" TEXT NULL,
    "CountersignedByArrestee" INTEGER NOT NULL,
    "RelativeName" TEXT NULL,
    "RelativeRelation" TEXT NULL,
    "RelativeInformedHow" TEXT NULL,
    "RelativeInformedAt" INTEGER NULL,
    "MedicalExaminedAt" INTEGER NULL,
    "MedicalExaminedBy" TEXT NULL,
    "RecordedBy" TEXT NOT NULL,
    "RecordedAt" INTEGER NOT NULL,
    CONSTRAINT "FK_ArrestMemos_CaseAccused_AccusedId" FOREIGN KEY ("AccusedId") REFERENCES "CaseAccused" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_ArrestMemos_Officers_ArrestingOfficerId" FOREIGN KEY ("ArrestingOfficerId") REFERENCES "Officers" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_ArrestMemos_Officers_RecordedBy" FOREIGN KEY ("RecordedBy") REFERENCES "Officers" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_ArrestMemos_Raids_RaidId" FOREIGN KEY ("RaidId") REFERENCES "Raids" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "RaidMembers" (
    "Position" INTEGER NOT NULL,
    "RaidId" TEXT NOT NULL,
    "OfficerId" TEXT NULL,
    "Name" TEXT NULL,
    "Rank" TEXT NULL,
    "Unit" TEXT NULL,
    CONSTRAINT "PK_RaidMembers" PRIMARY KEY ("RaidId", "Position"),
    CONSTRAINT "FK_RaidMembers_Officers_OfficerId" FOREIGN KEY ("OfficerId") REFERENCES "Officers" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_RaidMembers_Raids_RaidId" FOREIGN KEY ("RaidId") REFERENCES "Raids" ("Id") ON DELETE CASCADE
);

CREATE TABLE "RaidWitnesses" (
    "Position" INTEGER NOT NULL,
    "RaidId" TEXT NOT NULL,
    "Name" TEXT NOT NULL,
    "Parentage" TEXT NOT NULL,
    "Address" TEXT NOT NULL,
    CONSTRAINT "PK_RaidWitnesses" PRIMARY KEY ("RaidId", "Position"),
    CONSTRAINT "FK_RaidWitnesses_Raids_RaidId" FOREIGN KEY ("RaidId") REFERENCES "Raids" ("Id") ON DELETE CASCADE
);

CREATE TABLE "SeizureMemos" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_SeizureMemos" PRIMARY KEY,
    "StationId" TEXT NOT NULL,
    "FirId" TEXT NOT NULL,
    "RaidId" TEXT NOT NULL,
    "PremisesId" TEXT NULL,
    "MemoNumber" TEXT NOT NULL,
    "DrawnUpAt" INTEGER NOT NULL,
    "OccupantGivenCopy" TEXT NULL,
    "PreparedBy" TEXT NOT NULL,
    "Version" TEXT NOT NULL,
    CONSTRAINT "FK_SeizureMemos_Firs_FirId" FOREIGN KEY ("FirId") REFERENCES "Firs" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_SeizureMemos_Officers_PreparedBy" FOREIGN KEY ("PreparedBy") REFERENCES "Officers" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_SeizureMemos_Premises_PremisesId" FOREIGN KEY ("PremisesId") REFERENCES "Premises" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_SeizureMemos_Raids_RaidId" FOREIGN KEY ("RaidId") REFERENCES "Raids" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_SeizureMemos_Stations_StationId" FOREIGN KEY ("StationId") REFERENCES "Stations" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "Exhibits" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_Exhibits" PRIMARY KEY,
    "StationId" TEXT NOT NULL,
    "FirId" TEXT NOT NULL,
    "SeizureMemoId" TEXT NULL,
    "ParentExhibitId" TEXT NULL,
    "Serial" INTEGER NOT NULL,
    "Number" TEXT NOT NULL,
    "Kind" TEXT NOT NULL,
    "Description" TEXT NOT NULL,
    "Make" TEXT NULL,
    "Model" TEXT NULL,
    "Colour" TEXT NULL,
    "SerialNumber" TEXT NULL,
    "MacAddress" TEXT NULL,
    "Iccid" TEXT NULL,
    "SealNumber" TEXT NULL,
    "Condition" TEXT NULL,
    "FoundAt" TEXT NULL,
    "SeizedFromPremisesId" TEXT NULL,
    "SeizedFromAccusedId" TEXT NULL,
    "Sha256" TEXT NULL,
    "SeizedAt" INTEGER NOT NULL,
    "HolderKind" TEXT NOT NULL,
    "HolderOfficerId" TEXT NULL,
    "HolderName" TEXT NULL,
    "Version" TEXT NOT NULL,
    CONSTRAINT "FK_Exhibits_CaseAccused_SeizedFromAccusedId" FOREIGN KEY ("SeizedFromAccusedId") REFERENCES "CaseAccused" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_Exhibits_Exhibits_ParentExhibitId" FOREIGN KEY ("ParentExhibitId") REFERENCES "Exhibits" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_Exhibits_Firs_FirId" FOREIGN KEY ("FirId") REFERENCES "Firs" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_Exhibits_Premises_SeizedFromPremisesId" FOREIGN KEY ("SeizedFromPremisesId") REFERENCES "Premises" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_Exhibits_SeizureMemos_SeizureMemoId" FOREIGN KEY ("SeizureMemoId") REFERENCES "SeizureMemos" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_Exhibits_Stations_StationId" FOREIGN KEY ("StationId") REFERENCES "Stations" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "SeizureMemoWitnesses" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_SeizureMemoWitnesses" PRIMARY KEY AUTOINCREMENT,
    "Name" TEXT NOT NULL,
    "Parentage" TEXT NULL,
    "Address" TEXT NOT NULL,
    "SeizureMemoId" TEXT NOT NULL,
    CONSTRAINT "FK_SeizureMemoWitnesses_SeizureMemos_SeizureMemoId" FOREIGN KEY ("SeizureMemoId") REFERENCES "SeizureMemos" ("Id") ON DELETE CASCADE
);

CREATE TABLE "CustodyEvents" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_CustodyEvents" PRIMARY KEY,
    "ExhibitId" TEXT NOT NULL,
    "Sequence" INTEGER NOT NULL,
    "At" INTEGER NOT NULL,
    "FromKind" TEXT NULL,
    "FromOfficerId" TEXT NULL,
    "FromName" TEXT NULL,
    "ToKind" TEXT NOT NULL,
    "ToOfficerId" TEXT NULL,
    "ToName" TEXT NULL,
    "Purpose" TEXT NOT NULL,
    "SealIntact" INTEGER NOT NULL,
    "HashVerified" TEXT NULL,
    "HashMatched" INTEGER NULL,
    "RecordedBy" TEXT NOT NULL,
    "PreviousHash" TEXT NOT NULL,
    "Hash" TEXT NOT NULL,
    CONSTRAINT "FK_CustodyEvents_Exhibits_ExhibitId" FOREIGN KEY ("ExhibitId") REFERENCES "Exhibits" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_CustodyEvents_Officers_RecordedBy" FOREIGN KEY ("RecordedBy") REFERENCES "Officers" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "ExhibitImeis" (
    "ExhibitId" TEXT NOT NULL,
    "Slot" INTEGER NOT NULL,
    "Imei" TEXT NOT NULL,
    CONSTRAINT "PK_ExhibitImeis" PRIMARY KEY ("ExhibitId", "Slot"),
    CONSTRAINT "FK_ExhibitImeis_Exhibits_ExhibitId" FOREIGN KEY ("ExhibitId") REFERENCES "Exhibits" ("Id") ON DELETE CASCADE
);

CREATE INDEX "IX_AccusedPersons_StationId_Name" ON "AccusedPersons" ("StationId", "Name");

CREATE INDEX "IX_AccusedPhones_Number" ON "AccusedPhones" ("Number");

CREATE INDEX "IX_ArrestMemos_AccusedId" ON "ArrestMemos" ("AccusedId");

CREATE INDEX "IX_ArrestMemos_ArrestedAt" ON "ArrestMemos" ("ArrestedAt");

CREATE INDEX "IX_ArrestMemos_ArrestingOfficerId" ON "ArrestMemos" ("ArrestingOfficerId");

CREATE INDEX "IX_ArrestMemos_RaidId" ON "ArrestMemos" ("RaidId");

CREATE INDEX "IX_ArrestMemos_RecordedBy" ON "ArrestMemos" ("RecordedBy");

CREATE INDEX "IX_AspNetRoleClaims_RoleId" ON "AspNetRoleClaims" ("RoleId");

CREATE UNIQUE INDEX "RoleNameIndex" ON "AspNetRoles" ("NormalizedName");

CREATE INDEX "IX_AspNetUserClaims_UserId" ON "AspNetUserClaims" ("UserId");

CREATE INDEX "IX_AspNetUserLogins_UserId" ON "AspNetUserLogins" ("UserId");

CREATE INDEX "IX_AspNetUserRoles_RoleId" ON "AspNetUserRoles" ("RoleId");

CREATE INDEX "EmailIndex" ON "AspNetUsers" ("NormalizedEmail");

CREATE UNIQUE INDEX "UserNameIndex" ON "AspNetUsers" ("NormalizedUserName");

CREATE INDEX "IX_AuditRecords_EntityType_EntityId" ON "AuditRecords" ("EntityType", "EntityId");

CREATE INDEX "IX_AuditRecords_StationId" ON "AuditRecords" ("StationId");

CREATE UNIQUE INDEX "IX_CaseAccounts_FirId_Identifier" ON "CaseAccounts" ("FirId", "Identifier");

CREATE INDEX "IX_CaseAccounts_RecordedBy" ON "CaseAccounts" ("RecordedBy");

CREATE INDEX "IX_CaseAccounts_StationId_Identifier" ON "CaseAccounts" ("StationId", "Identifier");

CREATE INDEX "IX_CaseAccounts_StationId_Number" ON "CaseAccounts" ("StationId", "Number");

CREATE INDEX "IX_CaseAccused_AddedBy" ON "CaseAccused" ("AddedBy");

CREATE UNIQUE INDEX "IX_CaseAccused_FirId_PersonId" ON "CaseAccused" ("FirId", "PersonId");

CREATE UNIQUE INDEX "IX_CaseAccused_FirId_Serial" ON "CaseAccused" ("FirId", "Serial");

CREATE INDEX "IX_CaseAccused_PersonId" ON "CaseAccused" ("PersonId");

CREATE INDEX "IX_CaseAccused_PremisesId" ON "CaseAccused" ("PremisesId");

CREATE INDEX "IX_CaseAccused_StationId" ON "CaseAccused" ("StationId");

CREATE INDEX "IX_CaseBundles_CreatedBy" ON "CaseBundles" ("CreatedBy");

CREATE INDEX "IX_CaseBundles_FirId_CreatedAt" ON "CaseBundles" ("FirId", "CreatedAt");

CREATE INDEX "IX_CaseBundles_Sha256" ON "CaseBundles" ("Sha256");

CREATE INDEX "IX_CaseBundles_StationId" ON "CaseBundles" ("StationId");

CREATE UNIQUE INDEX "IX_CustodyEvents_ExhibitId_Sequence" ON "CustodyEvents" ("ExhibitId", "Sequence");

CREATE INDEX "IX_CustodyEvents_RecordedBy" ON "CustodyEvents" ("RecordedBy");

CREATE INDEX "IX_CustodyEvents_ToKind_ToOfficerId" ON "CustodyEvents" ("ToKind", "ToOfficerId");

CREATE INDEX "IX_CustodyRecords_AccusedId" ON "CustodyRecords" ("AccusedId");

CREATE INDEX "IX_CustodyRecords_RecordedBy" ON "CustodyRecords" ("RecordedBy");

CREATE INDEX "IX_EvidenceFiles_FirId" ON "EvidenceFiles" ("FirId");

CREATE INDEX "IX_EvidenceFiles_Sha256" ON "EvidenceFiles" ("Sha256");

CREATE INDEX "IX_EvidenceFiles_StationId_FirId" ON "EvidenceFiles" ("StationId", "FirId");

CREATE INDEX "IX_EvidenceFiles_StationId_OwnerType_OwnerId" ON "EvidenceFiles" ("StationId", "OwnerType", "OwnerId");

CREATE INDEX "IX_EvidenceFiles_UploadedBy" ON "EvidenceFiles" ("UploadedBy");

CREATE INDEX "IX_EvidenceFiles_WithdrawnBy" ON "EvidenceFiles" ("WithdrawnBy");

CREATE INDEX "IX_ExhibitImeis_Imei" ON "ExhibitImeis" ("Imei");

CREATE INDEX "IX_Exhibits_FirId" ON "Exhibits" ("FirId");

CREATE INDEX "IX_Exhibits_ParentExhibitId" ON "Exhibits" ("ParentExhibitId");

CREATE INDEX "IX_Exhibits_SeizedFromAccusedId" ON "Exhibits" ("SeizedFromAccusedId");

CREATE INDEX "IX_Exhibits_SeizedFromPremisesId" ON "Exhibits" ("SeizedFromPremisesId");

CREATE INDEX "IX_Exhibits_SeizureMemoId" ON "Exhibits" ("SeizureMemoId");

CREATE INDEX "IX_Exhibits_StationId_HolderKind" ON "Exhibits" ("StationId", "HolderKind");

CREATE INDEX "IX_Exhibits_StationId_MacAddress" ON "Exhibits" ("StationId", "MacAddress") WHERE MacAddress IS NOT NULL;

CREATE INDEX "IX_Exhibits_StationId_Number" ON "Exhibits" ("StationId", "Number");

CREATE INDEX "IX_Exhibits_StationId_SealNumber" ON "Exhibits" ("StationId", "SealNumber") WHERE SealNumber IS NOT NULL;

CREATE UNIQUE INDEX "IX_Exhibits_StationId_Serial" ON "Exhibits" ("StationId", "Serial");

CREATE INDEX "IX_Exhibits_StationId_SerialNumber" ON "Exhibits" ("StationId", "SerialNumber") WHERE SerialNumber IS NOT NULL;

CREATE INDEX "IX_FirPremises_LinkedBy" ON "FirPremises" ("LinkedBy");

CREATE INDEX "IX_FirPremises_PremisesId" ON "FirPremises" ("PremisesId");

CREATE INDEX "IX_Firs_AssignedOfficerId" ON "Firs" ("AssignedOfficerId");

CREATE INDEX "IX_Firs_StationId_RegisteredAt" ON "Firs" ("StationId", "RegisteredAt");

CREATE UNIQUE INDEX "IX_Firs_StationId_Year_Serial" ON "Firs" ("StationId", "Year", "Serial");

CREATE INDEX "IX_FirSections_Act_Section" ON "FirSections" ("Act", "Section");

CREATE INDEX "IX_Officers_StationId" ON "Officers" ("StationId");

CREATE UNIQUE INDEX "IX_Officers_UserName" ON "Officers" ("UserName");

CREATE INDEX "IX_Premises_OwnerAccusedPersonId" ON "Premises" ("OwnerAccusedPersonId");

CREATE INDEX "IX_Premises_RecordedBy" ON "Premises" ("RecordedBy");

CREATE INDEX "IX_Premises_StationId_Name" ON "Premises" ("StationId", "Name");

CREATE INDEX "IX_RaidMembers_OfficerId" ON "RaidMembers" ("OfficerId");

CREATE INDEX "IX_Raids_FirId" ON "Raids" ("FirId");

CREATE INDEX "IX_Raids_LeadOfficerId" ON "Raids" ("LeadOfficerId");

CREATE INDEX "IX_Raids_PlannedBy" ON "Raids" ("PlannedBy");

CREATE INDEX "IX_Raids_PremisesId" ON "Raids" ("PremisesId");

CREATE INDEX "IX_Raids_StationId_ScheduledAt" ON "Raids" ("StationId", "ScheduledAt");

CREATE INDEX "IX_SeizureMemos_FirId" ON "SeizureMemos" ("FirId");

CREATE INDEX "IX_SeizureMemos_PremisesId" ON "SeizureMemos" ("PremisesId");

CREATE INDEX "IX_SeizureMemos_PreparedBy" ON "SeizureMemos" ("PreparedBy");

CREATE INDEX "IX_SeizureMemos_RaidId" ON "SeizureMemos" ("RaidId");

CREATE UNIQUE INDEX "IX_SeizureMemos_StationId_MemoNumber" ON "SeizureMemos" ("StationId", "MemoNumber");

CREATE INDEX "IX_SeizureMemoWitnesses_SeizureMemoId" ON "SeizureMemoWitnesses" ("SeizureMemoId");

CREATE UNIQUE INDEX "IX_Stations_Code" ON "Stations" ("Code");

CREATE INDEX "IX_SupplementaryStatement_FirId" ON "SupplementaryStatement" ("FirId");

CREATE INDEX "IX_SupplementaryStatement_RecordedBy" ON "SupplementaryStatement" ("RecordedBy");

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261130100322_Initial', '10.0.15');

COMMIT;

BEGIN TRANSACTION;
CREATE VIRTUAL TABLE FirSearch USING fts5(
    FirId UNINDEXED, Station, Number, InformantName, Narrative,
    tokenize = 'unicode61 remove_diacritics 2');

CREATE TRIGGER Firs_SearchInsert AFTER INSERT ON Firs BEGIN
    INSERT INTO FirSearch (FirId, Station, Number, InformantName, Narrative)
    VALUES (new.Id, 's' || lower(replace(new.StationId, '-', '')), new.Number, new.InformantName, new.Narrative);
END;

CREATE TRIGGER Firs_SearchUpdate AFTER UPDATE OF Number, InformantName, Narrative ON Firs BEGIN
    UPDATE FirSearch SET Number = new.Number, InformantName = new.InformantName, Narrative = new.Narrative
    WHERE FirId = old.Id;
END;

CREATE TRIGGER Firs_SearchDelete AFTER DELETE ON Firs BEGIN
    DELETE FROM FirSearch WHERE FirId = old.Id;
END;

INSERT INTO FirSearch (FirId, Station, Number, InformantName, Narrative)
SELECT Id, 's' || lower(replace(StationId, '-', '')), Number, InformantName, Narrative FROM Firs ORDER BY RegisteredAt, Serial;

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261130100334_FirFullTextSearch', '10.0.15');

COMMIT;

BEGIN TRANSACTION;
CREATE TABLE "Statements" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_Statements" PRIMARY KEY,
    "StationId" TEXT NOT NULL,
    "FirId" TEXT NOT NULL,
    "Name" TEXT NOT NULL,
    "NameInScript" TEXT NULL,
    "Role" TEXT NOT NULL,
    "Parentage" TEXT NULL,
    "Address" TEXT NULL,
    "Phone" TEXT NULL,
    "RecordedAt" INTEGER NOT NULL,
    "Place" TEXT NOT NULL,
    "Language" TEXT NOT NULL,
    "RecordedById" TEXT NOT NULL,
    "SpeaksTo" TEXT NOT NULL,
    "Text" TEXT NOT NULL,
    "AudioVideoFileId" TEXT NULL,
    "CorrectsStatementId" TEXT NULL,
    "EnteredBy" TEXT NOT NULL,
    "EnteredAt" INTEGER NOT NULL,
    "Version" TEXT NOT NULL,
    CONSTRAINT "FK_Statements_EvidenceFiles_AudioVideoFileId" FOREIGN KEY ("AudioVideoFileId") REFERENCES "EvidenceFiles" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_Statements_Firs_FirId" FOREIGN KEY ("FirId") REFERENCES "Firs" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_Statements_Officers_EnteredBy" FOREIGN KEY ("EnteredBy") REFERENCES "Officers" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_Statements_Officers_RecordedById" FOREIGN KEY ("RecordedById") REFERENCES "Officers" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_Statements_Statements_CorrectsStatementId" FOREIGN KEY ("CorrectsStatementId") REFERENCES "Statements" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_Statements_Stations_StationId" FOREIGN KEY ("StationId") REFERENCES "Stations" ("Id") ON DELETE RESTRICT
);

CREATE INDEX "IX_Statements_AudioVideoFileId" ON "Statements" ("AudioVideoFileId");

CREATE UNIQUE INDEX "IX_Statements_CorrectsStatementId" ON "Statements" ("CorrectsStatementId");

CREATE INDEX "IX_Statements_EnteredBy" ON "Statements" ("EnteredBy");

CREATE INDEX "IX_Statements_FirId_RecordedAt" ON "Statements" ("FirId", "RecordedAt");

CREATE INDEX "IX_Statements_RecordedById" ON "Statements" ("RecordedById");

CREATE INDEX "IX_Statements_StationId" ON "Statements" ("StationId");

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261201093045_AddStatements', '10.0.15');

COMMIT;

BEGIN TRANSACTION;
CREATE TABLE "CaseDiaryDays" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_CaseDiaryDays" PRIMARY KEY,
    "StationId" TEXT NOT NULL,
    "FirId" TEXT NOT NULL,
    "Day" TEXT NOT NULL,
    "FirstPage" INTEGER NOT NULL,
    "PageCount" INTEGER NOT NULL,
    "ClosedBy" TEXT NOT NULL,
    "ClosedAt" INTEGER NOT NULL,
    CONSTRAINT "FK_CaseDiaryDays_Firs_FirId" FOREIGN KEY ("FirId") REFERENCES "Firs" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_CaseDiaryDays_Officers_ClosedBy" FOREIGN KEY ("ClosedBy") REFERENCES "Officers" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_CaseDiaryDays_Stations_StationId" FOREIGN KEY ("StationId") REFERENCES "Stations" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "CaseDiaryEntries" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_CaseDiaryEntries" PRIMARY KEY,
    "StationId" TEXT NOT NULL,
    "FirId" TEXT NOT NULL,
    "Day" TEXT NOT NULL,
    "Number" INTEGER NOT NULL,
    "WrittenBy" TEXT NOT NULL,
    "WrittenAt" INTEGER NOT NULL,
    "InformationReceivedAt" INTEGER NULL,
    "InvestigationBeganAt" INTEGER NOT NULL,
    "InvestigationClosedAt" INTEGER NOT NULL,
    "PlacesVisited" TEXT NOT NULL,
    "Findings" TEXT NOT NULL,
    "VernacularLanguage" TEXT NULL,
    "VernacularText" TEXT NULL,
    "CorrectsEntryId" TEXT NULL,
    CONSTRAINT "FK_CaseDiaryEntries_CaseDiaryEntries_CorrectsEntryId" FOREIGN KEY ("CorrectsEntryId") REFERENCES "CaseDiaryEntries" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_CaseDiaryEntries_Firs_FirId" FOREIGN KEY ("FirId") REFERENCES "Firs" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_CaseDiaryEntries_Officers_WrittenBy" FOREIGN KEY ("WrittenBy") REFERENCES "Officers" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_CaseDiaryEntries_Stations_StationId" FOREIGN KEY ("StationId") REFERENCES "Stations" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "CaseDiaryShares" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_CaseDiaryShares" PRIMARY KEY,
    "StationId" TEXT NOT NULL,
    "FirId" TEXT NOT NULL,
    "SharedBy" TEXT NOT NULL,
    "SharedAt" INTEGER NOT NULL,
    CONSTRAINT "FK_CaseDiaryShares_Firs_FirId" FOREIGN KEY ("FirId") REFERENCES "Firs" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_CaseDiaryShares_Officers_SharedBy" FOREIGN KEY ("SharedBy") REFERENCES "Officers" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_CaseDiaryShares_Stations_StationId" FOREIGN KEY ("StationId") REFERENCES "Stations" ("Id") ON DELETE RESTRICT
);

CREATE INDEX "IX_CaseDiaryDays_ClosedBy" ON "CaseDiaryDays" ("ClosedBy");

CREATE UNIQUE INDEX "IX_CaseDiaryDays_FirId_Day" ON "CaseDiaryDays" ("FirId", "Day");

CREATE UNIQUE INDEX "IX_CaseDiaryDays_FirId_FirstPage" ON "CaseDiaryDays" ("FirId", "FirstPage");

CREATE INDEX "IX_CaseDiaryDays_StationId" ON "CaseDiaryDays" ("StationId");

CREATE INDEX "IX_CaseDiaryEntries_CorrectsEntryId" ON "CaseDiaryEntries" ("CorrectsEntryId");

CREATE INDEX "IX_CaseDiaryEntries_FirId_Day" ON "CaseDiaryEntries" ("FirId", "Day");

CREATE UNIQUE INDEX "IX_CaseDiaryEntries_FirId_Number" ON "CaseDiaryEntries" ("FirId", "Number");

CREATE INDEX "IX_CaseDiaryEntries_StationId" ON "CaseDiaryEntries" ("StationId");

CREATE INDEX "IX_CaseDiaryEntries_WrittenBy" ON "CaseDiaryEntries" ("WrittenBy");

CREATE UNIQUE INDEX "IX_CaseDiaryShares_FirId" ON "CaseDiaryShares" ("FirId");

CREATE INDEX "IX_CaseDiaryShares_SharedBy" ON "CaseDiaryShares" ("SharedBy");

CREATE INDEX "IX_CaseDiaryShares_StationId" ON "CaseDiaryShares" ("StationId");

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261201095108_AddCaseDiary', '10.0.15');

COMMIT;

BEGIN TRANSACTION;
ALTER TABLE "SeizureMemos" ADD "CopyReceivedBy" TEXT NULL;

ALTER TABLE "SeizureMemos" ADD "ReportedToMagistrate" TEXT NULL;

ALTER TABLE "SeizureMemos" ADD "ReportedToMagistrateAt" INTEGER NULL;

ALTER TABLE "SeizureMemos" ADD "SpecimenSealImpression" TEXT NULL;

ALTER TABLE "SeizureMemos" ADD "SpecimenSealKeptAt" TEXT NULL;

ALTER TABLE "SeizureMemos" ADD "SpecimenSealNumber" TEXT NULL;

ALTER TABLE "Raids" ADD "OccupantAbsenceReason" TEXT NULL;

ALTER TABLE "Raids" ADD "OccupantName" TEXT NULL;

ALTER TABLE "Raids" ADD "OccupantPresent" INTEGER NULL;

ALTER TABLE "Raids" ADD "ReasonsDiaryEntryId" TEXT NULL;

ALTER TABLE "Raids" ADD "ReasonsRecordedAt" INTEGER NULL;

ALTER TABLE "RaidMembers" ADD "OverlapReason" TEXT NULL;

ALTER TABLE "Firs" ADD "BeatNumber" TEXT NULL;

ALTER TABLE "Firs" ADD "CnrNumber" TEXT NULL;

ALTER TABLE "Firs" ADD "CourtCaseNumber" TEXT NULL;

ALTER TABLE "Firs" ADD "CourtName" TEXT NULL;

ALTER TABLE "Firs" ADD "DelayReason" TEXT NULL;

ALTER TABLE "Firs" ADD "DirectionFromStation" TEXT NULL;

ALTER TABLE "Firs" ADD "DispatchedToMagistrateAt" INTEGER NULL;

ALTER TABLE "Firs" ADD "DispatchedToMagistrateHow" TEXT NULL;

ALTER TABLE "Firs" ADD "DistanceFromStationKm" TEXT NULL;

ALTER TABLE "Firs" ADD "InformantDateOfBirth" TEXT NULL;

ALTER TABLE "Firs" ADD "InformantNameInScript" TEXT NULL;

ALTER TABLE "Firs" ADD "InformantOccupation" TEXT NULL;

ALTER TABLE "Firs" ADD "InformantPassportIssuedAt" TEXT NULL;

ALTER TABLE "Firs" ADD "InformantPassportIssuedOn" TEXT NULL;

ALTER TABLE "Firs" ADD "InformantYearOfBirth" INTEGER NULL;

ALTER TABLE "Firs" ADD "InformationGdReference" TEXT NULL;

ALTER TABLE "Firs" ADD "InformationReceivedAt" INTEGER NULL;

ALTER TABLE "Firs" ADD "NarrativeInScript" TEXT NULL;

ALTER TABLE "Firs" ADD "OfficerInChargeId" TEXT NULL;

ALTER TABLE "Firs" ADD "PropertiesInvolved" TEXT NULL;

ALTER TABLE "Firs" ADD "PropertiesValueRupees" TEXT NULL;

ALTER TABLE "Exhibits" ADD "ImagingExaminerDesignation" TEXT NULL;

ALTER TABLE "Exhibits" ADD "ImagingExaminerEmployedAt" TEXT NULL;

ALTER TABLE "Exhibits" ADD "ImagingExaminerName" TEXT NULL;

ALTER TABLE "Exhibits" ADD "ImagingExaminerParentage" TEXT NULL;

ALTER TABLE "Exhibits" ADD "ImagingExaminerSignedAt" INTEGER NULL;

ALTER TABLE "Exhibits" ADD "ImagingPartASignedAt" INTEGER NULL;

ALTER TABLE "Exhibits" ADD "ImagingPartASignedBy" TEXT NULL;

ALTER TABLE "Exhibits" ADD "ImagingProcess" TEXT NULL;

ALTER TABLE "Exhibits" ADD "ImagingSourceSha256" TEXT NULL;

ALTER TABLE "Exhibits" ADD "ImagingTool" TEXT NULL;

ALTER TABLE "Exhibits" ADD "ImagingToolVersion" TEXT NULL;

ALTER TABLE "CustodyRecords" ADD "JourneyMinutes" INTEGER NULL;

ALTER TABLE "CustodyEvents" ADD "CourtPropertyNumber" TEXT NULL;

ALTER TABLE "CustodyEvents" ADD "FslDocketNumber" TEXT NULL;

ALTER TABLE "CustodyEvents" ADD "MalkhanaEntryNumber" TEXT NULL;

ALTER TABLE "CaseAccounts" ADD "Kyc" TEXT NULL;

ALTER TABLE "ArrestMemos" ADD "ArrestGdEntryNumber" TEXT NULL;

ALTER TABLE "ArrestMemos" ADD "AttestingWitnessNameInScript" TEXT NULL;

ALTER TABLE "ArrestMemos" ADD "AttestingWitnessRelation" TEXT NULL;

ALTER TABLE "ArrestMemos" ADD "ControlRoomInformedAt" INTEGER NULL;

ALTER TABLE "ArrestMemos" ADD "GroundsInWriting" INTEGER NULL;

ALTER TABLE "ArrestMemos" ADD "GroundsLanguage" TEXT NULL;

ALTER TABLE "ArrestMemos" ADD "InjuriesSeen" TEXT NULL;

ALTER TABLE "ArrestMemos" ADD "MagistratePermission" TEXT NULL;

ALTER TABLE "ArrestMemos" ADD "ReasonsForArrest" TEXT NULL;

ALTER TABLE "ArrestMemos" ADD "RelativeInformedBookEntry" TEXT NULL;

ALTER TABLE "ArrestMemos" ADD "RelativeInformedBy" TEXT NULL;

ALTER TABLE "ArrestMemos" ADD "RelativeNameInScript" TEXT NULL;

ALTER TABLE "ArrestMemos" ADD "ToldOfRightToBail" INTEGER NULL;

ALTER TABLE "ArrestMemos" ADD "WomanArrestCircumstance" TEXT NULL;

ALTER TABLE "ArrestMemos" ADD "WomanOfficer" TEXT NULL;

CREATE TABLE "AccountStatusEvents" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_AccountStatusEvents" PRIMARY KEY,
    "StationId" TEXT NOT NULL,
    "FirId" TEXT NOT NULL,
    "AccountId" TEXT NOT NULL,
    "Sequence" INTEGER NOT NULL,
    "Kind" TEXT NOT NULL,
    "At" INTEGER NOT NULL,
    "Addressee" TEXT NULL,
    "Reference" TEXT NULL,
    "Amount" TEXT NULL,
    "Currency" TEXT NULL,
    "SpApprovalReference" TEXT NULL,
    "SpApprovedOn" TEXT NULL,
    "ApplicationDate" TEXT NULL,
    "OrderDate" TEXT NULL,
    "Notes" TEXT NULL,
    "RecordedBy" TEXT NOT NULL,
    "RecordedAt" INTEGER NOT NULL,
    CONSTRAINT "FK_AccountStatusEvents_CaseAccounts_AccountId" FOREIGN KEY ("AccountId") REFERENCES "CaseAccounts" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_AccountStatusEvents_Firs_FirId" FOREIGN KEY ("FirId") REFERENCES "Firs" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_AccountStatusEvents_Officers_RecordedBy" FOREIGN KEY ("RecordedBy") REFERENCES "Officers" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_AccountStatusEvents_Stations_StationId" FOREIGN KEY ("StationId") REFERENCES "Stations" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "ComplaintImports" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_ComplaintImports" PRIMARY KEY,
    "StationId" TEXT NOT NULL,
    "Sha256" TEXT NOT NULL,
    "FileName" TEXT NULL,
    "Rows" INTEGER NOT NULL,
    "Added" INTEGER NOT NULL,
    "ImportedBy" TEXT NOT NULL,
    "ImportedAt" INTEGER NOT NULL,
    CONSTRAINT "FK_ComplaintImports_Officers_ImportedBy" FOREIGN KEY ("ImportedBy") REFERENCES "Officers" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_ComplaintImports_Stations_StationId" FOREIGN KEY ("StationId") REFERENCES "Stations" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "Disclosures" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_Disclosures" PRIMARY KEY,
    "StationId" TEXT NOT NULL,
    "FirId" TEXT NOT NULL,
    "Number" INTEGER NOT NULL,
    "CaseAccusedId" TEXT NOT NULL,
    "Recipient" TEXT NOT NULL,
    "ReceivedBy" TEXT NOT NULL,
    "SuppliedAt" INTEGER NOT NULL,
    "Mode" TEXT NOT NULL,
    "Documents" TEXT NOT NULL,
    "CaseBundleId" TEXT NULL,
    "Reference" TEXT NULL,
    "Sha256" TEXT NOT NULL,
    "RecordedBy" TEXT NOT NULL,
    "RecordedAt" INTEGER NOT NULL,
    CONSTRAINT "FK_Disclosures_CaseAccused_CaseAccusedId" FOREIGN KEY ("CaseAccusedId") REFERENCES "CaseAccused" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_Disclosures_CaseBundles_CaseBundleId" FOREIGN KEY ("CaseBundleId") REFERENCES "CaseBundles" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_Disclosures_Firs_FirId" FOREIGN KEY ("FirId") REFERENCES "Firs" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_Disclosures_Officers_RecordedBy" FOREIGN KEY ("RecordedBy") REFERENCES "Officers" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_Disclosures_Stations_StationId" FOREIGN KEY ("StationId") REFERENCES "Stations" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "FirAccusedParticulars" (
    "Position" INTEGER NOT NULL,
    "FirId" TEXT NOT NULL,
    "Kind" TEXT NOT NULL,
    "Name" TEXT NULL,
    "NameInScript" TEXT NULL,
    "Particulars" TEXT NULL,
    CONSTRAINT "PK_FirAccusedParticulars" PRIMARY KEY ("FirId", "Position"),
    CONSTRAINT "FK_FirAccusedParticulars_Firs_FirId" FOREIGN KEY ("FirId") REFERENCES "Firs" ("Id") ON DELETE CASCADE
);

CREATE TABLE "FurtherInvestigations" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_FurtherInvestigations" PRIMARY KEY,
    "StationId" TEXT NOT NULL,
    "FirId" TEXT NOT NULL,
    "Court" TEXT NOT NULL,
    "OrderDate" TEXT NOT NULL,
    "OrderReference" TEXT NOT NULL,
    "Reasons" TEXT NOT NULL,
    "RecordedBy" TEXT NOT NULL,
    "RecordedAt" INTEGER NOT NULL,
    CONSTRAINT "FK_FurtherInvestigations_Firs_FirId" FOREIGN KEY ("FirId") REFERENCES "Firs" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_FurtherInvestigations_Officers_RecordedBy" FOREIGN KEY ("RecordedBy") REFERENCES "Officers" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_FurtherInvestigations_Stations_StationId" FOREIGN KEY ("StationId") REFERENCES "Stations" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "SearchRecordings" (
    "Number" INTEGER NOT NULL,
    "RaidId" TEXT NOT NULL,
    "Kind" TEXT NOT NULL,
    "EvidenceFileId" TEXT NOT NULL,
    "Sha256" TEXT NOT NULL,
    "FileName" TEXT NOT NULL,
    "RecordedFrom" INTEGER NOT NULL,
    "DurationSeconds" INTEGER NULL,
    "Device" TEXT NULL,
    "RecordedByOfficerId" TEXT NOT NULL,
    "ForwardedTo" TEXT NULL,
    "ForwardedAt" INTEGER NULL,
    "ForwardedHow" TEXT NULL,
    "ForwardingAcknowledgement" TEXT NULL,
    "CertificateSignedAt" INTEGER NULL,
    "ExpertName" TEXT NULL,
    "ExpertParentage" TEXT NULL,
    "ExpertDesignation" TEXT NULL,
    "ExpertEmployedAt" TEXT NULL,
    "ExpertSignedAt" INTEGER NULL,
    CONSTRAINT "PK_SearchRecordings" PRIMARY KEY ("RaidId", "Number"),
    CONSTRAINT "FK_SearchRecordings_EvidenceFiles_EvidenceFileId" FOREIGN KEY ("EvidenceFileId") REFERENCES "EvidenceFiles" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_SearchRecordings_Officers_RecordedByOfficerId" FOREIGN KEY ("RecordedByOfficerId") REFERENCES "Officers" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_SearchRecordings_Raids_RaidId" FOREIGN KEY ("RaidId") REFERENCES "Raids" ("Id") ON DELETE CASCADE
);

CREATE TABLE "Complaints" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_Complaints" PRIMARY KEY,
    "StationId" TEXT NOT NULL,
    "AckNumber" TEXT NULL,
    "ReceivedAt" INTEGER NOT NULL,
    "Channel" TEXT NOT NULL,
    "ComplainantName" TEXT NOT NULL,
    "ComplainantContact" TEXT NULL,
    "ComplainantAddress" TEXT NULL,
    "ComplainantCountry" TEXT NULL,
    "Category" TEXT NOT NULL,
    "AmountReported" TEXT NULL,
    "Currency" TEXT NULL,
    "TransactionsReported" TEXT NULL,
    "Status" TEXT NOT NULL,
    "FirId" TEXT NULL,
    "ClosedReason" TEXT NULL,
    "ImportId" TEXT NULL,
    "RecordedBy" TEXT NOT NULL,
    "RecordedAt" INTEGER NOT NULL,
    "Version" TEXT NOT NULL,
    CONSTRAINT "FK_Complaints_ComplaintImports_ImportId" FOREIGN KEY ("ImportId") REFERENCES "ComplaintImports" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_Complaints_Firs_FirId" FOREIGN KEY ("FirId") REFERENCES "Firs" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_Complaints_Officers_RecordedBy" FOREIGN KEY ("RecordedBy") REFERENCES "Officers" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_Complaints_Stations_StationId" FOREIGN KEY ("StationId") REFERENCES "Stations" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "PoliceReports" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_PoliceReports" PRIMARY KEY,
    "StationId" TEXT NOT NULL,
    "FirId" TEXT NOT NULL,
    "Sequence" INTEGER NOT NULL,
    "FurtherInvestigationId" TEXT NULL,
    "Kind" TEXT NOT NULL,
    "Closure" TEXT NULL,
    "Status" TEXT NOT NULL,
    "Court" TEXT NOT NULL,
    "Conclusion" TEXT NOT NULL,
    "MedicalReports" TEXT NULL,
    "DraftedBy" TEXT NOT NULL,
    "DraftedAt" INTEGER NOT NULL,
    "SubmittedBy" TEXT NULL,
    "SubmittedAt" INTEGER NULL,
    "ApprovedBy" TEXT NULL,
    "ApprovedAt" INTEGER NULL,
    "ReturnRemark" TEXT NULL,
    "ForwardedBy" TEXT NULL,
    "ForwardedAt" INTEGER NULL,
    "ForwardedSha256" TEXT NULL,
    "ForwardedSizeBytes" INTEGER NULL,
    "Version" TEXT NOT NULL,
    CONSTRAINT "FK_PoliceReports_Firs_FirId" FOREIGN KEY ("FirId") REFERENCES "Firs" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_PoliceReports_FurtherInvestigations_FurtherInvestigationId" FOREIGN KEY ("FurtherInvestigationId") REFERENCES "FurtherInvestigations" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_PoliceReports_Officers_DraftedBy" FOREIGN KEY ("DraftedBy") REFERENCES "Officers" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_PoliceReports_Stations_StationId" FOREIGN KEY ("StationId") REFERENCES "Stations" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "Victims" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_Victims" PRIMARY KEY,
    "StationId" TEXT NOT NULL,
    "FirId" TEXT NOT NULL,
    "ComplaintId" TEXT NULL,
    "Name" TEXT NOT NULL,
    "Parentage" TEXT NULL,
    "Gender" TEXT NULL,
    "Age" INTEGER NULL,
    "Nationality" TEXT NULL,
    "PassportOrId" TEXT NULL,
    "Country" TEXT NULL,
    "Language" TEXT NULL,
    "InterpreterNeeded" INTEGER NOT NULL,
    "Contact" TEXT NULL,
    "Address" TEXT NULL,
    "IsInformant" INTEGER NOT NULL,
    "AmountLost" TEXT NULL,
    "AmountLostCurrency" TEXT NULL,
    "RecordedBy" TEXT NOT NULL,
    "RecordedAt" INTEGER NOT NULL,
    "Version" TEXT NOT NULL,
    CONSTRAINT "FK_Victims_Complaints_ComplaintId" FOREIGN KEY ("ComplaintId") REFERENCES "Complaints" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_Victims_Firs_FirId" FOREIGN KEY ("FirId") REFERENCES "Firs" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_Victims_Officers_RecordedBy" FOREIGN KEY ("RecordedBy") REFERENCES "Officers" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_Victims_Stations_StationId" FOREIGN KEY ("StationId") REFERENCES "Stations" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "PoliceReportAccused" (
    "CaseAccusedId" TEXT NOT NULL,
    "PoliceReportId" TEXT NOT NULL,
    "SentUp" INTEGER NOT NULL,
    "Charges" TEXT NOT NULL,
    "Note" TEXT NULL,
    CONSTRAINT "PK_PoliceReportAccused" PRIMARY KEY ("PoliceReportId", "CaseAccusedId"),
    CONSTRAINT "FK_PoliceReportAccused_CaseAccused_CaseAccusedId" FOREIGN KEY ("CaseAccusedId") REFERENCES "CaseAccused" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_PoliceReportAccused_PoliceReports_PoliceReportId" FOREIGN KEY ("PoliceReportId") REFERENCES "PoliceReports" ("Id") ON DELETE CASCADE
);

CREATE TABLE "MoneyTransactions" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_MoneyTransactions" PRIMARY KEY,
    "StationId" TEXT NOT NULL,
    "FirId" TEXT NOT NULL,
    "OccurredAt" INTEGER NOT NULL,
    "Amount" TEXT NOT NULL,
    "Currency" TEXT NOT NULL,
    "Channel" TEXT NOT NULL,
    "Reference" TEXT NULL,
    "VictimId" TEXT NULL,
    "FromAccountId" TEXT NULL,
    "ToAccountId" TEXT NOT NULL,
    "Notes" TEXT NULL,
    "RecordedBy" TEXT NOT NULL,
    "RecordedAt" INTEGER NOT NULL,
    CONSTRAINT "FK_MoneyTransactions_CaseAccounts_FromAccountId" FOREIGN KEY ("FromAccountId") REFERENCES "CaseAccounts" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_MoneyTransactions_CaseAccounts_ToAccountId" FOREIGN KEY ("ToAccountId") REFERENCES "CaseAccounts" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_MoneyTransactions_Firs_FirId" FOREIGN KEY ("FirId") REFERENCES "Firs" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_MoneyTransactions_Officers_RecordedBy" FOREIGN KEY ("RecordedBy") REFERENCES "Officers" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_MoneyTransactions_Stations_StationId" FOREIGN KEY ("StationId") REFERENCES "Stations" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_MoneyTransactions_Victims_VictimId" FOREIGN KEY ("VictimId") REFERENCES "Victims" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "ProgressCommunications" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_ProgressCommunications" PRIMARY KEY,
    "StationId" TEXT NOT NULL,
    "FirId" TEXT NOT NULL,
    "VictimId" TEXT NULL,
    "At" INTEGER NOT NULL,
    "Means" TEXT NOT NULL,
    "ByOfficerId" TEXT NOT NULL,
    "Summary" TEXT NOT NULL,
    "RecordedBy" TEXT NOT NULL,
    "RecordedAt" INTEGER NOT NULL,
    CONSTRAINT "FK_ProgressCommunications_Firs_FirId" FOREIGN KEY ("FirId") REFERENCES "Firs" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_ProgressCommunications_Officers_ByOfficerId" FOREIGN KEY ("ByOfficerId") REFERENCES "Officers" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_ProgressCommunications_Officers_RecordedBy" FOREIGN KEY ("RecordedBy") REFERENCES "Officers" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_ProgressCommunications_Stations_StationId" FOREIGN KEY ("StationId") REFERENCES "Stations" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_ProgressCommunications_Victims_VictimId" FOREIGN KEY ("VictimId") REFERENCES "Victims" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "VictimStatements" (
    "VictimId" TEXT NOT NULL,
    "StatementId" TEXT NOT NULL,
    CONSTRAINT "PK_VictimStatements" PRIMARY KEY ("VictimId", "StatementId"),
    CONSTRAINT "FK_VictimStatements_Statements_StatementId" FOREIGN KEY ("StatementId") REFERENCES "Statements" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_VictimStatements_Victims_VictimId" FOREIGN KEY ("VictimId") REFERENCES "Victims" ("Id") ON DELETE CASCADE
);

CREATE INDEX "IX_Raids_ReasonsDiaryEntryId" ON "Raids" ("ReasonsDiaryEntryId");

CREATE INDEX "IX_Exhibits_ImagingPartASignedBy" ON "Exhibits" ("ImagingPartASignedBy");

CREATE UNIQUE INDEX "IX_AccountStatusEvents_AccountId_Sequence" ON "AccountStatusEvents" ("AccountId", "Sequence");

CREATE INDEX "IX_AccountStatusEvents_FirId" ON "AccountStatusEvents" ("FirId");

CREATE INDEX "IX_AccountStatusEvents_RecordedBy" ON "AccountStatusEvents" ("RecordedBy");

CREATE INDEX "IX_AccountStatusEvents_StationId" ON "AccountStatusEvents" ("StationId");

CREATE INDEX "IX_ComplaintImports_ImportedBy" ON "ComplaintImports" ("ImportedBy");

CREATE UNIQUE INDEX "IX_ComplaintImports_StationId_Sha256" ON "ComplaintImports" ("StationId", "Sha256");

CREATE INDEX "IX_Complaints_FirId" ON "Complaints" ("FirId");

CREATE INDEX "IX_Complaints_ImportId" ON "Complaints" ("ImportId");

CREATE INDEX "IX_Complaints_RecordedBy" ON "Complaints" ("RecordedBy");

CREATE UNIQUE INDEX "IX_Complaints_StationId_AckNumber" ON "Complaints" ("StationId", "AckNumber");

CREATE INDEX "IX_Disclosures_CaseAccusedId" ON "Disclosures" ("CaseAccusedId");

CREATE INDEX "IX_Disclosures_CaseBundleId" ON "Disclosures" ("CaseBundleId");

CREATE UNIQUE INDEX "IX_Disclosures_FirId_Number" ON "Disclosures" ("FirId", "Number");

CREATE INDEX "IX_Disclosures_RecordedBy" ON "Disclosures" ("RecordedBy");

CREATE INDEX "IX_Disclosures_StationId" ON "Disclosures" ("StationId");

CREATE INDEX "IX_FurtherInvestigations_FirId" ON "FurtherInvestigations" ("FirId");

CREATE INDEX "IX_FurtherInvestigations_RecordedBy" ON "FurtherInvestigations" ("RecordedBy");

CREATE INDEX "IX_FurtherInvestigations_StationId" ON "FurtherInvestigations" ("StationId");

CREATE INDEX "IX_MoneyTransactions_FirId_FromAccountId" ON "MoneyTransactions" ("FirId", "FromAccountId");

CREATE INDEX "IX_MoneyTransactions_FirId_VictimId" ON "MoneyTransactions" ("FirId", "VictimId");

CREATE INDEX "IX_MoneyTransactions_FromAccountId" ON "MoneyTransactions" ("FromAccountId");

CREATE INDEX "IX_MoneyTransactions_RecordedBy" ON "MoneyTransactions" ("RecordedBy");

CREATE INDEX "IX_MoneyTransactions_StationId" ON "MoneyTransactions" ("StationId");

CREATE INDEX "IX_MoneyTransactions_ToAccountId" ON "MoneyTransactions" ("ToAccountId");

CREATE INDEX "IX_MoneyTransactions_VictimId" ON "MoneyTransactions" ("VictimId");

CREATE INDEX "IX_PoliceReportAccused_CaseAccusedId" ON "PoliceReportAccused" ("CaseAccusedId");

CREATE INDEX "IX_PoliceReports_DraftedBy" ON "PoliceReports" ("DraftedBy");

CREATE UNIQUE INDEX "IX_PoliceReports_FirId_Sequence" ON "PoliceReports" ("FirId", "Sequence");

CREATE INDEX "IX_PoliceReports_FurtherInvestigationId" ON "PoliceReports" ("FurtherInvestigationId");

CREATE INDEX "IX_PoliceReports_StationId" ON "PoliceReports" ("StationId");

CREATE INDEX "IX_ProgressCommunications_ByOfficerId" ON "ProgressCommunications" ("ByOfficerId");

CREATE INDEX "IX_ProgressCommunications_FirId_VictimId" ON "ProgressCommunications" ("FirId", "VictimId");

CREATE INDEX "IX_ProgressCommunications_RecordedBy" ON "ProgressCommunications" ("RecordedBy");

CREATE INDEX "IX_ProgressCommunications_StationId" ON "ProgressCommunications" ("StationId");

CREATE INDEX "IX_ProgressCommunications_VictimId" ON "ProgressCommunications" ("VictimId");

CREATE UNIQUE INDEX "IX_SearchRecordings_EvidenceFileId" ON "SearchRecordings" ("EvidenceFileId");

CREATE INDEX "IX_SearchRecordings_RecordedByOfficerId" ON "SearchRecordings" ("RecordedByOfficerId");

CREATE INDEX "IX_Victims_ComplaintId" ON "Victims" ("ComplaintId");

CREATE INDEX "IX_Victims_FirId_RecordedAt" ON "Victims" ("FirId", "RecordedAt");

CREATE INDEX "IX_Victims_RecordedBy" ON "Victims" ("RecordedBy");

CREATE INDEX "IX_Victims_StationId" ON "Victims" ("StationId");

CREATE INDEX "IX_VictimStatements_StatementId" ON "VictimStatements" ("StatementId");

CREATE TABLE "ef_temp_ArrestMemos" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_ArrestMemos" PRIMARY KEY,
    "AccusedId" TEXT NOT NULL,
    "ArrestGdEntryNumber" TEXT NULL,
    "ArrestedAt" INTEGER NOT NULL,
    "ArrestingOfficerId" TEXT NOT NULL,
    "AttestingWitnessAddress" TEXT NULL,
    "AttestingWitnessName" TEXT NULL,
    "AttestingWitnessNameInScript" TEXT NULL,
    "AttestingWitnessRelation" TEXT NULL,
    "ControlRoomInformedAt" INTEGER NULL,
    "CountersignedByArrestee" INTEGER NOT NULL,
    "GroundsCommunicated" TEXT NULL,
    "GroundsInWriting" INTEGER NULL,
    "GroundsLanguage" TEXT NULL,
    "InjuriesSeen" TEXT NULL,
    "MagistratePermission" TEXT NULL,
    "MedicalExaminedAt" INTEGER NULL,
    "MedicalExaminedBy" TEXT NULL,
    "Place" TEXT NOT NULL,
    "RaidId" TEXT NULL,
    "ReasonsForArrest" TEXT NULL,
    "RecordedAt" INTEGER NOT NULL,
    "RecordedBy" TEXT NOT NULL,
    "RelativeInformedAt" INTEGER NULL,
    "RelativeInformedBookEntry" TEXT NULL,
    "RelativeInformedBy" TEXT NULL,
    "RelativeInformedHow" TEXT NULL,
    "RelativeName" TEXT NULL,
    "RelativeNameInScript" TEXT NULL,
    "RelativeRelation" TEXT NULL,
    "ToldOfRightToBail" INTEGER NULL,
    "WomanArrestCircumstance" TEXT NULL,
    "WomanOfficer" TEXT NULL,
    CONSTRAINT "FK_ArrestMemos_CaseAccused_AccusedId" FOREIGN KEY ("AccusedId") REFERENCES "CaseAccused" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_ArrestMemos_Officers_ArrestingOfficerId" FOREIGN KEY ("ArrestingOfficerId") REFERENCES "Officers" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_ArrestMemos_Officers_RecordedBy" FOREIGN KEY ("RecordedBy") REFERENCES "Officers" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_ArrestMemos_Raids_RaidId" FOREIGN KEY ("RaidId") REFERENCES "Raids" ("Id") ON DELETE RESTRICT
);

INSERT INTO "ef_temp_ArrestMemos" ("Id", "AccusedId", "ArrestGdEntryNumber", "ArrestedAt", "ArrestingOfficerId", "AttestingWitnessAddress", "AttestingWitnessName", "AttestingWitnessNameInScript", "AttestingWitnessRelation", "ControlRoomInformedAt", "CountersignedByArrestee", "GroundsCommunicated", "GroundsInWriting", "GroundsLanguage", "InjuriesSeen", "MagistratePermission", "MedicalExaminedAt", "MedicalExaminedBy", "Place", "RaidId", "ReasonsForArrest", "RecordedAt", "RecordedBy", "RelativeInformedAt", "RelativeInformedBookEntry", "RelativeInformedBy", "RelativeInformedHow", "RelativeName", "RelativeNameInScript", "RelativeRelation", "ToldOfRightToBail", "WomanArrestCircumstance", "WomanOfficer")
SELECT "Id", "AccusedId", "ArrestGdEntryNumber", "ArrestedAt", "ArrestingOfficerId", "AttestingWitnessAddress", "AttestingWitnessName", "AttestingWitnessNameInScript", "AttestingWitnessRelation", "ControlRoomInformedAt", "CountersignedByArrestee", "GroundsCommunicated", "GroundsInWriting", "GroundsLanguage", "InjuriesSeen", "MagistratePermission", "MedicalExaminedAt", "MedicalExaminedBy", "Place", "RaidId", "ReasonsForArrest", "RecordedAt", "RecordedBy", "RelativeInformedAt", "RelativeInformedBookEntry", "RelativeInformedBy", "RelativeInformedHow", "RelativeName", "RelativeNameInScript", "RelativeRelation", "ToldOfRightToBail", "WomanArrestCircumstance", "WomanOfficer"
FROM "ArrestMemos";

CREATE TABLE "ef_temp_Exhibits" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_Exhibits" PRIMARY KEY,
    "Colour" TEXT NULL,
    "Condition" TEXT NULL,
    "Description" TEXT NOT NULL,
    "FirId" TEXT NOT NULL,
    "FoundAt" TEXT NULL,
    "HolderKind" TEXT NOT NULL,
    "HolderName" TEXT NULL,
    "HolderOfficerId" TEXT NULL,
    "Iccid" TEXT NULL,
    "ImagingExaminerDesignation" TEXT NULL,
    "ImagingExaminerEmployedAt" TEXT NULL,
    "ImagingExaminerName" TEXT NULL,
    "ImagingExaminerParentage" TEXT NULL,
    "ImagingExaminerSignedAt" INTEGER NULL,
    "ImagingPartASignedAt" INTEGER NULL,
    "ImagingPartASignedBy" TEXT NULL,
    "ImagingProcess" TEXT NULL,
    "ImagingSourceSha256" TEXT NULL,
    "ImagingTool" TEXT NULL,
    "ImagingToolVersion" TEXT NULL,
    "Kind" TEXT NOT NULL,
    "MacAddress" TEXT NULL,
    "Make" TEXT NULL,
    "Model" TEXT NULL,
    "Number" TEXT NOT NULL,
    "ParentExhibitId" TEXT NULL,
    "SealNumber" TEXT NULL,
    "SeizedAt" INTEGER NOT NULL,
    "SeizedFromAccusedId" TEXT NULL,
    "SeizedFromPremisesId" TEXT NULL,
    "SeizureMemoId" TEXT NULL,
    "Serial" INTEGER NOT NULL,
    "SerialNumber" TEXT NULL,
    "Sha256" TEXT NULL,
    "StationId" TEXT NOT NULL,
    "Version" TEXT NOT NULL,
    CONSTRAINT "FK_Exhibits_CaseAccused_SeizedFromAccusedId" FOREIGN KEY ("SeizedFromAccusedId") REFERENCES "CaseAccused" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_Exhibits_Exhibits_ParentExhibitId" FOREIGN KEY ("ParentExhibitId") REFERENCES "Exhibits" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_Exhibits_Firs_FirId" FOREIGN KEY ("FirId") REFERENCES "Firs" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_Exhibits_Officers_ImagingPartASignedBy" FOREIGN KEY ("ImagingPartASignedBy") REFERENCES "Officers" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_Exhibits_Premises_SeizedFromPremisesId" FOREIGN KEY ("SeizedFromPremisesId") REFERENCES "Premises" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_Exhibits_SeizureMemos_SeizureMemoId" FOREIGN KEY ("SeizureMemoId") REFERENCES "SeizureMemos" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_Exhibits_Stations_StationId" FOREIGN KEY ("StationId") REFERENCES "Stations" ("Id") ON DELETE RESTRICT
);

INSERT INTO "ef_temp_Exhibits" ("Id", "Colour", "Condition", "Description", "FirId", "FoundAt", "HolderKind", "HolderName", "HolderOfficerId", "Iccid", "ImagingExaminerDesignation", "ImagingExaminerEmployedAt", "ImagingExaminerName", "ImagingExaminerParentage", "ImagingExaminerSignedAt", "ImagingPartASignedAt", "ImagingPartASignedBy", "ImagingProcess", "ImagingSourceSha256", "ImagingTool", "ImagingToolVersion", "Kind", "MacAddress", "Make", "Model", "Number", "ParentExhibitId", "SealNumber", "SeizedAt", "SeizedFromAccusedId", "SeizedFromPremisesId", "SeizureMemoId", "Serial", "SerialNumber", "Sha256", "StationId", "Version")
SELECT "Id", "Colour", "Condition", "Description", "FirId", "FoundAt", "HolderKind", "HolderName", "HolderOfficerId", "Iccid", "ImagingExaminerDesignation", "ImagingExaminerEmployedAt", "ImagingExaminerName", "ImagingExaminerParentage", "ImagingExaminerSignedAt", "ImagingPartASignedAt", "ImagingPartASignedBy", "ImagingProcess", "ImagingSourceSha256", "ImagingTool", "ImagingToolVersion", "Kind", "MacAddress", "Make", "Model", "Number", "ParentExhibitId", "SealNumber", "SeizedAt", "SeizedFromAccusedId", "SeizedFromPremisesId", "SeizureMemoId", "Serial", "SerialNumber", "Sha256", "StationId", "Version"
FROM "Exhibits";

CREATE TABLE "ef_temp_Raids" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_Raids" PRIMARY KEY,
    "AudioVideoRecorded" INTEGER NULL,
    "CallOffReason" TEXT NULL,
    "CalledOffAt" INTEGER NULL,
    "CalledOffBy" TEXT NULL,
    "CompletedBy" TEXT NULL,
    "EndedAt" INTEGER NULL,
    "FirId" TEXT NOT NULL,
    "LeadOfficerId" TEXT NOT NULL,
    "OccupantAbsenceReason" TEXT NULL,
    "OccupantName" TEXT NULL,
    "OccupantPresent" INTEGER NULL,
    "OutcomeNotes" TEXT NULL,
    "PlannedAt" INTEGER NOT NULL,
    "PlannedBy" TEXT NOT NULL,
    "PremisesId" TEXT NOT NULL,
    "Purpose" TEXT NOT NULL,
    "ReasonsDiaryEntryId" TEXT NULL,
    "ReasonsRecorded" TEXT NOT NULL,
    "ReasonsRecordedAt" INTEGER NULL,
    "RecordingForwardedToMagistrateAt" INTEGER NULL,
    "ScheduledAt" INTEGER NOT NULL,
    "StartedAt" INTEGER NULL,
    "StartedBy" TEXT NULL,
    "StationId" TEXT NOT NULL,
    "Status" TEXT NOT NULL,
    "Version" TEXT NOT NULL,
    CONSTRAINT "FK_Raids_CaseDiaryEntries_ReasonsDiaryEntryId" FOREIGN KEY ("ReasonsDiaryEntryId") REFERENCES "CaseDiaryEntries" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_Raids_Firs_FirId" FOREIGN KEY ("FirId") REFERENCES "Firs" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_Raids_Officers_LeadOfficerId" FOREIGN KEY ("LeadOfficerId") REFERENCES "Officers" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_Raids_Officers_PlannedBy" FOREIGN KEY ("PlannedBy") REFERENCES "Officers" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_Raids_Premises_PremisesId" FOREIGN KEY ("PremisesId") REFERENCES "Premises" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_Raids_Stations_StationId" FOREIGN KEY ("StationId") REFERENCES "Stations" ("Id") ON DELETE RESTRICT
);

INSERT INTO "ef_temp_Raids" ("Id", "AudioVideoRecorded", "CallOffReason", "CalledOffAt", "CalledOffBy", "CompletedBy", "EndedAt", "FirId", "LeadOfficerId", "OccupantAbsenceReason", "OccupantName", "OccupantPresent", "OutcomeNotes", "PlannedAt", "PlannedBy", "PremisesId", "Purpose", "ReasonsDiaryEntryId", "ReasonsRecorded", "ReasonsRecordedAt", "RecordingForwardedToMagistrateAt", "ScheduledAt", "StartedAt", "StartedBy", "StationId", "Status", "Version")
SELECT "Id", "AudioVideoRecorded", "CallOffReason", "CalledOffAt", "CalledOffBy", "CompletedBy", "EndedAt", "FirId", "LeadOfficerId", "OccupantAbsenceReason", "OccupantName", "OccupantPresent", "OutcomeNotes", "PlannedAt", "PlannedBy", "PremisesId", "Purpose", "ReasonsDiaryEntryId", "ReasonsRecorded", "ReasonsRecordedAt", "RecordingForwardedToMagistrateAt", "ScheduledAt", "StartedAt", "StartedBy", "StationId", "Status", "Version"
FROM "Raids";

COMMIT;

PRAGMA foreign_keys = 0;

BEGIN TRANSACTION;
DROP TABLE "ArrestMemos";

ALTER TABLE "ef_temp_ArrestMemos" RENAME TO "ArrestMemos";

DROP TABLE "Exhibits";

ALTER TABLE "ef_temp_Exhibits" RENAME TO "Exhibits";

DROP TABLE "Raids";

ALTER TABLE "ef_temp_Raids" RENAME TO "Raids";

COMMIT;

PRAGMA foreign_keys = 1;

BEGIN TRANSACTION;
CREATE INDEX "IX_ArrestMemos_AccusedId" ON "ArrestMemos" ("AccusedId");

CREATE INDEX "IX_ArrestMemos_ArrestedAt" ON "ArrestMemos" ("ArrestedAt");

CREATE INDEX "IX_ArrestMemos_ArrestingOfficerId" ON "ArrestMemos" ("ArrestingOfficerId");

CREATE INDEX "IX_ArrestMemos_RaidId" ON "ArrestMemos" ("RaidId");

CREATE INDEX "IX_ArrestMemos_RecordedBy" ON "ArrestMemos" ("RecordedBy");

CREATE INDEX "IX_Exhibits_FirId" ON "Exhibits" ("FirId");

CREATE INDEX "IX_Exhibits_ImagingPartASignedBy" ON "Exhibits" ("ImagingPartASignedBy");

CREATE INDEX "IX_Exhibits_ParentExhibitId" ON "Exhibits" ("ParentExhibitId");

CREATE INDEX "IX_Exhibits_SeizedFromAccusedId" ON "Exhibits" ("SeizedFromAccusedId");

CREATE INDEX "IX_Exhibits_SeizedFromPremisesId" ON "Exhibits" ("SeizedFromPremisesId");

CREATE INDEX "IX_Exhibits_SeizureMemoId" ON "Exhibits" ("SeizureMemoId");

CREATE INDEX "IX_Exhibits_StationId_HolderKind" ON "Exhibits" ("StationId", "HolderKind");

CREATE INDEX "IX_Exhibits_StationId_MacAddress" ON "Exhibits" ("StationId", "MacAddress") WHERE MacAddress IS NOT NULL;

CREATE INDEX "IX_Exhibits_StationId_Number" ON "Exhibits" ("StationId", "Number");

CREATE INDEX "IX_Exhibits_StationId_SealNumber" ON "Exhibits" ("StationId", "SealNumber") WHERE SealNumber IS NOT NULL;

CREATE UNIQUE INDEX "IX_Exhibits_StationId_Serial" ON "Exhibits" ("StationId", "Serial");

CREATE INDEX "IX_Exhibits_StationId_SerialNumber" ON "Exhibits" ("StationId", "SerialNumber") WHERE SerialNumber IS NOT NULL;

CREATE INDEX "IX_Raids_FirId" ON "Raids" ("FirId");

CREATE INDEX "IX_Raids_LeadOfficerId" ON "Raids" ("LeadOfficerId");

CREATE INDEX "IX_Raids_PlannedBy" ON "Raids" ("PlannedBy");

CREATE INDEX "IX_Raids_PremisesId" ON "Raids" ("PremisesId");

CREATE INDEX "IX_Raids_ReasonsDiaryEntryId" ON "Raids" ("ReasonsDiaryEntryId");

CREATE INDEX "IX_Raids_StationId_ScheduledAt" ON "Raids" ("StationId", "ScheduledAt");

COMMIT;

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261201123455_AddInvestigationRecords', '10.0.15');

BEGIN TRANSACTION;
CREATE TABLE "BundleExportJobs" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_BundleExportJobs" PRIMARY KEY,
    "FirId" TEXT NOT NULL,
    "StationId" TEXT NOT NULL,
    "RequestedBy" TEXT NOT NULL,
    "RequesterRoles" TEXT NOT NULL,
    "State" TEXT NOT NULL,
    "PagesDone" INTEGER NOT NULL,
    "PagesExpected" INTEGER NOT NULL,
    "CurrentDocument" TEXT NULL,
    "CaseBundleId" TEXT NULL,
    "Sha256" TEXT NULL,
    "FailureCode" TEXT NULL,
    "FailureDetail" TEXT NULL,
    "Attempts" INTEGER NOT NULL,
    "CreatedAt" INTEGER NOT NULL,
    "UpdatedAt" INTEGER NOT NULL,
    "Version" TEXT NOT NULL,
    CONSTRAINT "FK_BundleExportJobs_CaseBundles_CaseBundleId" FOREIGN KEY ("CaseBundleId") REFERENCES "CaseBundles" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_BundleExportJobs_Firs_FirId" FOREIGN KEY ("FirId") REFERENCES "Firs" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_BundleExportJobs_Officers_RequestedBy" FOREIGN KEY ("RequestedBy") REFERENCES "Officers" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_BundleExportJobs_Stations_StationId" FOREIGN KEY ("StationId") REFERENCES "Stations" ("Id") ON DELETE RESTRICT
);

CREATE INDEX "IX_BundleExportJobs_CaseBundleId" ON "BundleExportJobs" ("CaseBundleId");

CREATE INDEX "IX_BundleExportJobs_FirId" ON "BundleExportJobs" ("FirId");

CREATE INDEX "IX_BundleExportJobs_RequestedBy" ON "BundleExportJobs" ("RequestedBy");

CREATE INDEX "IX_BundleExportJobs_State" ON "BundleExportJobs" ("State");

CREATE INDEX "IX_BundleExportJobs_StationId" ON "BundleExportJobs" ("StationId");

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261201135316_AddBundleExportJobs', '10.0.15');

COMMIT;

BEGIN TRANSACTION;
CREATE TABLE "ForensicVisits" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_ForensicVisits" PRIMARY KEY,
    "StationId" TEXT NOT NULL,
    "FirId" TEXT NOT NULL,
    "Place" TEXT NOT NULL,
    "PremisesId" TEXT NULL,
    "RaidId" TEXT NULL,
    "ExpertName" TEXT NOT NULL,
    "Designation" TEXT NOT NULL,
    "Laboratory" TEXT NOT NULL,
    "VisitedAt" INTEGER NOT NULL,
    "Findings" TEXT NOT NULL,
    "VideoRecorded" INTEGER NOT NULL,
    "VideoFileId" TEXT NULL,
    "RecordedBy" TEXT NOT NULL,
    "RecordedAt" INTEGER NOT NULL,
    CONSTRAINT "FK_ForensicVisits_EvidenceFiles_VideoFileId" FOREIGN KEY ("VideoFileId") REFERENCES "EvidenceFiles" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_ForensicVisits_Firs_FirId" FOREIGN KEY ("FirId") REFERENCES "Firs" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_ForensicVisits_Officers_RecordedBy" FOREIGN KEY ("RecordedBy") REFERENCES "Officers" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_ForensicVisits_Premises_PremisesId" FOREIGN KEY ("PremisesId") REFERENCES "Premises" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_ForensicVisits_Raids_RaidId" FOREIGN KEY ("RaidId") REFERENCES "Raids" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_ForensicVisits_Stations_StationId" FOREIGN KEY ("StationId") REFERENCES "Stations" ("Id") ON DELETE RESTRICT
);

CREATE INDEX "IX_ForensicVisits_FirId_VisitedAt" ON "ForensicVisits" ("FirId", "VisitedAt");

CREATE INDEX "IX_ForensicVisits_PremisesId" ON "ForensicVisits" ("PremisesId");

CREATE INDEX "IX_ForensicVisits_RaidId" ON "ForensicVisits" ("RaidId");

CREATE INDEX "IX_ForensicVisits_RecordedBy" ON "ForensicVisits" ("RecordedBy");

CREATE INDEX "IX_ForensicVisits_StationId" ON "ForensicVisits" ("StationId");

CREATE INDEX "IX_ForensicVisits_VideoFileId" ON "ForensicVisits" ("VideoFileId");

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261201144420_AddForensicVisits', '10.0.15');

COMMIT;

BEGIN TRANSACTION;
ALTER TABLE "CaseBundles" ADD "CarriesCaseDiary" INTEGER NOT NULL DEFAULT 0;

ALTER TABLE "BundleExportJobs" ADD "WithCaseDiary" INTEGER NOT NULL DEFAULT 0;

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261201165012_AddBundleCaseDiary', '10.0.15');

COMMIT;

