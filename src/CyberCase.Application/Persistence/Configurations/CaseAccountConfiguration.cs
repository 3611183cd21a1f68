using CyberCase.Domain.Firs;
using CyberCase.Domain.Money;
using CyberCase.Domain.Officers;
using CyberCase.Domain.Stations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CyberCase.Application.Persistence.Configurations;

internal sealed class CaseAccountConfiguration : IEntityTypeConfiguration<CaseAccount>
{
    public void Configure(EntityTypeBuilder<CaseAccount> b)
    {
        b.HasKey(a => a.Id);
        b.Property(a => a.Version).IsConcurrencyToken();
        b.HasOne<Station>().WithMany().HasForeignKey(a => a.StationId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Fir>().WithMany().HasForeignKey(a => a.FirId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Officer>().WithMany().HasForeignKey(a => a.RecordedBy).OnDelete(DeleteBehavior.Restrict);
        b.Property(a => a.Kind).HasConversion<string>().HasMaxLength(16);
        b.Property(a => a.Identifier).HasMaxLength(CaseAccount.IdentifierMaxLength);
        b.Property(a => a.Number).HasMaxLength(CaseAccount.NumberMaxLength);
        b.Property(a => a.Ifsc).HasMaxLength(11).IsFixedLength();
        b.Property(a => a.Bank).HasMaxLength(CaseAccount.TextMaxLength);
        b.Property(a => a.Holder).HasMaxLength(CaseAccount.TextMaxLength);
        b.Property(a => a.Notes).HasMaxLength(CaseAccount.NotesMaxLength);
        b.Property(a => a.Kyc).HasMaxLength(CaseAccount.NotesMaxLength);
        // An account once per FIR; the links between FIRs are index seeks on the identifier or the bare number.
        b.HasIndex(a => new { a.FirId, a.Identifier }).IsUnique();
        b.HasIndex(a => new { a.StationId, a.Identifier });
        b.HasIndex(a => new { a.StationId, a.Number });
    }
}
