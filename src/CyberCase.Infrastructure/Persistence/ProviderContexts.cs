using CyberCase.Application.Common;
using CyberCase.Application.Persistence;
using CyberCase.Domain.Audit;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace CyberCase.Infrastructure.Persistence;

/// <summary>
/// The SQLite flavour of the context: owns the SQLite migrations. SQLite cannot order or compare DateTimeOffset
/// values, so they are stored as their binary form (UTC ticks with the offset), which sorts correctly.
/// </summary>
public sealed class SqliteCyberCaseDbContext(DbContextOptions<SqliteCyberCaseDbContext> options,
    ICurrentOfficer? officer = null) : CyberCaseDbContext(options, officer)
{
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToBinaryConverter>();
        configurationBuilder.Properties<DateTimeOffset?>().HaveConversion<DateTimeOffsetToBinaryConverter>();
    }
}

/// <summary>The SQL Server flavour of the context: owns the SQL Server migrations.</summary>
public sealed class SqlServerCyberCaseDbContext(DbContextOptions<SqlServerCyberCaseDbContext> options,
    ICurrentOfficer? officer = null) : CyberCaseDbContext(options, officer)
{
    /// <summary>
    /// Several API instances write at once on SQL Server, and a plain read of the head takes no lock that lasts (and
    /// none at all under READ_COMMITTED_SNAPSHOT): two transactions could read the same head and the second commit
    /// would fail on the key. UPDLOCK keeps the head row, and HOLDLOCK the range after it, locked until the commit,
    /// so the next writer waits and then reads the new head.
    /// </summary>
    protected override IQueryable<AuditRecord> AuditChainForAppend() =>
        AuditRecords.FromSqlRaw("SELECT * FROM [AuditRecords] WITH (UPDLOCK, HOLDLOCK)");
}
