using CyberCase.Application.Common;
using CyberCase.Application.Firs;
using CyberCase.Application.Persistence;
using CyberCase.Domain.PoliceReports;
using Microsoft.EntityFrameworkCore;

namespace CyberCase.Application.PoliceReports;

/// <summary>A line of the disclosure log.</summary>
public sealed record DisclosureView(Guid Id, int Number, Guid CaseAccusedId, string AccusedCode, string AccusedName, DisclosureRecipient Recipient,
    string ReceivedBy, DateTimeOffset SuppliedAt, DisclosureMode Mode, string Documents, Guid? CaseBundleId, string? Reference, string Sha256,
    OfficerRef RecordedBy, DateTimeOffset RecordedAt);

public sealed record DisclosureLogView(FirRef Fir, string Provision, IReadOnlyList<DisclosureView> Entries);

public static class DisclosureReads
{
    public static async Task<IReadOnlyList<DisclosureView>> DisclosureViewsAsync(this CyberCaseDbContext db, Guid firId, CancellationToken ct)
    {
        var rows = await db.Disclosures.AsNoTracking().Where(d => d.FirId == firId)
            .Join(db.CaseAccused, d => d.CaseAccusedId, a => a.Id, (d, a) => new { d, a.Code, a.PersonId })
            .Join(db.AccusedPersons, x => x.PersonId, p => p.Id, (x, p) => new { x.d, x.Code, p.Name })
            .Join(db.Officers, x => x.d.RecordedBy, o => o.Id, (x, o) => new { x.d, x.Code, x.Name, Officer = new OfficerRef(o.Id, o.FullName, o.Rank) })
            .ToListAsync(ct);
        return rows.OrderBy(x => x.d.Number).Select(x => new DisclosureView(x.d.Id, x.d.Number, x.d.CaseAccusedId, x.Code, x.Name, x.d.Recipient,
            x.d.ReceivedBy, x.d.SuppliedAt, x.d.Mode, x.d.Documents, x.d.CaseBundleId, x.d.Reference, x.d.Sha256, x.Officer, x.d.RecordedAt)).ToList();
    }
}
