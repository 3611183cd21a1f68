using System.Text.Json;
using CyberCase.Application.Common;
using CyberCase.Domain.Audit;
using CyberCase.Domain.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Metadata;

namespace CyberCase.Application.Persistence;

/// <summary>
/// On every save: renews the concurrency token of each edited record, and appends one hash-chained audit record
/// per changed entity (who, when, station, action, entity, changed fields with old and new values) plus any
/// explicit events (logins, integrity alarms) queued on the <see cref="AuditScope"/>.
/// Opens the unit of work's write transaction first, so the chain head read here cannot move before the commit.
/// One instance per process: the officer and the use case come with the context being saved.
/// </summary>
public sealed class AuditingInterceptor(TimeProvider clock) : SaveChangesInterceptor
{
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result) =>
        throw new InvalidOperationException("CyberCase saves asynchronously only, so that every save is audited.");

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData,
        InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is not CyberCaseDbContext db)
        {
            return result;
        }

        var entries = db.ChangeTracker.Entries()
            .Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted && IsAudited(e))
            .ToList();
        var scope = db.Audit;
        var officer = db.Officer;
        var events = scope.DrainEvents();
        if (entries.Count == 0 && events.Count == 0)
        {
            return result;
        }

        // The chain head is read inside the write transaction, so no other writer, in this process or another, can
        // extend the chain between this read and the commit.
        await db.BeginWriteAsync(cancellationToken);
        await InvestigationLock.RefuseWritesToClosedInvestigationsAsync(db, entries, cancellationToken);
        var now = clock.GetUtcNow();
        var last = await db.AuditRecords.OrderByDescending(a => a.Sequence)
            .Select(a => new { a.Sequence, a.Hash })
            .FirstOrDefaultAsync(cancellationToken);
        var sequence = last?.Sequence ?? 0;
        var previousHash = last?.Hash ?? AuditRecord.GenesisHash;

        var known = officer?.IsAuthenticated == true;
        Guid? officerId = known ? officer!.Id : null;
        string? userName = known ? officer!.UserName : null;
        Guid? stationId = known ? officer!.StationId : null;

        var records = new List<AuditRecord>();
        foreach (var entry in entries)
        {
            if (entry.State == EntityState.Modified && entry.Entity is VersionedEntity versioned)
            {
                versioned.RenewVersion();
            }

            var record = new AuditRecord(++sequence, now, officerId, userName, stationId, scope.Action,
                entry.Metadata.ClrType.Name, KeyOf(entry), ChangesOf(entry), previousHash);
            previousHash = record.Hash;
            records.Add(record);
        }

        foreach (var e in events)
        {
            var record = new AuditRecord(++sequence, now, e.OfficerId ?? officerId, e.UserName ?? userName,
                e.StationId ?? stationId, e.Action, e.EntityType, e.EntityId,
                JsonSerializer.Serialize(e.Details), previousHash);
            previousHash = record.Hash;
            records.Add(record);
        }

        db.AuditRecords.AddRange(records);
        return result;
    }

    private static bool IsAudited(EntityEntry entry) =>
        entry.Entity is not AuditRecord
        && entry.Metadata.ClrType.Namespace?.StartsWith("CyberCase.Domain", StringComparison.Ordinal) == true;

    private static string KeyOf(EntityEntry entry) =>
        AuditChanges.KeyOf(entry.Metadata.FindPrimaryKey(), p => entry.Property(p.Name).CurrentValue);

    private static string ChangesOf(EntityEntry entry) => AuditChanges.Serialize(entry.Properties
        .Where(p => entry.State != EntityState.Modified || (p.IsModified && !Equals(p.OriginalValue, p.CurrentValue)))
        .Select(p => (p.Metadata.Name,
            entry.State == EntityState.Added ? null : p.OriginalValue,
            entry.State == EntityState.Deleted ? null : p.CurrentValue)));
}

/// <summary>How an audit record names a row and its changes; shared by the interceptor and the writes that bypass it.</summary>
public static class AuditChanges
{
    /// <summary>The row's key values joined with commas ("" for a keyless row).</summary>
    public static string KeyOf(IReadOnlyKey? key, Func<IReadOnlyProperty, object?> valueOf) =>
        key is null ? "" : string.Join(",", key.Properties.Select(valueOf));

    /// <summary>JSON object, fields in ordinal order: field -> { "old": ..., "new": ... }. The concurrency token is left out.</summary>
    public static string Serialize(IEnumerable<(string Field, object? Old, object? New)> changes)
    {
        var ordered = new SortedDictionary<string, object?>(StringComparer.Ordinal);
        foreach (var (field, old, @new) in changes)
        {
            if (field != nameof(VersionedEntity.Version))
            {
                ordered[field] = new { old, @new };
            }
        }

        return JsonSerializer.Serialize(ordered);
    }
}
