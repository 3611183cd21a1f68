using CyberCase.Domain.CaseDiary;
using CyberCase.Domain.Firs;
using CyberCase.Domain.Officers;
using CyberCase.Domain.Stations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CyberCase.Application.Persistence.Configurations;

internal sealed class CaseDiaryEntryConfiguration : IEntityTypeConfiguration<CaseDiaryEntry>
{
    public void Configure(EntityTypeBuilder<CaseDiaryEntry> b)
    {
        b.ToTable("CaseDiaryEntries");
        b.HasKey(e => e.Id);
        b.HasOne<Station>().WithMany().HasForeignKey(e => e.StationId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Fir>().WithMany().HasForeignKey(e => e.FirId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Officer>().WithMany().HasForeignKey(e => e.WrittenBy).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<CaseDiaryEntry>().WithMany().HasForeignKey(e => e.CorrectsEntryId).OnDelete(DeleteBehavior.Restrict);
        b.PrimitiveCollection(e => e.PlacesVisited);
        b.Property(e => e.Findings).HasMaxLength(CaseDiaryEntry.TextMaxLength);
        b.Property(e => e.VernacularLanguage).HasConversion<string>().HasMaxLength(16);
        b.Property(e => e.VernacularText).HasMaxLength(CaseDiaryEntry.TextMaxLength);
        // The next number is read inside the write transaction; the unique index backs it.
        b.HasIndex(e => new { e.FirId, e.Number }).IsUnique();
        b.HasIndex(e => new { e.FirId, e.Day });
    }
}

internal sealed class CaseDiaryDayConfiguration : IEntityTypeConfiguration<CaseDiaryDay>
{
    public void Configure(EntityTypeBuilder<CaseDiaryDay> b)
    {
        b.ToTable("CaseDiaryDays");
        b.HasKey(d => d.Id);
        b.HasOne<Station>().WithMany().HasForeignKey(d => d.StationId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Fir>().WithMany().HasForeignKey(d => d.FirId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Officer>().WithMany().HasForeignKey(d => d.ClosedBy).OnDelete(DeleteBehavior.Restrict);
        b.Ignore(d => d.LastPage);
        // A day is closed once, and a page of the volume belongs to one day.
        b.HasIndex(d => new { d.FirId, d.Day }).IsUnique();
        b.HasIndex(d => new { d.FirId, d.FirstPage }).IsUnique();
    }
}

internal sealed class CaseDiaryShareConfiguration : IEntityTypeConfiguration<CaseDiaryShare>
{
    public void Configure(EntityTypeBuilder<CaseDiaryShare> b)
    {
        b.ToTable("CaseDiaryShares");
        b.HasKey(s => s.Id);
        b.HasOne<Station>().WithMany().HasForeignKey(s => s.StationId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Fir>().WithMany().HasForeignKey(s => s.FirId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Officer>().WithMany().HasForeignKey(s => s.SharedBy).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(s => s.FirId).IsUnique();
    }
}
