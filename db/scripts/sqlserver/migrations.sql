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
    WHERE [MigrationId] = N'20261130084601_Initial'
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
    WHERE [MigrationId] = N'20261130084601_Initial'
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
    WHERE [MigrationId] = N'20261130084601_Initial'
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
    WHERE [MigrationId] = N'20261130084601_Initial'
)
BEGIN
    CREATE TABLE [FirNumberSequences] (
        [StationId] uniqueidentifier NOT NULL,
        [Year] int NOT NULL,
        [LastSerial] int NOT NULL,
        CONSTRAINT [PK_FirNumberSequences] PRIMARY KEY ([StationId], [Year])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130084601_Initial'
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
    WHERE [MigrationId] = N'20261130084601_Initial'
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
    WHERE [MigrationId] = N'20261130084601_Initial'
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
    WHERE [MigrationId] = N'20261130084601_Initial'
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
    WHERE [MigrationId] = N'20261130084601_Initial'
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
    WHERE [MigrationId] = N'20261130084601_Initial'
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
    WHERE [MigrationId] = N'20261130084601_Initial'
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
    WHERE [MigrationId] = N'20261130084601_Initial'
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
    WHERE [MigrationId] = N'20261130084601_Initial'
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
    WHERE [MigrationId] = N'20261130084601_Initial'
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
    WHERE [MigrationId] = N'20261130084601_Initial'
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
    WHERE [MigrationId] = N'20261130084601_Initial'
)
BEGIN
    CREATE INDEX [IX_AspNetRoleClaims_RoleId] ON [AspNetRoleClaims] ([RoleId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130084601_Initial'
)
BEGIN
    EXEC(N'CREATE UNIQUE INDEX [RoleNameIndex] ON [AspNetRoles] ([NormalizedName]) WHERE [NormalizedName] IS NOT NULL');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130084601_Initial'
)
BEGIN
    CREATE INDEX [IX_AspNetUserClaims_UserId] ON [AspNetUserClaims] ([UserId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130084601_Initial'
)
BEGIN
    CREATE INDEX [IX_AspNetUserLogins_UserId] ON [AspNetUserLogins] ([UserId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130084601_Initial'
)
BEGIN
    CREATE INDEX [IX_AspNetUserRoles_RoleId] ON [AspNetUserRoles] ([RoleId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130084601_Initial'
)
BEGIN
    CREATE INDEX [EmailIndex] ON [AspNetUsers] ([NormalizedEmail]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130084601_Initial'
)
BEGIN
    EXEC(N'CREATE UNIQUE INDEX [UserNameIndex] ON [AspNetUsers] ([NormalizedUserName]) WHERE [NormalizedUserName] IS NOT NULL');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130084601_Initial'
)
BEGIN
    CREATE INDEX [IX_AuditRecords_EntityType_EntityId] ON [AuditRecords] ([EntityType], [EntityId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130084601_Initial'
)
BEGIN
    CREATE INDEX [IX_AuditRecords_StationId] ON [AuditRecords] ([StationId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130084601_Initial'
)
BEGIN
    CREATE INDEX [IX_Firs_AssignedOfficerId] ON [Firs] ([AssignedOfficerId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130084601_Initial'
)
BEGIN
    CREATE INDEX [IX_Firs_StationId_RegisteredAt] ON [Firs] ([StationId], [RegisteredAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130084601_Initial'
)
BEGIN
    CREATE UNIQUE INDEX [IX_Firs_StationId_Year_Serial] ON [Firs] ([StationId], [Year], [Serial]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130084601_Initial'
)
BEGIN
    CREATE INDEX [IX_FirSections_Act_Section] ON [FirSections] ([Act], [Section]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130084601_Initial'
)
BEGIN
    CREATE INDEX [IX_Officers_StationId] ON [Officers] ([StationId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130084601_Initial'
)
BEGIN
    CREATE UNIQUE INDEX [IX_Officers_UserName] ON [Officers] ([UserName]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130084601_Initial'
)
BEGIN
    CREATE UNIQUE INDEX [IX_Stations_Code] ON [Stations] ([Code]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130084601_Initial'
)
BEGIN
    CREATE INDEX [IX_SupplementaryStatement_FirId] ON [SupplementaryStatement] ([FirId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130084601_Initial'
)
BEGIN
    CREATE INDEX [IX_SupplementaryStatement_RecordedBy] ON [SupplementaryStatement] ([RecordedBy]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130084601_Initial'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261130084601_Initial', N'10.0.15');
END;

COMMIT;
GO

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130084624_FirFullTextSearch'
)
BEGIN
    IF NOT EXISTS (SELECT 1 FROM sys.fulltext_catalogs WHERE name = 'CyberCaseCatalog') CREATE FULLTEXT CATALOG CyberCaseCatalog;
END;
GO

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130084624_FirFullTextSearch'
)
BEGIN
    CREATE FULLTEXT INDEX ON Firs (Number, InformantName, Narrative) KEY INDEX PK_Firs ON CyberCaseCatalog WITH CHANGE_TRACKING AUTO;
END;
GO

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130084624_FirFullTextSearch'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261130084624_FirFullTextSearch', N'10.0.15');
END;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130085928_EvidenceFiles'
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
    WHERE [MigrationId] = N'20261130085928_EvidenceFiles'
)
BEGIN
    CREATE INDEX [IX_EvidenceFiles_FirId] ON [EvidenceFiles] ([FirId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130085928_EvidenceFiles'
)
BEGIN
    CREATE INDEX [IX_EvidenceFiles_Sha256] ON [EvidenceFiles] ([Sha256]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130085928_EvidenceFiles'
)
BEGIN
    CREATE INDEX [IX_EvidenceFiles_StationId_FirId] ON [EvidenceFiles] ([StationId], [FirId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130085928_EvidenceFiles'
)
BEGIN
    CREATE INDEX [IX_EvidenceFiles_StationId_OwnerType_OwnerId] ON [EvidenceFiles] ([StationId], [OwnerType], [OwnerId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130085928_EvidenceFiles'
)
BEGIN
    CREATE INDEX [IX_EvidenceFiles_UploadedBy] ON [EvidenceFiles] ([UploadedBy]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130085928_EvidenceFiles'
)
BEGIN
    CREATE INDEX [IX_EvidenceFiles_WithdrawnBy] ON [EvidenceFiles] ([WithdrawnBy]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130085928_EvidenceFiles'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261130085928_EvidenceFiles', N'10.0.15');
END;

COMMIT;
GO

