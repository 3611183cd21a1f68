using CyberCase.Domain.Common;

namespace CyberCase.Domain.PoliceReports;

/// <summary>A charge-sheet sends accused up for trial; a final report closes the case (with the kind of closure).</summary>
public enum PoliceReportKind
{
    ChargeSheet,
    FinalReport,
}

/// <summary>Why a final report closes the case, as the closure forms classify it.</summary>
public enum ClosureKind
{
    /// <summary>The offence was committed but the accused are untraced.</summary>
    Untraced,
    /// <summary>The information was false.</summary>
    FalseCase,
    /// <summary>A mistake of fact or of law; no offence in fact.</summary>
    MistakeOfFactOrLaw,
    /// <summary>The dispute is civil in nature.</summary>
    CivilNature,
    /// <summary>The offence is made out but the evidence does not suffice to send anyone up.</summary>
    InsufficientEvidence,
}

/// <summary>Draft (IO edits) -> Submitted (IO) -> Approved (SHO) -> Forwarded (SHO, to the court). The SHO can return a submitted or approved report to draft.</summary>
public enum PoliceReportStatus
{
    Draft,
    Submitted,
    Approved,
    Forwarded,
}

/// <summary>An accused as the report sends them up (or not) and what is charged against them.</summary>
public sealed record PoliceReportAccused
{
    public const int ChargesMaxLength = 500;
    public const int NoteMaxLength = 500;

    public required Guid CaseAccusedId { get; init; }
    /// <summary>False for an accused the report does not send up for trial (the form's "not sent up" column).</summary>
    public bool SentUp { get; init; } = true;
    /// <summary>The sections charged against this accused, as worded by the IO ("IPC 419, 420, 120-B; IT Act 66D").</summary>
    public required string Charges { get; init; }
    public string? Note { get; init; }
}

/// <summary>
/// The police report on the completion of an investigation (CrPC 173(2) / BNSS 193(3), cited through the case's
/// regime): a charge-sheet or a final report. The facts it lists (parties, accused and their status, witnesses,
/// documents and exhibits, custody) are read from the case's records when it is printed; what only the IO can say
/// (the charges against each accused, the medical reports relied on, the conclusion) is kept here and edited while it
/// is a draft. The SHO approves and forwards it; once forwarded it is never edited and the FIR's investigation
/// records are locked. A report after a court's permission for further investigation (CrPC 173(8) / BNSS 193(9)) is a
/// supplementary report (<see cref="Sequence"/> above 1).
/// </summary>
[OutlivesInvestigation]
public sealed class PoliceReport : VersionedEntity
{
    public const int CourtMaxLength = 300;
    public const int ConclusionMaxLength = 20_000;
    public const int MedicalReportsMaxLength = 4_000;
    public const int RemarkMaxLength = 2_000;
    public const int MaxAccused = 500;

    private List<PoliceReportAccused> _accused = [];

    private PoliceReport() { }

    public Guid Id { get; private set; }
    public Guid StationId { get; private set; }
    public Guid FirId { get; private set; }
    /// <summary>1 for the report on the investigation, 2, 3, ... for supplementary reports after further investigation.</summary>
    public int Sequence { get; private set; }
    public Guid? FurtherInvestigationId { get; private set; }
    public PoliceReportKind Kind { get; private set; }
    public ClosureKind? Closure { get; private set; }
    public PoliceReportStatus Status { get; private set; }
    public string Court { get; private set; } = "";
    public string Conclusion { get; private set; } = "";
    public string? MedicalReports { get; private set; }
    public IReadOnlyList<PoliceReportAccused> Accused => _accused;
    public Guid DraftedBy { get; private set; }
    public DateTimeOffset DraftedAt { get; private set; }
    public Guid? SubmittedBy { get; private set; }
    public DateTimeOffset? SubmittedAt { get; private set; }
    public Guid? ApprovedBy { get; private set; }
    public DateTimeOffset? ApprovedAt { get; private set; }
    /// <summary>Why the SHO sent it back to the IO, the last time.</summary>
    public string? ReturnRemark { get; private set; }
    public Guid? ForwardedBy { get; private set; }
    public DateTimeOffset? ForwardedAt { get; private set; }
    /// <summary>The SHA-256 of the report as forwarded (its pages of the bundle, kept in the bundle store), so the copy in court can be proven.</summary>
    public string? ForwardedSha256 { get; private set; }
    public long? ForwardedSizeBytes { get; private set; }

    public bool IsSupplementary => Sequence > 1;

    public static PoliceReport Draft(Guid id, Guid stationId, Guid firId, int sequence, Guid? furtherInvestigationId,
        PoliceReportKind kind, ClosureKind? closure, string court, IReadOnlyList<PoliceReportAccused> accused,
        Guid draftedBy, DateTimeOffset now)
    {
        var report = new PoliceReport
        {
            Id = id,
            StationId = stationId,
            FirId = firId,
            Sequence = sequence,
            FurtherInvestigationId = furtherInvestigationId,
            Status = PoliceReportStatus.Draft,
            DraftedBy = draftedBy,
            DraftedAt = Precision.ToStoredPrecision(now),
        };
        report.Apply(kind, closure, court, report.Conclusion, null, accused);
        return report;
    }

