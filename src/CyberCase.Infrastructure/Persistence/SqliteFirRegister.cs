using System.Collections.Concurrent;
using System.Data.Common;
using CyberCase.Application.Common;
using CyberCase.Application.Firs.RegisterFir;
using CyberCase.Application.Persistence;
using CyberCase.Domain.Audit;
using CyberCase.Domain.Common;
using CyberCase.Domain.Firs;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace CyberCase.Infrastructure.Persistence;

/// <summary>
/// FIR registration on SQLite, with group commit. SQLite has one writer and every commit waits for an fsync, so a
/// transaction per registration caps a station at a few hundred a second, most of it spent in EF's change tracking
/// and in committing. Here a registration joins a queue; whichever request next enters the write gate writes every
/// queued registration in one transaction (serials in arrival order, one stretch of the audit chain, one fsync) and
/// hands each its FIR. The rows are plain INSERTs built from the EF model (<see cref="ModelRows"/>), stored exactly
/// as EF stores them, with the audit records the <see cref="AuditingInterceptor"/> would write for the same FIR.
/// </summary>
public sealed class SqliteFirRegister(CyberCaseDbContext db, SqliteFirRegister.Queue queue, IWriteGate gate, TimeProvider clock)
    : IFirRegister
{
    /// <summary>Enough to amortise a commit; small enough that one batch never holds the writer for long.</summary>
    private const int MaxBatch = 64;

    /// <summary>The registrations of this process waiting to be written (a singleton).</summary>
    public sealed class Queue
    {
        internal ConcurrentQueue<Pending> Items { get; } = new();
    }

    internal sealed class Pending(FirRegistration registration)
    {
        public FirRegistration Registration { get; } = registration;

        // Completed by whichever request writes it; its own request continues on another thread, never inside the gate.
        public TaskCompletionSource<Fir> Written { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }

    public async Task<Fir> RegisterAsync(FirRegistration registration, CancellationToken ct)
    {
        var pending = new Pending(registration);
        queue.Items.Enqueue(pending);
        // Not cancellable from here on: a queued registration is written by this request or by one ahead of it, so a
        // client that gives up never leaves a registration behind in the queue.
        await using (await gate.EnterAsync(CancellationToken.None))
        {
            while (!pending.Written.Task.IsCompleted)
            {
                var batch = new List<Pending>();
                while (batch.Count < MaxBatch && queue.Items.TryDequeue(out var next))
                {
                    batch.Add(next);
                }

                await WriteAsync(batch);
            }
        }

        return await pending.Written.Task;
    }

    /// <summary>Writes the batch in one transaction; if that fails, each registration alone, so one failure fails one.</summary>
    private async Task WriteAsync(List<Pending> batch)
    {
        try
        {
            await WriteTogetherAsync(batch);
        }
        catch (Exception) when (batch.Count > 1)
        {
            foreach (var pending in batch)
            {
                await WriteAsync([pending]);
            }
        }
        catch (Exception e)
        {
            batch[0].Written.TrySetException(e);
        }
    }

    private async Task WriteTogetherAsync(List<Pending> batch)
    {
        await db.Database.OpenConnectionAsync();
        try
        {
            await using var transaction = await db.Database.BeginTransactionAsync();
            var connection = db.Database.GetDbConnection();
            var tx = transaction.GetDbTransaction();
            var now = clock.GetUtcNow();
            var chain = await ChainHeadAsync(connection, tx);
            var serials = new Dictionary<(Guid Station, string Counter), int>();
            var written = new List<(Pending Pending, Fir Fir)>();
            foreach (var pending in batch.Where(p => !p.Written.Task.IsCompleted))
            {
                var registration = pending.Registration;
                var counter = (registration.StationId, StationCounter.ForFirs(Fir.RegistrationYear(now)));
                if (!serials.TryGetValue(counter, out var last))
                {
                    last = await CounterValueAsync(connection, tx, counter);
                }

                Fir fir;
                try
                {
                    fir = registration.Register(last + 1, now);
                }
                catch (DomainException e)
                {
                    // Refused before anything of it was written: the serial stays free for the next registration.
                    pending.Written.TrySetException(e);
                    continue;
                }

                serials[counter] = last + 1;
                await InsertFirAsync(connection, tx, fir);
                foreach (var record in AuditRecordsOf(fir, registration, now, ref chain))
                {
                    await ModelRows.InsertAsync(db.Model, connection, tx, record);
                }

                written.Add((pending, fir));
            }

            foreach (var ((station, name), value) in serials)
            {
                await ModelRows.InsertAsync(db.Model, connection, tx, new StationCounter { StationId = station, Name = name, Value = value },
                    onConflict: $"""ON CONFLICT ("{nameof(StationCounter.StationId)}", "{nameof(StationCounter.Name)}") DO UPDATE SET "{nameof(StationCounter.Value)}" = excluded."{nameof(StationCounter.Value)}" """);
            }

            await transaction.CommitAsync();
            foreach (var (pending, fir) in written)
            {
                pending.Written.TrySetResult(fir);
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    /// <summary>The FIR's row (with its informant's columns) and its sections' rows.</summary>
    private async Task InsertFirAsync(DbConnection connection, DbTransaction tx, Fir fir)
    {
        await ModelRows.InsertAsync(db.Model, connection, tx, fir, owned: [fir.Informant]);
        foreach (var section in fir.Sections)
        {
            await ModelRows.InsertAsync(db.Model, connection, tx, section, ownerKey: fir.Id);
        }
    }

    /// <summary>One record per row written, as the interceptor records an added entity: every field, old value null.</summary>
    private List<AuditRecord> AuditRecordsOf(Fir fir, FirRegistration registration, DateTimeOffset now,
        ref (long Sequence, string Hash) chain)
    {
        var rows = new List<(object Entity, Guid? OwnerKey)> { (fir, null), (fir.Informant, fir.Id) };
        rows.AddRange(fir.Sections.Select(s => ((object)s, (Guid?)fir.Id)));
        var records = new List<AuditRecord>(rows.Count);
        foreach (var (entity, ownerKey) in rows)
        {
            var type = ModelRows.EntityTypeOf(db.Model, entity);
            var values = ModelRows.ValuesOf(type, entity, ownerKey);
            var record = new AuditRecord(++chain.Sequence, now, registration.OfficerId, registration.UserName,
                registration.StationId, RegisterFirCommand.AuditAction, type.ClrType.Name,
                AuditChanges.KeyOf(type.FindPrimaryKey(), p => values[p.Name]),
                AuditChanges.Serialize(values.Select(v => (v.Key, (object?)null, v.Value))), chain.Hash);
            chain.Hash = record.Hash;
            records.Add(record);
        }

        return records;
    }

    private static async Task<(long Sequence, string Hash)> ChainHeadAsync(DbConnection connection, DbTransaction tx)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = tx;
        command.CommandText = """SELECT "Sequence", "Hash" FROM "AuditRecords" ORDER BY "Sequence" DESC LIMIT 1""";
        await using var reader = await command.ExecuteReaderAsync();
        return await reader.ReadAsync() ? (reader.GetInt64(0), reader.GetString(1)) : (0, AuditRecord.GenesisHash);
    }

    private async Task<int> CounterValueAsync(DbConnection connection, DbTransaction tx, (Guid Station, string Name) counter)
    {
        var type = db.Model.FindEntityType(typeof(StationCounter))!;
        await using var command = connection.CreateCommand();
        command.Transaction = tx;
        command.CommandText = """SELECT "Value" FROM "StationCounters" WHERE "StationId" = @station AND "Name" = @name""";
        command.Parameters.Add(ModelRows.Parameter(command, type.FindProperty(nameof(StationCounter.StationId))!, "@station", counter.Station));
        command.Parameters.Add(ModelRows.Parameter(command, type.FindProperty(nameof(StationCounter.Name))!, "@name", counter.Name));
        return await command.ExecuteScalarAsync() is { } value ? Convert.ToInt32(value, System.Globalization.CultureInfo.InvariantCulture) : 0;
    }
}
