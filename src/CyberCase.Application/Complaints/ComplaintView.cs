using CyberCase.Domain.Complaints;

namespace CyberCase.Application.Complaints;

public sealed record ComplaintView(Guid Id, string? AckNumber, DateTimeOffset ReceivedAt, ComplaintChannel Channel, string ComplainantName,
    string? ComplainantContact, string? ComplainantAddress, string? ComplainantCountry, string Category, decimal? AmountReported,
    string? Currency, string? TransactionsReported, ComplaintStatus Status, Guid? FirId, string? ClosedReason, Guid? ImportId,
    Guid RecordedBy, DateTimeOffset RecordedAt, Guid Version)
{
    public static ComplaintView From(Complaint c) => new(c.Id, c.AckNumber, c.ReceivedAt, c.Channel, c.ComplainantName,
        c.ComplainantContact, c.ComplainantAddress, c.ComplainantCountry, c.Category, c.AmountReported, c.Currency,
        c.TransactionsReported, c.Status, c.FirId, c.ClosedReason, c.ImportId, c.RecordedBy, c.RecordedAt, c.Version);
}
