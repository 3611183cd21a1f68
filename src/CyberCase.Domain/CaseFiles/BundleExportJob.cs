using CyberCase.Domain.Common;

namespace CyberCase.Domain.CaseFiles;

public enum BundleExportState
{
    Queued,
    Running,
    Completed,
    Failed,
}

/// <summary>
/// An export of a large case's bundle that runs in the background, with its progress. It is never presented as done
/// before its bundle is recorded: a process killed while running leaves it Running, and once its heartbeat is stale
/// it is queued again (the export starts over; the bundle store only ever holds whole files) or, after
/// <see cref="MaxAttempts"/>, failed with <c>CaseBundle.ExportInterrupted</c>.
/// </summary>
public sealed class BundleExportJob : VersionedEntity
{
    public const int MaxAttempts = 3;
    public const int CurrentDocumentMaxLength = 300;
    public const int RolesMaxLength = 200;
    public const int FailureCodeMaxLength = 100;
    public const int FailureDetailMaxLength = 2000;

    private BundleExportJob() { }

    public Guid Id { get; private set; }
    public Guid FirId { get; private set; }
    public Guid StationId { get; private set; }

    /// <summary>The officer who asked for it; the export runs with their station and roles as they were then.</summary>
    public Guid RequestedBy { get; private set; }
    public string RequesterRoles { get; private set; } = "";
    public BundleExportState State { get; private set; }
    public int PagesDone { get; private set; }
    public int PagesExpected { get; private set; }
    public string? CurrentDocument { get; private set; }
    public Guid? CaseBundleId { get; private set; }
    public string? Sha256 { get; private set; }
    public string? FailureCode { get; private set; }
    public string? FailureDetail { get; private set; }
    public int Attempts { get; private set; }

    /// <summary>Decided when it was asked for (the diary shared, and not left out): the bundle carries the case diary extract.</summary>
    public bool WithCaseDiary { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>Last written: the heartbeat of a running export.</summary>
    public DateTimeOffset UpdatedAt { get; private set; }

    public static BundleExportJob Queue(Guid id, Guid firId, Guid stationId, Guid requestedBy, IEnumerable<string> roles, int pagesExpected,
        bool withCaseDiary, DateTimeOffset at)
    {
        var job = new BundleExportJob
        {
            Id = id,
            FirId = firId,
            StationId = stationId,
            RequestedBy = requestedBy,
            RequesterRoles = string.Join(",", roles),
            State = BundleExportState.Queued,
            PagesExpected = pagesExpected,
            WithCaseDiary = withCaseDiary,
            CreatedAt = at,
        };
        job.UpdatedAt = at;
        return job;
    }

    public void Start(DateTimeOffset at)
    {
        if (State != BundleExportState.Queued)
        {
            throw new DomainException("CaseBundleExport.NotQueued", $"The export is {State}, not queued.");
        }

        State = BundleExportState.Running;
        Attempts++;
        PagesDone = 0;
        CurrentDocument = null;
        UpdatedAt = at;
    }

    public void Progress(int pagesDone, int pagesExpected, string currentDocument, DateTimeOffset at)
    {
        if (State != BundleExportState.Running)
        {
            return;
        }

        PagesDone = pagesDone;
        PagesExpected = pagesExpected;
        CurrentDocument = currentDocument.Length > CurrentDocumentMaxLength ? currentDocument[..CurrentDocumentMaxLength] : currentDocument;
        UpdatedAt = at;
    }

    public void Complete(Guid caseBundleId, string sha256, int pages, DateTimeOffset at)
    {
        State = BundleExportState.Completed;
        CaseBundleId = caseBundleId;
        Sha256 = sha256;
        PagesDone = pages;
        PagesExpected = pages;
        CurrentDocument = null;
        UpdatedAt = at;
    }

    public void Fail(string code, string detail, DateTimeOffset at)
    {
        State = BundleExportState.Failed;
        FailureCode = code.Length > FailureCodeMaxLength ? code[..FailureCodeMaxLength] : code;
        FailureDetail = detail.Length > FailureDetailMaxLength ? detail[..FailureDetailMaxLength] : detail;
        UpdatedAt = at;
    }

    /// <summary>Its process stopped while it ran: queued again to start over, or failed once it has been tried enough.</summary>
    public void Interrupted(DateTimeOffset at)
    {
        if (State != BundleExportState.Running)
        {
            return;
        }

        if (Attempts >= MaxAttempts)
        {
            Fail("CaseBundle.ExportInterrupted", $"The export stopped {Attempts} times before it finished (its process ended).", at);
            return;
        }

        State = BundleExportState.Queued;
        CurrentDocument = null;
        UpdatedAt = at;
    }
}
