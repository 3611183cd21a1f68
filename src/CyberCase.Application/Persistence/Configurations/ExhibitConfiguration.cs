using CyberCase.Domain.Accused;
using CyberCase.Domain.Exhibits;
using CyberCase.Domain.Firs;
using CyberCase.Domain.Officers;
using CyberCase.Domain.Places;
using CyberCase.Domain.Raids;
using CyberCase.Domain.Stations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CyberCase.Application.Persistence.Configurations;

internal sealed class SeizureMemoConfiguration : IEntityTypeConfiguration<SeizureMemo>
{
    public void Configure(EntityTypeBuilder<SeizureMemo> b)
    {
        b.HasKey(m => m.Id);
        b.Property(m => m.Version).IsConcurrencyToken();
        b.HasOne<Station>().WithMany().HasForeignKey(m => m.StationId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Fir>().WithMany().HasForeignKey(m => m.FirId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Officer>().WithMany().HasForeignKey(m => m.PreparedBy).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Raid>().WithMany().HasForeignKey(m => m.RaidId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Premises>().WithMany().HasForeignKey(m => m.PremisesId).OnDelete(DeleteBehavior.Restrict);
        b.Property(m => m.MemoNumber).HasMaxLength(SeizureMemo.MemoNumberMaxLength);
        b.HasIndex(m => new { m.StationId, m.MemoNumber }).IsUnique();
        b.HasIndex(m => m.RaidId);
        b.Property(m => m.OccupantGivenCopy).HasMaxLength(SeizureMemo.OccupantMaxLength);
        b.OwnsMany(m => m.Witnesses, w =>
        {
            w.ToTable("SeizureMemoWitnesses");
            w.WithOwner().HasForeignKey("SeizureMemoId");
            w.Property<int>("Id");
            w.HasKey("Id");
            w.Property(x => x.Name).HasMaxLength(MemoWitness.NameMaxLength);
            w.Property(x => x.Parentage).HasMaxLength(MemoWitness.NameMaxLength);
            w.Property(x => x.Address).HasMaxLength(MemoWitness.AddressMaxLength);
        });
        b.Navigation(m => m.Witnesses).HasField("_witnesses");
        b.Property(m => m.CopyReceivedBy).HasMaxLength(SeizureMemo.OccupantMaxLength);
        b.Property(m => m.SpecimenSealNumber).HasMaxLength(SpecimenSeal.TextMaxLength);
        b.Property(m => m.SpecimenSealImpression).HasMaxLength(SpecimenSeal.TextMaxLength);
        b.Property(m => m.SpecimenSealKeptAt).HasMaxLength(SpecimenSeal.TextMaxLength);
        b.Property(m => m.ReportedToMagistrate).HasMaxLength(SeizureMemo.MagistrateMaxLength);
        b.Ignore(m => m.SpecimenSeal);
    }
}

internal sealed class ExhibitConfiguration : IEntityTypeConfiguration<Exhibit>
{
    public void Configure(EntityTypeBuilder<Exhibit> b)
    {
        b.HasKey(e => e.Id);
        b.Property(e => e.Version).IsConcurrencyToken();
        b.HasOne<Station>().WithMany().HasForeignKey(e => e.StationId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Fir>().WithMany().HasForeignKey(e => e.FirId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<SeizureMemo>().WithMany().HasForeignKey(e => e.SeizureMemoId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Exhibit>().WithMany().HasForeignKey(e => e.ParentExhibitId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Premises>().WithMany().HasForeignKey(e => e.SeizedFromPremisesId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<CaseAccused>().WithMany().HasForeignKey(e => e.SeizedFromAccusedId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(e => new { e.StationId, e.Serial }).IsUnique();
        b.Property(e => e.Number).HasMaxLength(Exhibit.NumberMaxLength);
        b.HasIndex(e => new { e.StationId, e.Number });
        b.Property(e => e.Kind).HasConversion<string>().HasMaxLength(16);
        b.Property(e => e.Description).HasMaxLength(Exhibit.LongTextMaxLength);
        foreach (var p in new[] { nameof(Exhibit.Make), nameof(Exhibit.Model), nameof(Exhibit.Colour), nameof(Exhibit.Condition) })
        {
            b.Property(p).HasMaxLength(Exhibit.TextMaxLength);
        }

        b.Property(e => e.SerialNumber).HasMaxLength(64);
        b.Property(e => e.MacAddress).HasMaxLength(17);
        b.Property(e => e.Iccid).HasMaxLength(22);
        b.Property(e => e.SealNumber).HasMaxLength(64);
        b.Property(e => e.FoundAt).HasMaxLength(Exhibit.LongTextMaxLength);
        b.Property(e => e.Sha256).HasMaxLength(64).IsFixedLength();
        // Lookups officers make by identifier: serial, MAC, seal (IMEIs have their own indexed table). Partial
        // indexes: most exhibits have no MAC or seal, and a full index full of NULLs makes SQLite's planner
        // (from ANALYZE statistics) think a lookup returns most of the table and scan it instead.
        b.HasIndex(e => new { e.StationId, e.SerialNumber }).HasFilter("SerialNumber IS NOT NULL");
        b.HasIndex(e => new { e.StationId, e.MacAddress }).HasFilter("MacAddress IS NOT NULL");
        b.HasIndex(e => new { e.StationId, e.SealNumber }).HasFilter("SealNumber IS NOT NULL");
        b.HasIndex(e => e.FirId);

        // A table of its own (not owned) so the IMEI index can be queried directly: IMEI -> exhibit in one seek.
        b.HasMany(e => e.Imeis).WithOne().HasForeignKey(i => i.ExhibitId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(e => e.Imeis).HasField("_imeis").AutoInclude();

        b.HasMany(e => e.Custody).WithOne().HasForeignKey(c => c.ExhibitId).OnDelete(DeleteBehavior.Restrict);
        b.Navigation(e => e.Custody).HasField("_custody");
        b.Ignore(e => e.CurrentHolder);
        b.Property(e => e.HolderKind).HasConversion<string>().HasMaxLength(20);
        b.Property(e => e.HolderName).HasMaxLength(CustodyHolder.NameMaxLength);
        b.HasIndex(e => new { e.StationId, e.HolderKind });
        b.Ignore(e => e.IsElectronic);

        // Columns of the Exhibits row (an image is one exhibit); all null for a seized item.
        b.OwnsOne(e => e.Imaging, i =>
        {
            foreach (var p in new[] { nameof(ImagingParticulars.ExaminerName), nameof(ImagingParticulars.ExaminerParentage),
                         nameof(ImagingParticulars.ExaminerDesignation), nameof(ImagingParticulars.ExaminerEmployedAt),
                         nameof(ImagingParticulars.Tool), nameof(ImagingParticulars.ToolVersion) })
            {
                i.Property(p).HasMaxLength(ImagingParticulars.TextMaxLength).HasColumnName("Imaging" + p);
            }

            i.Property(x => x.Process).HasMaxLength(ImagingParticulars.ProcessMaxLength).HasColumnName("ImagingProcess");
            i.Property(x => x.SourceSha256).HasMaxLength(64).IsFixedLength().HasColumnName("ImagingSourceSha256");
            i.Property(x => x.ExaminerSignedAt).HasColumnName("ImagingExaminerSignedAt");
            i.Property(x => x.PartASignedBy).HasColumnName("ImagingPartASignedBy");
            i.Property(x => x.PartASignedAt).HasColumnName("ImagingPartASignedAt");
            i.HasOne<Officer>().WithMany().HasForeignKey(x => x.PartASignedBy).OnDelete(DeleteBehavior.Restrict);
        });
    }
}

internal sealed class ExhibitImeiConfiguration : IEntityTypeConfiguration<ExhibitImei>
{
    public void Configure(EntityTypeBuilder<ExhibitImei> b)
    {
        b.ToTable("ExhibitImeis");
        b.HasKey(x => new { x.ExhibitId, x.Slot });
        b.Property(x => x.Imei).HasMaxLength(15).IsFixedLength();
        b.HasIndex(x => x.Imei);
    }
}

internal sealed class CustodyEventConfiguration : IEntityTypeConfiguration<CustodyEvent>
{
    public void Configure(EntityTypeBuilder<CustodyEvent> b)
    {
        b.HasKey(c => c.Id);
        // One entry per position in the chain: two concurrent transfers cannot both become entry N.
        b.HasIndex(c => new { c.ExhibitId, c.Sequence }).IsUnique();
        b.Property(c => c.FromKind).HasConversion<string>().HasMaxLength(20);
        b.Property(c => c.ToKind).HasConversion<string>().HasMaxLength(20);
        b.Property(c => c.FromName).HasMaxLength(CustodyHolder.NameMaxLength);
        b.Property(c => c.ToName).HasMaxLength(CustodyHolder.NameMaxLength);
        b.Property(c => c.Purpose).HasMaxLength(CustodyEvent.PurposeMaxLength);
        b.Property(c => c.HashVerified).HasMaxLength(64).IsFixedLength();
        b.Property(c => c.PreviousHash).HasMaxLength(64).IsFixedLength();
        b.Property(c => c.Hash).HasMaxLength(64).IsFixedLength();
        b.HasOne<Officer>().WithMany().HasForeignKey(c => c.RecordedBy).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(c => new { c.ToKind, c.ToOfficerId });
        b.Property(c => c.MalkhanaEntryNumber).HasMaxLength(HolderReference.MaxLength);
        b.Property(c => c.FslDocketNumber).HasMaxLength(HolderReference.MaxLength);
        b.Property(c => c.CourtPropertyNumber).HasMaxLength(HolderReference.MaxLength);
        b.Ignore(c => c.Reference);
        b.Ignore(c => c.From);
        b.Ignore(c => c.To);
    }
}
