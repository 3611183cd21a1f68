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
    PoliceReportContent? PoliceReport = null,
    MoneyTrailContent? MoneyTrail = null,
    CaseDiaryExtractContent? CaseDiary = null)
{
    /// <summary>The hash manifest lists every annexed electronic record with the hash the system holds for it.</summary>
    public IReadOnlyList<ManifestEntry> HashManifest =>
        Annexures.Select((a, i) => new ManifestEntry(AnnexureLabel(i), a.FileName, a.Sha256, a.SizeBytes)).ToList();

    public static string AnnexureLabel(int index) => $"Annexure A-{index + 1}";
}

/// <summary>
/// The case diary's closed pages in the court's copy of the bundle, once the SHO has shared the diary with the
/// prosecution. Restricted: it is printed last, after the annexures, so that every page number before it is the same in
/// the copy supplied to an accused (which leaves it out), and the police report does not list it among the documents
/// relied on (a diary is an aid to the court, not evidence).
/// </summary>
public sealed record CaseDiaryExtractContent(CaseDiaryVolumeContent Volume, string SharedBy, DateTimeOffset SharedAt);

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
    /// <summary>The court, e.g. "Chief Judicial Magistrate, Srinagar"; null until the SHO records it (the cover leaves a line).</summary>
    string? Court = null,
    string? CourtCaseNumber = null,
    string? CnrNumber = null,
    /// <summary>"State (UT of J&amp;K) through Cyber Police Station Kashmir Zone v. Imtiyaz Ahmad Sheikh and 22 others".</summary>
    string? CauseTitle = null)
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
    IReadOnlyList<StatementContent> SupplementaryStatements,
    FirFormContent? Form = null);

/// <summary>
/// The IIF-I particulars of the FIR beyond its register line (legal-forms.md, "FIR (IIF-I form)"). A null is a fact
/// not recorded: the form prints a blank line marked for completion, never a guess.
/// </summary>
public sealed record FirFormContent(
    string District,
    string PoliceStation,
    int Year,
    DateTimeOffset? InformationReceivedAt,
    string? InformationGdReference,
    string? DirectionAndDistance,
    string? BeatNumber,
    string? InformantNameInScript,
    string? InformantBirth,
    string? InformantPassport,
    string? InformantOccupation,
    IReadOnlyList<string> AccusedParticulars,
    string? DelayReason,
    string? PropertiesInvolved,
    string? PropertiesValue,
    string? NarrativeInScript,
    string ActionTaken,
    string? OfficerInCharge,
    DateTimeOffset? DispatchedToMagistrateAt,
    string? DispatchedToMagistrateHow,
    bool ElectronicInformation);

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
    DateTimeOffset? ProducedBeforeMagistrateAt,
    ArrestMemorandumContent? Memorandum = null);

/// <summary>
/// The memorandum of arrest of one arrested person (legal-forms.md, "Memorandum of arrest"), printed under the
/// provisions of the case's regime. A null is not recorded and prints as a blank line marked for completion; the
/// signatures (arrestee, witness, officer) are always lines to be signed on paper.
/// </summary>
public sealed record ArrestMemorandumContent(
    string Gender,
    string ArrestingOfficer,
    IReadOnlyList<string> OfficersPresent,
    string? GroundsHow,
    bool? ToldOfRightToBail,
    bool OffenceBailable,
    bool SevenYearsOrLess,
    string? ReasonsForArrest,
    string? WitnessName,
    string? WitnessNameInScript,
    string? WitnessAddress,
    string? WitnessRelation,
    bool Countersigned,
    string? NominatedPerson,
    string? NominatedPersonNameInScript,
    string? NominatedHow,
    DateTimeOffset? NominatedAt,
    string? NominatedBy,
    string? NominatedBookEntry,
    string? InjuriesSeen,
    string? MedicalExaminedBy,
    DateTimeOffset? MedicalExaminedAt,
    DateTimeOffset? ControlRoomInformedAt,
    bool IsWoman,
    string? WomanArrestCircumstance,
    string? WomanOfficer,
    string? MagistratePermission,
    string? GdEntryNumber,
    string? ProducedBefore,
    DateTimeOffset? ProducedAt,
    int? JourneyMinutes,
    string? Order);

public sealed record PremisesContent(
    string Reference,
    string Name,
    string Kind,
    string Address,
    string? Coordinates,
    string? OwnerOrOperator,
    IReadOnlyList<string> AccusedFound,
    IReadOnlyList<string> DevicesFound);

/// <summary>
/// A search: premises, the reasons recorded before it (text, and the case diary entry that holds them), the team, the
/// occupant, the witnesses, the audio-video recordings (<see cref="Recordings"/>) and the outcome.
/// <see cref="AudioVideoRecording"/> is the summary recorded at completion, already worded for the regime.
/// </summary>
public sealed record RaidContent(
    string Reference,
    string Premises,
    DateTimeOffset? StartedAt,
    DateTimeOffset? EndedAt,
    string LeadOfficer,
    IReadOnlyList<string> Team,
    IReadOnlyList<WitnessContent> Witnesses,
    string? AudioVideoRecording,
    string Outcome,
    string? ReasonsRecorded = null,
    string? ReasonsDiaryReference = null,
    string? Occupant = null,
    IReadOnlyList<RecordingContent>? Recordings = null);

