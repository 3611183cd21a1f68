using CyberCase.Application.Auth;
using CyberCase.Application.Common;
using CyberCase.Application.Evidence.Owners;
using CyberCase.Application.Persistence;
using FluentValidation;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CyberCase.Application;

public static class DependencyInjection
{
    /// <summary>Validators and the per-request services of the use cases. The mediator itself is registered by the host.</summary>
    public static IServiceCollection AddApplication(this IServiceCollection services)
    {
        // Validators are stateless and costly to build (each rule compiles expressions): one instance per process.
        services.AddValidatorsFromAssembly(typeof(DependencyInjection).Assembly, ServiceLifetime.Singleton, includeInternalTypes: true);
        // The request's audit scope lives with its database context (see CyberCaseDbContext.Audit).
        services.AddScoped(sp => sp.GetRequiredService<CyberCaseDbContext>().Audit);
        services.AddSingleton<OffenceSectionCatalog>();
        services.AddSingleton<StationDirectory>();
        services.AddSingleton<AuditingInterceptor>();
        services.AddSingleton<PasswordChecks>();
        services.TryAddSingleton(TimeProvider.System);

        services.AddScoped<EvidenceOwners>();
        services.AddScoped<BackgroundOfficer>();
        services.AddScoped<CaseFiles.CaseBundleExporter>();
        services.AddSingleton<Evidence.EvidenceStaging>();
        return services;
    }
}
