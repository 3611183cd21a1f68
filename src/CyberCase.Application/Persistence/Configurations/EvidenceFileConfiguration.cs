using CyberCase.Domain.Evidence;
using CyberCase.Domain.Firs;
using CyberCase.Domain.Officers;
using CyberCase.Domain.Stations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CyberCase.Application.Persistence.Configurations;

internal sealed class EvidenceFileConfiguration : IEntityTypeConfiguration<EvidenceFile>
{
    public void Configure(EntityTypeBuilder<EvidenceFile> b)
    {
        b.HasKey(e => e.Id);
        b.Property(e => e.Version).IsConcurrencyToken();
        b.HasOne<Station>().WithMany().HasForeignKey(e => e.StationId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Fir>().WithMany().HasForeignKey(e => e.FirId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Officer>().WithMany().HasForeignKey(e => e.UploadedBy).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Officer>().WithMany().HasForeignKey(e => e.WithdrawnBy).OnDelete(DeleteBehavior.Restrict);
        // The owner is polymorphic (FIR, raid, seizure memo, exhibit, accused), so no foreign key: the handler checks it.
        b.Property(e => e.OwnerType).HasConversion<string>().HasMaxLength(16);
        b.Property(e => e.OriginalFileName).HasMaxLength(EvidenceFile.FileNameMaxLength);
        b.Property(e => e.MediaType).HasMaxLength(EvidenceFile.MediaTypeMaxLength);
        b.Property(e => e.Sha256).HasMaxLength(EvidenceFile.Sha256Length).IsFixedLength().IsUnicode(false);
        b.Property(e => e.StorageKey).HasMaxLength(EvidenceFile.StorageKeyMaxLength);
        b.Property(e => e.Description).HasMaxLength(EvidenceFile.DescriptionMaxLength);
        b.Property(e => e.WithdrawalReason).HasMaxLength(EvidenceFile.WithdrawalReasonMaxLength);
        b.Ignore(e => e.IsWithdrawn);
        b.HasIndex(e => new { e.StationId, e.FirId });
        b.HasIndex(e => new { e.StationId, e.OwnerType, e.OwnerId });
        // The same file attached in two cases is a lead (cross-case links).
        b.HasIndex(e => e.Sha256);
        b.ToTable("EvidenceFiles");
    }
}
