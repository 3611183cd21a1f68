using CyberCase.Application.Common;
using CyberCase.Domain.Accused;
using CyberCase.Domain.Audit;
using CyberCase.Domain.CaseDiary;
using CyberCase.Domain.CaseFiles;
using CyberCase.Domain.Complaints;
using CyberCase.Domain.Exhibits;
using CyberCase.Domain.Evidence;
using CyberCase.Domain.Firs;
using CyberCase.Domain.Money;
using CyberCase.Domain.Officers;
using CyberCase.Domain.Places;
using CyberCase.Domain.PoliceReports;
using CyberCase.Domain.Raids;
using CyberCase.Domain.Stations;
using CyberCase.Domain.Statements;
using CyberCase.Domain.Statutes;
using CyberCase.Domain.Victims;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace CyberCase.Application.Persistence;

/// <summary>
/// The one DbContext, provider-neutral. Each provider derives from it in Infrastructure only to own its
/// migrations and its type conventions; handlers depend on this class.
/// </summary>
public abstract class CyberCaseDbContext(DbContextOptions options, ICurrentOfficer? officer, IWriteGate? gate)
    : IdentityDbContext<OfficerAccount, IdentityRole<Guid>, Guid>(options)
{
    private IAsyncDisposable? _admission;
    private bool _unitOfWorkOpen;
    private List<IAsyncDisposable>? _afterUnitOfWork;

    /// <summary>
    /// Who is writing through this context and the use case being carried out, for the audit trail. They come with
    /// the context (one per request) so that the options and the interceptors can be built once per process.
    /// Null where there is no request (design-time tools): writes are then recorded without an officer.
    /// </summary>
    public ICurrentOfficer? Officer { get; } = officer;

    public AuditScope Audit { get; } = new();

    /// <summary>
    /// Opens the unit of work's write transaction if it is not open yet (the gate decides how: see
    /// <see cref="IWriteGate"/>). Called by every write: the station counters, the audit interceptor on save, and a
    /// handler that derives the next value of something from what it reads (the next accused serial of a case).
    /// Outside a unit of work it does nothing: start-up seeding writes in transactions of its own.
    /// </summary>
    public async Task BeginWriteAsync(CancellationToken ct)
    {
        if (!_unitOfWorkOpen || Database.CurrentTransaction is not null)
        {
            return;
        }

        _admission = await (gate ?? throw new InvalidOperationException("This context was built without a write gate."))
            .BeginAsync(Database, ct);
        // The whole unit commits or rolls back as one; per-save savepoints would only add two statements a save.
        Database.AutoSavepointsEnabled = false;
    }

    /// <summary>
    /// Disposes <paramref name="resource"/> once the unit of work has ended, committed or rolled back, outside the write
    /// transaction: a staged upload whose copy may be a gigabyte to delete must not hold the station's writers.
    /// </summary>
    public void DisposeAfterUnitOfWork(IAsyncDisposable resource)
    {
        if (!_unitOfWorkOpen)
        {
            throw new InvalidOperationException("Only inside a use case (the unit of work).");
        }

        (_afterUnitOfWork ??= []).Add(resource);
    }

    internal bool TryOpenUnitOfWork(string auditAction)
    {
        if (_unitOfWorkOpen)
        {
            return false;
        }

        _unitOfWorkOpen = true;
        Audit.Action = auditAction;
        return true;
    }

    /// <summary>Saves what the handler changed but did not save, and the audit events it queued.</summary>
    internal async Task SavePendingAsync(CancellationToken ct)
    {
        if (Audit.HasEvents || ChangeTracker.HasChanges())
        {
            await SaveChangesAsync(ct);
        }
    }

    /// <summary>Commits (or rolls back) the write transaction, if one was opened, and lets the next writer in.</summary>
    internal async Task CloseUnitOfWorkAsync(bool commit)
    {
        if (!_unitOfWorkOpen)
        {
            return;
        }

        try
        {
            if (Database.CurrentTransaction is { } transaction)
            {
                if (commit)
                {
                    await transaction.CommitAsync(CancellationToken.None);
                }

                await transaction.DisposeAsync();
            }
        }
        finally
        {
            _unitOfWorkOpen = false;
            await ReleaseAdmissionAsync();
            if (_afterUnitOfWork is { } resources)
            {
                _afterUnitOfWork = null;
                foreach (var resource in Enumerable.Reverse(resources))
                {
                    await resource.DisposeAsync();
                }
            }
        }
    }

    private async ValueTask ReleaseAdmissionAsync()
    {
        if (_admission is { } admission)
        {
            _admission = null;
            await admission.DisposeAsync();
        }
    }

    public DbSet<Station> Stations => Set<Station>();
    public DbSet<Officer> Officers => Set<Officer>();
    public DbSet<OffenceSection> OffenceSections => Set<OffenceSection>();
    public DbSet<Fir> Firs => Set<Fir>();
    public DbSet<StationCounter> StationCounters => Set<StationCounter>();
    public DbSet<AuditRecord> AuditRecords => Set<AuditRecord>();
    public DbSet<SeizureMemo> SeizureMemos => Set<SeizureMemo>();
    public DbSet<Exhibit> Exhibits => Set<Exhibit>();
    public DbSet<ExhibitImei> ExhibitImeis => Set<ExhibitImei>();
    public DbSet<CustodyEvent> CustodyEvents => Set<CustodyEvent>();
    public DbSet<Premises> Premises => Set<Premises>();
    public DbSet<FirPremises> FirPremises => Set<FirPremises>();
    public DbSet<Raid> Raids => Set<Raid>();
    public DbSet<AccusedPerson> AccusedPersons => Set<AccusedPerson>();
    public DbSet<CaseAccused> CaseAccused => Set<CaseAccused>();
    public DbSet<ArrestMemo> ArrestMemos => Set<ArrestMemo>();
    public DbSet<CustodyRecord> CustodyRecords => Set<CustodyRecord>();
    public DbSet<EvidenceFile> EvidenceFiles => Set<EvidenceFile>();
    public DbSet<CaseBundle> CaseBundles => Set<CaseBundle>();
    public DbSet<BundleExportJob> BundleExportJobs => Set<BundleExportJob>();
    public DbSet<CaseAccount> CaseAccounts => Set<CaseAccount>();
    public DbSet<Statement> Statements => Set<Statement>();
    public DbSet<CaseDiaryEntry> CaseDiaryEntries => Set<CaseDiaryEntry>();
    public DbSet<CaseDiaryDay> CaseDiaryDays => Set<CaseDiaryDay>();
    public DbSet<CaseDiaryShare> CaseDiaryShares => Set<CaseDiaryShare>();
    public DbSet<PoliceReport> PoliceReports => Set<PoliceReport>();
    public DbSet<FurtherInvestigation> FurtherInvestigations => Set<FurtherInvestigation>();
    public DbSet<Disclosure> Disclosures => Set<Disclosure>();
    public DbSet<MoneyTransaction> MoneyTransactions => Set<MoneyTransaction>();
    public DbSet<AccountStatusEvent> AccountStatusEvents => Set<AccountStatusEvent>();
    public DbSet<Victim> Victims => Set<Victim>();
    public DbSet<ProgressCommunication> ProgressCommunications => Set<ProgressCommunication>();
    public DbSet<Complaint> Complaints => Set<Complaint>();
    public DbSet<ComplaintImport> ComplaintImports => Set<ComplaintImport>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(CyberCaseDbContext).Assembly);
    }
}
