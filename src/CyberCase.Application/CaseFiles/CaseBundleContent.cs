namespace CyberCase.Application.CaseFiles;

// What goes into a court bundle, decided here in Application; Infrastructure only prints it (ICaseBundleRenderer).
// Plain records with text already worded for the page: the renderer does no lookups and no formatting of facts,
// so a section is filled the same way whether its records come from the database or from a test.

/// <summary>The whole bundle: every section in print order, then the annexures.</summary>
public sealed record CaseBundleContent(
    CaseHeader Header,
    FirContent Fir,
    IReadOnlyList<AccusedContent> Accused,
    IReadOnlyList<PremisesContent> Premises,
    IReadOnlyList<RaidContent> Raids,
    IReadOnlyList<SeizureMemoContent> SeizureMemos,
    IReadOnlyList<ExhibitContent> Exhibits,
    IReadOnlyList<CustodySequenceContent> CustodySequences,
    IReadOnlyList<CertificateContent> Certificates,
    IReadOnlyList<AnnexureContent> Annexures,
    MoneyTrailContent? MoneyTrail = null)
{
    /// <summary>The hash manifest lists every annexed electronic record with the hash the system holds for it.</summary>
    public IReadOnlyList<ManifestEntry> HashManifest =>
        Annexures.Select((a, i) => new ManifestEntry(AnnexureLabel(i), a.FileName, a.Sha256, a.SizeBytes)).ToList();

    public static string AnnexureLabel(int index) => $"Annexure A-{index + 1}";
}

/// <summary>
/// The caption of the case. <see cref="AsOf"/> is the date the bundle speaks of: the latest dated fact in the
/// case, never the clock, so that exporting an unchanged case again gives the same bytes.
/// </summary>
public sealed record CaseHeader(
    string FirNumber,
    string StationName,
    string StationCode,
    string District,
    string State,
    IReadOnlyList<string> Sections,
    string? InvestigatingOfficer,
    string? Prosecutor,
    DateTimeOffset AsOf,
    DateTimeOffset RegisteredAt,
    /// <summary>When the proceedings began (the FIR's registration): before 1 July 2024 the certificate is Evidence Act 65B.</summary>
    DateTimeOffset ProceedingsBegan,
    string CourtCaption = "IN THE COURT OF THE ______________________________")
{
    /// <summary>"FIR No. 02/2021, PS Cyber Police Station Kashmir Zone, District Srinagar" as printed in headers.</summary>
    public string Caption => $"FIR No. {FirNumber}, PS {StationName}, District {District}";
}

public sealed record FirContent(
    string Number,
    DateTimeOffset RegisteredAt,
    string? GdEntryNumber,
    DateTimeOffset OccurredFrom,
    DateTimeOffset OccurredTo,
    string PlaceOfOccurrence,
    string InformationType,
    string InformantName,
    string? InformantParentage,
    string? InformantNationality,
    string? InformantAddress,
    string? InformantPhone,
    IReadOnlyList<SectionLine> Sections,
    string Narrative,
    string Status,
    string? InvestigatingOfficer,
    IReadOnlyList<StatementContent> SupplementaryStatements);

/// <summary>A charged section with its act and title, e.g. ("IPC 420", "Cheating and dishonestly inducing delivery of property").</summary>
public sealed record SectionLine(string Section, string Title, string? NowUnder);

public sealed record StatementContent(DateTimeOffset RecordedAt, string RecordedBy, string Text);

public sealed record AccusedContent(
    string Code,
    string Name,
    string? Parentage,
    string? Age,
    string? Address,
    string? Role,
    ArrestContent? Arrest,
    string CustodyStatus);

/// <summary>Arrest memo particulars (BNSS 35/36/47/48).</summary>
public sealed record ArrestContent(
    DateTimeOffset ArrestedAt,
    string Place,
    string ArrestingOfficer,
    string? GroundsCommunicated,
    string? RelativeInformed,
    DateTimeOffset? ProducedBeforeMagistrateAt);

