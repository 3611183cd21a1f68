IF OBJECT_ID(N'[__EFMigrationsHistory]') IS NULL
BEGIN
    CREATE TABLE [__EFMigrationsHistory] (
        [MigrationId] nvarchar(150) NOT NULL,
        [ProductVersion] nvarchar(32) NOT NULL,
        CONSTRAINT [PK___EFMigrationsHistory] PRIMARY KEY ([MigrationId])
    );
END;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130100348_Initial'
)
BEGIN
    CREATE TABLE [AspNetRoles] (
        [Id] uniqueidentifier NOT NULL,
        [Name] nvarchar(256) NULL,
        [NormalizedName] nvarchar(256) NULL,
        [ConcurrencyStamp] nvarchar(max) NULL,
        CONSTRAINT [PK_AspNetRoles] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130100348_Initial'
)
BEGIN
    CREATE TABLE [AspNetUsers] (
        [Id] uniqueidentifier NOT NULL,
        [UserName] nvarchar(256) NULL,
        [NormalizedUserName] nvarchar(256) NULL,
        [Email] nvarchar(256) NULL,
        [NormalizedEmail] nvarchar(256) NULL,
        [EmailConfirmed] bit NOT NULL,
        [PasswordHash] nvarchar(max) NULL,
        [SecurityStamp] nvarchar(max) NULL,
        [ConcurrencyStamp] nvarchar(max) NULL,
        [PhoneNumber] nvarchar(max) NULL,
        [PhoneNumberConfirmed] bit NOT NULL,
        [TwoFactorEnabled] bit NOT NULL,
        [LockoutEnd] datetimeoffset NULL,
        [LockoutEnabled] bit NOT NULL,
        [AccessFailedCount] int NOT NULL,
        CONSTRAINT [PK_AspNetUsers] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130100348_Initial'
)
BEGIN
    CREATE TABLE [AuditRecords] (
        [Sequence] bigint NOT NULL,
        [At] datetimeoffset NOT NULL,
        [OfficerId] uniqueidentifier NULL,
        [UserName] nvarchar(64) NULL,
        [StationId] uniqueidentifier NULL,
        [Action] nvarchar(100) NOT NULL,
        [EntityType] nvarchar(100) NOT NULL,
        [EntityId] nvarchar(200) NULL,
        [Changes] nvarchar(max) NOT NULL,
        [PreviousHash] nchar(64) NOT NULL,
        [Hash] nchar(64) NOT NULL,
        CONSTRAINT [PK_AuditRecords] PRIMARY KEY ([Sequence])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130100348_Initial'
)
BEGIN
    CREATE TABLE [OffenceSections] (
        [Act] nvarchar(8) NOT NULL,
        [Section] nvarchar(16) NOT NULL,
        [Title] nvarchar(300) NOT NULL,
        [Punishment] nvarchar(16) NOT NULL,
        [MaxPunishmentYears] decimal(5,2) NULL,
        [Cognizable] bit NULL,
        [Bailable] bit NULL,
        [EquivalentAct] nvarchar(8) NULL,
        [EquivalentSection] nvarchar(16) NULL,
        CONSTRAINT [PK_OffenceSections] PRIMARY KEY ([Act], [Section])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130100348_Initial'
)
BEGIN
    CREATE TABLE [StationCounters] (
        [StationId] uniqueidentifier NOT NULL,
        [Name] nvarchar(32) NOT NULL,
        [Value] int NOT NULL,
        CONSTRAINT [PK_StationCounters] PRIMARY KEY ([StationId], [Name])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130100348_Initial'
)
BEGIN
    CREATE TABLE [Stations] (
        [Id] uniqueidentifier NOT NULL,
        [Code] nvarchar(32) NOT NULL,
        [Name] nvarchar(200) NOT NULL,
        [District] nvarchar(200) NOT NULL,
        [State] nvarchar(200) NOT NULL,
        CONSTRAINT [PK_Stations] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130100348_Initial'
)
BEGIN
    CREATE TABLE [AspNetRoleClaims] (
        [Id] int NOT NULL IDENTITY,
        [RoleId] uniqueidentifier NOT NULL,
        [ClaimType] nvarchar(max) NULL,
        [ClaimValue] nvarchar(max) NULL,
        CONSTRAINT [PK_AspNetRoleClaims] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_AspNetRoleClaims_AspNetRoles_RoleId] FOREIGN KEY ([RoleId]) REFERENCES [AspNetRoles] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130100348_Initial'
)
BEGIN
    CREATE TABLE [AspNetUserClaims] (
        [Id] int NOT NULL IDENTITY,
        [UserId] uniqueidentifier NOT NULL,
        [ClaimType] nvarchar(max) NULL,
        [ClaimValue] nvarchar(max) NULL,
        CONSTRAINT [PK_AspNetUserClaims] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_AspNetUserClaims_AspNetUsers_UserId] FOREIGN KEY ([UserId]) REFERENCES [AspNetUsers] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130100348_Initial'
)
BEGIN
    CREATE TABLE [AspNetUserLogins] (
        [LoginProvider] nvarchar(450) NOT NULL,
        [ProviderKey] nvarchar(450) NOT NULL,
        [ProviderDisplayName] nvarchar(max) NULL,
        [UserId] uniqueidentifier NOT NULL,
        CONSTRAINT [PK_AspNetUserLogins] PRIMARY KEY ([LoginProvider], [ProviderKey]),
        CONSTRAINT [FK_AspNetUserLogins_AspNetUsers_UserId] FOREIGN KEY ([UserId]) REFERENCES [AspNetUsers] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130100348_Initial'
)
BEGIN
    CREATE TABLE [AspNetUserRoles] (
        [UserId] uniqueidentifier NOT NULL,
        [RoleId] uniqueidentifier NOT NULL,
        CONSTRAINT [PK_AspNetUserRoles] PRIMARY KEY ([UserId], [RoleId]),
        CONSTRAINT [FK_AspNetUserRoles_AspNetRoles_RoleId] FOREIGN KEY ([RoleId]) REFERENCES [AspNetRoles] ([Id]) ON DELETE CASCADE,
        CONSTRAINT [FK_AspNetUserRoles_AspNetUsers_UserId] FOREIGN KEY ([UserId]) REFERENCES [AspNetUsers] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130100348_Initial'
)
BEGIN
    CREATE TABLE [AspNetUserTokens] (
        [UserId] uniqueidentifier NOT NULL,
        [LoginProvider] nvarchar(450) NOT NULL,
        [Name] nvarchar(450) NOT NULL,
        [Value] nvarchar(max) NULL,
        CONSTRAINT [PK_AspNetUserTokens] PRIMARY KEY ([UserId], [LoginProvider], [Name]),
        CONSTRAINT [FK_AspNetUserTokens_AspNetUsers_UserId] FOREIGN KEY ([UserId]) REFERENCES [AspNetUsers] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130100348_Initial'
)
BEGIN
    CREATE TABLE [AccusedPersons] (
        [Id] uniqueidentifier NOT NULL,
        [StationId] uniqueidentifier NOT NULL,
        [Name] nvarchar(200) NOT NULL,
        [Aliases] nvarchar(max) NOT NULL,
        [ParentageRelation] nvarchar(16) NULL,
        [ParentName] nvarchar(200) NULL,
        [Gender] nvarchar(16) NOT NULL,
        [DateOfBirth] date NULL,
        [Age] int NULL,
        [Address] nvarchar(500) NOT NULL,
        [AadhaarLast4] nchar(4) NULL,
        [RecordedAt] datetimeoffset NOT NULL,
        [Version] uniqueidentifier NOT NULL,
        CONSTRAINT [PK_AccusedPersons] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_AccusedPersons_Stations_StationId] FOREIGN KEY ([StationId]) REFERENCES [Stations] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130100348_Initial'
)
BEGIN
    CREATE TABLE [Officers] (
        [Id] uniqueidentifier NOT NULL,
        [UserName] nvarchar(64) NOT NULL,
        [FullName] nvarchar(200) NOT NULL,
        [Rank] nvarchar(40) NULL,
        [StationId] uniqueidentifier NOT NULL,
        [Version] uniqueidentifier NOT NULL,
        CONSTRAINT [PK_Officers] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_Officers_AspNetUsers_Id] FOREIGN KEY ([Id]) REFERENCES [AspNetUsers] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_Officers_Stations_StationId] FOREIGN KEY ([StationId]) REFERENCES [Stations] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130100348_Initial'
)
BEGIN
    CREATE TABLE [AccusedPhones] (
        [Number] nvarchar(16) NOT NULL,
        [PersonId] uniqueidentifier NOT NULL,
        CONSTRAINT [PK_AccusedPhones] PRIMARY KEY ([PersonId], [Number]),
        CONSTRAINT [FK_AccusedPhones_AccusedPersons_PersonId] FOREIGN KEY ([PersonId]) REFERENCES [AccusedPersons] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130100348_Initial'
)
BEGIN
    CREATE TABLE [Firs] (
        [Id] uniqueidentifier NOT NULL,
        [StationId] uniqueidentifier NOT NULL,
        [Year] int NOT NULL,
        [Serial] int NOT NULL,
        [Number] nvarchar(16) NOT NULL,
        [RegisteredAt] datetimeoffset NOT NULL,
        [RegisteredBy] uniqueidentifier NOT NULL,
        [GdEntryNumber] nvarchar(64) NULL,
        [OccurredFrom] datetimeoffset NOT NULL,
        [OccurredTo] datetimeoffset NOT NULL,
        [PlaceOfOccurrence] nvarchar(500) NOT NULL,
        [InformationType] nvarchar(16) NOT NULL,
        [InformantName] nvarchar(200) NOT NULL,
        [InformantParentage] nvarchar(200) NULL,
        [InformantNationality] nvarchar(64) NULL,
        [InformantPassportNumber] nvarchar(32) NULL,
        [InformantAddress] nvarchar(500) NULL,
        [InformantPhone] nvarchar(32) NULL,
        [Narrative] nvarchar(max) NOT NULL,
        [Status] nvarchar(24) NOT NULL,
        [AssignedOfficerId] uniqueidentifier NULL,
        [Version] uniqueidentifier NOT NULL,
        CONSTRAINT [PK_Firs] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_Firs_Officers_AssignedOfficerId] FOREIGN KEY ([AssignedOfficerId]) REFERENCES [Officers] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_Firs_Stations_StationId] FOREIGN KEY ([StationId]) REFERENCES [Stations] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130100348_Initial'
)
BEGIN
    CREATE TABLE [Premises] (
        [Id] uniqueidentifier NOT NULL,
        [StationId] uniqueidentifier NOT NULL,
        [Name] nvarchar(200) NOT NULL,
        [Kind] nvarchar(16) NOT NULL,
        [AddressLine] nvarchar(300) NOT NULL,
        [Locality] nvarchar(100) NULL,
        [City] nvarchar(100) NOT NULL,
        [District] nvarchar(100) NOT NULL,
        [State] nvarchar(100) NOT NULL,
        [Pin] nvarchar(6) NULL,
        [Latitude] float NULL,
        [Longitude] float NULL,
        [OwnerOperator] nvarchar(200) NULL,
        [OwnerAccusedPersonId] uniqueidentifier NULL,
        [Notes] nvarchar(4000) NULL,
        [RecordedAt] datetimeoffset NOT NULL,
        [RecordedBy] uniqueidentifier NOT NULL,
        [Version] uniqueidentifier NOT NULL,
        CONSTRAINT [PK_Premises] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_Premises_AccusedPersons_OwnerAccusedPersonId] FOREIGN KEY ([OwnerAccusedPersonId]) REFERENCES [AccusedPersons] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_Premises_Officers_RecordedBy] FOREIGN KEY ([RecordedBy]) REFERENCES [Officers] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_Premises_Stations_StationId] FOREIGN KEY ([StationId]) REFERENCES [Stations] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130100348_Initial'
)
BEGIN
    CREATE TABLE [CaseAccounts] (
        [Id] uniqueidentifier NOT NULL,
        [StationId] uniqueidentifier NOT NULL,
        [FirId] uniqueidentifier NOT NULL,
        [Kind] nvarchar(16) NOT NULL,
        [Identifier] nvarchar(100) NOT NULL,
        [Number] nvarchar(80) NOT NULL,
        [Ifsc] nchar(11) NULL,
        [Bank] nvarchar(200) NULL,
        [Holder] nvarchar(200) NULL,
        [Notes] nvarchar(1000) NULL,
        [RecordedBy] uniqueidentifier NOT NULL,
        [RecordedAt] datetimeoffset NOT NULL,
        [Version] uniqueidentifier NOT NULL,
        CONSTRAINT [PK_CaseAccounts] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_CaseAccounts_Firs_FirId] FOREIGN KEY ([FirId]) REFERENCES [Firs] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_CaseAccounts_Officers_RecordedBy] FOREIGN KEY ([RecordedBy]) REFERENCES [Officers] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_CaseAccounts_Stations_StationId] FOREIGN KEY ([StationId]) REFERENCES [Stations] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130100348_Initial'
)
BEGIN
    CREATE TABLE [CaseBundles] (
        [Id] uniqueidentifier NOT NULL,
        [FirId] uniqueidentifier NOT NULL,
        [StationId] uniqueidentifier NOT NULL,
        [Sha256] char(64) NOT NULL,
        [Pages] int NOT NULL,
        [SizeBytes] bigint NOT NULL,
        [CreatedBy] uniqueidentifier NOT NULL,
        [CreatedAt] datetimeoffset NOT NULL,
        CONSTRAINT [PK_CaseBundles] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_CaseBundles_Firs_FirId] FOREIGN KEY ([FirId]) REFERENCES [Firs] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_CaseBundles_Officers_CreatedBy] FOREIGN KEY ([CreatedBy]) REFERENCES [Officers] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_CaseBundles_Stations_StationId] FOREIGN KEY ([StationId]) REFERENCES [Stations] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130100348_Initial'
)
BEGIN
    CREATE TABLE [EvidenceFiles] (
        [Id] uniqueidentifier NOT NULL,
        [StationId] uniqueidentifier NOT NULL,
        [OwnerType] nvarchar(16) NOT NULL,
        [OwnerId] uniqueidentifier NOT NULL,
        [FirId] uniqueidentifier NOT NULL,
        [OriginalFileName] nvarchar(255) NOT NULL,
        [Size] bigint NOT NULL,
        [MediaType] nvarchar(100) NOT NULL,
        [Sha256] char(64) NOT NULL,
        [StorageKey] nvarchar(200) NOT NULL,
        [Description] nvarchar(2000) NULL,
        [UploadedBy] uniqueidentifier NOT NULL,
        [UploadedAt] datetimeoffset NOT NULL,
        [WithdrawalReason] nvarchar(1000) NULL,
        [WithdrawnBy] uniqueidentifier NULL,
        [WithdrawnAt] datetimeoffset NULL,
        [Version] uniqueidentifier NOT NULL,
        CONSTRAINT [PK_EvidenceFiles] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_EvidenceFiles_Firs_FirId] FOREIGN KEY ([FirId]) REFERENCES [Firs] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_EvidenceFiles_Officers_UploadedBy] FOREIGN KEY ([UploadedBy]) REFERENCES [Officers] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_EvidenceFiles_Officers_WithdrawnBy] FOREIGN KEY ([WithdrawnBy]) REFERENCES [Officers] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_EvidenceFiles_Stations_StationId] FOREIGN KEY ([StationId]) REFERENCES [Stations] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130100348_Initial'
)
BEGIN
    CREATE TABLE [FirSections] (
        [Act] nvarchar(8) NOT NULL,
        [Section] nvarchar(16) NOT NULL,
        [FirId] uniqueidentifier NOT NULL,
        CONSTRAINT [PK_FirSections] PRIMARY KEY ([FirId], [Act], [Section]),
        CONSTRAINT [FK_FirSections_Firs_FirId] FOREIGN KEY ([FirId]) REFERENCES [Firs] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130100348_Initial'
)
BEGIN
    CREATE TABLE [SupplementaryStatement] (
        [Id] uniqueidentifier NOT NULL,
        [FirId] uniqueidentifier NOT NULL,
        [Text] nvarchar(max) NOT NULL,
        [RecordedBy] uniqueidentifier NOT NULL,
        [RecordedAt] datetimeoffset NOT NULL,
        CONSTRAINT [PK_SupplementaryStatement] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_SupplementaryStatement_Firs_FirId] FOREIGN KEY ([FirId]) REFERENCES [Firs] ([Id]) ON DELETE CASCADE,
        CONSTRAINT [FK_SupplementaryStatement_Officers_RecordedBy] FOREIGN KEY ([RecordedBy]) REFERENCES [Officers] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130100348_Initial'
)
BEGIN
    CREATE TABLE [CaseAccused] (
        [Id] uniqueidentifier NOT NULL,
        [StationId] uniqueidentifier NOT NULL,
        [FirId] uniqueidentifier NOT NULL,
        [PersonId] uniqueidentifier NOT NULL,
        [Serial] int NOT NULL,
        [Code] nvarchar(8) NOT NULL,
        [Role] nvarchar(16) NOT NULL,
        [RoleNote] nvarchar(500) NULL,
        [PremisesId] uniqueidentifier NULL,
        [Status] nvarchar(24) NOT NULL,
        [AddedAt] datetimeoffset NOT NULL,
        [AddedBy] uniqueidentifier NOT NULL,
        [ProducedAt] datetimeoffset NULL,
        [Version] uniqueidentifier NOT NULL,
        CONSTRAINT [PK_CaseAccused] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_CaseAccused_AccusedPersons_PersonId] FOREIGN KEY ([PersonId]) REFERENCES [AccusedPersons] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_CaseAccused_Firs_FirId] FOREIGN KEY ([FirId]) REFERENCES [Firs] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_CaseAccused_Officers_AddedBy] FOREIGN KEY ([AddedBy]) REFERENCES [Officers] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_CaseAccused_Premises_PremisesId] FOREIGN KEY ([PremisesId]) REFERENCES [Premises] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_CaseAccused_Stations_StationId] FOREIGN KEY ([StationId]) REFERENCES [Stations] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130100348_Initial'
)
BEGIN
    CREATE TABLE [FirPremises] (
        [FirId] uniqueidentifier NOT NULL,
        [PremisesId] uniqueidentifier NOT NULL,
        [LinkedAt] datetimeoffset NOT NULL,
        [LinkedBy] uniqueidentifier NOT NULL,
        CONSTRAINT [PK_FirPremises] PRIMARY KEY ([FirId], [PremisesId]),
        CONSTRAINT [FK_FirPremises_Firs_FirId] FOREIGN KEY ([FirId]) REFERENCES [Firs] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_FirPremises_Officers_LinkedBy] FOREIGN KEY ([LinkedBy]) REFERENCES [Officers] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_FirPremises_Premises_PremisesId] FOREIGN KEY ([PremisesId]) REFERENCES [Premises] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130100348_Initial'
)
BEGIN
    CREATE TABLE [Raids] (
        [Id] uniqueidentifier NOT NULL,
        [StationId] uniqueidentifier NOT NULL,
        [FirId] uniqueidentifier NOT NULL,
        [PremisesId] uniqueidentifier NOT NULL,
        [ScheduledAt] datetimeoffset NOT NULL,
        [LeadOfficerId] uniqueidentifier NOT NULL,
        [Purpose] nvarchar(2000) NOT NULL,
        [ReasonsRecorded] nvarchar(max) NOT NULL,
        [PlannedAt] datetimeoffset NOT NULL,
        [PlannedBy] uniqueidentifier NOT NULL,
        [Status] nvarchar(16) NOT NULL,
        [StartedAt] datetimeoffset NULL,
        [StartedBy] uniqueidentifier NULL,
        [EndedAt] datetimeoffset NULL,
        [CompletedBy] uniqueidentifier NULL,
        [AudioVideoRecorded] bit NULL,
        [RecordingForwardedToMagistrateAt] datetimeoffset NULL,
        [OutcomeNotes] nvarchar(max) NULL,
        [CalledOffAt] datetimeoffset NULL,
        [CalledOffBy] uniqueidentifier NULL,
        [CallOffReason] nvarchar(max) NULL,
        [Version] uniqueidentifier NOT NULL,
        CONSTRAINT [PK_Raids] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_Raids_Firs_FirId] FOREIGN KEY ([FirId]) REFERENCES [Firs] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_Raids_Officers_LeadOfficerId] FOREIGN KEY ([LeadOfficerId]) REFERENCES [Officers] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_Raids_Officers_PlannedBy] FOREIGN KEY ([PlannedBy]) REFERENCES [Officers] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_Raids_Premises_PremisesId] FOREIGN KEY ([PremisesId]) REFERENCES [Premises] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_Raids_Stations_StationId] FOREIGN KEY ([StationId]) REFERENCES [Stations] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130100348_Initial'
)
BEGIN
    CREATE TABLE [CaseBundleVolumes] (
        [Number] int NOT NULL IDENTITY,
        [CaseBundleId] uniqueidentifier NOT NULL,
        [Sha256] char(64) NOT NULL,
        [FirstPage] int NOT NULL,
        [LastPage] int NOT NULL,
        [SizeBytes] bigint NOT NULL,
        CONSTRAINT [PK_CaseBundleVolumes] PRIMARY KEY ([CaseBundleId], [Number]),
        CONSTRAINT [FK_CaseBundleVolumes_CaseBundles_CaseBundleId] FOREIGN KEY ([CaseBundleId]) REFERENCES [CaseBundles] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130100348_Initial'
)
BEGIN
    CREATE TABLE [CustodyRecords] (
        [Id] uniqueidentifier NOT NULL,
        [AccusedId] uniqueidentifier NOT NULL,
        [Kind] nvarchar(32) NOT NULL,
        [At] datetimeoffset NOT NULL,
        [Court] nvarchar(200) NULL,
        [OrderReference] nvarchar(100) NULL,
        [Until] date NULL,
        [Notes] nvarchar(2000) NULL,
        [RecordedBy] uniqueidentifier NOT NULL,
        [RecordedAt] datetimeoffset NOT NULL,
        CONSTRAINT [PK_CustodyRecords] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_CustodyRecords_CaseAccused_AccusedId] FOREIGN KEY ([AccusedId]) REFERENCES [CaseAccused] ([Id]) ON DELETE CASCADE,
        CONSTRAINT [FK_CustodyRecords_Officers_RecordedBy] FOREIGN KEY ([RecordedBy]) REFERENCES [Officers] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130100348_Initial'
)
BEGIN
    CREATE TABLE [ArrestMemos] (
        [Id] uniqueidentifier NOT NULL,
        [AccusedId] uniqueidentifier NOT NULL,
        [ArrestedAt] datetimeoffset NOT NULL,
        [Place] nvarchar(500) NOT NULL,
        [ArrestingOfficerId] uniqueidentifier NOT NULL,
        [RaidId] uniqueidentifier NULL,
        [GroundsCommunicated] nvarchar(4000) NOT NULL,
        [AttestingWitnessName] nvarchar(200) NOT NULL,
        [AttestingWitnessAddress] nvarchar(500) NULL,
        [CountersignedByArrestee] bit NOT NULL,
        [RelativeName] nvarchar(200) NULL,
        [RelativeRelation] nvarchar(64) NULL,
        [RelativeInformedHow] nvarchar(16) NULL,
        [RelativeInformedAt] datetimeoffset NULL,
        [MedicalExaminedAt] datetimeoffset NULL,
        [MedicalExaminedBy] nvarchar(200) NULL,
        [RecordedBy] uniqueidentifier NOT NULL,
        [RecordedAt] datetimeoffset NOT NULL,
        CONSTRAINT [PK_ArrestMemos] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_ArrestMemos_CaseAccused_AccusedId] FOREIGN KEY ([AccusedId]) REFERENCES [CaseAccused] ([Id]) ON DELETE CASCADE,
        CONSTRAINT [FK_ArrestMemos_Officers_ArrestingOfficerId] FOREIGN KEY ([ArrestingOfficerId]) REFERENCES [Officers] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_ArrestMemos_Officers_RecordedBy] FOREIGN KEY ([RecordedBy]) REFERENCES [Officers] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_ArrestMemos_Raids_RaidId] FOREIGN KEY ([RaidId]) REFERENCES [Raids] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130100348_Initial'
)
BEGIN
    CREATE TABLE [RaidMembers] (
        [Position] int NOT NULL,
        [RaidId] uniqueidentifier NOT NULL,
        [OfficerId] uniqueidentifier NULL,
        [Name] nvarchar(200) NULL,
        [Rank] nvarchar(40) NULL,
        [Unit] nvarchar(200) NULL,
        CONSTRAINT [PK_RaidMembers] PRIMARY KEY ([RaidId], [Position]),
        CONSTRAINT [FK_RaidMembers_Officers_OfficerId] FOREIGN KEY ([OfficerId]) REFERENCES [Officers] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_RaidMembers_Raids_RaidId] FOREIGN KEY ([RaidId]) REFERENCES [Raids] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130100348_Initial'
)
BEGIN
    CREATE TABLE [RaidWitnesses] (
        [Position] int NOT NULL,
        [RaidId] uniqueidentifier NOT NULL,
        [Name] nvarchar(200) NOT NULL,
        [Parentage] nvarchar(200) NOT NULL,
        [Address] nvarchar(500) NOT NULL,
        CONSTRAINT [PK_RaidWitnesses] PRIMARY KEY ([RaidId], [Position]),
        CONSTRAINT [FK_RaidWitnesses_Raids_RaidId] FOREIGN KEY ([RaidId]) REFERENCES [Raids] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130100348_Initial'
)
BEGIN
    CREATE TABLE [SeizureMemos] (
        [Id] uniqueidentifier NOT NULL,
        [StationId] uniqueidentifier NOT NULL,
        [FirId] uniqueidentifier NOT NULL,
        [RaidId] uniqueidentifier NOT NULL,
        [PremisesId] uniqueidentifier NULL,
        [MemoNumber] nvarchar(64) NOT NULL,
        [DrawnUpAt] datetimeoffset NOT NULL,
        [OccupantGivenCopy] nvarchar(200) NULL,
        [PreparedBy] uniqueidentifier NOT NULL,
        [Version] uniqueidentifier NOT NULL,
        CONSTRAINT [PK_SeizureMemos] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_SeizureMemos_Firs_FirId] FOREIGN KEY ([FirId]) REFERENCES [Firs] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_SeizureMemos_Officers_PreparedBy] FOREIGN KEY ([PreparedBy]) REFERENCES [Officers] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_SeizureMemos_Premises_PremisesId] FOREIGN KEY ([PremisesId]) REFERENCES [Premises] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_SeizureMemos_Raids_RaidId] FOREIGN KEY ([RaidId]) REFERENCES [Raids] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_SeizureMemos_Stations_StationId] FOREIGN KEY ([StationId]) REFERENCES [Stations] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130100348_Initial'
)
BEGIN
    CREATE TABLE [Exhibits] (
        [Id] uniqueidentifier NOT NULL,
        [StationId] uniqueidentifier NOT NULL,
        [FirId] uniqueidentifier NOT NULL,
        [SeizureMemoId] uniqueidentifier NULL,
        [ParentExhibitId] uniqueidentifier NULL,
        [Serial] int NOT NULL,
        [Number] nvarchar(32) NOT NULL,
        [Kind] nvarchar(16) NOT NULL,
        [Description] nvarchar(1000) NOT NULL,
        [Make] nvarchar(200) NULL,
        [Model] nvarchar(200) NULL,
        [Colour] nvarchar(200) NULL,
        [SerialNumber] nvarchar(64) NULL,
        [MacAddress] nvarchar(17) NULL,
        [Iccid] nvarchar(22) NULL,
        [SealNumber] nvarchar(64) NULL,
        [Condition] nvarchar(200) NULL,
        [FoundAt] nvarchar(1000) NULL,
        [SeizedFromPremisesId] uniqueidentifier NULL,
        [SeizedFromAccusedId] uniqueidentifier NULL,
        [Sha256] nchar(64) NULL,
        [SeizedAt] datetimeoffset NOT NULL,
        [HolderKind] nvarchar(20) NOT NULL,
        [HolderOfficerId] uniqueidentifier NULL,
        [HolderName] nvarchar(200) NULL,
        [Version] uniqueidentifier NOT NULL,
        CONSTRAINT [PK_Exhibits] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_Exhibits_CaseAccused_SeizedFromAccusedId] FOREIGN KEY ([SeizedFromAccusedId]) REFERENCES [CaseAccused] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_Exhibits_Exhibits_ParentExhibitId] FOREIGN KEY ([ParentExhibitId]) REFERENCES [Exhibits] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_Exhibits_Firs_FirId] FOREIGN KEY ([FirId]) REFERENCES [Firs] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_Exhibits_Premises_SeizedFromPremisesId] FOREIGN KEY ([SeizedFromPremisesId]) REFERENCES [Premises] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_Exhibits_SeizureMemos_SeizureMemoId] FOREIGN KEY ([SeizureMemoId]) REFERENCES [SeizureMemos] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_Exhibits_Stations_StationId] FOREIGN KEY ([StationId]) REFERENCES [Stations] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130100348_Initial'
)
BEGIN
    CREATE TABLE [SeizureMemoWitnesses] (
        [Id] int NOT NULL IDENTITY,
        [Name] nvarchar(200) NOT NULL,
        [Parentage] nvarchar(200) NULL,
        [Address] nvarchar(500) NOT NULL,
        [SeizureMemoId] uniqueidentifier NOT NULL,
        CONSTRAINT [PK_SeizureMemoWitnesses] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_SeizureMemoWitnesses_SeizureMemos_SeizureMemoId] FOREIGN KEY ([SeizureMemoId]) REFERENCES [SeizureMemos] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130100348_Initial'
)
BEGIN
    CREATE TABLE [CustodyEvents] (
        [Id] uniqueidentifier NOT NULL,
        [ExhibitId] uniqueidentifier NOT NULL,
        [Sequence] int NOT NULL,
        [At] datetimeoffset NOT NULL,
        [FromKind] nvarchar(20) NULL,
        [FromOfficerId] uniqueidentifier NULL,
        [FromName] nvarchar(200) NULL,
        [ToKind] nvarchar(20) NOT NULL,
        [ToOfficerId] uniqueidentifier NULL,
        [ToName] nvarchar(200) NULL,
        [Purpose] nvarchar(500) NOT NULL,
        [SealIntact] bit NOT NULL,
        [HashVerified] nchar(64) NULL,
        [HashMatched] bit NULL,
        [RecordedBy] uniqueidentifier NOT NULL,
        [PreviousHash] nchar(64) NOT NULL,
        [Hash] nchar(64) NOT NULL,
        CONSTRAINT [PK_CustodyEvents] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_CustodyEvents_Exhibits_ExhibitId] FOREIGN KEY ([ExhibitId]) REFERENCES [Exhibits] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_CustodyEvents_Officers_RecordedBy] FOREIGN KEY ([RecordedBy]) REFERENCES [Officers] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130100348_Initial'
)
BEGIN
    CREATE TABLE [ExhibitImeis] (
        [ExhibitId] uniqueidentifier NOT NULL,
        [Slot] int NOT NULL,
        [Imei] nchar(15) NOT NULL,
        CONSTRAINT [PK_ExhibitImeis] PRIMARY KEY ([ExhibitId], [Slot]),
        CONSTRAINT [FK_ExhibitImeis_Exhibits_ExhibitId] FOREIGN KEY ([ExhibitId]) REFERENCES [Exhibits] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130100348_Initial'
)
BEGIN
    CREATE INDEX [IX_AccusedPersons_StationId_Name] ON [AccusedPersons] ([StationId], [Name]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130100348_Initial'
)
BEGIN
    CREATE INDEX [IX_AccusedPhones_Number] ON [AccusedPhones] ([Number]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130100348_Initial'
)
BEGIN
    CREATE INDEX [IX_ArrestMemos_AccusedId] ON [ArrestMemos] ([AccusedId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130100348_Initial'
)
BEGIN
    CREATE INDEX [IX_ArrestMemos_ArrestedAt] ON [ArrestMemos] ([ArrestedAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130100348_Initial'
)
BEGIN
    CREATE INDEX [IX_ArrestMemos_ArrestingOfficerId] ON [ArrestMemos] ([ArrestingOfficerId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130100348_Initial'
)
BEGIN
    CREATE INDEX [IX_ArrestMemos_RaidId] ON [ArrestMemos] ([RaidId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130100348_Initial'
)
BEGIN
    CREATE INDEX [IX_ArrestMemos_RecordedBy] ON [ArrestMemos] ([RecordedBy]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130100348_Initial'
)
BEGIN
    CREATE INDEX [IX_AspNetRoleClaims_RoleId] ON [AspNetRoleClaims] ([RoleId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130100348_Initial'
)
BEGIN
    EXEC(N'CREATE UNIQUE INDEX [RoleNameIndex] ON [AspNetRoles] ([NormalizedName]) WHERE [NormalizedName] IS NOT NULL');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130100348_Initial'
)
BEGIN
    CREATE INDEX [IX_AspNetUserClaims_UserId] ON [AspNetUserClaims] ([UserId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130100348_Initial'
)
BEGIN
    CREATE INDEX [IX_AspNetUserLogins_UserId] ON [AspNetUserLogins] ([UserId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130100348_Initial'
)
BEGIN
    CREATE INDEX [IX_AspNetUserRoles_RoleId] ON [AspNetUserRoles] ([RoleId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130100348_Initial'
)
BEGIN
    CREATE INDEX [EmailIndex] ON [AspNetUsers] ([NormalizedEmail]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130100348_Initial'
)
BEGIN
    EXEC(N'CREATE UNIQUE INDEX [UserNameIndex] ON [AspNetUsers] ([NormalizedUserName]) WHERE [NormalizedUserName] IS NOT NULL');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130100348_Initial'
)
BEGIN
    CREATE INDEX [IX_AuditRecords_EntityType_EntityId] ON [AuditRecords] ([EntityType], [EntityId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130100348_Initial'
)
BEGIN
    CREATE INDEX [IX_AuditRecords_StationId] ON [AuditRecords] ([StationId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130100348_Initial'
)
BEGIN
    CREATE UNIQUE INDEX [IX_CaseAccounts_FirId_Identifier] ON [CaseAccounts] ([FirId], [Identifier]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130100348_Initial'
)
BEGIN
    CREATE INDEX [IX_CaseAccounts_RecordedBy] ON [CaseAccounts] ([RecordedBy]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130100348_Initial'
)
BEGIN
    CREATE INDEX [IX_CaseAccounts_StationId_Identifier] ON [CaseAccounts] ([StationId], [Identifier]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130100348_Initial'
)
BEGIN
    CREATE INDEX [IX_CaseAccounts_StationId_Number] ON [CaseAccounts] ([StationId], [Number]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130100348_Initial'
)
BEGIN
    CREATE INDEX [IX_CaseAccused_AddedBy] ON [CaseAccused] ([AddedBy]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130100348_Initial'
)
BEGIN
    CREATE UNIQUE INDEX [IX_CaseAccused_FirId_PersonId] ON [CaseAccused] ([FirId], [PersonId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130100348_Initial'
)
BEGIN
    CREATE UNIQUE INDEX [IX_CaseAccused_FirId_Serial] ON [CaseAccused] ([FirId], [Serial]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130100348_Initial'
)
BEGIN
    CREATE INDEX [IX_CaseAccused_PersonId] ON [CaseAccused] ([PersonId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130100348_Initial'
)
BEGIN
    CREATE INDEX [IX_CaseAccused_PremisesId] ON [CaseAccused] ([PremisesId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130100348_Initial'
)
BEGIN
    CREATE INDEX [IX_CaseAccused_StationId] ON [CaseAccused] ([StationId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130100348_Initial'
)
BEGIN
    CREATE INDEX [IX_CaseBundles_CreatedBy] ON [CaseBundles] ([CreatedBy]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130100348_Initial'
)
BEGIN
    CREATE INDEX [IX_CaseBundles_FirId_CreatedAt] ON [CaseBundles] ([FirId], [CreatedAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130100348_Initial'
)
BEGIN
    CREATE INDEX [IX_CaseBundles_Sha256] ON [CaseBundles] ([Sha256]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130100348_Initial'
)
BEGIN
    CREATE INDEX [IX_CaseBundles_StationId] ON [CaseBundles] ([StationId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130100348_Initial'
)
BEGIN
    CREATE UNIQUE INDEX [IX_CustodyEvents_ExhibitId_Sequence] ON [CustodyEvents] ([ExhibitId], [Sequence]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130100348_Initial'
)
BEGIN
    CREATE INDEX [IX_CustodyEvents_RecordedBy] ON [CustodyEvents] ([RecordedBy]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130100348_Initial'
)
BEGIN
    CREATE INDEX [IX_CustodyEvents_ToKind_ToOfficerId] ON [CustodyEvents] ([ToKind], [ToOfficerId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130100348_Initial'
)
BEGIN
    CREATE INDEX [IX_CustodyRecords_AccusedId] ON [CustodyRecords] ([AccusedId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130100348_Initial'
)
BEGIN
    CREATE INDEX [IX_CustodyRecords_RecordedBy] ON [CustodyRecords] ([RecordedBy]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130100348_Initial'
)
BEGIN
    CREATE INDEX [IX_EvidenceFiles_FirId] ON [EvidenceFiles] ([FirId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130100348_Initial'
)
BEGIN
    CREATE INDEX [IX_EvidenceFiles_Sha256] ON [EvidenceFiles] ([Sha256]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130100348_Initial'
)
BEGIN
    CREATE INDEX [IX_EvidenceFiles_StationId_FirId] ON [EvidenceFiles] ([StationId], [FirId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130100348_Initial'
)
BEGIN
    CREATE INDEX [IX_EvidenceFiles_StationId_OwnerType_OwnerId] ON [EvidenceFiles] ([StationId], [OwnerType], [OwnerId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130100348_Initial'
)
BEGIN
    CREATE INDEX [IX_EvidenceFiles_UploadedBy] ON [EvidenceFiles] ([UploadedBy]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130100348_Initial'
)
BEGIN
    CREATE INDEX [IX_EvidenceFiles_WithdrawnBy] ON [EvidenceFiles] ([WithdrawnBy]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130100348_Initial'
)
BEGIN
    CREATE INDEX [IX_ExhibitImeis_Imei] ON [ExhibitImeis] ([Imei]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130100348_Initial'
)
BEGIN
    CREATE INDEX [IX_Exhibits_FirId] ON [Exhibits] ([FirId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130100348_Initial'
)
BEGIN
    CREATE INDEX [IX_Exhibits_ParentExhibitId] ON [Exhibits] ([ParentExhibitId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130100348_Initial'
)
BEGIN
    CREATE INDEX [IX_Exhibits_SeizedFromAccusedId] ON [Exhibits] ([SeizedFromAccusedId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130100348_Initial'
)
BEGIN
    CREATE INDEX [IX_Exhibits_SeizedFromPremisesId] ON [Exhibits] ([SeizedFromPremisesId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130100348_Initial'
)
BEGIN
    CREATE INDEX [IX_Exhibits_SeizureMemoId] ON [Exhibits] ([SeizureMemoId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130100348_Initial'
)
BEGIN
    CREATE INDEX [IX_Exhibits_StationId_HolderKind] ON [Exhibits] ([StationId], [HolderKind]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130100348_Initial'
)
BEGIN
    EXEC(N'CREATE INDEX [IX_Exhibits_StationId_MacAddress] ON [Exhibits] ([StationId], [MacAddress]) WHERE MacAddress IS NOT NULL');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130100348_Initial'
)
BEGIN
    CREATE INDEX [IX_Exhibits_StationId_Number] ON [Exhibits] ([StationId], [Number]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130100348_Initial'
)
BEGIN
    EXEC(N'CREATE INDEX [IX_Exhibits_StationId_SealNumber] ON [Exhibits] ([StationId], [SealNumber]) WHERE SealNumber IS NOT NULL');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130100348_Initial'
)
BEGIN
    CREATE UNIQUE INDEX [IX_Exhibits_StationId_Serial] ON [Exhibits] ([StationId], [Serial]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130100348_Initial'
)
BEGIN
    EXEC(N'CREATE INDEX [IX_Exhibits_StationId_SerialNumber] ON [Exhibits] ([StationId], [SerialNumber]) WHERE SerialNumber IS NOT NULL');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130100348_Initial'
)
BEGIN
    CREATE INDEX [IX_FirPremises_LinkedBy] ON [FirPremises] ([LinkedBy]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130100348_Initial'
)
BEGIN
    CREATE INDEX [IX_FirPremises_PremisesId] ON [FirPremises] ([PremisesId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130100348_Initial'
)
BEGIN
    CREATE INDEX [IX_Firs_AssignedOfficerId] ON [Firs] ([AssignedOfficerId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130100348_Initial'
)
BEGIN
    CREATE INDEX [IX_Firs_StationId_RegisteredAt] ON [Firs] ([StationId], [RegisteredAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130100348_Initial'
)
BEGIN
    CREATE UNIQUE INDEX [IX_Firs_StationId_Year_Serial] ON [Firs] ([StationId], [Year], [Serial]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130100348_Initial'
)
BEGIN
    CREATE INDEX [IX_FirSections_Act_Section] ON [FirSections] ([Act], [Section]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130100348_Initial'
)
BEGIN
    CREATE INDEX [IX_Officers_StationId] ON [Officers] ([StationId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130100348_Initial'
)
BEGIN
    CREATE UNIQUE INDEX [IX_Officers_UserName] ON [Officers] ([UserName]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130100348_Initial'
)
BEGIN
    CREATE INDEX [IX_Premises_OwnerAccusedPersonId] ON [Premises] ([OwnerAccusedPersonId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130100348_Initial'
)
BEGIN
    CREATE INDEX [IX_Premises_RecordedBy] ON [Premises] ([RecordedBy]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130100348_Initial'
)
BEGIN
    CREATE INDEX [IX_Premises_StationId_Name] ON [Premises] ([StationId], [Name]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130100348_Initial'
)
BEGIN
    CREATE INDEX [IX_RaidMembers_OfficerId] ON [RaidMembers] ([OfficerId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130100348_Initial'
)
BEGIN
    CREATE INDEX [IX_Raids_FirId] ON [Raids] ([FirId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130100348_Initial'
)
BEGIN
    CREATE INDEX [IX_Raids_LeadOfficerId] ON [Raids] ([LeadOfficerId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130100348_Initial'
)
BEGIN
    CREATE INDEX [IX_Raids_PlannedBy] ON [Raids] ([PlannedBy]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130100348_Initial'
)
BEGIN
    CREATE INDEX [IX_Raids_PremisesId] ON [Raids] ([PremisesId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130100348_Initial'
)
BEGIN
    CREATE INDEX [IX_Raids_StationId_ScheduledAt] ON [Raids] ([StationId], [ScheduledAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130100348_Initial'
)
BEGIN
    CREATE INDEX [IX_SeizureMemos_FirId] ON [SeizureMemos] ([FirId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130100348_Initial'
)
BEGIN
    CREATE INDEX [IX_SeizureMemos_PremisesId] ON [SeizureMemos] ([PremisesId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130100348_Initial'
)
BEGIN
    CREATE INDEX [IX_SeizureMemos_PreparedBy] ON [SeizureMemos] ([PreparedBy]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130100348_Initial'
)
BEGIN
    CREATE INDEX [IX_SeizureMemos_RaidId] ON [SeizureMemos] ([RaidId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130100348_Initial'
)
BEGIN
    CREATE UNIQUE INDEX [IX_SeizureMemos_StationId_MemoNumber] ON [SeizureMemos] ([StationId], [MemoNumber]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130100348_Initial'
)
BEGIN
    CREATE INDEX [IX_SeizureMemoWitnesses_SeizureMemoId] ON [SeizureMemoWitnesses] ([SeizureMemoId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130100348_Initial'
)
BEGIN
    CREATE UNIQUE INDEX [IX_Stations_Code] ON [Stations] ([Code]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130100348_Initial'
)
BEGIN
    CREATE INDEX [IX_SupplementaryStatement_FirId] ON [SupplementaryStatement] ([FirId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130100348_Initial'
)
BEGIN
    CREATE INDEX [IX_SupplementaryStatement_RecordedBy] ON [SupplementaryStatement] ([RecordedBy]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130100348_Initial'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261130100348_Initial', N'10.0.15');
END;

COMMIT;
GO

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130100407_FirFullTextSearch'
)
BEGIN
    IF NOT EXISTS (SELECT 1 FROM sys.fulltext_catalogs WHERE name = 'CyberCaseCatalog') CREATE FULLTEXT CATALOG CyberCaseCatalog;
END;
GO

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130100407_FirFullTextSearch'
)
BEGIN
    CREATE FULLTEXT INDEX ON Firs (Number, InformantName, Narrative) KEY INDEX PK_Firs ON CyberCaseCatalog WITH CHANGE_TRACKING AUTO;
END;
GO

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130100407_FirFullTextSearch'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261130100407_FirFullTextSearch', N'10.0.15');
END;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201093059_AddStatements'
)
BEGIN
    CREATE TABLE [Statements] (
        [Id] uniqueidentifier NOT NULL,
        [StationId] uniqueidentifier NOT NULL,
        [FirId] uniqueidentifier NOT NULL,
        [Name] nvarchar(200) NOT NULL,
        [NameInScript] nvarchar(200) NULL,
        [Role] nvarchar(16) NOT NULL,
        [Parentage] nvarchar(200) NULL,
        [Address] nvarchar(500) NULL,
        [Phone] nvarchar(32) NULL,
        [RecordedAt] datetimeoffset NOT NULL,
        [Place] nvarchar(300) NOT NULL,
        [Language] nvarchar(64) NOT NULL,
        [RecordedById] uniqueidentifier NOT NULL,
        [SpeaksTo] nvarchar(1000) NOT NULL,
        [Text] nvarchar(max) NOT NULL,
        [AudioVideoFileId] uniqueidentifier NULL,
        [CorrectsStatementId] uniqueidentifier NULL,
        [EnteredBy] uniqueidentifier NOT NULL,
        [EnteredAt] datetimeoffset NOT NULL,
        [Version] uniqueidentifier NOT NULL,
        CONSTRAINT [PK_Statements] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_Statements_EvidenceFiles_AudioVideoFileId] FOREIGN KEY ([AudioVideoFileId]) REFERENCES [EvidenceFiles] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_Statements_Firs_FirId] FOREIGN KEY ([FirId]) REFERENCES [Firs] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_Statements_Officers_EnteredBy] FOREIGN KEY ([EnteredBy]) REFERENCES [Officers] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_Statements_Officers_RecordedById] FOREIGN KEY ([RecordedById]) REFERENCES [Officers] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_Statements_Statements_CorrectsStatementId] FOREIGN KEY ([CorrectsStatementId]) REFERENCES [Statements] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_Statements_Stations_StationId] FOREIGN KEY ([StationId]) REFERENCES [Stations] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201093059_AddStatements'
)
BEGIN
    CREATE INDEX [IX_Statements_AudioVideoFileId] ON [Statements] ([AudioVideoFileId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201093059_AddStatements'
)
BEGIN
    EXEC(N'CREATE UNIQUE INDEX [IX_Statements_CorrectsStatementId] ON [Statements] ([CorrectsStatementId]) WHERE [CorrectsStatementId] IS NOT NULL');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201093059_AddStatements'
)
BEGIN
    CREATE INDEX [IX_Statements_EnteredBy] ON [Statements] ([EnteredBy]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201093059_AddStatements'
)
BEGIN
    CREATE INDEX [IX_Statements_FirId_RecordedAt] ON [Statements] ([FirId], [RecordedAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201093059_AddStatements'
)
BEGIN
    CREATE INDEX [IX_Statements_RecordedById] ON [Statements] ([RecordedById]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201093059_AddStatements'
)
BEGIN
    CREATE INDEX [IX_Statements_StationId] ON [Statements] ([StationId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201093059_AddStatements'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261201093059_AddStatements', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201095120_AddCaseDiary'
)
BEGIN
    CREATE TABLE [CaseDiaryDays] (
        [Id] uniqueidentifier NOT NULL,
        [StationId] uniqueidentifier NOT NULL,
        [FirId] uniqueidentifier NOT NULL,
        [Day] date NOT NULL,
        [FirstPage] int NOT NULL,
        [PageCount] int NOT NULL,
        [ClosedBy] uniqueidentifier NOT NULL,
        [ClosedAt] datetimeoffset NOT NULL,
        CONSTRAINT [PK_CaseDiaryDays] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_CaseDiaryDays_Firs_FirId] FOREIGN KEY ([FirId]) REFERENCES [Firs] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_CaseDiaryDays_Officers_ClosedBy] FOREIGN KEY ([ClosedBy]) REFERENCES [Officers] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_CaseDiaryDays_Stations_StationId] FOREIGN KEY ([StationId]) REFERENCES [Stations] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201095120_AddCaseDiary'
)
BEGIN
    CREATE TABLE [CaseDiaryEntries] (
        [Id] uniqueidentifier NOT NULL,
        [StationId] uniqueidentifier NOT NULL,
        [FirId] uniqueidentifier NOT NULL,
        [Day] date NOT NULL,
        [Number] int NOT NULL,
        [WrittenBy] uniqueidentifier NOT NULL,
        [WrittenAt] datetimeoffset NOT NULL,
        [InformationReceivedAt] datetimeoffset NULL,
        [InvestigationBeganAt] datetimeoffset NOT NULL,
        [InvestigationClosedAt] datetimeoffset NOT NULL,
        [PlacesVisited] nvarchar(max) NOT NULL,
        [Findings] nvarchar(max) NOT NULL,
        [VernacularLanguage] nvarchar(16) NULL,
        [VernacularText] nvarchar(max) NULL,
        [CorrectsEntryId] uniqueidentifier NULL,
        CONSTRAINT [PK_CaseDiaryEntries] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_CaseDiaryEntries_CaseDiaryEntries_CorrectsEntryId] FOREIGN KEY ([CorrectsEntryId]) REFERENCES [CaseDiaryEntries] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_CaseDiaryEntries_Firs_FirId] FOREIGN KEY ([FirId]) REFERENCES [Firs] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_CaseDiaryEntries_Officers_WrittenBy] FOREIGN KEY ([WrittenBy]) REFERENCES [Officers] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_CaseDiaryEntries_Stations_StationId] FOREIGN KEY ([StationId]) REFERENCES [Stations] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201095120_AddCaseDiary'
)
BEGIN
    CREATE TABLE [CaseDiaryShares] (
        [Id] uniqueidentifier NOT NULL,
        [StationId] uniqueidentifier NOT NULL,
        [FirId] uniqueidentifier NOT NULL,
        [SharedBy] uniqueidentifier NOT NULL,
        [SharedAt] datetimeoffset NOT NULL,
        CONSTRAINT [PK_CaseDiaryShares] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_CaseDiaryShares_Firs_FirId] FOREIGN KEY ([FirId]) REFERENCES [Firs] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_CaseDiaryShares_Officers_SharedBy] FOREIGN KEY ([SharedBy]) REFERENCES [Officers] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_CaseDiaryShares_Stations_StationId] FOREIGN KEY ([StationId]) REFERENCES [Stations] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201095120_AddCaseDiary'
)
BEGIN
    CREATE INDEX [IX_CaseDiaryDays_ClosedBy] ON [CaseDiaryDays] ([ClosedBy]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201095120_AddCaseDiary'
)
BEGIN
    CREATE UNIQUE INDEX [IX_CaseDiaryDays_FirId_Day] ON [CaseDiaryDays] ([FirId], [Day]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201095120_AddCaseDiary'
)
BEGIN
    CREATE UNIQUE INDEX [IX_CaseDiaryDays_FirId_FirstPage] ON [CaseDiaryDays] ([FirId], [FirstPage]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201095120_AddCaseDiary'
)
BEGIN
    CREATE INDEX [IX_CaseDiaryDays_StationId] ON [CaseDiaryDays] ([StationId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201095120_AddCaseDiary'
)
BEGIN
    CREATE INDEX [IX_CaseDiaryEntries_CorrectsEntryId] ON [CaseDiaryEntries] ([CorrectsEntryId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201095120_AddCaseDiary'
)
BEGIN
    CREATE INDEX [IX_CaseDiaryEntries_FirId_Day] ON [CaseDiaryEntries] ([FirId], [Day]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201095120_AddCaseDiary'
)
BEGIN
    CREATE UNIQUE INDEX [IX_CaseDiaryEntries_FirId_Number] ON [CaseDiaryEntries] ([FirId], [Number]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201095120_AddCaseDiary'
)
BEGIN
    CREATE INDEX [IX_CaseDiaryEntries_StationId] ON [CaseDiaryEntries] ([StationId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201095120_AddCaseDiary'
)
BEGIN
    CREATE INDEX [IX_CaseDiaryEntries_WrittenBy] ON [CaseDiaryEntries] ([WrittenBy]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201095120_AddCaseDiary'
)
BEGIN
    CREATE UNIQUE INDEX [IX_CaseDiaryShares_FirId] ON [CaseDiaryShares] ([FirId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201095120_AddCaseDiary'
)
BEGIN
    CREATE INDEX [IX_CaseDiaryShares_SharedBy] ON [CaseDiaryShares] ([SharedBy]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201095120_AddCaseDiary'
)
BEGIN
    CREATE INDEX [IX_CaseDiaryShares_StationId] ON [CaseDiaryShares] ([StationId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201095120_AddCaseDiary'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261201095120_AddCaseDiary', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201123509_AddInvestigationRecords'
)
BEGIN
    ALTER TABLE [SeizureMemos] ADD [CopyReceivedBy] nvarchar(200) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201123509_AddInvestigationRecords'
)
BEGIN
    ALTER TABLE [SeizureMemos] ADD [ReportedToMagistrate] nvarchar(200) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201123509_AddInvestigationRecords'
)
BEGIN
    ALTER TABLE [SeizureMemos] ADD [ReportedToMagistrateAt] datetimeoffset NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201123509_AddInvestigationRecords'
)
BEGIN
    ALTER TABLE [SeizureMemos] ADD [SpecimenSealImpression] nvarchar(200) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201123509_AddInvestigationRecords'
)
BEGIN
    ALTER TABLE [SeizureMemos] ADD [SpecimenSealKeptAt] nvarchar(200) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201123509_AddInvestigationRecords'
)
BEGIN
    ALTER TABLE [SeizureMemos] ADD [SpecimenSealNumber] nvarchar(200) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201123509_AddInvestigationRecords'
)
BEGIN
    ALTER TABLE [Raids] ADD [OccupantAbsenceReason] nvarchar(500) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201123509_AddInvestigationRecords'
)
BEGIN
    ALTER TABLE [Raids] ADD [OccupantName] nvarchar(200) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201123509_AddInvestigationRecords'
)
BEGIN
    ALTER TABLE [Raids] ADD [OccupantPresent] bit NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201123509_AddInvestigationRecords'
)
BEGIN
    ALTER TABLE [Raids] ADD [ReasonsDiaryEntryId] uniqueidentifier NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201123509_AddInvestigationRecords'
)
BEGIN
    ALTER TABLE [Raids] ADD [ReasonsRecordedAt] datetimeoffset NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201123509_AddInvestigationRecords'
)
BEGIN
    ALTER TABLE [RaidMembers] ADD [OverlapReason] nvarchar(1000) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201123509_AddInvestigationRecords'
)
BEGIN
    ALTER TABLE [Firs] ADD [BeatNumber] nvarchar(64) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201123509_AddInvestigationRecords'
)
BEGIN
    ALTER TABLE [Firs] ADD [CnrNumber] nvarchar(16) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201123509_AddInvestigationRecords'
)
BEGIN
    ALTER TABLE [Firs] ADD [CourtCaseNumber] nvarchar(64) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201123509_AddInvestigationRecords'
)
BEGIN
    ALTER TABLE [Firs] ADD [CourtName] nvarchar(200) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201123509_AddInvestigationRecords'
)
BEGIN
    ALTER TABLE [Firs] ADD [DelayReason] nvarchar(4000) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201123509_AddInvestigationRecords'
)
BEGIN
    ALTER TABLE [Firs] ADD [DirectionFromStation] nvarchar(64) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201123509_AddInvestigationRecords'
)
BEGIN
    ALTER TABLE [Firs] ADD [DispatchedToMagistrateAt] datetimeoffset NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201123509_AddInvestigationRecords'
)
BEGIN
    ALTER TABLE [Firs] ADD [DispatchedToMagistrateHow] nvarchar(500) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201123509_AddInvestigationRecords'
)
BEGIN
    ALTER TABLE [Firs] ADD [DistanceFromStationKm] decimal(9,2) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201123509_AddInvestigationRecords'
)
BEGIN
    ALTER TABLE [Firs] ADD [InformantDateOfBirth] date NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201123509_AddInvestigationRecords'
)
BEGIN
    ALTER TABLE [Firs] ADD [InformantNameInScript] nvarchar(200) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201123509_AddInvestigationRecords'
)
BEGIN
    ALTER TABLE [Firs] ADD [InformantOccupation] nvarchar(100) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201123509_AddInvestigationRecords'
)
BEGIN
    ALTER TABLE [Firs] ADD [InformantPassportIssuedAt] nvarchar(200) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201123509_AddInvestigationRecords'
)
BEGIN
    ALTER TABLE [Firs] ADD [InformantPassportIssuedOn] date NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201123509_AddInvestigationRecords'
)
BEGIN
    ALTER TABLE [Firs] ADD [InformantYearOfBirth] int NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201123509_AddInvestigationRecords'
)
BEGIN
    ALTER TABLE [Firs] ADD [InformationGdReference] nvarchar(64) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201123509_AddInvestigationRecords'
)
BEGIN
    ALTER TABLE [Firs] ADD [InformationReceivedAt] datetimeoffset NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201123509_AddInvestigationRecords'
)
BEGIN
    ALTER TABLE [Firs] ADD [NarrativeInScript] nvarchar(max) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201123509_AddInvestigationRecords'
)
BEGIN
    ALTER TABLE [Firs] ADD [OfficerInChargeId] uniqueidentifier NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201123509_AddInvestigationRecords'
)
BEGIN
    ALTER TABLE [Firs] ADD [PropertiesInvolved] nvarchar(4000) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201123509_AddInvestigationRecords'
)
BEGIN
    ALTER TABLE [Firs] ADD [PropertiesValueRupees] decimal(18,2) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201123509_AddInvestigationRecords'
)
BEGIN
    ALTER TABLE [Exhibits] ADD [ImagingExaminerDesignation] nvarchar(200) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201123509_AddInvestigationRecords'
)
BEGIN
    ALTER TABLE [Exhibits] ADD [ImagingExaminerEmployedAt] nvarchar(200) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201123509_AddInvestigationRecords'
)
BEGIN
    ALTER TABLE [Exhibits] ADD [ImagingExaminerName] nvarchar(200) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201123509_AddInvestigationRecords'
)
BEGIN
    ALTER TABLE [Exhibits] ADD [ImagingExaminerParentage] nvarchar(200) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201123509_AddInvestigationRecords'
)
BEGIN
    ALTER TABLE [Exhibits] ADD [ImagingExaminerSignedAt] datetimeoffset NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201123509_AddInvestigationRecords'
)
BEGIN
    ALTER TABLE [Exhibits] ADD [ImagingPartASignedAt] datetimeoffset NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201123509_AddInvestigationRecords'
)
BEGIN
    ALTER TABLE [Exhibits] ADD [ImagingPartASignedBy] uniqueidentifier NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201123509_AddInvestigationRecords'
)
BEGIN
    ALTER TABLE [Exhibits] ADD [ImagingProcess] nvarchar(1000) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201123509_AddInvestigationRecords'
)
BEGIN
    ALTER TABLE [Exhibits] ADD [ImagingSourceSha256] nchar(64) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201123509_AddInvestigationRecords'
)
BEGIN
    ALTER TABLE [Exhibits] ADD [ImagingTool] nvarchar(200) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201123509_AddInvestigationRecords'
)
BEGIN
    ALTER TABLE [Exhibits] ADD [ImagingToolVersion] nvarchar(200) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201123509_AddInvestigationRecords'
)
BEGIN
    ALTER TABLE [CustodyRecords] ADD [JourneyMinutes] int NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201123509_AddInvestigationRecords'
)
BEGIN
    ALTER TABLE [CustodyEvents] ADD [CourtPropertyNumber] nvarchar(64) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201123509_AddInvestigationRecords'
)
BEGIN
    ALTER TABLE [CustodyEvents] ADD [FslDocketNumber] nvarchar(64) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201123509_AddInvestigationRecords'
)
BEGIN
    ALTER TABLE [CustodyEvents] ADD [MalkhanaEntryNumber] nvarchar(64) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201123509_AddInvestigationRecords'
)
BEGIN
    ALTER TABLE [CaseAccounts] ADD [Kyc] nvarchar(1000) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201123509_AddInvestigationRecords'
)
BEGIN
    DECLARE @var nvarchar(max);
    SELECT @var = QUOTENAME([d].[name])
    FROM [sys].[default_constraints] [d]
    INNER JOIN [sys].[columns] [c] ON [d].[parent_column_id] = [c].[column_id] AND [d].[parent_object_id] = [c].[object_id]
    WHERE ([d].[parent_object_id] = OBJECT_ID(N'[ArrestMemos]') AND [c].[name] = N'GroundsCommunicated');
    IF @var IS NOT NULL EXEC(N'ALTER TABLE [ArrestMemos] DROP CONSTRAINT ' + @var + ';');
    ALTER TABLE [ArrestMemos] ALTER COLUMN [GroundsCommunicated] nvarchar(4000) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201123509_AddInvestigationRecords'
)
BEGIN
    DECLARE @var1 nvarchar(max);
    SELECT @var1 = QUOTENAME([d].[name])
    FROM [sys].[default_constraints] [d]
    INNER JOIN [sys].[columns] [c] ON [d].[parent_column_id] = [c].[column_id] AND [d].[parent_object_id] = [c].[object_id]
    WHERE ([d].[parent_object_id] = OBJECT_ID(N'[ArrestMemos]') AND [c].[name] = N'AttestingWitnessName');
    IF @var1 IS NOT NULL EXEC(N'ALTER TABLE [ArrestMemos] DROP CONSTRAINT ' + @var1 + ';');
    ALTER TABLE [ArrestMemos] ALTER COLUMN [AttestingWitnessName] nvarchar(200) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201123509_AddInvestigationRecords'
)
BEGIN
    ALTER TABLE [ArrestMemos] ADD [ArrestGdEntryNumber] nvarchar(64) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201123509_AddInvestigationRecords'
)
BEGIN
    ALTER TABLE [ArrestMemos] ADD [AttestingWitnessNameInScript] nvarchar(200) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201123509_AddInvestigationRecords'
)
BEGIN
    ALTER TABLE [ArrestMemos] ADD [AttestingWitnessRelation] nvarchar(64) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201123509_AddInvestigationRecords'
)
BEGIN
    ALTER TABLE [ArrestMemos] ADD [ControlRoomInformedAt] datetimeoffset NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201123509_AddInvestigationRecords'
)
BEGIN
    ALTER TABLE [ArrestMemos] ADD [GroundsInWriting] bit NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201123509_AddInvestigationRecords'
)
BEGIN
    ALTER TABLE [ArrestMemos] ADD [GroundsLanguage] nvarchar(200) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201123509_AddInvestigationRecords'
)
BEGIN
    ALTER TABLE [ArrestMemos] ADD [InjuriesSeen] nvarchar(2000) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201123509_AddInvestigationRecords'
)
BEGIN
    ALTER TABLE [ArrestMemos] ADD [MagistratePermission] nvarchar(200) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201123509_AddInvestigationRecords'
)
BEGIN
    ALTER TABLE [ArrestMemos] ADD [ReasonsForArrest] nvarchar(2000) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201123509_AddInvestigationRecords'
)
BEGIN
    ALTER TABLE [ArrestMemos] ADD [RelativeInformedBookEntry] nvarchar(64) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201123509_AddInvestigationRecords'
)
BEGIN
    ALTER TABLE [ArrestMemos] ADD [RelativeInformedBy] nvarchar(200) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201123509_AddInvestigationRecords'
)
BEGIN
    ALTER TABLE [ArrestMemos] ADD [RelativeNameInScript] nvarchar(200) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201123509_AddInvestigationRecords'
)
BEGIN
    ALTER TABLE [ArrestMemos] ADD [ToldOfRightToBail] bit NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201123509_AddInvestigationRecords'
)
BEGIN
    ALTER TABLE [ArrestMemos] ADD [WomanArrestCircumstance] nvarchar(2000) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201123509_AddInvestigationRecords'
)
BEGIN
    ALTER TABLE [ArrestMemos] ADD [WomanOfficer] nvarchar(200) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201123509_AddInvestigationRecords'
)
BEGIN
    CREATE TABLE [AccountStatusEvents] (
        [Id] uniqueidentifier NOT NULL,
        [StationId] uniqueidentifier NOT NULL,
        [FirId] uniqueidentifier NOT NULL,
        [AccountId] uniqueidentifier NOT NULL,
        [Sequence] int NOT NULL,
        [Kind] nvarchar(24) NOT NULL,
        [At] datetimeoffset NOT NULL,
        [Addressee] nvarchar(200) NULL,
        [Reference] nvarchar(200) NULL,
        [Amount] decimal(28,8) NULL,
        [Currency] nvarchar(4) NULL,
        [SpApprovalReference] nvarchar(200) NULL,
        [SpApprovedOn] date NULL,
        [ApplicationDate] date NULL,
        [OrderDate] date NULL,
        [Notes] nvarchar(1000) NULL,
        [RecordedBy] uniqueidentifier NOT NULL,
        [RecordedAt] datetimeoffset NOT NULL,
        CONSTRAINT [PK_AccountStatusEvents] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_AccountStatusEvents_CaseAccounts_AccountId] FOREIGN KEY ([AccountId]) REFERENCES [CaseAccounts] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_AccountStatusEvents_Firs_FirId] FOREIGN KEY ([FirId]) REFERENCES [Firs] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_AccountStatusEvents_Officers_RecordedBy] FOREIGN KEY ([RecordedBy]) REFERENCES [Officers] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_AccountStatusEvents_Stations_StationId] FOREIGN KEY ([StationId]) REFERENCES [Stations] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201123509_AddInvestigationRecords'
)
BEGIN
    CREATE TABLE [ComplaintImports] (
        [Id] uniqueidentifier NOT NULL,
        [StationId] uniqueidentifier NOT NULL,
        [Sha256] nchar(64) NOT NULL,
        [FileName] nvarchar(200) NULL,
        [Rows] int NOT NULL,
        [Added] int NOT NULL,
        [ImportedBy] uniqueidentifier NOT NULL,
        [ImportedAt] datetimeoffset NOT NULL,
        CONSTRAINT [PK_ComplaintImports] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_ComplaintImports_Officers_ImportedBy] FOREIGN KEY ([ImportedBy]) REFERENCES [Officers] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_ComplaintImports_Stations_StationId] FOREIGN KEY ([StationId]) REFERENCES [Stations] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201123509_AddInvestigationRecords'
)
BEGIN
    CREATE TABLE [Disclosures] (
        [Id] uniqueidentifier NOT NULL,
        [StationId] uniqueidentifier NOT NULL,
        [FirId] uniqueidentifier NOT NULL,
        [Number] int NOT NULL,
        [CaseAccusedId] uniqueidentifier NOT NULL,
        [Recipient] nvarchar(16) NOT NULL,
        [ReceivedBy] nvarchar(200) NOT NULL,
        [SuppliedAt] datetimeoffset NOT NULL,
        [Mode] nvarchar(16) NOT NULL,
        [Documents] nvarchar(4000) NOT NULL,
        [CaseBundleId] uniqueidentifier NULL,
        [Reference] nvarchar(300) NULL,
        [Sha256] char(64) NOT NULL,
        [RecordedBy] uniqueidentifier NOT NULL,
        [RecordedAt] datetimeoffset NOT NULL,
        CONSTRAINT [PK_Disclosures] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_Disclosures_CaseAccused_CaseAccusedId] FOREIGN KEY ([CaseAccusedId]) REFERENCES [CaseAccused] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_Disclosures_CaseBundles_CaseBundleId] FOREIGN KEY ([CaseBundleId]) REFERENCES [CaseBundles] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_Disclosures_Firs_FirId] FOREIGN KEY ([FirId]) REFERENCES [Firs] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_Disclosures_Officers_RecordedBy] FOREIGN KEY ([RecordedBy]) REFERENCES [Officers] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_Disclosures_Stations_StationId] FOREIGN KEY ([StationId]) REFERENCES [Stations] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201123509_AddInvestigationRecords'
)
BEGIN
    CREATE TABLE [FirAccusedParticulars] (
        [Position] int NOT NULL,
        [FirId] uniqueidentifier NOT NULL,
        [Kind] nvarchar(16) NOT NULL,
        [Name] nvarchar(200) NULL,
        [NameInScript] nvarchar(200) NULL,
        [Particulars] nvarchar(1000) NULL,
        CONSTRAINT [PK_FirAccusedParticulars] PRIMARY KEY ([FirId], [Position]),
        CONSTRAINT [FK_FirAccusedParticulars_Firs_FirId] FOREIGN KEY ([FirId]) REFERENCES [Firs] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201123509_AddInvestigationRecords'
)
BEGIN
    CREATE TABLE [FurtherInvestigations] (
        [Id] uniqueidentifier NOT NULL,
        [StationId] uniqueidentifier NOT NULL,
        [FirId] uniqueidentifier NOT NULL,
        [Court] nvarchar(300) NOT NULL,
        [OrderDate] date NOT NULL,
        [OrderReference] nvarchar(200) NOT NULL,
        [Reasons] nvarchar(4000) NOT NULL,
        [RecordedBy] uniqueidentifier NOT NULL,
        [RecordedAt] datetimeoffset NOT NULL,
        CONSTRAINT [PK_FurtherInvestigations] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_FurtherInvestigations_Firs_FirId] FOREIGN KEY ([FirId]) REFERENCES [Firs] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_FurtherInvestigations_Officers_RecordedBy] FOREIGN KEY ([RecordedBy]) REFERENCES [Officers] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_FurtherInvestigations_Stations_StationId] FOREIGN KEY ([StationId]) REFERENCES [Stations] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201123509_AddInvestigationRecords'
)
BEGIN
    CREATE TABLE [SearchRecordings] (
        [Number] int NOT NULL,
        [RaidId] uniqueidentifier NOT NULL,
        [Kind] nvarchar(16) NOT NULL,
        [EvidenceFileId] uniqueidentifier NOT NULL,
        [Sha256] nchar(64) NOT NULL,
        [FileName] nvarchar(255) NOT NULL,
        [RecordedFrom] datetimeoffset NOT NULL,
        [DurationSeconds] int NULL,
        [Device] nvarchar(200) NULL,
        [RecordedByOfficerId] uniqueidentifier NOT NULL,
        [ForwardedTo] nvarchar(300) NULL,
        [ForwardedAt] datetimeoffset NULL,
        [ForwardedHow] nvarchar(300) NULL,
        [ForwardingAcknowledgement] nvarchar(300) NULL,
        [CertificateSignedAt] datetimeoffset NULL,
        [ExpertName] nvarchar(200) NULL,
        [ExpertParentage] nvarchar(200) NULL,
        [ExpertDesignation] nvarchar(200) NULL,
        [ExpertEmployedAt] nvarchar(200) NULL,
        [ExpertSignedAt] datetimeoffset NULL,
        CONSTRAINT [PK_SearchRecordings] PRIMARY KEY ([RaidId], [Number]),
        CONSTRAINT [FK_SearchRecordings_EvidenceFiles_EvidenceFileId] FOREIGN KEY ([EvidenceFileId]) REFERENCES [EvidenceFiles] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_SearchRecordings_Officers_RecordedByOfficerId] FOREIGN KEY ([RecordedByOfficerId]) REFERENCES [Officers] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_SearchRecordings_Raids_RaidId] FOREIGN KEY ([RaidId]) REFERENCES [Raids] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201123509_AddInvestigationRecords'
)
BEGIN
    CREATE TABLE [Complaints] (
        [Id] uniqueidentifier NOT NULL,
        [StationId] uniqueidentifier NOT NULL,
        [AckNumber] nvarchar(32) NULL,
        [ReceivedAt] datetimeoffset NOT NULL,
        [Channel] nvarchar(16) NOT NULL,
        [ComplainantName] nvarchar(200) NOT NULL,
        [ComplainantContact] nvarchar(200) NULL,
        [ComplainantAddress] nvarchar(500) NULL,
        [ComplainantCountry] nvarchar(200) NULL,
        [Category] nvarchar(200) NOT NULL,
        [AmountReported] decimal(28,8) NULL,
        [Currency] nvarchar(4) NULL,
        [TransactionsReported] nvarchar(4000) NULL,
        [Status] nvarchar(16) NOT NULL,
        [FirId] uniqueidentifier NULL,
        [ClosedReason] nvarchar(1000) NULL,
        [ImportId] uniqueidentifier NULL,
        [RecordedBy] uniqueidentifier NOT NULL,
        [RecordedAt] datetimeoffset NOT NULL,
        [Version] uniqueidentifier NOT NULL,
        CONSTRAINT [PK_Complaints] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_Complaints_ComplaintImports_ImportId] FOREIGN KEY ([ImportId]) REFERENCES [ComplaintImports] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_Complaints_Firs_FirId] FOREIGN KEY ([FirId]) REFERENCES [Firs] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_Complaints_Officers_RecordedBy] FOREIGN KEY ([RecordedBy]) REFERENCES [Officers] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_Complaints_Stations_StationId] FOREIGN KEY ([StationId]) REFERENCES [Stations] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201123509_AddInvestigationRecords'
)
BEGIN
    CREATE TABLE [PoliceReports] (
        [Id] uniqueidentifier NOT NULL,
        [StationId] uniqueidentifier NOT NULL,
        [FirId] uniqueidentifier NOT NULL,
        [Sequence] int NOT NULL,
        [FurtherInvestigationId] uniqueidentifier NULL,
        [Kind] nvarchar(16) NOT NULL,
        [Closure] nvarchar(32) NULL,
        [Status] nvarchar(16) NOT NULL,
        [Court] nvarchar(300) NOT NULL,
        [Conclusion] nvarchar(max) NOT NULL,
        [MedicalReports] nvarchar(4000) NULL,
        [DraftedBy] uniqueidentifier NOT NULL,
        [DraftedAt] datetimeoffset NOT NULL,
        [SubmittedBy] uniqueidentifier NULL,
        [SubmittedAt] datetimeoffset NULL,
        [ApprovedBy] uniqueidentifier NULL,
        [ApprovedAt] datetimeoffset NULL,
        [ReturnRemark] nvarchar(2000) NULL,
        [ForwardedBy] uniqueidentifier NULL,
        [ForwardedAt] datetimeoffset NULL,
        [ForwardedSha256] char(64) NULL,
        [ForwardedSizeBytes] bigint NULL,
        [Version] uniqueidentifier NOT NULL,
        CONSTRAINT [PK_PoliceReports] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_PoliceReports_Firs_FirId] FOREIGN KEY ([FirId]) REFERENCES [Firs] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_PoliceReports_FurtherInvestigations_FurtherInvestigationId] FOREIGN KEY ([FurtherInvestigationId]) REFERENCES [FurtherInvestigations] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_PoliceReports_Officers_DraftedBy] FOREIGN KEY ([DraftedBy]) REFERENCES [Officers] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_PoliceReports_Stations_StationId] FOREIGN KEY ([StationId]) REFERENCES [Stations] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201123509_AddInvestigationRecords'
)
BEGIN
    CREATE TABLE [Victims] (
        [Id] uniqueidentifier NOT NULL,
        [StationId] uniqueidentifier NOT NULL,
        [FirId] uniqueidentifier NOT NULL,
        [ComplaintId] uniqueidentifier NULL,
        [Name] nvarchar(200) NOT NULL,
        [Parentage] nvarchar(200) NULL,
        [Gender] nvarchar(16) NULL,
        [Age] int NULL,
        [Nationality] nvarchar(200) NULL,
        [PassportOrId] nvarchar(200) NULL,
        [Country] nvarchar(200) NULL,
        [Language] nvarchar(200) NULL,
        [InterpreterNeeded] bit NOT NULL,
        [Contact] nvarchar(200) NULL,
        [Address] nvarchar(500) NULL,
        [IsInformant] bit NOT NULL,
        [AmountLost] decimal(28,8) NULL,
        [AmountLostCurrency] nvarchar(4) NULL,
        [RecordedBy] uniqueidentifier NOT NULL,
        [RecordedAt] datetimeoffset NOT NULL,
        [Version] uniqueidentifier NOT NULL,
        CONSTRAINT [PK_Victims] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_Victims_Complaints_ComplaintId] FOREIGN KEY ([ComplaintId]) REFERENCES [Complaints] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_Victims_Firs_FirId] FOREIGN KEY ([FirId]) REFERENCES [Firs] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_Victims_Officers_RecordedBy] FOREIGN KEY ([RecordedBy]) REFERENCES [Officers] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_Victims_Stations_StationId] FOREIGN KEY ([StationId]) REFERENCES [Stations] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201123509_AddInvestigationRecords'
)
BEGIN
    CREATE TABLE [PoliceReportAccused] (
        [CaseAccusedId] uniqueidentifier NOT NULL,
        [PoliceReportId] uniqueidentifier NOT NULL,
        [SentUp] bit NOT NULL,
        [Charges] nvarchar(500) NOT NULL,
        [Note] nvarchar(500) NULL,
        CONSTRAINT [PK_PoliceReportAccused] PRIMARY KEY ([PoliceReportId], [CaseAccusedId]),
        CONSTRAINT [FK_PoliceReportAccused_CaseAccused_CaseAccusedId] FOREIGN KEY ([CaseAccusedId]) REFERENCES [CaseAccused] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_PoliceReportAccused_PoliceReports_PoliceReportId] FOREIGN KEY ([PoliceReportId]) REFERENCES [PoliceReports] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201123509_AddInvestigationRecords'
)
BEGIN
    CREATE TABLE [MoneyTransactions] (
        [Id] uniqueidentifier NOT NULL,
        [StationId] uniqueidentifier NOT NULL,
        [FirId] uniqueidentifier NOT NULL,
        [OccurredAt] datetimeoffset NOT NULL,
        [Amount] decimal(28,8) NOT NULL,
        [Currency] nvarchar(4) NOT NULL,
        [Channel] nvarchar(16) NOT NULL,
        [Reference] nvarchar(64) NULL,
        [VictimId] uniqueidentifier NULL,
        [FromAccountId] uniqueidentifier NULL,
        [ToAccountId] uniqueidentifier NOT NULL,
        [Notes] nvarchar(1000) NULL,
        [RecordedBy] uniqueidentifier NOT NULL,
        [RecordedAt] datetimeoffset NOT NULL,
        CONSTRAINT [PK_MoneyTransactions] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_MoneyTransactions_CaseAccounts_FromAccountId] FOREIGN KEY ([FromAccountId]) REFERENCES [CaseAccounts] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_MoneyTransactions_CaseAccounts_ToAccountId] FOREIGN KEY ([ToAccountId]) REFERENCES [CaseAccounts] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_MoneyTransactions_Firs_FirId] FOREIGN KEY ([FirId]) REFERENCES [Firs] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_MoneyTransactions_Officers_RecordedBy] FOREIGN KEY ([RecordedBy]) REFERENCES [Officers] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_MoneyTransactions_Stations_StationId] FOREIGN KEY ([StationId]) REFERENCES [Stations] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_MoneyTransactions_Victims_VictimId] FOREIGN KEY ([VictimId]) REFERENCES [Victims] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201123509_AddInvestigationRecords'
)
BEGIN
    CREATE TABLE [ProgressCommunications] (
        [Id] uniqueidentifier NOT NULL,
        [StationId] uniqueidentifier NOT NULL,
        [FirId] uniqueidentifier NOT NULL,
        [VictimId] uniqueidentifier NULL,
        [At] datetimeoffset NOT NULL,
        [Means] nvarchar(16) NOT NULL,
        [ByOfficerId] uniqueidentifier NOT NULL,
        [Summary] nvarchar(2000) NOT NULL,
        [RecordedBy] uniqueidentifier NOT NULL,
        [RecordedAt] datetimeoffset NOT NULL,
        CONSTRAINT [PK_ProgressCommunications] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_ProgressCommunications_Firs_FirId] FOREIGN KEY ([FirId]) REFERENCES [Firs] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_ProgressCommunications_Officers_ByOfficerId] FOREIGN KEY ([ByOfficerId]) REFERENCES [Officers] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_ProgressCommunications_Officers_RecordedBy] FOREIGN KEY ([RecordedBy]) REFERENCES [Officers] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_ProgressCommunications_Stations_StationId] FOREIGN KEY ([StationId]) REFERENCES [Stations] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_ProgressCommunications_Victims_VictimId] FOREIGN KEY ([VictimId]) REFERENCES [Victims] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201123509_AddInvestigationRecords'
)
BEGIN
    CREATE TABLE [VictimStatements] (
        [VictimId] uniqueidentifier NOT NULL,
        [StatementId] uniqueidentifier NOT NULL,
        CONSTRAINT [PK_VictimStatements] PRIMARY KEY ([VictimId], [StatementId]),
        CONSTRAINT [FK_VictimStatements_Statements_StatementId] FOREIGN KEY ([StatementId]) REFERENCES [Statements] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_VictimStatements_Victims_VictimId] FOREIGN KEY ([VictimId]) REFERENCES [Victims] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201123509_AddInvestigationRecords'
)
BEGIN
    CREATE INDEX [IX_Raids_ReasonsDiaryEntryId] ON [Raids] ([ReasonsDiaryEntryId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201123509_AddInvestigationRecords'
)
BEGIN
    CREATE INDEX [IX_Exhibits_ImagingPartASignedBy] ON [Exhibits] ([ImagingPartASignedBy]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201123509_AddInvestigationRecords'
)
BEGIN
    CREATE UNIQUE INDEX [IX_AccountStatusEvents_AccountId_Sequence] ON [AccountStatusEvents] ([AccountId], [Sequence]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201123509_AddInvestigationRecords'
)
BEGIN
    CREATE INDEX [IX_AccountStatusEvents_FirId] ON [AccountStatusEvents] ([FirId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201123509_AddInvestigationRecords'
)
BEGIN
    CREATE INDEX [IX_AccountStatusEvents_RecordedBy] ON [AccountStatusEvents] ([RecordedBy]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201123509_AddInvestigationRecords'
)
BEGIN
    CREATE INDEX [IX_AccountStatusEvents_StationId] ON [AccountStatusEvents] ([StationId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201123509_AddInvestigationRecords'
)
BEGIN
    CREATE INDEX [IX_ComplaintImports_ImportedBy] ON [ComplaintImports] ([ImportedBy]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201123509_AddInvestigationRecords'
)
BEGIN
    CREATE UNIQUE INDEX [IX_ComplaintImports_StationId_Sha256] ON [ComplaintImports] ([StationId], [Sha256]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201123509_AddInvestigationRecords'
)
BEGIN
    CREATE INDEX [IX_Complaints_FirId] ON [Complaints] ([FirId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201123509_AddInvestigationRecords'
)
BEGIN
    CREATE INDEX [IX_Complaints_ImportId] ON [Complaints] ([ImportId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201123509_AddInvestigationRecords'
)
BEGIN
    CREATE INDEX [IX_Complaints_RecordedBy] ON [Complaints] ([RecordedBy]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201123509_AddInvestigationRecords'
)
BEGIN
    EXEC(N'CREATE UNIQUE INDEX [IX_Complaints_StationId_AckNumber] ON [Complaints] ([StationId], [AckNumber]) WHERE [AckNumber] IS NOT NULL');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201123509_AddInvestigationRecords'
)
BEGIN
    CREATE INDEX [IX_Disclosures_CaseAccusedId] ON [Disclosures] ([CaseAccusedId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201123509_AddInvestigationRecords'
)
BEGIN
    CREATE INDEX [IX_Disclosures_CaseBundleId] ON [Disclosures] ([CaseBundleId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201123509_AddInvestigationRecords'
)
BEGIN
    CREATE UNIQUE INDEX [IX_Disclosures_FirId_Number] ON [Disclosures] ([FirId], [Number]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201123509_AddInvestigationRecords'
)
BEGIN
    CREATE INDEX [IX_Disclosures_RecordedBy] ON [Disclosures] ([RecordedBy]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201123509_AddInvestigationRecords'
)
BEGIN
    CREATE INDEX [IX_Disclosures_StationId] ON [Disclosures] ([StationId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201123509_AddInvestigationRecords'
)
BEGIN
    CREATE INDEX [IX_FurtherInvestigations_FirId] ON [FurtherInvestigations] ([FirId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201123509_AddInvestigationRecords'
)
BEGIN
    CREATE INDEX [IX_FurtherInvestigations_RecordedBy] ON [FurtherInvestigations] ([RecordedBy]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201123509_AddInvestigationRecords'
)
BEGIN
    CREATE INDEX [IX_FurtherInvestigations_StationId] ON [FurtherInvestigations] ([StationId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201123509_AddInvestigationRecords'
)
BEGIN
    CREATE INDEX [IX_MoneyTransactions_FirId_FromAccountId] ON [MoneyTransactions] ([FirId], [FromAccountId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201123509_AddInvestigationRecords'
)
BEGIN
    CREATE INDEX [IX_MoneyTransactions_FirId_VictimId] ON [MoneyTransactions] ([FirId], [VictimId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201123509_AddInvestigationRecords'
)
BEGIN
    CREATE INDEX [IX_MoneyTransactions_FromAccountId] ON [MoneyTransactions] ([FromAccountId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201123509_AddInvestigationRecords'
)
BEGIN
    CREATE INDEX [IX_MoneyTransactions_RecordedBy] ON [MoneyTransactions] ([RecordedBy]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201123509_AddInvestigationRecords'
)
BEGIN
    CREATE INDEX [IX_MoneyTransactions_StationId] ON [MoneyTransactions] ([StationId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201123509_AddInvestigationRecords'
)
BEGIN
    CREATE INDEX [IX_MoneyTransactions_ToAccountId] ON [MoneyTransactions] ([ToAccountId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201123509_AddInvestigationRecords'
)
BEGIN
    CREATE INDEX [IX_MoneyTransactions_VictimId] ON [MoneyTransactions] ([VictimId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201123509_AddInvestigationRecords'
)
BEGIN
    CREATE INDEX [IX_PoliceReportAccused_CaseAccusedId] ON [PoliceReportAccused] ([CaseAccusedId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201123509_AddInvestigationRecords'
)
BEGIN
    CREATE INDEX [IX_PoliceReports_DraftedBy] ON [PoliceReports] ([DraftedBy]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201123509_AddInvestigationRecords'
)
BEGIN
    CREATE UNIQUE INDEX [IX_PoliceReports_FirId_Sequence] ON [PoliceReports] ([FirId], [Sequence]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201123509_AddInvestigationRecords'
)
BEGIN
    CREATE INDEX [IX_PoliceReports_FurtherInvestigationId] ON [PoliceReports] ([FurtherInvestigationId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201123509_AddInvestigationRecords'
)
BEGIN
    CREATE INDEX [IX_PoliceReports_StationId] ON [PoliceReports] ([StationId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201123509_AddInvestigationRecords'
)
BEGIN
    CREATE INDEX [IX_ProgressCommunications_ByOfficerId] ON [ProgressCommunications] ([ByOfficerId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201123509_AddInvestigationRecords'
)
BEGIN
    CREATE INDEX [IX_ProgressCommunications_FirId_VictimId] ON [ProgressCommunications] ([FirId], [VictimId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201123509_AddInvestigationRecords'
)
BEGIN
    CREATE INDEX [IX_ProgressCommunications_RecordedBy] ON [ProgressCommunications] ([RecordedBy]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201123509_AddInvestigationRecords'
)
BEGIN
    CREATE INDEX [IX_ProgressCommunications_StationId] ON [ProgressCommunications] ([StationId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201123509_AddInvestigationRecords'
)
BEGIN
    CREATE INDEX [IX_ProgressCommunications_VictimId] ON [ProgressCommunications] ([VictimId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201123509_AddInvestigationRecords'
)
BEGIN
    CREATE UNIQUE INDEX [IX_SearchRecordings_EvidenceFileId] ON [SearchRecordings] ([EvidenceFileId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201123509_AddInvestigationRecords'
)
BEGIN
    CREATE INDEX [IX_SearchRecordings_RecordedByOfficerId] ON [SearchRecordings] ([RecordedByOfficerId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201123509_AddInvestigationRecords'
)
BEGIN
    CREATE INDEX [IX_Victims_ComplaintId] ON [Victims] ([ComplaintId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201123509_AddInvestigationRecords'
)
BEGIN
    CREATE INDEX [IX_Victims_FirId_RecordedAt] ON [Victims] ([FirId], [RecordedAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201123509_AddInvestigationRecords'
)
BEGIN
    CREATE INDEX [IX_Victims_RecordedBy] ON [Victims] ([RecordedBy]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201123509_AddInvestigationRecords'
)
BEGIN
    CREATE INDEX [IX_Victims_StationId] ON [Victims] ([StationId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201123509_AddInvestigationRecords'
)
BEGIN
    CREATE INDEX [IX_VictimStatements_StatementId] ON [VictimStatements] ([StatementId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201123509_AddInvestigationRecords'
)
BEGIN
    ALTER TABLE [Exhibits] ADD CONSTRAINT [FK_Exhibits_Officers_ImagingPartASignedBy] FOREIGN KEY ([ImagingPartASignedBy]) REFERENCES [Officers] ([Id]) ON DELETE NO ACTION;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201123509_AddInvestigationRecords'
)
BEGIN
    ALTER TABLE [Raids] ADD CONSTRAINT [FK_Raids_CaseDiaryEntries_ReasonsDiaryEntryId] FOREIGN KEY ([ReasonsDiaryEntryId]) REFERENCES [CaseDiaryEntries] ([Id]) ON DELETE NO ACTION;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201123509_AddInvestigationRecords'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261201123509_AddInvestigationRecords', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201135508_AddBundleExportJobs'
)
BEGIN
    CREATE TABLE [BundleExportJobs] (
        [Id] uniqueidentifier NOT NULL,
        [FirId] uniqueidentifier NOT NULL,
        [StationId] uniqueidentifier NOT NULL,
        [RequestedBy] uniqueidentifier NOT NULL,
        [RequesterRoles] nvarchar(200) NOT NULL,
        [State] varchar(16) NOT NULL,
        [PagesDone] int NOT NULL,
        [PagesExpected] int NOT NULL,
        [CurrentDocument] nvarchar(300) NULL,
        [CaseBundleId] uniqueidentifier NULL,
        [Sha256] char(64) NULL,
        [FailureCode] varchar(100) NULL,
        [FailureDetail] nvarchar(2000) NULL,
        [Attempts] int NOT NULL,
        [CreatedAt] datetimeoffset NOT NULL,
        [UpdatedAt] datetimeoffset NOT NULL,
        [Version] uniqueidentifier NOT NULL,
        CONSTRAINT [PK_BundleExportJobs] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_BundleExportJobs_CaseBundles_CaseBundleId] FOREIGN KEY ([CaseBundleId]) REFERENCES [CaseBundles] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_BundleExportJobs_Firs_FirId] FOREIGN KEY ([FirId]) REFERENCES [Firs] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_BundleExportJobs_Officers_RequestedBy] FOREIGN KEY ([RequestedBy]) REFERENCES [Officers] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_BundleExportJobs_Stations_StationId] FOREIGN KEY ([StationId]) REFERENCES [Stations] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201135508_AddBundleExportJobs'
)
BEGIN
    CREATE INDEX [IX_BundleExportJobs_CaseBundleId] ON [BundleExportJobs] ([CaseBundleId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201135508_AddBundleExportJobs'
)
BEGIN
    CREATE INDEX [IX_BundleExportJobs_FirId] ON [BundleExportJobs] ([FirId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201135508_AddBundleExportJobs'
)
BEGIN
    CREATE INDEX [IX_BundleExportJobs_RequestedBy] ON [BundleExportJobs] ([RequestedBy]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201135508_AddBundleExportJobs'
)
BEGIN
    CREATE INDEX [IX_BundleExportJobs_State] ON [BundleExportJobs] ([State]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201135508_AddBundleExportJobs'
)
BEGIN
    CREATE INDEX [IX_BundleExportJobs_StationId] ON [BundleExportJobs] ([StationId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201135508_AddBundleExportJobs'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261201135508_AddBundleExportJobs', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201144600_AddForensicVisits'
)
BEGIN
    CREATE TABLE [ForensicVisits] (
        [Id] uniqueidentifier NOT NULL,
        [StationId] uniqueidentifier NOT NULL,
        [FirId] uniqueidentifier NOT NULL,
        [Place] nvarchar(300) NOT NULL,
        [PremisesId] uniqueidentifier NULL,
        [RaidId] uniqueidentifier NULL,
        [ExpertName] nvarchar(200) NOT NULL,
        [Designation] nvarchar(200) NOT NULL,
        [Laboratory] nvarchar(200) NOT NULL,
        [VisitedAt] datetimeoffset NOT NULL,
        [Findings] nvarchar(max) NOT NULL,
        [VideoRecorded] bit NOT NULL,
        [VideoFileId] uniqueidentifier NULL,
        [RecordedBy] uniqueidentifier NOT NULL,
        [RecordedAt] datetimeoffset NOT NULL,
        CONSTRAINT [PK_ForensicVisits] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_ForensicVisits_EvidenceFiles_VideoFileId] FOREIGN KEY ([VideoFileId]) REFERENCES [EvidenceFiles] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_ForensicVisits_Firs_FirId] FOREIGN KEY ([FirId]) REFERENCES [Firs] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_ForensicVisits_Officers_RecordedBy] FOREIGN KEY ([RecordedBy]) REFERENCES [Officers] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_ForensicVisits_Premises_PremisesId] FOREIGN KEY ([PremisesId]) REFERENCES [Premises] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_ForensicVisits_Raids_RaidId] FOREIGN KEY ([RaidId]) REFERENCES [Raids] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_ForensicVisits_Stations_StationId] FOREIGN KEY ([StationId]) REFERENCES [Stations] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201144600_AddForensicVisits'
)
BEGIN
    CREATE INDEX [IX_ForensicVisits_FirId_VisitedAt] ON [ForensicVisits] ([FirId], [VisitedAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201144600_AddForensicVisits'
)
BEGIN
    CREATE INDEX [IX_ForensicVisits_PremisesId] ON [ForensicVisits] ([PremisesId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201144600_AddForensicVisits'
)
BEGIN
    CREATE INDEX [IX_ForensicVisits_RaidId] ON [ForensicVisits] ([RaidId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201144600_AddForensicVisits'
)
BEGIN
    CREATE INDEX [IX_ForensicVisits_RecordedBy] ON [ForensicVisits] ([RecordedBy]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201144600_AddForensicVisits'
)
BEGIN
    CREATE INDEX [IX_ForensicVisits_StationId] ON [ForensicVisits] ([StationId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201144600_AddForensicVisits'
)
BEGIN
    CREATE INDEX [IX_ForensicVisits_VideoFileId] ON [ForensicVisits] ([VideoFileId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201144600_AddForensicVisits'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261201144600_AddForensicVisits', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201165052_AddBundleCaseDiary'
)
BEGIN
    ALTER TABLE [CaseBundles] ADD [CarriesCaseDiary] bit NOT NULL DEFAULT CAST(0 AS bit);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201165052_AddBundleCaseDiary'
)
BEGIN
    ALTER TABLE [BundleExportJobs] ADD [WithCaseDiary] bit NOT NULL DEFAULT CAST(0 AS bit);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201165052_AddBundleCaseDiary'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261201165052_AddBundleCaseDiary', N'10.0.15');
END;

COMMIT;
GO

