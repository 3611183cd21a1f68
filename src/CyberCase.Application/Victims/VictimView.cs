using CyberCase.Domain.Victims;

namespace CyberCase.Application.Victims;

public sealed record VictimView(Guid Id, Guid FirId, Guid? ComplaintId, string Name, string? Parentage, Gender? Gender, int? Age,
    string? Nationality, string? PassportOrId, string? Country, string? Language, bool InterpreterNeeded, string? Contact,
    string? Address, bool IsInformant, decimal? AmountLost, string? AmountLostCurrency, IReadOnlyList<Guid> StatementIds,
    Guid RecordedBy, DateTimeOffset RecordedAt, Guid Version)
{
    public static VictimView From(Victim v) => new(v.Id, v.FirId, v.ComplaintId, v.Name, v.Parentage, v.Gender, v.Age, v.Nationality,
        v.PassportOrId, v.Country, v.Language, v.InterpreterNeeded, v.Contact, v.Address, v.IsInformant, v.AmountLost,
        v.AmountLostCurrency, v.Statements.Select(s => s.StatementId).ToList(), v.RecordedBy, v.RecordedAt, v.Version);
}

public sealed record ProgressCommunicationView(Guid Id, Guid? VictimId, DateTimeOffset At, CommunicationMeans Means,
    Guid ByOfficerId, string Summary, Guid RecordedBy, DateTimeOffset RecordedAt)
{
    public static ProgressCommunicationView From(ProgressCommunication c) =>
        new(c.Id, c.VictimId, c.At, c.Means, c.ByOfficerId, c.Summary, c.RecordedBy, c.RecordedAt);
}
