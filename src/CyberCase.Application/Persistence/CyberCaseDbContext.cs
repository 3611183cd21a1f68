using CyberCase.Application.Common;
using CyberCase.Domain.Accused;
using CyberCase.Domain.Audit;
using CyberCase.Domain.CaseFiles;
using CyberCase.Domain.Exhibits;
using CyberCase.Domain.Evidence;
using CyberCase.Domain.Firs;
using CyberCase.Domain.Money;
using CyberCase.Domain.Officers;
using CyberCase.Domain.Places;
using CyberCase.Domain.Raids;
using CyberCase.Domain.Stations;
using CyberCase.Domain.Statutes;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace CyberCase.Application.Persistence;

/// <summary>
/// The one DbContext, provider-neutral. Each provider derives from it in Infrastructure only to own its
/// migrations and its type conventions; handlers depend on this class.
/// </summary>
public abstract class CyberCaseDbContext(DbContextOptions options, ICurrentOfficer? officer)
    : IdentityDbContext<OfficerAccount, IdentityRole<Guid>, Guid>(options)
{
    /// <summary>
    /// Who is writing through this context and the use case being carried out, for the audit trail. They come with
    /// the context (one per request) so that the options and the interceptors can be built once per process.
    /// Null where there is no request (design-time tools): writes are then recorded without an officer.
    /// </summary>
    public ICurrentOfficer? Officer { get; } = officer;

    public AuditScope Audit { get; } = new();

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
    public DbSet<CaseAccount> CaseAccounts => Set<CaseAccount>();

    /// <summary>
    /// The audit records as read for the chain head before appending, inside the write transaction. On SQLite that
    /// transaction (BEGIN IMMEDIATE) already excludes every other writer; a provider where two transactions can read
    /// the same head at once overrides this to lock the head until the commit (SQL Server), so that two instances
    /// never both chain onto the same record.
    /// </summary>
    protected internal virtual IQueryable<AuditRecord> AuditChainForAppend() => AuditRecords;

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(CyberCaseDbContext).Assembly);
    }
}