/// <summary>An audio-video recording of a search or of the signing of its list, with its hash and its forwarding to the Magistrate.</summary>
public sealed record RecordingContent(
    string Reference,
    string Kind,
    string FileName,
    string Sha256,
    DateTimeOffset RecordedFrom,
    string? Duration,
    string? Device,
    string RecordedBy,
    string? ForwardedTo,
    DateTimeOffset? ForwardedAt,
    string? ForwardedHow,
    string? Acknowledgement);

public sealed record WitnessContent(string Name, string? Parentage, string? Address);

/// <summary>
/// A seizure memo (panchnama, the list of things seized) with every item and where it was found, the witnesses with
/// parentage and address, the occupant and the copy given, the specimen seal, the recordings of the list being signed
/// and the report of the seizure to the Magistrate. Null particulars print as blank lines marked for completion.
/// </summary>
public sealed record SeizureMemoContent(
    string Reference,
    string Raid,
    string Premises,
    DateTimeOffset PreparedAt,
    string PreparedBy,
    IReadOnlyList<WitnessContent> Witnesses,
    IReadOnlyList<SeizedItemContent> Items,
    string? Occupant = null,
    string? CopyGivenTo = null,
    string? CopyReceivedBy = null,
    string? SpecimenSeal = null,
    DateTimeOffset? ReportedToMagistrateAt = null,
    string? ReportedToMagistrate = null,
    IReadOnlyList<RecordingContent>? Recordings = null);

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

/// <summary>The sequence of custody of one electronic exhibit, oldest first (BNSS 193(3)(i) puts it in the police report).</summary>
public sealed record CustodySequenceContent(string ExhibitNumber, string Description, IReadOnlyList<CustodyStepContent> Steps);

public sealed record CustodyStepContent(
    DateTimeOffset At,
    string From,
    string To,
    string Purpose,
    bool SealIntact,
    bool? HashVerified,
    string? HolderReference = null,
    string? HolderReferenceNeeded = null);

/// <summary>
/// The certificate of one electronic record relied on as secondary evidence (a forensic image or extraction, an
/// audio-video recording): what identifies the record and how it was produced, the device it came from, the hashes
/// of the original and of the copy. The form follows the case's regime: IEA 65B(4), signed by
/// <see cref="Responsible"/> (the examiner for an image, the recording officer for a video); or the BSA Schedule,
/// Part A by <see cref="Producer"/> and Part B by <see cref="Expert"/>. A device produced in court needs none.
/// </summary>
public sealed record CertificateContent(
    string Reference,
    string Record,
    string DeviceKind,
    string? Make,
    string? Model,
    string? Colour,
    string? SerialNumber,
    string? DeviceIdentifiers,
    string? OtherInformation,
    string? Tool,
    string? ToolVersion,
    string? Process,
    string HashAlgorithm,
    string? OriginalHash,
    string CopyHash,
    CertificateSigner Responsible,
    CertificateSigner Producer,
    CertificateSigner Expert);

/// <summary>
/// A signer of a certificate. <see cref="Capacity"/> says why they may sign (their position in relation to the device
/// or the activity); <see cref="SignedAt"/> is the date they signed, null while the signature is awaited (the form then
/// prints a blank line marked for completion, never another date). <see cref="OperatesDevice"/>: whether the device or
/// the record source is owned, maintained, managed or operated by the signer.
/// </summary>
public sealed record CertificateSigner(
    string? Name,
    string? Parentage,
    string? Designation,
    string? Address,
    string Capacity,
    DateTimeOffset? SignedAt,
    string? Place,
    bool OperatesDevice);

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

/// <summary>
/// The police report (CrPC 173(2) / BNSS 193(3), <see cref="Provision"/> as the case's regime cites it), the first
/// document of the bundle after the index. Its list of documents relied upon is the bundle's own index (each row
/// with its serial and pages) and each exhibit is given with the page of the bundle its register row is printed on:
/// the renderer fills both in once the bundle is laid out (docs/police-report.md).
/// </summary>
public sealed record PoliceReportContent(
    string Title,
    string Provision,
    bool IsDraft,
    string Status,
    string Court,
    string FirNumber,
    DateTimeOffset FirRegisteredAt,
    string Station,
    string District,
    IReadOnlyList<string> Sections,
    string InvestigatingOfficer,
    string? Closure,
    IReadOnlyList<string> Complainant,
    string NatureOfInformation,
    IReadOnlyList<ReportAccusedContent> Accused,
    IReadOnlyList<string> ReleasedOnBond,
    IReadOnlyList<string> ForwardedInCustody,
    IReadOnlyList<ReportWitnessContent> Witnesses,
    IReadOnlyList<string> MedicalReports,
    /// <summary>Null under the old regime: the CrPC asks for no sequence of custody in the report.</summary>
    CustodyInReportContent? CustodySequences,
    string Conclusion,
    IReadOnlyList<(string Label, string? Value)> Signatures,
    string? FurtherInvestigation);

public sealed record ReportAccusedContent(string Code, string Name, string? Parentage, string? Address, string Status, string Charges, string? Note);

public sealed record ReportWitnessContent(int Number, string Name, string Role, string? Address, string SpeaksTo, string Statement);

/// <summary>The sequence of custody of every electronic device (BNSS 193(3)(i)), one line per hand-over.</summary>
public sealed record CustodyInReportContent(string Provision, IReadOnlyList<CustodySequenceContent> Sequences);
