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
    ICurrentOfficer? officer = null, IWriteGate? gate = null) : CyberCaseDbContext(options, officer, gate)
{
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToBinaryConverter>();
        configurationBuilder.Properties<DateTimeOffset?>().HaveConversion<DateTimeOffsetToBinaryConverter>();
    }
}

/// <summary>The SQL Server flavour of the context: owns the SQL Server migrations.</summary>
public sealed class SqlServerCyberCaseDbContext(DbContextOptions<SqlServerCyberCaseDbContext> options,
    ICurrentOfficer? officer = null, IWriteGate? gate = null) : CyberCaseDbContext(options, officer, gate);
