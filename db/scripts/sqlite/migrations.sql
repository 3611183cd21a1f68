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

CREATE TABLE "FirNumberSequences" (
    "StationId" TEXT NOT NULL,
    "Year" INTEGER NOT NULL,
    "LastSerial" INTEGER NOT NULL,
    CONSTRAINT "PK_FirNumberSequences" PRIMARY KEY ("StationId", "Year")
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

CREATE INDEX "IX_AspNetRoleClaims_RoleId" ON "AspNetRoleClaims" ("RoleId");

CREATE UNIQUE INDEX "RoleNameIndex" ON "AspNetRoles" ("NormalizedName");

CREATE INDEX "IX_AspNetUserClaims_UserId" ON "AspNetUserClaims" ("UserId");

CREATE INDEX "IX_AspNetUserLogins_UserId" ON "AspNetUserLogins" ("UserId");

CREATE INDEX "IX_AspNetUserRoles_RoleId" ON "AspNetUserRoles" ("RoleId");

CREATE INDEX "EmailIndex" ON "AspNetUsers" ("NormalizedEmail");

CREATE UNIQUE INDEX "UserNameIndex" ON "AspNetUsers" ("NormalizedUserName");

CREATE INDEX "IX_AuditRecords_EntityType_EntityId" ON "AuditRecords" ("EntityType", "EntityId");

CREATE INDEX "IX_AuditRecords_StationId" ON "AuditRecords" ("StationId");

CREATE INDEX "IX_Firs_AssignedOfficerId" ON "Firs" ("AssignedOfficerId");

CREATE INDEX "IX_Firs_StationId_RegisteredAt" ON "Firs" ("StationId", "RegisteredAt");

CREATE UNIQUE INDEX "IX_Firs_StationId_Year_Serial" ON "Firs" ("StationId", "Year", "Serial");

CREATE INDEX "IX_FirSections_Act_Section" ON "FirSections" ("Act", "Section");

CREATE INDEX "IX_Officers_StationId" ON "Officers" ("StationId");

CREATE UNIQUE INDEX "IX_Officers_UserName" ON "Officers" ("UserName");

CREATE UNIQUE INDEX "IX_Stations_Code" ON "Stations" ("Code");

CREATE INDEX "IX_SupplementaryStatement_FirId" ON "SupplementaryStatement" ("FirId");

CREATE INDEX "IX_SupplementaryStatement_RecordedBy" ON "SupplementaryStatement" ("RecordedBy");

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261130084553_Initial', '10.0.15');

COMMIT;

BEGIN TRANSACTION;
CREATE VIRTUAL TABLE FirSearch USING fts5(
    FirId UNINDEXED, Number, InformantName, Narrative,
    tokenize = 'unicode61 remove_diacritics 2');

CREATE TRIGGER Firs_SearchInsert AFTER INSERT ON Firs BEGIN
    INSERT INTO FirSearch (FirId, Number, InformantName, Narrative)
    VALUES (new.Id, new.Number, new.InformantName, new.Narrative);
END;

CREATE TRIGGER Firs_SearchUpdate AFTER UPDATE OF Number, InformantName, Narrative ON Firs BEGIN
    UPDATE FirSearch SET Number = new.Number, InformantName = new.InformantName, Narrative = new.Narrative
    WHERE FirId = old.Id;
END;

CREATE TRIGGER Firs_SearchDelete AFTER DELETE ON Firs BEGIN
    DELETE FROM FirSearch WHERE FirId = old.Id;
END;

INSERT INTO FirSearch (FirId, Number, InformantName, Narrative)
SELECT Id, Number, InformantName, Narrative FROM Firs;

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261130084616_FirFullTextSearch', '10.0.15');

COMMIT;

BEGIN TRANSACTION;
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

CREATE INDEX "IX_EvidenceFiles_FirId" ON "EvidenceFiles" ("FirId");

CREATE INDEX "IX_EvidenceFiles_Sha256" ON "EvidenceFiles" ("Sha256");

CREATE INDEX "IX_EvidenceFiles_StationId_FirId" ON "EvidenceFiles" ("StationId", "FirId");

CREATE INDEX "IX_EvidenceFiles_StationId_OwnerType_OwnerId" ON "EvidenceFiles" ("StationId", "OwnerType", "OwnerId");

CREATE INDEX "IX_EvidenceFiles_UploadedBy" ON "EvidenceFiles" ("UploadedBy");

CREATE INDEX "IX_EvidenceFiles_WithdrawnBy" ON "EvidenceFiles" ("WithdrawnBy");

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261130085917_EvidenceFiles', '10.0.15');

COMMIT;