public sealed record PremisesContent(
    string Reference,
    string Name,
    string Kind,
    string Address,
    string? Coordinates,
    string? OwnerOrOperator,
    IReadOnlyList<string> AccusedFound,
    IReadOnlyList<string> DevicesFound);

public sealed record RaidContent(
    string Reference,
    string Premises,
    DateTimeOffset? StartedAt,
    DateTimeOffset? EndedAt,
    string LeadOfficer,
    IReadOnlyList<string> Team,
    IReadOnlyList<WitnessContent> Witnesses,
    string? AudioVideoRecording,
    string Outcome);

public sealed record WitnessContent(string Name, string? Parentage, string? Address);

/// <summary>A seizure memo (panchnama) with every item seized and where it was found.</summary>
public sealed record SeizureMemoContent(
    string Reference,
    string Raid,
    string Premises,
    DateTimeOffset PreparedAt,
    string PreparedBy,
    IReadOnlyList<string> Witnesses,
    IReadOnlyList<SeizedItemContent> Items);

public sealed record SeizedItemContent(string ExhibitNumber, string Description, string FoundAt, string? SealNumber);

/// <summary>
/// A row of the exhibit register. <see cref="Sha256"/> is the exhibit's own hash (a forensic image or extraction);
/// where there is none, <see cref="HashNote"/> says why (a device not imaged yet, or imaged as another exhibit).
/// </summary>
public sealed record ExhibitContent(
    string ExhibitNumber,
    string Kind,
    string Description,
    string? Identifiers,
    string? SealNumber,
    string SeizedFrom,
    string? Sha256,
    bool IsElectronic,
    string? HashNote = null);

/// <summary>The sequence of custody of one electronic exhibit (BNSS 193(3)(i)), oldest first.</summary>
public sealed record CustodySequenceContent(string ExhibitNumber, string Description, IReadOnlyList<CustodyStepContent> Steps);

public sealed record CustodyStepContent(
    DateTimeOffset At,
    string From,
    string To,
    string Purpose,
    bool SealIntact,
    bool? HashVerified);

/// <summary>
/// Part A of the certificate for one electronic exhibit: BSA section 63 (Schedule), or Evidence Act 65B(4) where
/// the proceedings began before 1 July 2024 (BSA 170 saves pending matters). Part B is printed blank for the expert
/// unless the forensic report supplies it.
/// </summary>
public sealed record CertificateContent(
    string ExhibitNumber,
    string SignerName,
    string? SignerParentage,
    string SignerAddress,
    string DeviceKind,
    string? Make,
    string? Model,
    string? Colour,
    string? SerialNumber,
    string? DeviceIdentifiers,
    string? OtherInformation,
    string HashAlgorithm,
    string HashValue,
    DateTimeOffset SignedAt,
    string Place,
    bool SignerOwnedOrOperatedDevice,
    ExpertPartContent? PartB = null);

public sealed record ExpertPartContent(string ExpertName, string Designation, string HashAlgorithm, string HashValue,
    DateTimeOffset SignedAt, string Place);

public enum AnnexureKind
{
    /// <summary>A PDF merged in as its own pages (never re-rendered).</summary>
    Pdf,
    /// <summary>A PNG or JPEG placed on an A4 page.</summary>
    Image,
}

/// <summary>
/// An uploaded file annexed to the bundle. <see cref="Sha256"/> and <see cref="SizeBytes"/> are what the system
/// recorded at upload; the renderer re-hashes the bytes that <see cref="Open"/> returns and refuses on a mismatch.
/// </summary>
public sealed record AnnexureContent(
    string Title,
    string FileName,
    AnnexureKind Kind,
    string Sha256,
    long SizeBytes,
    Func<CancellationToken, Task<Stream>> Open);

public sealed record ManifestEntry(string Label, string FileName, string Sha256, long SizeBytes);
