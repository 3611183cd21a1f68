using CyberCase.Domain.Clocks;

namespace CyberCase.Application.Common;

/// <summary>A deadline as clients read it: when it is due and whether it is already overdue (by the server's clock).</summary>
public sealed record DeadlineView(DeadlineKind Kind, DateTimeOffset DueAt, bool Overdue, string Statute, Guid FirId,
    string FirNumber, Guid? AccusedId, string? AccusedCode, string? AccusedName, Guid? VictimId = null, string? PersonName = null)
{
    public static DeadlineView From(StatutoryDeadline d, DateTimeOffset now) =>
        new(d.Kind, d.DueAt, d.IsOverdueAt(now), d.Statute, d.FirId, d.FirNumber, d.AccusedId, d.AccusedCode, d.AccusedName,
            d.VictimId, d.PersonName);
}

public sealed record FirRef(Guid Id, string Number);
