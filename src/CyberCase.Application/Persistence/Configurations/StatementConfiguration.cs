using CyberCase.Domain.Evidence;
using CyberCase.Domain.Firs;
using CyberCase.Domain.Officers;
using CyberCase.Domain.Stations;
using CyberCase.Domain.Statements;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CyberCase.Application.Persistence.Configurations;

internal sealed class StatementConfiguration : IEntityTypeConfiguration<Statement>
{
    public void Configure(EntityTypeBuilder<Statement> b)
    {
        b.HasKey(s => s.Id);
        b.Property(s => s.Version).IsConcurrencyToken();
        b.HasOne<Station>().WithMany().HasForeignKey(s => s.StationId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Fir>().WithMany().HasForeignKey(s => s.FirId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Officer>().WithMany().HasForeignKey(s => s.RecordedById).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Officer>().WithMany().HasForeignKey(s => s.EnteredBy).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<EvidenceFile>().WithMany().HasForeignKey(s => s.AudioVideoFileId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Statement>().WithMany().HasForeignKey(s => s.CorrectsStatementId).OnDelete(DeleteBehavior.Restrict);
        b.Property(s => s.Name).HasMaxLength(Statement.NameMaxLength);
        b.Property(s => s.NameInScript).HasMaxLength(Statement.NameMaxLength);
        b.Property(s => s.Role).HasConversion<string>().HasMaxLength(16);
        b.Property(s => s.Parentage).HasMaxLength(Statement.ParentageMaxLength);
        b.Property(s => s.Address).HasMaxLength(Statement.AddressMaxLength);
        b.Property(s => s.Phone).HasMaxLength(Statement.PhoneMaxLength);
        b.Property(s => s.Place).HasMaxLength(Statement.PlaceMaxLength);
        b.Property(s => s.Language).HasMaxLength(Statement.LanguageMaxLength);
        b.Property(s => s.SpeaksTo).HasMaxLength(Statement.SpeaksToMaxLength);
        b.Property(s => s.Text).HasMaxLength(Statement.TextMaxLength);
        b.HasIndex(s => new { s.FirId, s.RecordedAt });
        // A statement is corrected once; a later correction corrects the correction, so the chain never forks.
        b.HasIndex(s => s.CorrectsStatementId).IsUnique();
    }
}
