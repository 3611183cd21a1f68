using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace CyberCase.Infrastructure.Persistence;

/// <summary>Lets `dotnet ef` build each provider's context without the host (see docs/database.md).</summary>
public sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteCyberCaseDbContext>
{
    public SqliteCyberCaseDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteCyberCaseDbContext>().UseSqlite("Data Source=design.db").Options);
}

public sealed class SqlServerDesignTimeFactory : IDesignTimeDbContextFactory<SqlServerCyberCaseDbContext>
{
    public SqlServerCyberCaseDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqlServerCyberCaseDbContext>()
            .UseSqlServer("Server=(design);Database=CyberCase;Trusted_Connection=True;TrustServerCertificate=True").Options);
}
