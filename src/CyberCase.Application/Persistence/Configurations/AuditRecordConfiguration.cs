using CyberCase.Domain.Audit;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CyberCase.Application.Persistence.Configurations;

internal sealed class AuditRecordConfiguration : IEntityTypeConfiguration<AuditRecord>
{
    public void Configure(EntityTypeBuilder<AuditRecord> b)
    {
        b.ToTable("AuditRecords");
        // The sequence is the key: two writers can never both append record N (the chain cannot fork).
        b.HasKey(a => a.Sequence);
        b.Property(a => a.Sequence).ValueGeneratedNever();
        b.Property(a => a.UserName).HasMaxLength(Domain.Officers.Officer.UserNameMaxLength);
        b.Property(a => a.Action).HasMaxLength(AuditRecord.ActionMaxLength);
        b.Property(a => a.EntityType).HasMaxLength(AuditRecord.EntityTypeMaxLength);
        b.Property(a => a.EntityId).HasMaxLength(AuditRecord.EntityIdMaxLength);
        b.Property(a => a.PreviousHash).HasMaxLength(64).IsFixedLength();
        b.Property(a => a.Hash).HasMaxLength(64).IsFixedLength();
        b.HasIndex(a => new { a.EntityType, a.EntityId });
        b.HasIndex(a => a.StationId);
    }
}
