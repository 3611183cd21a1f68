using CyberCase.Application.Common;
using CyberCase.Application.Persistence;
using CyberCase.Domain.Exhibits;
using Microsoft.EntityFrameworkCore;

namespace CyberCase.Application.Exhibits;

/// <summary>A hand-over; <c>malkhanaEntryNumber</c>, <c>fslDocketNumber</c>, <c>courtPropertyNumber</c>: the receiving holder's own book number.</summary>
public sealed record CustodyEventView(int Sequence, DateTimeOffset At, HolderView? From, HolderView To, string Purpose,
    bool SealIntact, string? HashVerified, bool? HashMatched, string? MalkhanaEntryNumber, string? FslDocketNumber,
    string? CourtPropertyNumber, Guid RecordedBy, string PreviousHash, string Hash);

/// <summary>
/// The sequence of custody of an exhibit (BNSS 193(3)(i) in the new regime; the chain of custody in the old). <c>verified</c> is true when the hash chain is intact
/// and no hand-over found a hash different from the exhibit's recorded one.
/// </summary>
public sealed record CustodyLog(Guid ExhibitId, string Number, string? Sha256, IReadOnlyList<CustodyEventView> Events,
    bool Verified, HolderView Holder, Guid Version);

public static class CustodyReads
{
    public static async Task<CustodyLog> LoadCustodyAsync(this CyberCaseDbContext db, Guid exhibitId, ICurrentOfficer officer,
        CancellationToken ct)
    {
        var exhibit = await db.Exhibits.AsNoTracking()
            .SingleOrDefaultAsync(e => e.Id == exhibitId && e.StationId == officer.StationId, ct)
            ?? throw new NotFoundException("Exhibit", exhibitId);
        var events = await db.CustodyEvents.AsNoTracking().Where(c => c.ExhibitId == exhibitId).OrderBy(c => c.Sequence).ToListAsync(ct);
        return Describe(exhibit, events);
    }

    public static CustodyLog Describe(Exhibit exhibit, IReadOnlyList<CustodyEvent> events)
    {
        var verified = CustodyEvent.ChainIsIntact(events) && events.All(e => e.HashMatched != false);
        return new CustodyLog(exhibit.Id, exhibit.Number, exhibit.Sha256, events.Select(View).ToList(), verified,
            exhibit.Holder(), exhibit.Version);
    }

    private static CustodyEventView View(CustodyEvent e) => new(e.Sequence, e.At,
        e.From is { } f ? new HolderView(f.Kind, f.OfficerId, f.Name) : null, new HolderView(e.ToKind, e.ToOfficerId, e.ToName),
        e.Purpose, e.SealIntact, e.HashVerified, e.HashMatched, e.MalkhanaEntryNumber, e.FslDocketNumber, e.CourtPropertyNumber,
        e.RecordedBy, e.PreviousHash, e.Hash);
}