    /// <summary>The IO's edit of the draft: all of what the IO says, replaced at once (the version guards a concurrent edit).</summary>
    public void Edit(PoliceReportKind kind, ClosureKind? closure, string court, string conclusion, string? medicalReports,
        IReadOnlyList<PoliceReportAccused> accused)
    {
        Expect(PoliceReportStatus.Draft, "edited");
        Apply(kind, closure, court, conclusion, medicalReports, accused);
    }

    private void Apply(PoliceReportKind kind, ClosureKind? closure, string court, string conclusion, string? medicalReports,
        IReadOnlyList<PoliceReportAccused> accused)
    {
        if (kind == PoliceReportKind.FinalReport && closure is null)
        {
            throw new DomainException("PoliceReport.ClosureKindRequired", "A final report says what kind of closure it is.",
                RuleKind.Unprocessable, "closure");
        }

        if (kind == PoliceReportKind.ChargeSheet && closure is not null)
        {
            throw new DomainException("PoliceReport.ClosureKindOnChargeSheet", "A charge-sheet closes nothing: leave the closure out.",
                RuleKind.Unprocessable, "closure");
        }

        if (accused.Select(a => a.CaseAccusedId).Distinct().Count() != accused.Count)
        {
            throw new DomainException("PoliceReport.AccusedRepeated", "Each accused is listed once.", RuleKind.Unprocessable, "accused");
        }

        Kind = kind;
        Closure = closure;
        Court = court;
        Conclusion = conclusion;
        MedicalReports = medicalReports;
        _accused = [.. accused];
    }

    /// <summary>The IO puts the draft before the SHO; a charge-sheet must send someone up and every report must conclude.</summary>
    public void Submit(Guid by, DateTimeOffset now)
    {
        Expect(PoliceReportStatus.Draft, "submitted");
        if (string.IsNullOrWhiteSpace(Conclusion))
        {
            throw new DomainException("PoliceReport.ConclusionRequired", "The report needs the IO's conclusion before it is submitted.",
                RuleKind.Unprocessable, "conclusion");
        }

        if (Kind == PoliceReportKind.ChargeSheet && !_accused.Any(a => a.SentUp))
        {
            throw new DomainException("PoliceReport.NobodySentUp", "A charge-sheet sends at least one accused up for trial; otherwise it is a final report.",
                RuleKind.Unprocessable, "accused");
        }

        Status = PoliceReportStatus.Submitted;
        SubmittedBy = by;
        SubmittedAt = Precision.ToStoredPrecision(now);
    }

    public void Approve(Guid by, DateTimeOffset now)
    {
        Expect(PoliceReportStatus.Submitted, "approved");
        Status = PoliceReportStatus.Approved;
        ApprovedBy = by;
        ApprovedAt = Precision.ToStoredPrecision(now);
    }

    /// <summary>The SHO sends a submitted or approved report back to the IO with a remark.</summary>
    public void ReturnToDraft(string remark)
    {
        if (Status is not (PoliceReportStatus.Submitted or PoliceReportStatus.Approved))
        {
            throw new DomainException("PoliceReport.IllegalStatusChange", $"A {Status.ToString().ToLowerInvariant()} report cannot be returned to the IO.");
        }

        Status = PoliceReportStatus.Draft;
        SubmittedBy = null;
        SubmittedAt = null;
        ApprovedBy = null;
        ApprovedAt = null;
        ReturnRemark = remark;
    }

    /// <summary>The officer in charge forwards the approved report to the court.</summary>
    public void Forward(Guid by, DateTimeOffset now)
    {
        Expect(PoliceReportStatus.Approved, "forwarded");
        Status = PoliceReportStatus.Forwarded;
        ForwardedBy = by;
        ForwardedAt = Precision.ToStoredPrecision(now);
    }

    /// <summary>The hash and size of the copy forwarded (printed once the report reads as forwarded).</summary>
    public void RecordForwardedCopy(string sha256, long sizeBytes)
    {
        if (Status != PoliceReportStatus.Forwarded || ForwardedSha256 is not null)
        {
            throw new InvalidOperationException("The forwarded copy is recorded once, after forwarding.");
        }

        ForwardedSha256 = sha256.ToLowerInvariant();
        ForwardedSizeBytes = sizeBytes;
    }

    private void Expect(PoliceReportStatus status, string verb)
    {
        if (Status != status)
        {
            throw new DomainException("PoliceReport.IllegalStatusChange",
                $"Only a {status.ToString().ToLowerInvariant()} report can be {verb}; this one is {Status.ToString().ToLowerInvariant()}.");
        }
    }
}
