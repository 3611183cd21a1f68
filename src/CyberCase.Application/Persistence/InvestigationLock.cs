using CyberCase.Domain.Common;
using CyberCase.Domain.Firs;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata;

namespace CyberCase.Application.Persistence;

/// <summary>
/// Once an FIR's police report is forwarded, its investigation records are locked until a court permits further
/// investigation (CrPC 173(8) / BNSS 193(9)): what the court received must stay what the records say. The one check
/// is made here, on every save, for every changed record of the domain that belongs to an FIR: one with a
/// <c>FirId</c>, or one owned by or hanging off such a record (an exhibit's custody event, an arrest memo, a raid's
/// team) found through its foreign key. Records marked <see cref="OutlivesInvestigationAttribute"/> (the report itself,
/// disclosures, exports, sharing) and the FIR row (its own state machine guards it) are not checked.
/// It runs inside the write transaction, so a report forwarded by another writer a moment earlier is seen.
/// </summary>
internal static class InvestigationLock
{
    public const string Code = "Fir.InvestigationClosed";

    public static async Task RefuseWritesToClosedInvestigationsAsync(CyberCaseDbContext db, IReadOnlyList<EntityEntry> entries,
        CancellationToken ct)
    {
        var firIds = new HashSet<Guid>();
        foreach (var entry in entries)
        {
            if (await FirOfAsync(db, entry.Metadata, entry.Property, ct) is { } firId)
            {
                firIds.Add(firId);
            }
        }

        if (firIds.Count == 0)
        {
            return;
        }

        var closed = await db.Firs.AsNoTracking()
            .Where(f => firIds.Contains(f.Id) && (f.Status == FirStatus.ChargeSheeted || f.Status == FirStatus.FinalReport))
            .Select(f => f.Number).FirstOrDefaultAsync(ct);
        if (closed is not null)
        {
            throw new DomainException(Code,
                $"The police report of FIR {closed} has been forwarded: its investigation records are locked. Further investigation needs the court's permission, recorded first.");
        }
    }

    /// <summary>The FIR a changed record belongs to, or null for one that belongs to no FIR (a person, a premises, an officer).</summary>
    private static async Task<Guid?> FirOfAsync(CyberCaseDbContext db, IEntityType type, Func<string, PropertyEntry> property,
        CancellationToken ct)
    {
        if (Outlives(type))
        {
            return null;
        }

        if (type.FindProperty("FirId") is not null)
        {
            return property("FirId").CurrentValue as Guid?;
        }

        // A record without its own FirId: follow its foreign key to the record of the FIR it hangs off (exhibit, accused, raid).
        foreach (var fk in type.GetForeignKeys())
        {
            var principal = fk.PrincipalEntityType;
            if (fk.IsOwnership && Outlives(principal))
            {
                return null;
            }

            if (principal.FindProperty("FirId") is null || !fk.PrincipalKey.IsPrimaryKey() || fk.PrincipalKey.Properties.Count != 1
                || fk.Properties.Count != 1 || property(fk.Properties[0].Name).CurrentValue is not Guid key)
            {
                continue;
            }

            // Find answers a tracked record (one added in this save too) from the identity map without a query and
            // without detecting changes: a scan of the tracked entries here made a save of n records cost n^2 (the
            // demo seed took minutes).
            var found = await db.FindAsync(principal.ClrType, [key], ct);
            if (found is not null)
            {
                return db.Entry(found).Property("FirId").CurrentValue as Guid?;
            }
        }

        return null;
    }

    private static bool Outlives(IReadOnlyTypeBase type) =>
        type.ClrType == typeof(Fir) || Attribute.IsDefined(type.ClrType, typeof(OutlivesInvestigationAttribute), inherit: false);
}
