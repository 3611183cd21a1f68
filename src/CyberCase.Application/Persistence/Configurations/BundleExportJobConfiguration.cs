using CyberCase.Domain.CaseFiles;
using CyberCase.Domain.Firs;
using CyberCase.Domain.Officers;
using CyberCase.Domain.Stations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CyberCase.Application.Persistence.Configurations;

internal sealed class BundleExportJobConfiguration : IEntityTypeConfiguration<BundleExportJob>
{
    public void Configure(EntityTypeBuilder<BundleExportJob> b)
    {
        b.HasKey(x => x.Id);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.HasOne<Fir>().WithMany().HasForeignKey(x => x.FirId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Station>().WithMany().HasForeignKey(x => x.StationId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Officer>().WithMany().HasForeignKey(x => x.RequestedBy).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<CaseBundle>().WithMany().HasForeignKey(x => x.CaseBundleId).OnDelete(DeleteBehavior.Restrict);
        b.Property(x => x.State).HasConversion<string>().HasMaxLength(16).IsUnicode(false);
        b.Property(x => x.RequesterRoles).HasMaxLength(BundleExportJob.RolesMaxLength);
        b.Property(x => x.CurrentDocument).HasMaxLength(BundleExportJob.CurrentDocumentMaxLength);
        b.Property(x => x.Sha256).HasMaxLength(CaseBundle.Sha256Length).IsFixedLength().IsUnicode(false);
        b.Property(x => x.FailureCode).HasMaxLength(BundleExportJob.FailureCodeMaxLength).IsUnicode(false);
        b.Property(x => x.FailureDetail).HasMaxLength(BundleExportJob.FailureDetailMaxLength);
        // The worker looks for queued and running exports.
        b.HasIndex(x => x.State);
    }
}
