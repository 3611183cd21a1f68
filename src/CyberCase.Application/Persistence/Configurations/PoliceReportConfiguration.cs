using CyberCase.Domain.Accused;
using CyberCase.Domain.CaseFiles;
using CyberCase.Domain.Firs;
using CyberCase.Domain.Officers;
using CyberCase.Domain.PoliceReports;
using CyberCase.Domain.Stations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CyberCase.Application.Persistence.Configurations;

internal sealed class PoliceReportConfiguration : IEntityTypeConfiguration<PoliceReport>
{
    public void Configure(EntityTypeBuilder<PoliceReport> b)
    {
        b.ToTable("PoliceReports");
        b.HasKey(r => r.Id);
        b.Property(r => r.Version).IsConcurrencyToken();
        b.HasOne<Station>().WithMany().HasForeignKey(r => r.StationId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Fir>().WithMany().HasForeignKey(r => r.FirId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<FurtherInvestigation>().WithMany().HasForeignKey(r => r.FurtherInvestigationId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Officer>().WithMany().HasForeignKey(r => r.DraftedBy).OnDelete(DeleteBehavior.Restrict);
        b.Property(r => r.Kind).HasConversion<string>().HasMaxLength(16);
        b.Property(r => r.Closure).HasConversion<string>().HasMaxLength(32);
        b.Property(r => r.Status).HasConversion<string>().HasMaxLength(16);
        b.Property(r => r.Court).HasMaxLength(PoliceReport.CourtMaxLength);
        b.Property(r => r.Conclusion).HasMaxLength(PoliceReport.ConclusionMaxLength);
        b.Property(r => r.MedicalReports).HasMaxLength(PoliceReport.MedicalReportsMaxLength);
        b.Property(r => r.ReturnRemark).HasMaxLength(PoliceReport.RemarkMaxLength);
        b.Property(r => r.ForwardedSha256).HasMaxLength(CaseBundle.Sha256Length).IsFixedLength().IsUnicode(false);
        b.Ignore(r => r.IsSupplementary);
        b.OwnsMany(r => r.Accused, a =>
        {
            a.ToTable("PoliceReportAccused");
            a.WithOwner().HasForeignKey("PoliceReportId");
            a.HasKey("PoliceReportId", nameof(PoliceReportAccused.CaseAccusedId));
            a.HasOne<CaseAccused>().WithMany().HasForeignKey(x => x.CaseAccusedId).OnDelete(DeleteBehavior.Restrict);
            a.Property(x => x.Charges).HasMaxLength(PoliceReportAccused.ChargesMaxLength);
            a.Property(x => x.Note).HasMaxLength(PoliceReportAccused.NoteMaxLength);
        });
        b.Navigation(r => r.Accused).HasField("_accused");
        // One report per step of the case: the report, then each supplementary report.
        b.HasIndex(r => new { r.FirId, r.Sequence }).IsUnique();
    }
}

internal sealed class FurtherInvestigationConfiguration : IEntityTypeConfiguration<FurtherInvestigation>
{
    public void Configure(EntityTypeBuilder<FurtherInvestigation> b)
    {
        b.ToTable("FurtherInvestigations");
        b.HasKey(f => f.Id);
        b.HasOne<Station>().WithMany().HasForeignKey(f => f.StationId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Fir>().WithMany().HasForeignKey(f => f.FirId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Officer>().WithMany().HasForeignKey(f => f.RecordedBy).OnDelete(DeleteBehavior.Restrict);
        b.Property(f => f.Court).HasMaxLength(FurtherInvestigation.CourtMaxLength);
        b.Property(f => f.OrderReference).HasMaxLength(FurtherInvestigation.OrderReferenceMaxLength);
        b.Property(f => f.Reasons).HasMaxLength(FurtherInvestigation.ReasonsMaxLength);
        b.HasIndex(f => f.FirId);
    }
}

internal sealed class DisclosureConfiguration : IEntityTypeConfiguration<Disclosure>
{
    public void Configure(EntityTypeBuilder<Disclosure> b)
    {
        b.ToTable("Disclosures");
        b.HasKey(d => d.Id);
        b.HasOne<Station>().WithMany().HasForeignKey(d => d.StationId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Fir>().WithMany().HasForeignKey(d => d.FirId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<CaseAccused>().WithMany().HasForeignKey(d => d.CaseAccusedId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<CaseBundle>().WithMany().HasForeignKey(d => d.CaseBundleId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Officer>().WithMany().HasForeignKey(d => d.RecordedBy).OnDelete(DeleteBehavior.Restrict);
        b.Property(d => d.Recipient).HasConversion<string>().HasMaxLength(16);
        b.Property(d => d.Mode).HasConversion<string>().HasMaxLength(16);
        b.Property(d => d.ReceivedBy).HasMaxLength(Disclosure.NameMaxLength);
        b.Property(d => d.Documents).HasMaxLength(Disclosure.DocumentsMaxLength);
        b.Property(d => d.Reference).HasMaxLength(Disclosure.ReferenceMaxLength);
        b.Property(d => d.Sha256).HasMaxLength(CaseBundle.Sha256Length).IsFixedLength().IsUnicode(false);
        // The next number is read inside the write transaction; the unique index backs it.
        b.HasIndex(d => new { d.FirId, d.Number }).IsUnique();
    }
}
