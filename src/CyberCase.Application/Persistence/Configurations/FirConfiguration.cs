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
            i.Property(x => x.NameInScript).HasMaxLength(Informant.NameMaxLength).HasColumnName("InformantNameInScript");
            i.Property(x => x.DateOfBirth).HasColumnName("InformantDateOfBirth");
            i.Property(x => x.YearOfBirth).HasColumnName("InformantYearOfBirth");
            i.Property(x => x.PassportIssuedOn).HasColumnName("InformantPassportIssuedOn");
            i.Property(x => x.PassportIssuedAt).HasMaxLength(Informant.PlaceMaxLength).HasColumnName("InformantPassportIssuedAt");
            i.Property(x => x.Occupation).HasMaxLength(Informant.OccupationMaxLength).HasColumnName("InformantOccupation");
        });
        b.Navigation(f => f.Informant).IsRequired();

        b.OwnsOne(f => f.Particulars, p =>
        {
            p.Property(x => x.InformationReceivedAt).HasColumnName("InformationReceivedAt");
            p.Property(x => x.InformationGdReference).HasMaxLength(FirParticulars.ReferenceMaxLength).HasColumnName("InformationGdReference");
            p.Property(x => x.DirectionFromStation).HasMaxLength(FirParticulars.DirectionMaxLength).HasColumnName("DirectionFromStation");
            p.Property(x => x.DistanceFromStationKm).HasPrecision(9, 2).HasColumnName("DistanceFromStationKm");
            p.Property(x => x.BeatNumber).HasMaxLength(FirParticulars.ReferenceMaxLength).HasColumnName("BeatNumber");
            p.Property(x => x.DelayReason).HasMaxLength(FirParticulars.TextMaxLength).HasColumnName("DelayReason");
            p.Property(x => x.PropertiesInvolved).HasMaxLength(FirParticulars.TextMaxLength).HasColumnName("PropertiesInvolved");
            p.Property(x => x.PropertiesValueRupees).HasPrecision(18, 2).HasColumnName("PropertiesValueRupees");
            p.Property(x => x.NarrativeInScript).HasMaxLength(Fir.NarrativeMaxLength).HasColumnName("NarrativeInScript");
        });
        b.Navigation(f => f.Particulars).IsRequired();
        // No foreign key here: adding one to Firs makes SQLite rebuild the table, which drops its full-text triggers.
        // RegisterFir checks the officer is of the station.
        b.Property(f => f.DispatchedToMagistrateHow).HasMaxLength(Fir.DispatchHowMaxLength);
        b.Property(f => f.CourtName).HasMaxLength(Fir.CourtMaxLength);
        b.Property(f => f.CourtCaseNumber).HasMaxLength(Fir.CourtCaseMaxLength);
        b.Property(f => f.CnrNumber).HasMaxLength(16);

        b.OwnsMany(f => f.AccusedParticulars, a =>
        {
            a.ToTable("FirAccusedParticulars");
            a.WithOwner().HasForeignKey("FirId");
            a.HasKey("FirId", nameof(FirAccusedParticular.Position));
            a.Property(x => x.Position).ValueGeneratedNever();
            a.Property(x => x.Kind).HasConversion<string>().HasMaxLength(16);
            a.Property(x => x.Name).HasMaxLength(FirAccusedParticular.NameMaxLength);
            a.Property(x => x.NameInScript).HasMaxLength(FirAccusedParticular.NameMaxLength);
            a.Property(x => x.Particulars).HasMaxLength(FirAccusedParticular.ParticularsMaxLength);
        });
        b.Navigation(f => f.AccusedParticulars).HasField("_accusedParticulars");

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
