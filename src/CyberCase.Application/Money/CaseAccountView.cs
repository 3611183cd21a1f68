using CyberCase.Domain.Money;

namespace CyberCase.Application.Money;

public sealed record CaseAccountView(Guid Id, Guid FirId, AccountKind Kind, string Identifier, string Number, string? Ifsc,
    string? Bank, string? Holder, string? Notes, Guid RecordedBy, DateTimeOffset RecordedAt, Guid Version, string? Kyc = null)
{
    public static CaseAccountView From(CaseAccount a) => new(a.Id, a.FirId, a.Kind, a.Identifier, a.Number, a.Ifsc, a.Bank,
        a.Holder, a.Notes, a.RecordedBy, a.RecordedAt, a.Version, a.Kyc);
}
