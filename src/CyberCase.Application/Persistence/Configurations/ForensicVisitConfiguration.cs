using CyberCase.Domain.Evidence;
using CyberCase.Domain.Firs;
using CyberCase.Domain.ForensicVisits;
using CyberCase.Domain.Officers;
using CyberCase.Domain.Places;
using CyberCase.Domain.Raids;
using CyberCase.Domain.Stations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CyberCase.Application.Persistence.Configurations;

internal sealed class ForensicVisitConfiguration : IEntityTypeConfiguration<ForensicVisit>
{
    public void Configure(EntityTypeBuilder<ForensicVisit> b)
    {
        b.HasKey(v => v.Id);
        b.HasOne<Station>().WithMany().HasForeignKey(v => v.StationId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Fir>().WithMany().HasForeignKey(v => v.FirId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Premises>().WithMany().HasForeignKey(v => v.PremisesId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Raid>().WithMany().HasForeignKey(v => v.RaidId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<EvidenceFile>().WithMany().HasForeignKey(v => v.VideoFileId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Officer>().WithMany().HasForeignKey(v => v.RecordedBy).OnDelete(DeleteBehavior.Restrict);
        b.Property(v => v.Place).HasMaxLength(ForensicVisit.PlaceMaxLength);
        b.Property(v => v.ExpertName).HasMaxLength(ForensicVisit.ExpertNameMaxLength);
        b.Property(v => v.Designation).HasMaxLength(ForensicVisit.DesignationMaxLength);
        b.Property(v => v.Laboratory).HasMaxLength(ForensicVisit.LaboratoryMaxLength);
        b.Property(v => v.Findings).HasMaxLength(ForensicVisit.FindingsMaxLength);
        b.HasIndex(v => new { v.FirId, v.VisitedAt });
    }
}
