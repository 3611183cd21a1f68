using CyberCase.Domain.Accused;
using CyberCase.Domain.Firs;
using CyberCase.Domain.Officers;
using CyberCase.Domain.Places;
using CyberCase.Domain.CaseDiary;
using CyberCase.Domain.Evidence;
using CyberCase.Domain.Raids;
using CyberCase.Domain.Stations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CyberCase.Application.Persistence.Configurations;

internal sealed class PremisesConfiguration : IEntityTypeConfiguration<Premises>
{
    public void Configure(EntityTypeBuilder<Premises> b)
    {
        b.ToTable("Premises");
        b.HasKey(p => p.Id);
        b.Property(p => p.Version).IsConcurrencyToken();
        b.HasOne<Station>().WithMany().HasForeignKey(p => p.StationId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Officer>().WithMany().HasForeignKey(p => p.RecordedBy).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<AccusedPerson>().WithMany().HasForeignKey(p => p.OwnerAccusedPersonId).OnDelete(DeleteBehavior.Restrict);
        b.Property(p => p.Name).HasMaxLength(Premises.NameMaxLength);
        b.Property(p => p.Kind).HasConversion<string>().HasMaxLength(16);
        b.Property(p => p.OwnerOperator).HasMaxLength(Premises.OwnerMaxLength);
        b.Property(p => p.Notes).HasMaxLength(Premises.NotesMaxLength);
        b.HasIndex(p => new { p.StationId, p.Name });
        b.OwnsOne(p => p.Address, a =>
        {
            a.Property(x => x.Line).HasMaxLength(PostalAddress.LineMaxLength).HasColumnName("AddressLine");
            a.Property(x => x.Locality).HasMaxLength(PostalAddress.PartMaxLength).HasColumnName("Locality");
            a.Property(x => x.City).HasMaxLength(PostalAddress.PartMaxLength).HasColumnName("City");
            a.Property(x => x.District).HasMaxLength(PostalAddress.PartMaxLength).HasColumnName("District");
            a.Property(x => x.State).HasMaxLength(PostalAddress.PartMaxLength).HasColumnName("State");
            a.Property(x => x.Pin).HasMaxLength(PostalAddress.PinLength).HasColumnName("Pin");
        });
        b.Navigation(p => p.Address).IsRequired();
    }
}

internal sealed class FirPremisesConfiguration : IEntityTypeConfiguration<FirPremises>
{
    public void Configure(EntityTypeBuilder<FirPremises> b)
    {
        b.HasKey(l => new { l.FirId, l.PremisesId });
        b.HasOne<Fir>().WithMany().HasForeignKey(l => l.FirId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Premises>().WithMany().HasForeignKey(l => l.PremisesId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Officer>().WithMany().HasForeignKey(l => l.LinkedBy).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(l => l.PremisesId);
    }
}

internal sealed class RaidConfiguration : IEntityTypeConfiguration<Raid>
{
    public void Configure(EntityTypeBuilder<Raid> b)
    {
        b.HasKey(r => r.Id);
        b.Property(r => r.Version).IsConcurrencyToken();
        b.HasOne<Station>().WithMany().HasForeignKey(r => r.StationId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Fir>().WithMany().HasForeignKey(r => r.FirId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Premises>().WithMany().HasForeignKey(r => r.PremisesId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Officer>().WithMany().HasForeignKey(r => r.LeadOfficerId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Officer>().WithMany().HasForeignKey(r => r.PlannedBy).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(r => new { r.StationId, r.ScheduledAt });
        b.HasIndex(r => r.FirId);
        b.HasIndex(r => r.PremisesId);
        b.Property(r => r.Status).HasConversion<string>().HasMaxLength(16);
        b.Property(r => r.Purpose).HasMaxLength(Raid.PurposeMaxLength);
        b.Property(r => r.ReasonsRecorded).HasMaxLength(Raid.ReasonsMaxLength);
        b.Property(r => r.OutcomeNotes).HasMaxLength(Raid.NotesMaxLength);
        b.Property(r => r.CallOffReason).HasMaxLength(Raid.NotesMaxLength);
        b.Ignore(r => r.HasBegun);
        b.Ignore(r => r.Occupies);
        b.Ignore(r => r.StationOfficers);

        b.OwnsMany(r => r.Members, m =>
        {
            m.ToTable("RaidMembers");
            m.WithOwner().HasForeignKey("RaidId");
            m.HasKey("RaidId", nameof(RaidMember.Position));
            m.Property(x => x.Position).ValueGeneratedNever();
            m.HasOne<Officer>().WithMany().HasForeignKey(x => x.OfficerId).OnDelete(DeleteBehavior.Restrict);
            m.Property(x => x.Name).HasMaxLength(RaidMember.NameMaxLength);
            m.Property(x => x.Rank).HasConversion<string>().HasMaxLength(40);
            m.Property(x => x.Unit).HasMaxLength(RaidMember.UnitMaxLength);
        });
        b.Navigation(r => r.Members).HasField("_members");

        b.OwnsMany(r => r.Witnesses, w =>
        {
            w.ToTable("RaidWitnesses");
            w.WithOwner().HasForeignKey("RaidId");
            w.HasKey("RaidId", nameof(RaidWitness.Position));
            w.Property(x => x.Position).ValueGeneratedNever();
            w.Property(x => x.Name).HasMaxLength(RaidWitness.NameMaxLength);
            w.Property(x => x.Parentage).HasMaxLength(RaidWitness.ParentageMaxLength);
            w.Property(x => x.Address).HasMaxLength(RaidWitness.AddressMaxLength);
        });
        b.Navigation(r => r.Witnesses).HasField("_witnesses");

        b.HasOne<CaseDiaryEntry>().WithMany().HasForeignKey(r => r.ReasonsDiaryEntryId).OnDelete(DeleteBehavior.Restrict);
        b.Property(r => r.OccupantName).HasMaxLength(Raid.OccupantMaxLength);
        b.Property(r => r.OccupantAbsenceReason).HasMaxLength(Raid.OccupantAbsenceMaxLength);
        b.OwnsMany(r => r.Recordings, v =>
        {
            v.ToTable("SearchRecordings");
            v.WithOwner().HasForeignKey("RaidId");
            v.HasKey("RaidId", nameof(SearchRecording.Number));
            v.Property(x => x.Number).ValueGeneratedNever();
            v.Property(x => x.Kind).HasConversion<string>().HasMaxLength(16);
            v.HasOne<EvidenceFile>().WithMany().HasForeignKey(x => x.EvidenceFileId).OnDelete(DeleteBehavior.Restrict);
            v.HasIndex(x => x.EvidenceFileId).IsUnique();
            v.Property(x => x.Sha256).HasMaxLength(64).IsFixedLength();
            v.Property(x => x.FileName).HasMaxLength(EvidenceFile.FileNameMaxLength);
            v.Property(x => x.Device).HasMaxLength(SearchRecording.DeviceMaxLength);
            v.HasOne<Officer>().WithMany().HasForeignKey(x => x.RecordedByOfficerId).OnDelete(DeleteBehavior.Restrict);
            v.Property(x => x.ForwardedTo).HasMaxLength(RecordingForwarding.TextMaxLength);
            v.Property(x => x.ForwardedHow).HasMaxLength(RecordingForwarding.TextMaxLength);
            v.Property(x => x.ForwardingAcknowledgement).HasMaxLength(RecordingForwarding.TextMaxLength);
            foreach (var p in new[] { nameof(SearchRecording.ExpertName), nameof(SearchRecording.ExpertParentage),
                         nameof(SearchRecording.ExpertDesignation), nameof(SearchRecording.ExpertEmployedAt) })
            {
                v.Property(p).HasMaxLength(ExpertAttestation.TextMaxLength);
            }

            v.Ignore(x => x.Forwarding);
            v.Ignore(x => x.Expert);
            v.Ignore(x => x.RecordedUntil);
        });
        b.Navigation(r => r.Recordings).HasField("_recordings");
    }
}

internal sealed class AccusedPersonConfiguration : IEntityTypeConfiguration<AccusedPerson>
{
    public void Configure(EntityTypeBuilder<AccusedPerson> b)
    {
        b.ToTable("AccusedPersons");
        b.HasKey(p => p.Id);
        b.Property(p => p.Version).IsConcurrencyToken();
        b.HasOne<Station>().WithMany().HasForeignKey(p => p.StationId).OnDelete(DeleteBehavior.Restrict);
        b.Property(p => p.Name).HasMaxLength(AccusedPerson.NameMaxLength);
        b.HasIndex(p => new { p.StationId, p.Name });
        b.PrimitiveCollection(p => p.Aliases);
        b.Property(p => p.ParentageRelation).HasConversion<string>().HasMaxLength(16);
        b.Property(p => p.ParentName).HasMaxLength(AccusedPerson.NameMaxLength);
        b.Property(p => p.Gender).HasConversion<string>().HasMaxLength(16);
        b.Property(p => p.Address).HasMaxLength(AccusedPerson.AddressMaxLength);
        // Four characters: the column cannot hold a full Aadhaar number even by mistake.
        b.Property(p => p.AadhaarLast4).HasMaxLength(4).IsFixedLength();
        b.Ignore(p => p.Parentage);
        b.Ignore(p => p.AadhaarMasked);

        b.OwnsMany(p => p.Phones, ph =>
        {
            ph.ToTable("AccusedPhones");
            ph.WithOwner().HasForeignKey("PersonId");
            ph.Property(x => x.Number).HasMaxLength(AccusedPhone.MaxLength);
            ph.HasKey("PersonId", nameof(AccusedPhone.Number));
            // Shared numbers link accused persons to each other.
            ph.HasIndex(x => x.Number);
        });
        b.Navigation(p => p.Phones).HasField("_phones");
    }
}

internal sealed class CaseAccusedConfiguration : IEntityTypeConfiguration<CaseAccused>
{
    public void Configure(EntityTypeBuilder<CaseAccused> b)
    {
        b.ToTable("CaseAccused");
        b.HasKey(a => a.Id);
        b.Property(a => a.Version).IsConcurrencyToken();
        b.HasOne<Station>().WithMany().HasForeignKey(a => a.StationId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Fir>().WithMany().HasForeignKey(a => a.FirId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<AccusedPerson>().WithMany().HasForeignKey(a => a.PersonId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Premises>().WithMany().HasForeignKey(a => a.PremisesId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Officer>().WithMany().HasForeignKey(a => a.AddedBy).OnDelete(DeleteBehavior.Restrict);
        // A1, A2... are unique per case, and a person is accused once per case.
        b.HasIndex(a => new { a.FirId, a.Serial }).IsUnique();
        b.HasIndex(a => new { a.FirId, a.PersonId }).IsUnique();
        b.HasIndex(a => a.PersonId);
        b.Property(a => a.Code).HasMaxLength(CaseAccused.CodeMaxLength);
        b.Property(a => a.Role).HasConversion<string>().HasMaxLength(16);
        b.Property(a => a.RoleNote).HasMaxLength(CaseAccused.RoleNoteMaxLength);
        b.Property(a => a.Status).HasConversion<string>().HasMaxLength(24);
        b.Ignore(a => a.Arrest);
        b.Ignore(a => a.FirstArrestedAt);
        b.HasMany(a => a.Arrests).WithOne().HasForeignKey(m => m.AccusedId);
        b.Navigation(a => a.Arrests).HasField("_arrests");
        b.HasMany(a => a.Custody).WithOne().HasForeignKey(c => c.AccusedId);
        b.Navigation(a => a.Custody).HasField("_custody");
    }
}

internal sealed class ArrestMemoConfiguration : IEntityTypeConfiguration<ArrestMemo>
{
    public void Configure(EntityTypeBuilder<ArrestMemo> b)
    {
        b.HasKey(m => m.Id);
        b.HasOne<Officer>().WithMany().HasForeignKey(m => m.ArrestingOfficerId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Officer>().WithMany().HasForeignKey(m => m.RecordedBy).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Raid>().WithMany().HasForeignKey(m => m.RaidId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(m => m.ArrestedAt);
        b.Property(m => m.Place).HasMaxLength(ArrestMemo.PlaceMaxLength);
        b.Property(m => m.GroundsCommunicated).HasMaxLength(ArrestMemo.GroundsMaxLength);
        b.Property(m => m.AttestingWitnessName).HasMaxLength(ArrestMemo.NameMaxLength);
        b.Property(m => m.AttestingWitnessAddress).HasMaxLength(ArrestMemo.AddressMaxLength);
        b.Property(m => m.RelativeName).HasMaxLength(ArrestMemo.NameMaxLength);
        b.Property(m => m.RelativeRelation).HasMaxLength(ArrestMemo.RelationMaxLength);
        b.Property(m => m.RelativeInformedHow).HasConversion<string>().HasMaxLength(16);
        b.Property(m => m.MedicalExaminedBy).HasMaxLength(ArrestMemo.NameMaxLength);
    }
}

internal sealed class CustodyRecordConfiguration : IEntityTypeConfiguration<CustodyRecord>
{
    public void Configure(EntityTypeBuilder<CustodyRecord> b)
    {
        b.HasKey(c => c.Id);
        b.HasOne<Officer>().WithMany().HasForeignKey(c => c.RecordedBy).OnDelete(DeleteBehavior.Restrict);
        b.Property(c => c.Kind).HasConversion<string>().HasMaxLength(32);
        b.Property(c => c.Court).HasMaxLength(CustodyRecord.CourtMaxLength);
        b.Property(c => c.OrderReference).HasMaxLength(CustodyRecord.OrderMaxLength);
        b.Property(c => c.Notes).HasMaxLength(CustodyRecord.NotesMaxLength);
    }
}
