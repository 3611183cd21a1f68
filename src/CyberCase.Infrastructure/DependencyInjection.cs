using CyberCase.Application.Auth.Login;
using CyberCase.Application.CaseFiles;
using CyberCase.Application.Common;
using CyberCase.Application.Evidence;
using CyberCase.Application.Firs.SearchFirs;
using CyberCase.Application.Persistence;
using CyberCase.Infrastructure.Evidence;
using CyberCase.Infrastructure.CaseFiles;
using CyberCase.Infrastructure.Identity;
using CyberCase.Infrastructure.Persistence;
using CyberCase.Infrastructure.Seeding.Demo;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CyberCase.Infrastructure;

public static class DependencyInjection
{
    /// <summary>
    /// Database provider, identity and the other outside-facing services, from configuration:
    /// Database:Provider (Sqlite | SqlServer), ConnectionStrings:CyberCase, CyberCase:DataDirectory (the SQLite file
    /// and the evidence store), Evidence (upload limits, write path).
    /// </summary>
    public static IServiceCollection AddInfrastructure(this IServiceCollection services, IConfiguration config, string contentRoot)
    {
        var provider = config.GetValue("Database:Provider", DatabaseProvider.Sqlite);
        var dataDirectory = DataDirectory(config, contentRoot);
        var connectionString = config.GetConnectionString("CyberCase");

        if (provider == DatabaseProvider.SqlServer)
        {
            if (string.IsNullOrWhiteSpace(connectionString))
            {
                throw new InvalidOperationException("Database:Provider is SqlServer but ConnectionStrings:CyberCase is not set.");
            }

            services.AddDbContext<SqlServerCyberCaseDbContext>((sp, o) => o
                .UseSqlServer(connectionString)
                .AddInterceptors(sp.GetRequiredService<AuditingInterceptor>()), optionsLifetime: ServiceLifetime.Singleton);
            services.AddScoped<CyberCaseDbContext>(sp => sp.GetRequiredService<SqlServerCyberCaseDbContext>());
            services.AddScoped<IFirTextSearch, SqlServerFirTextSearch>();
            services.AddSingleton<IWriteGate, SqlServerWriteGate>();
        }
        else
        {
            Directory.CreateDirectory(dataDirectory);
            connectionString = string.IsNullOrWhiteSpace(connectionString)
                ? $"Data Source={Path.Combine(dataDirectory, "cybercase.db")}"
                : connectionString.Replace("{DataDirectory}", dataDirectory, StringComparison.Ordinal);
            // Options built once per process (not per request): building them and matching EF's internal service
            // provider to new options is a measurable part of a small request (docs/performance.md).
            services.AddDbContext<SqliteCyberCaseDbContext>((sp, o) => o
                .UseSqlite(connectionString)
                .AddInterceptors(sp.GetRequiredService<AuditingInterceptor>(), new SqlitePragmas()), optionsLifetime: ServiceLifetime.Singleton);
            services.AddScoped<CyberCaseDbContext>(sp => sp.GetRequiredService<SqliteCyberCaseDbContext>());
            services.AddScoped<IFirTextSearch, SqliteFirTextSearch>();
            services.AddSingleton<IWriteGate, SqliteWriteGate>();
        }

        services.AddIdentityCore<OfficerAccount>(o =>
            {
                // Five wrong passwords lock the account for 15 minutes (the right password is refused meanwhile).
                o.Lockout.MaxFailedAccessAttempts = 5;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                o.Lockout.AllowedForNewUsers = true;
                o.Password.RequiredLength = 12;
                o.User.RequireUniqueEmail = false;
            })
            .AddRoles<IdentityRole<Guid>>()
            .AddEntityFrameworkStores<CyberCaseDbContext>();

        services.AddOptions<JwtOptions>().Bind(config.GetSection(JwtOptions.Section))
            .Validate(o => o.SigningKey.Length >= 32, "Jwt:SigningKey must be at least 32 characters.")
            .ValidateOnStart();
        services.AddSingleton<IAccessTokenIssuer, JwtAccessTokenIssuer>();
        services.AddSingleton<CyberCase.Application.Auth.TwoFactor.ITotp, Totp>();
        services.AddOptions<EvidenceOptions>().Bind(config.GetSection(EvidenceOptions.Section))
            .Validate(o => o.MaxFileSizeBytes > 0, "Evidence:MaxFileSizeBytes must be positive.")
            .Validate(o => o.MaxUploadsInFlightPerOfficer > 0, "Evidence:MaxUploadsInFlightPerOfficer must be positive.")
            .Validate(o => o.ResumableUploadExpiryHours > 0 && o.MaxResumableUploadsPerOfficer > 0,
                "Evidence:ResumableUploadExpiryHours and Evidence:MaxResumableUploadsPerOfficer must be positive.")
            .Validate(o => o.MinUploadBytesPerSecond >= 0 && o.MinUploadRateGraceSeconds > 1,
                "Evidence:MinUploadBytesPerSecond must not be negative (0: no minimum) and Evidence:MinUploadRateGraceSeconds more than 1 (Kestrel checks rates once a second).")
            .ValidateOnStart();
        services.AddSingleton(sp => new LocalEvidenceStore(Path.Combine(dataDirectory, "evidence"),
            sp.GetRequiredService<IOptions<EvidenceOptions>>().Value.DirectIo));
        services.AddSingleton<IEvidenceStore>(sp => sp.GetRequiredService<LocalEvidenceStore>());
        services.AddSingleton<ResumableUploads>();
        services.AddHostedService<EvidenceStagingCleanup>();
        services.AddScoped<DemoSeeder>();
        services.AddScoped<DemoPoliceReportPrinter>();
        services.AddSingleton<ICaseBundleRenderer, CaseBundleRenderer>();
        services.AddSingleton<ICaseBundleStore>(new FileCaseBundleStore(Path.Combine(dataDirectory, "bundles")));
        services.AddOptions<CaseBundleExportOptions>().Bind(config.GetSection(CaseBundleExportOptions.Section))
            .Validate(o => o.BackgroundAbovePages >= 0 && o.StaleAfterSeconds > o.ProgressIntervalSeconds && o.PollSeconds > 0 && o.ProgressIntervalSeconds > 0,
                "CaseBundles: BackgroundAbovePages must not be negative, PollSeconds and ProgressIntervalSeconds must be positive, StaleAfterSeconds longer than ProgressIntervalSeconds.")
            .ValidateOnStart();
        services.AddSingleton<BundleExportWorker>();
        services.AddSingleton<IBundleExportSignal>(sp => sp.GetRequiredService<BundleExportWorker>());
        services.AddHostedService(sp => sp.GetRequiredService<BundleExportWorker>());
        services.AddSingleton<IBundleExportProgressWriter, BundleExportProgressWriter>();
        return services;
    }

    public static string DataDirectory(IConfiguration config, string contentRoot) =>
        Path.GetFullPath(config["CyberCase:DataDirectory"] is { Length: > 0 } configured
            ? configured
            : Path.Combine(contentRoot, "data"));
}
