using CyberCase.Domain.Firs;
using CyberCase.Domain.Officers;
using CyberCase.Domain.Stations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CyberCase.Application.Persistence.Configurations;

internal sealed class FirConfiguration : IEntityTypeConfiguration<Fir>
{
    public void Configure(EntityTypeBuilder<Fir> b)
    {
        b.HasKey(f => f.Id);
        b.Property(f => f.Version).IsConcurrencyToken();
        b.HasOne<Station>().WithMany().HasForeignKey(f => f.StationId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Officer>().WithMany().HasForeignKey(f => f.AssignedOfficerId).OnDelete(DeleteBehavior.Restrict);
        // The number is unique per station and year: the database refuses a duplicate even if the sequence failed.
        b.HasIndex(f => new { f.StationId, f.Year, f.Serial }).IsUnique();
        b.HasIndex(f => new { f.StationId, f.RegisteredAt });
        b.Property(f => f.Number).HasMaxLength(Fir.NumberMaxLength);
        b.Property(f => f.GdEntryNumber).HasMaxLength(Fir.GdEntryMaxLength);
        b.Property(f => f.PlaceOfOccurrence).HasMaxLength(Fir.PlaceMaxLength);
        b.Property(f => f.Narrative).HasMaxLength(Fir.NarrativeMaxLength);
        b.Property(f => f.InformationType).HasConversion<string>().HasMaxLength(16);
        b.Property(f => f.Status).HasConversion<string>().HasMaxLength(24);

        b.OwnsOne(f => f.Informant, i =>
        {
            i.Property(x => x.Name).HasMaxLength(Informant.NameMaxLength).HasColumnName("InformantName");
            i.Property(x => x.Parentage).HasMaxLength(Informant.ParentageMaxLength).HasColumnName("InformantParentage");
            i.Property(x => x.Nationality).HasMaxLength(Informant.NationalityMaxLength).HasColumnName("InformantNationality");
            i.Property(x => x.PassportNumber).HasMaxLength(Informant.PassportMaxLength).HasColumnName("InformantPassportNumber");
            i.Property(x => x.Address).HasMaxLength(Informant.AddressMaxLength).HasColumnName("InformantAddress");
            i.Property(x => x.Phone).HasMaxLength(Informant.PhoneMaxLength).HasColumnName("InformantPhone");
        });
        b.Navigation(f => f.Informant).IsRequired();

        b.OwnsMany(f => f.Sections, s =>
        {
            s.ToTable("FirSections");
            s.WithOwner().HasForeignKey("FirId");
            s.Property(x => x.Act).HasConversion<string>().HasMaxLength(8);
            s.Property(x => x.Section).HasMaxLength(Domain.Statutes.OffenceSection.SectionMaxLength);
            s.HasKey("FirId", nameof(FirSection.Act), nameof(FirSection.Section));
            s.HasIndex(x => new { x.Act, x.Section });
        });
        b.Navigation(f => f.Sections).HasField("_sections");

        b.HasMany(f => f.SupplementaryStatements).WithOne().HasForeignKey(s => s.FirId);
        b.Navigation(f => f.SupplementaryStatements).HasField("_statements");
    }
}

internal sealed class SupplementaryStatementConfiguration : IEntityTypeConfiguration<SupplementaryStatement>
{
    public void Configure(EntityTypeBuilder<SupplementaryStatement> b)
    {
        b.HasKey(s => s.Id);
        b.Property(s => s.Text).HasMaxLength(SupplementaryStatement.TextMaxLength);
        b.HasOne<Officer>().WithMany().HasForeignKey(s => s.RecordedBy).OnDelete(DeleteBehavior.Restrict);
    }
}
