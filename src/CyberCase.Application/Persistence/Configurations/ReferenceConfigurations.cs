using CyberCase.Domain.Officers;
using CyberCase.Domain.Stations;
using CyberCase.Domain.Statutes;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CyberCase.Application.Persistence.Configurations;

internal sealed class StationConfiguration : IEntityTypeConfiguration<Station>
{
    public void Configure(EntityTypeBuilder<Station> b)
    {
        b.HasKey(s => s.Id);
        b.Property(s => s.Code).HasMaxLength(Station.CodeMaxLength);
        b.HasIndex(s => s.Code).IsUnique();
        b.Property(s => s.Name).HasMaxLength(Station.NameMaxLength);
        b.Property(s => s.District).HasMaxLength(Station.NameMaxLength);
        b.Property(s => s.State).HasMaxLength(Station.NameMaxLength);
    }
}

internal sealed class OfficerConfiguration : IEntityTypeConfiguration<Officer>
{
    public void Configure(EntityTypeBuilder<Officer> b)
    {
        b.HasKey(o => o.Id);
        b.Property(o => o.UserName).HasMaxLength(Officer.UserNameMaxLength);
        b.HasIndex(o => o.UserName).IsUnique();
        b.Property(o => o.FullName).HasMaxLength(Officer.NameMaxLength);
        b.Property(o => o.Rank).HasConversion<string>().HasMaxLength(40);
        b.HasOne<Station>().WithMany().HasForeignKey(o => o.StationId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<OfficerAccount>().WithOne().HasForeignKey<Officer>(o => o.Id).OnDelete(DeleteBehavior.Restrict);
        b.Property(o => o.Version).IsConcurrencyToken();
    }
}

internal sealed class OffenceSectionConfiguration : IEntityTypeConfiguration<OffenceSection>
{
    public void Configure(EntityTypeBuilder<OffenceSection> b)
    {
        b.HasKey(s => new { s.Act, s.Section });
        b.Property(s => s.Act).HasConversion<string>().HasMaxLength(8);
        b.Property(s => s.Section).HasMaxLength(OffenceSection.SectionMaxLength);
        b.Property(s => s.Title).HasMaxLength(OffenceSection.TitleMaxLength);
        b.Property(s => s.Punishment).HasConversion<string>().HasMaxLength(16);
        b.Property(s => s.MaxPunishmentYears).HasPrecision(5, 2);
        b.Property(s => s.EquivalentAct).HasConversion<string>().HasMaxLength(8);
        b.Property(s => s.EquivalentSection).HasMaxLength(OffenceSection.SectionMaxLength);
        b.Ignore(s => s.IsGrave);
    }
}

internal sealed class StationCounterConfiguration : IEntityTypeConfiguration<StationCounter>
{
    public void Configure(EntityTypeBuilder<StationCounter> b)
    {
        b.HasKey(s => new { s.StationId, s.Name });
        b.Property(s => s.Name).HasMaxLength(StationCounter.NameMaxLength);
    }
}
