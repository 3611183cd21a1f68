using CyberCase.Domain.Complaints;
using CyberCase.Domain.Firs;
using CyberCase.Domain.Money;
using CyberCase.Domain.Officers;
using CyberCase.Domain.Stations;
using CyberCase.Domain.Statements;
using CyberCase.Domain.Victims;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CyberCase.Application.Persistence.Configurations;

/// <summary>Amounts are exact decimals: 28 digits, 8 after the point (the most any currency we know allows).</summary>
internal static class MoneyColumns
{
    public const int Precision = 28;
    public const int Scale = 8;
}

internal sealed class MoneyTransactionConfiguration : IEntityTypeConfiguration<MoneyTransaction>
{
    public void Configure(EntityTypeBuilder<MoneyTransaction> b)
    {
        b.HasKey(t => t.Id);
        b.HasOne<Station>().WithMany().HasForeignKey(t => t.StationId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Fir>().WithMany().HasForeignKey(t => t.FirId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Officer>().WithMany().HasForeignKey(t => t.RecordedBy).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Victim>().WithMany().HasForeignKey(t => t.VictimId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<CaseAccount>().WithMany().HasForeignKey(t => t.FromAccountId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<CaseAccount>().WithMany().HasForeignKey(t => t.ToAccountId).OnDelete(DeleteBehavior.Restrict);
        b.Property(t => t.Amount).HasPrecision(MoneyColumns.Precision, MoneyColumns.Scale);
        b.Property(t => t.Currency).HasMaxLength(Currency.CodeMaxLength);
        b.Property(t => t.Channel).HasConversion<string>().HasMaxLength(16);
        b.Property(t => t.Reference).HasMaxLength(MoneyTransaction.ReferenceMaxLength);
        b.Property(t => t.Notes).HasMaxLength(MoneyTransaction.NotesMaxLength);
        // The trail's recursive step joins on (FirId, FromAccountId); the victims' layer starts from (FirId, VictimId).
        b.HasIndex(t => new { t.FirId, t.FromAccountId });
        b.HasIndex(t => new { t.FirId, t.VictimId });
        b.HasIndex(t => t.ToAccountId);
    }
}

internal sealed class AccountStatusEventConfiguration : IEntityTypeConfiguration<AccountStatusEvent>
{
    public void Configure(EntityTypeBuilder<AccountStatusEvent> b)
    {
        b.HasKey(e => e.Id);
        b.HasOne<Station>().WithMany().HasForeignKey(e => e.StationId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Fir>().WithMany().HasForeignKey(e => e.FirId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<CaseAccount>().WithMany().HasForeignKey(e => e.AccountId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Officer>().WithMany().HasForeignKey(e => e.RecordedBy).OnDelete(DeleteBehavior.Restrict);
        b.Property(e => e.Kind).HasConversion<string>().HasMaxLength(24);
        b.Property(e => e.Addressee).HasMaxLength(AccountStatusEvent.TextMaxLength);
        b.Property(e => e.Reference).HasMaxLength(AccountStatusEvent.TextMaxLength);
        b.Property(e => e.Amount).HasPrecision(MoneyColumns.Precision, MoneyColumns.Scale);
        b.Property(e => e.Currency).HasMaxLength(Currency.CodeMaxLength);
        b.Property(e => e.SpApprovalReference).HasMaxLength(AccountStatusEvent.TextMaxLength);
        b.Property(e => e.Notes).HasMaxLength(AccountStatusEvent.NotesMaxLength);
        // Append-only: one step per sequence number, so two officers appending at once cannot fork the history.
        b.HasIndex(e => new { e.AccountId, e.Sequence }).IsUnique();
        b.HasIndex(e => e.FirId);
    }
}

internal sealed class VictimConfiguration : IEntityTypeConfiguration<Victim>
{
    public void Configure(EntityTypeBuilder<Victim> b)
    {
        b.HasKey(v => v.Id);
        b.Property(v => v.Version).IsConcurrencyToken();
        b.HasOne<Station>().WithMany().HasForeignKey(v => v.StationId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Fir>().WithMany().HasForeignKey(v => v.FirId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Complaint>().WithMany().HasForeignKey(v => v.ComplaintId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Officer>().WithMany().HasForeignKey(v => v.RecordedBy).OnDelete(DeleteBehavior.Restrict);
        b.Property(v => v.Name).HasMaxLength(Victim.NameMaxLength);
        b.Property(v => v.Parentage).HasMaxLength(Victim.TextMaxLength);
        b.Property(v => v.Gender).HasConversion<string>().HasMaxLength(16);
        b.Property(v => v.Nationality).HasMaxLength(Victim.TextMaxLength);
        b.Property(v => v.PassportOrId).HasMaxLength(Victim.TextMaxLength);
        b.Property(v => v.Country).HasMaxLength(Victim.TextMaxLength);
        b.Property(v => v.Language).HasMaxLength(Victim.TextMaxLength);
        b.Property(v => v.Contact).HasMaxLength(Victim.ContactMaxLength);
        b.Property(v => v.Address).HasMaxLength(Victim.AddressMaxLength);
        b.Property(v => v.AmountLost).HasPrecision(MoneyColumns.Precision, MoneyColumns.Scale);
        b.Property(v => v.AmountLostCurrency).HasMaxLength(Currency.CodeMaxLength);
        b.HasIndex(v => new { v.FirId, v.RecordedAt });
        b.OwnsMany(v => v.Statements, s =>
        {
            s.ToTable("VictimStatements");
            s.WithOwner().HasForeignKey(x => x.VictimId);
            s.HasKey(x => new { x.VictimId, x.StatementId });
            s.HasOne<Statement>().WithMany().HasForeignKey(x => x.StatementId).OnDelete(DeleteBehavior.Restrict);
        });
        b.Navigation(v => v.Statements).HasField("_statements");
    }
}

internal sealed class ProgressCommunicationConfiguration : IEntityTypeConfiguration<ProgressCommunication>
{
    public void Configure(EntityTypeBuilder<ProgressCommunication> b)
    {
        b.HasKey(c => c.Id);
        b.HasOne<Station>().WithMany().HasForeignKey(c => c.StationId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Fir>().WithMany().HasForeignKey(c => c.FirId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Victim>().WithMany().HasForeignKey(c => c.VictimId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Officer>().WithMany().HasForeignKey(c => c.ByOfficerId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Officer>().WithMany().HasForeignKey(c => c.RecordedBy).OnDelete(DeleteBehavior.Restrict);
        b.Property(c => c.Means).HasConversion<string>().HasMaxLength(16);
        b.Property(c => c.Summary).HasMaxLength(ProgressCommunication.SummaryMaxLength);
        b.HasIndex(c => new { c.FirId, c.VictimId });
    }
}

internal sealed class ComplaintConfiguration : IEntityTypeConfiguration<Complaint>
{
    public void Configure(EntityTypeBuilder<Complaint> b)
    {
        b.HasKey(c => c.Id);
        b.Property(c => c.Version).IsConcurrencyToken();
        b.HasOne<Station>().WithMany().HasForeignKey(c => c.StationId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Fir>().WithMany().HasForeignKey(c => c.FirId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<ComplaintImport>().WithMany().HasForeignKey(c => c.ImportId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Officer>().WithMany().HasForeignKey(c => c.RecordedBy).OnDelete(DeleteBehavior.Restrict);
        b.Property(c => c.AckNumber).HasMaxLength(Complaint.AckNumberMaxLength);
        b.Property(c => c.Channel).HasConversion<string>().HasMaxLength(16);
        b.Property(c => c.Status).HasConversion<string>().HasMaxLength(16);
        b.Property(c => c.ComplainantName).HasMaxLength(Complaint.NameMaxLength);
        b.Property(c => c.ComplainantContact).HasMaxLength(Complaint.TextMaxLength);
        b.Property(c => c.ComplainantAddress).HasMaxLength(Complaint.AddressMaxLength);
        b.Property(c => c.ComplainantCountry).HasMaxLength(Complaint.TextMaxLength);
        b.Property(c => c.Category).HasMaxLength(Complaint.TextMaxLength);
        b.Property(c => c.AmountReported).HasPrecision(MoneyColumns.Precision, MoneyColumns.Scale);
        b.Property(c => c.Currency).HasMaxLength(Currency.CodeMaxLength);
        b.Property(c => c.TransactionsReported).HasMaxLength(Complaint.TransactionsMaxLength);
        b.Property(c => c.ClosedReason).HasMaxLength(Complaint.ReasonMaxLength);
        // An acknowledgement number once per station: importing the same complaint again finds it.
        b.HasIndex(c => new { c.StationId, c.AckNumber }).IsUnique();
        b.HasIndex(c => c.FirId);
    }
}

internal sealed class ComplaintImportConfiguration : IEntityTypeConfiguration<ComplaintImport>
{
    public void Configure(EntityTypeBuilder<ComplaintImport> b)
    {
        b.HasKey(i => i.Id);
        b.HasOne<Station>().WithMany().HasForeignKey(i => i.StationId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Officer>().WithMany().HasForeignKey(i => i.ImportedBy).OnDelete(DeleteBehavior.Restrict);
        b.Property(i => i.Sha256).HasMaxLength(64).IsFixedLength();
        b.Property(i => i.FileName).HasMaxLength(ComplaintImport.FileNameMaxLength);
        b.HasIndex(i => new { i.StationId, i.Sha256 }).IsUnique();
    }
}
