using CyberCase.Domain.CaseFiles;
using CyberCase.Domain.Firs;
using CyberCase.Domain.Officers;
using CyberCase.Domain.Stations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CyberCase.Application.Persistence.Configurations;

internal sealed class CaseBundleConfiguration : IEntityTypeConfiguration<CaseBundle>
{
    public void Configure(EntityTypeBuilder<CaseBundle> b)
    {
        b.HasKey(x => x.Id);
        b.HasOne<Fir>().WithMany().HasForeignKey(x => x.FirId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Station>().WithMany().HasForeignKey(x => x.StationId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Officer>().WithMany().HasForeignKey(x => x.CreatedBy).OnDelete(DeleteBehavior.Restrict);
        b.Property(x => x.Sha256).HasMaxLength(CaseBundle.Sha256Length).IsFixedLength().IsUnicode(false);
        b.HasIndex(x => new { x.FirId, x.CreatedAt });
        b.HasIndex(x => x.Sha256);

        b.OwnsMany(x => x.Volumes, v =>
        {
            v.ToTable("CaseBundleVolumes");
            v.WithOwner().HasForeignKey("CaseBundleId");
            v.HasKey("CaseBundleId", nameof(CaseBundleVolume.Number));
            v.Property(x => x.Sha256).HasMaxLength(CaseBundle.Sha256Length).IsFixedLength().IsUnicode(false);
        });
        b.Navigation(x => x.Volumes).HasField("_volumes");
    }
}
